#pragma once

#include "smtp/Submission.h"

#include <memory>

namespace Postino {

// The SMTP submission client: one explicit, non-blocking state machine over QSslSocket, safe on
// the GUI thread. See Submission for the life cycle.
class SmtpClient final : public Submission
{
    Q_OBJECT
public:
    explicit SmtpClient(const SubmissionSettings& settings, QObject* parent = nullptr);
    ~SmtpClient() override;

    [[nodiscard]] State state() const override;
    [[nodiscard]] const ServerEndpoint& endpoint() const override;
    [[nodiscard]] const Capabilities& capabilities() const override;
    [[nodiscard]] const TlsSessionInfo& tlsInfo() const override;
    [[nodiscard]] AuthMechanism authMechanismUsed() const override;
    [[nodiscard]] const SmtpReply& greeting() const override;
    [[nodiscard]] bool canSendAhead() const override;
    [[nodiscard]] bool holdsFinalDot() const override;

public slots:
    void open() override;
    void send(const Postino::Envelope& envelope, QIODevice* body, qint64 size) override;
    void checkRecipients(const Postino::Envelope& envelope) override;
    void close() override;
    void abort() override;
    void providePassword(const QString& secret) override;
    void releaseFinalDot() override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Postino
