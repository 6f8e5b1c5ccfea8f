target_sources(postino-core PRIVATE
    mime/Address.cpp mime/Address.h mime/AddressParser_p.h
    mime/AddressChecks.cpp
    mime/AddressParser.cpp
    mime/AddressTokenizer.cpp
    mime/Envelope.cpp mime/Envelope.h
    mime/HeaderEncoding.cpp mime/HeaderEncoding.h
    mime/HtmlToText.cpp mime/HtmlToText.h
    mime/MessageBuilder.cpp mime/MessageBuilder.h mime/MessageBuilder_p.h
    mime/MessageWriter.cpp
    mime/MimeParts.cpp
    mime/RawMessage.cpp mime/RawMessage.h)
