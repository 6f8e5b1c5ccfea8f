# target_sources(postino-core PRIVATE ...) for app/core/smtp
