target_sources(postino-core PRIVATE
    common/Clock.cpp common/Clock.h
    common/Crc32.cpp common/Crc32.h
    common/Error.cpp common/Error.h
    common/Log.cpp common/Log.h
    common/Paths.cpp common/Paths.h
    common/PosixFile.cpp common/PosixFile.h
    common/SerialWorker.cpp common/SerialWorker.h
    common/SecretMemory.cpp common/SecretMemory.h
    common/Settings.cpp common/Settings.h
    common/Sha256.cpp common/Sha256.h
    common/Text.h
    common/ThreadInbox.cpp common/ThreadInbox.h
    common/WriteHook.h)
