target_sources(postino-core PRIVATE
    drafts/ComposedMessage.cpp drafts/ComposedMessage.h
    drafts/DraftStore.cpp drafts/DraftStore.h)
