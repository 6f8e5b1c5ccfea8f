target_sources(postino-core PRIVATE
    mime/Envelope.cpp mime/Envelope.h)
