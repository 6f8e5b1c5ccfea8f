#include "Log.h"

Q_LOGGING_CATEGORY(lcCommon, "postino.common", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMime, "postino.mime", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSmtp, "postino.smtp", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOutbox, "postino.outbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAccounts, "postino.accounts", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDiscovery, "postino.discovery", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDomain, "postino.domain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "postino.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "postino.ui", QtWarningMsg)
