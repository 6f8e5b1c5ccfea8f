# target_sources(postino-core PRIVATE ...) for app/core/smtp
target_sources(postino-core PRIVATE
    smtp/DotStuffer.cpp smtp/DotStuffer.h
    smtp/Sasl.cpp smtp/Sasl.h
    smtp/SmtpClient.cpp smtp/SmtpClient.h
    smtp/SmtpCommand.cpp smtp/SmtpCommand.h
    smtp/SmtpReplyParser.cpp smtp/SmtpReplyParser.h
    smtp/SmtpTypes.cpp smtp/SmtpTypes.h
    smtp/Submission.h
    smtp/Transcript.cpp smtp/Transcript.h)
