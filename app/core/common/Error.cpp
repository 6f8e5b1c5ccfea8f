#include "Error.h"

namespace Postino {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return 0;
    case ErrorKind::Usage:
        return 64;
    case ErrorKind::DataError:
        return 65;
    case ErrorKind::NoInput:
        return 66;
    case ErrorKind::Permanent:
    case ErrorKind::Security:
        return 69;
    case ErrorKind::Internal:
        return 70;
    case ErrorKind::IoError:
        return 74;
    case ErrorKind::Temporary:
        return 75;
    case ErrorKind::Auth:
        return 77;
    case ErrorKind::Config:
        return 78;
    }
    return 70;
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::Usage:
        return QStringLiteral("usage");
    case ErrorKind::DataError:
        return QStringLiteral("data");
    case ErrorKind::NoInput:
        return QStringLiteral("no-input");
    case ErrorKind::Permanent:
        return QStringLiteral("permanent");
    case ErrorKind::Security:
        return QStringLiteral("security");
    case ErrorKind::Internal:
        return QStringLiteral("internal");
    case ErrorKind::IoError:
        return QStringLiteral("io");
    case ErrorKind::Temporary:
        return QStringLiteral("temporary");
    case ErrorKind::Auth:
        return QStringLiteral("auth");
    case ErrorKind::Config:
        return QStringLiteral("config");
    }
    return QStringLiteral("internal");
}

} // namespace Postino
