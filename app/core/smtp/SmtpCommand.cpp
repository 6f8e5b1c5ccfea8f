#include "SmtpCommand.h"

namespace Postino {

SmtpCommand::SmtpCommand(QByteArray line, QString shown)
    : m_line(std::move(line))
    , m_shown(std::move(shown))
{ }

SmtpCommand SmtpCommand::plain(const QByteArray& line)
{
    return SmtpCommand(line, QString::fromUtf8(line));
}

SmtpCommand SmtpCommand::auth(const QByteArray& mechanism, const QByteArray& initialResponse)
{
    const QString shownMechanism = QString::fromLatin1(mechanism);
    if (initialResponse.isNull())
        return SmtpCommand("AUTH " + mechanism, QStringLiteral("AUTH ") + shownMechanism);
    return SmtpCommand("AUTH " + mechanism + ' ' + initialResponse,
                       QStringLiteral("AUTH ") + shownMechanism + QStringLiteral(" <redacted>"));
}

SmtpCommand SmtpCommand::secret(const QByteArray& line)
{
    return SmtpCommand(line, QStringLiteral("<redacted>"));
}

QByteArray SmtpCommand::verb() const
{
    if (m_shown == QLatin1String("<redacted>"))
        return {};
    const qsizetype space = m_line.indexOf(' ');
    return (space < 0 ? m_line : m_line.left(space)).toUpper();
}

} // namespace Postino
