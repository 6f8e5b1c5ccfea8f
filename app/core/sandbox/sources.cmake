target_sources(postino-core PRIVATE
    sandbox/HeaderDecoder.cpp sandbox/HeaderDecoder.h
    sandbox/ParsedMessage.cpp sandbox/ParsedMessage.h
    sandbox/SandboxMailbox.cpp sandbox/SandboxMailbox.h
    sandbox/SandboxServer.cpp sandbox/SandboxServer.h
    sandbox/SandboxSession.cpp sandbox/SandboxSession.h)
