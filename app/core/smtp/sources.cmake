# target_sources(postino-core PRIVATE ...) for app/core/smtp
target_sources(postino-core PRIVATE
    smtp/DotStuffer.cpp smtp/DotStuffer.h
    smtp/Sasl.cpp smtp/Sasl.h
    smtp/SmtpChunking.cpp
    smtp/SmtpClient.cpp smtp/SmtpClient.h smtp/SmtpClient_p.h
    smtp/SmtpCommand.cpp smtp/SmtpCommand.h
    smtp/SmtpConnection.cpp
    smtp/SmtpEnvelope.cpp
    smtp/SmtpErrors.cpp
    smtp/SmtpReplyParser.cpp smtp/SmtpReplyParser.h
    smtp/SmtpTransaction.cpp
    smtp/SmtpTypes.cpp smtp/SmtpTypes.h
    smtp/SmtpUpload.cpp
    smtp/Submission.h
    smtp/Transcript.cpp smtp/Transcript.h)
