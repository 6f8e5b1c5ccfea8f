#include "ConnectionCheck.h"

#include "discovery/ReplyExplainer.h"

namespace Postino {

std::optional<ConnectionStage> connectionStageOf(SmtpFailure failure)
{
    switch (failure) {
    case SmtpFailure::HostNotFound:
        return ConnectionStage::Lookup;
    case SmtpFailure::ConnectionRefused:
        return ConnectionStage::Connect;
    case SmtpFailure::TlsHandshake:
    case SmtpFailure::Certificate:
    case SmtpFailure::NoStartTls:
    case SmtpFailure::StartTlsRefused:
        return ConnectionStage::Tls;
    case SmtpFailure::AuthFailed:
    case SmtpFailure::AuthUnsupported:
    case SmtpFailure::AuthInsecure:
        return ConnectionStage::Auth;
    default:
        return std::nullopt;
    }
}

QString ConnectionCheckResult::explanation() const
{
    return ReplyExplainer::explain(error);
}

QString ConnectionCheckResult::explained() const
{
    const QString more = explanation();
    if (more.isEmpty() || more == error.message)
        return error.message;
    return tr("%1 %2").arg(error.message, more);
}

void closePolitely(Submission* session, QObject* receiver)
{
    if (!session)
        return;
    if (receiver)
        session->disconnect(receiver);
    QObject::connect(session, &Submission::closed, session, &QObject::deleteLater);
    QObject::connect(session, &Submission::failed, session, &QObject::deleteLater);
    session->close();
}

ConnectionCheck::ConnectionCheck(SubmissionFactory* submissions, QObject* parent)
    : QObject(parent)
    , m_submissions(submissions)
{
    m_passwordWanted.failure = SmtpFailure::AuthFailed;
}

ConnectionCheck::~ConnectionCheck()
{
    cancel();
}

void ConnectionCheck::setPasswordWantedError(ErrorKind kind, const QString& message)
{
    m_passwordWanted.kind = kind;
    m_passwordWanted.message = message;
}

void ConnectionCheck::start(const SubmissionSettings& settings)
{
    if (m_session)
        return;
    std::unique_ptr<Submission> created = m_submissions->create(settings);
    m_session = created.release();
    m_session->setParent(this);
    connect(m_session, &Submission::stateChanged, this, &ConnectionCheck::stateChanged);
    connect(m_session, &Submission::ready, this, &ConnectionCheck::onReady);
    connect(m_session, &Submission::failed, this, &ConnectionCheck::onFailed);
    connect(m_session, &Submission::passwordRequested, this, [this] { onFailed(m_passwordWanted); });
    m_session->open();
}

void ConnectionCheck::cancel()
{
    Submission* session = m_session;
    m_session = nullptr;
    if (!session)
        return;
    session->disconnect(this);
    session->abort();
    session->deleteLater();
}

void ConnectionCheck::onReady()
{
    Submission* session = m_session;
    if (!session)
        return;
    ConnectionCheckResult result;
    result.ok = true;
    result.capabilities = session->capabilities();
    result.tls = session->tlsInfo();
    result.authUsed = session->authMechanismUsed();
    m_session = nullptr;
    closePolitely(session, this);
    emit finished(result);
}

void ConnectionCheck::onFailed(const SmtpError& error)
{
    Submission* session = m_session;
    if (!session)
        return;
    ConnectionCheckResult result;
    result.error = error;
    // What the server announced before the failure (EHLO before a refused password) still holds.
    result.capabilities = session->capabilities();
    result.tls = session->tlsInfo();
    result.authUsed = session->authMechanismUsed();
    cancel();
    emit finished(result);
}

} // namespace Postino
