target_sources(postino-core PRIVATE
    common/Clock.cpp common/Clock.h
    common/Error.cpp common/Error.h
    common/Log.cpp common/Log.h)
target_sources(postino-core PRIVATE
    common/Settings.cpp common/Settings.h)
