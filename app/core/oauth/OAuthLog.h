#pragma once

#include <QLoggingCategory>

// The oauth module's logging category (postino.oauth). It never logs a code, a verifier or a token.
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)
