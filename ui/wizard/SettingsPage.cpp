#include "SettingsPage.h"

#include "MessageBox.h"
#include "ReplyPanel.h"
#include "accounts/AccountConnection.h"
#include "discovery/ProviderDatabase.h"
#include "discovery/ReplyExplainer.h"
#include "discovery/ServerProbe.h"
#include "domain/DomainCheck.h"
#include "mime/Address.h"
#include "mime/MessageBuilder.h"
#include "smtp/Transcript.h"
#include "wizard/AccountWizard.h"
#include "wizard/CertificatePage.h"
#include "wizard/IdentityPage.h"
#include "wizard/WizardText.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Postino {

SettingsPage::SettingsPage(AccountWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_check(new ConnectionCheck(wizard->probeServices().submissions, this))
{
    setObjectName(QStringLiteral("settingsPage"));
    setTitle(AccountWizard::tr("Server Settings"));
    setSubTitle(AccountWizard::tr("Check them, change what you need, and send yourself a test message."));
    buildForm();
    buildLayout();
    m_check->setPasswordWantedError(ErrorKind::Auth, AccountWizard::tr("The server wants a password: enter it above."));
    connect(m_check, &ConnectionCheck::finished, this, &SettingsPage::onCheckFinished);
    connect(m_checkButton, &QPushButton::clicked, this, &SettingsPage::checkSettings);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsPage::sendTestMessage);
    for (QLineEdit* edit : {m_host, m_username, m_password})
        connect(edit, &QLineEdit::textEdited, this, &SettingsPage::settingsEdited);
    for (QLineEdit* edit : {m_username, m_password})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_credentialsEdited = true; });
    connect(m_port, &QSpinBox::valueChanged, this, &SettingsPage::settingsEdited);
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            const auto s = static_cast<Security>(m_security->currentData().toInt());
            const QSignalBlocker block(m_port);
            if (m_port->value() == 587 || m_port->value() == 465 || m_port->value() == 25)
                m_port->setValue(s == Security::Tls ? 465 : 587);
        }
        settingsEdited();
    });
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            m_credentialsEdited = true;
        settingsEdited();
    });
    connect(m_useLate, &QPushButton::clicked, this, [this] {
        if (!m_lateCandidate || isBusy())
            return;
        const ProbeCandidate candidate = *m_lateCandidate;
        m_lateCandidate.reset();
        m_lateOffer->hide();
        // Verified with the search's user name and password: not with ones typed here since.
        takeCandidate(candidate, !m_credentialsEdited);
        setStatus(m_credentialsEdited
                      ? AccountWizard::tr("Now using %1, port %2 (%3). It worked with the search's user name and "
                                          "password; Finish checks it with yours.")
                            .arg(candidate.server.host)
                            .arg(candidate.server.port)
                            .arg(wizardSecurityText(candidate.server.security))
                      : AccountWizard::tr("Now using %1, port %2 (%3): it was checked and works.")
                            .arg(candidate.server.host)
                            .arg(candidate.server.port)
                            .arg(wizardSecurityText(candidate.server.security)));
    });
    connect(m_keepCurrent, &QPushButton::clicked, this, [this] {
        m_lateCandidate.reset();
        m_lateOffer->hide();
    });
}

SettingsPage::~SettingsPage()
{
    if (m_testSession) {
        m_testSession->disconnect(this);
        m_testSession->abort();
    }
}

void SettingsPage::buildForm()
{
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setAccessibleName(AccountWizard::tr("Outgoing server"));
    m_host->setPlaceholderText(AccountWizard::tr("smtp.example.org"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setAccessibleName(AccountWizard::tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    if (auto* portEdit = m_port->findChild<QLineEdit*>())
        portEdit->setAccessibleName(AccountWizard::tr("Port"));
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("securityCombo"));
    m_security->setAccessibleName(AccountWizard::tr("Security"));
    for (Security s : {Security::StartTls, Security::Tls, Security::None})
        m_security->addItem(wizardSecurityText(s), static_cast<int>(s));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setAccessibleName(AccountWizard::tr("User name"));
    m_username->setPlaceholderText(AccountWizard::tr("Your address"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("settingsPasswordEdit"));
    m_password->setAccessibleName(AccountWizard::tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_auth->setAccessibleName(AccountWizard::tr("Sign-in method"));
    m_auth->addItem(AccountWizard::tr("Automatic"), static_cast<int>(AuthMechanism::Auto));
    m_auth->addItem(AccountWizard::tr("No sign-in"), static_cast<int>(AuthMechanism::None));
    for (AuthMechanism m :
         {AuthMechanism::Plain, AuthMechanism::Login, AuthMechanism::CramMd5, AuthMechanism::ScramSha256})
        m_auth->addItem(authMechanismName(m), static_cast<int>(m));

    m_capabilities = new QLabel(this);
    m_capabilities->setObjectName(QStringLiteral("capabilitiesLabel"));
    m_capabilities->setWordWrap(true);
    m_capabilities->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_lateOffer = new QFrame(this);
    m_lateOffer->setObjectName(QStringLiteral("lateServerOffer"));
    m_lateOffer->setFrameShape(QFrame::StyledPanel);
    m_lateOfferText = new QLabel(m_lateOffer);
    m_lateOfferText->setObjectName(QStringLiteral("lateServerText"));
    m_lateOfferText->setWordWrap(true);
    m_useLate = new QPushButton(AccountWizard::tr("Use &It"), m_lateOffer);
    m_useLate->setObjectName(QStringLiteral("useLateServerButton"));
    m_keepCurrent = new QPushButton(AccountWizard::tr("&Keep Current"), m_lateOffer);
    m_keepCurrent->setObjectName(QStringLiteral("keepServerButton"));
    m_lateOffer->hide();
    m_checkStatus = new QLabel(this);
    m_checkStatus->setObjectName(QStringLiteral("checkStatus"));
    m_checkStatus->setWordWrap(true);
    m_checkButton = new QPushButton(AccountWizard::tr("&Check Settings"), this);
    m_checkButton->setObjectName(QStringLiteral("checkSettingsButton"));
    m_testButton = new QPushButton(AccountWizard::tr("Send a &Test Message to Myself"), this);
    m_testButton->setObjectName(QStringLiteral("testMessageButton"));
    m_checkReply = new ReplyPanel(QStringLiteral("checkReply"), this);
    m_domainCheck = new QCheckBox(this);
    m_domainCheck->setObjectName(QStringLiteral("domainCheckBox"));
    m_domainCheck->setChecked(true);
    m_domainCheck->setToolTip(
        AccountWizard::tr("After Finish, Postino reads your domain's SPF, DKIM and DMARC records and says what to "
                          "publish so that Gmail, Yahoo and Outlook.com trust your mail."));
    m_domainCheck->hide();
}

void SettingsPage::buildLayout()
{
    auto* layout = new QVBoxLayout(this);
    auto* offerLayout = new QHBoxLayout(m_lateOffer);
    offerLayout->addWidget(m_lateOfferText, 1);
    offerLayout->addWidget(m_useLate);
    offerLayout->addWidget(m_keepCurrent);
    layout->addWidget(m_lateOffer);
    auto* form = new QFormLayout;
    m_serverForm = form;
    auto* hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto* portLabel = new QLabel(AccountWizard::tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto* hostLabel = new QLabel(AccountWizard::tr("&Server:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, hostRow);
    form->addRow(AccountWizard::tr("Sec&urity:"), m_security);
    form->addRow(AccountWizard::tr("&User name:"), m_username);
    form->addRow(AccountWizard::tr("Pass&word:"), m_password);
    form->addRow(AccountWizard::tr("Sign-in &method:"), m_auth);
    layout->addLayout(form);
    auto* box = new QGroupBox(AccountWizard::tr("What the server offers"), this);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_capabilities);
    layout->addWidget(box);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_testButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_checkStatus);
    layout->addWidget(m_checkReply);
    layout->addStretch(1);
    layout->addWidget(m_domainCheck);
}

void SettingsPage::offerDomainCheck()
{
    // A big mailbox provider (the provider database knows it: gmail.com, libero.it) vouches for its own
    // servers; one's own domain is vouched for only by what one publishes.
    const QString domain = DomainCheck::domainOf(m_wizard->identityPage()->email());
    const ProviderDatabase& providers =
        m_wizard->probeServices().providers ? *m_wizard->probeServices().providers : ProviderDatabase::builtin();
    const ProviderEntry* provider = domain.isEmpty() ? nullptr : providers.findByDomain(domain);
    m_domainCheckOffered = !domain.isEmpty() && (!provider || provider->kind == ProviderKind::Hosting);
    m_domainCheck->setText(AccountWizard::tr("Check whether mail from %1 will be trusted").arg(domain));
    m_domainCheck->setVisible(m_domainCheckOffered);
}

bool SettingsPage::isDomainCheckWanted() const
{
    return m_domainCheckOffered && m_domainCheck->isChecked();
}

void SettingsPage::describeServer(Account& account) const
{
    account.host = m_host->text().trimmed();
    account.port = static_cast<quint16>(m_port->value());
    account.security = static_cast<Security>(m_security->currentData().toInt());
    account.auth = static_cast<AuthMechanism>(m_auth->currentData().toInt());
    account.username = m_username->text().trimmed();
    account.maxMessageSize = m_maxSize;
}

QString SettingsPage::password() const
{
    return m_password->text();
}

void SettingsPage::setStatus(const QString& text)
{
    m_checkStatus->setText(text);
}

bool SettingsPage::isComplete() const
{
    return !m_host->text().trimmed().isEmpty() && !m_wizard->isSaving();
}

int SettingsPage::nextId() const
{
    return m_wizard->certificatePage()->isPending() ? AccountWizard::CertificatePageId : -1;
}

void SettingsPage::initializePage()
{
    offerDomainCheck();
    // An OAuth2 account signs in with its access token and its provider's mechanism: no password here.
    const bool oauth = m_wizard->identityPage()->usesOAuth();
    m_serverForm->setRowVisible(m_password, !oauth);
    m_serverForm->setRowVisible(m_auth, !oauth);
    if (m_password->text().isEmpty())
        m_password->setText(m_wizard->identityPage()->password());
    if (m_host->text().isEmpty() && m_wizard->isManual()) {
        if (const std::optional<ProbeCandidate> known = knownServer())
            takeCandidate(*known, false);
        else if (const auto parsed = Address::parse(m_wizard->identityPage()->email()); parsed.ok())
            m_host->setText(QStringLiteral("smtp.") + parsed.value().asciiDomain());
    }
    // Back from the certificate page with a fingerprint to trust: check again with it.
    if (!m_verified && !m_wizard->pinned().isEmpty())
        checkSettings();
}

std::optional<ProbeCandidate> SettingsPage::knownServer() const
{
    // What a search (stopped or finished) found: the server it chose, else the most telling failure (it
    // answered), else the most preferred candidate (the provider's own list comes first).
    if (const ServerProbe* probe = m_wizard->probe(); probe && probe->isFinished()) {
        const ProbeResult result = probe->result();
        if (const ProbeCandidate* chosen = result.server())
            return *chosen;
        if (const ProbeCandidate* telling = result.mostTelling())
            return *telling;
        if (!result.candidates.isEmpty() && result.candidates.first().server.source == DiscoverySource::Builtin)
            return result.candidates.first();
    }
    // No search: the provider database's first server for the domain (libero.it: smtp.libero.it, 465, SSL/TLS).
    const QString email = m_wizard->identityPage()->email();
    const int at = email.lastIndexOf(u'@');
    if (at < 0)
        return std::nullopt;
    const ProviderDatabase* providers = m_wizard->probeServices().providers;
    if (!providers)
        providers = &ProviderDatabase::installed();
    if (const ProviderEntry* entry = providers->findByDomain(email.mid(at + 1).toLower())) {
        const QList<ServerCandidate> servers = IspdbParser::candidates(*entry, email, DiscoverySource::Builtin);
        if (!servers.isEmpty()) {
            ProbeCandidate candidate;
            candidate.server = servers.first();
            return candidate;
        }
    }
    return std::nullopt;
}

bool SettingsPage::validatePage()
{
    if (m_wizard->certificatePage()->isPending() || m_wizard->isSaved())
        return true; // saved: accept() validates the page once more
    if (m_verified) {
        emit saveWanted();
        return false;
    }
    m_finishAfterCheck = true;
    checkSettings();
    return false;
}

void SettingsPage::takeCandidate(const ProbeCandidate& candidate, bool verified)
{
    fill(candidate);
    if (verified || !candidate.capabilities.isEmpty())
        showCapabilities(candidate.capabilities, candidate.maxSize, candidate.tls);
    if (verified)
        m_verified = true;
}

void SettingsPage::forgetCheck()
{
    m_verified = false;
    m_maxSize = 0;
    m_credentialsEdited = false;
    m_lateCandidate.reset();
    m_lateOffer->hide();
}

void SettingsPage::offerLateServer(const ProbeCandidate& candidate)
{
    m_lateCandidate = candidate;
    const QString text = AccountWizard::tr("A preferred server answered late: use %1:%2 (%3) instead? It was "
                                           "checked and works (%4).")
                             .arg(candidate.server.host)
                             .arg(candidate.server.port)
                             .arg(wizardSecurityText(candidate.server.security), candidate.detail);
    m_lateOfferText->setText(text);
    m_lateOffer->setAccessibleName(AccountWizard::tr("A preferred server answered late"));
    m_lateOffer->setAccessibleDescription(text);
    m_lateOffer->show();
}

void SettingsPage::fill(const ProbeCandidate& candidate)
{
    m_filling = true;
    m_host->setText(candidate.server.host);
    m_port->setValue(candidate.server.port);
    m_security->setCurrentIndex(m_security->findData(static_cast<int>(candidate.server.security)));
    // The user name the server took, else the one the provider's file names (its local part, say).
    const QString username = candidate.usernameUsed.isEmpty() ? candidate.server.username : candidate.usernameUsed;
    if (!username.isEmpty() && username != m_wizard->identityPage()->email())
        m_username->setText(username);
    m_filling = false;
}

void SettingsPage::showCapabilities(const QStringList& capabilities, qint64 maxSize, const TlsSessionInfo& tls)
{
    // What the server says about itself is what the account keeps (for the composer's size warning).
    m_maxSize = maxSize;
    QStringList lines;
    lines << (maxSize > 0 ? AccountWizard::tr("Largest message: %1").arg(QLocale().formattedDataSize(maxSize))
                          : AccountWizard::tr("Largest message: no limit announced"));
    QStringList auth;
    for (const QString& line : capabilities) {
        if (line.startsWith(QLatin1String("AUTH "), Qt::CaseInsensitive))
            auth << line.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    lines << (auth.isEmpty() ? AccountWizard::tr("Sign-in methods: none offered")
                             : AccountWizard::tr("Sign-in methods: %1").arg(auth.join(u", ")));
    if (tls.encrypted) {
        lines << AccountWizard::tr("Encryption: %1 (%2)").arg(tls.protocol, tls.cipher);
        lines << AccountWizard::tr("Certificate: %1, issued by %2, valid until %3%4")
                     .arg(tls.peer.subject, tls.peer.issuer,
                          QLocale().toString(tls.peer.notAfter.toLocalTime().date(), QLocale::ShortFormat),
                          tls.pinned ? AccountWizard::tr(" (trusted by its fingerprint)") : QString());
    } else {
        lines << AccountWizard::tr("Encryption: none – messages and passwords travel in clear");
    }
    m_capabilities->setText(lines.join(u'\n'));
    m_serverShown = serverKey();
}

void SettingsPage::settingsEdited()
{
    if (m_filling)
        return;
    m_verified = false;
    m_maxSize = 0; // learned again by the next check
    if (!m_serverShown.isEmpty() && m_serverShown != serverKey()) {
        // What the server offers was about another server.
        m_capabilities->setText(AccountWizard::tr("Not known yet for this server: Check Settings asks it."));
        m_serverShown.clear();
    }
    if (m_wizard->certificatePage()->isPending()) {
        // The certificate page was about the settings as they were.
        m_wizard->certificatePage()->clearPending();
        emit completeChanged();
    }
    m_checkStatus->setText(AccountWizard::tr("Not checked yet."));
}

QString SettingsPage::serverKey() const
{
    return m_host->text().trimmed().toLower() + u':' + QString::number(m_port->value()) + u':'
        + QString::number(m_security->currentData().toInt());
}

bool SettingsPage::isBusy() const
{
    return m_check->isRunning() || m_testSession;
}

void SettingsPage::setBusy(bool busy)
{
    m_checkButton->setEnabled(!busy);
    m_testButton->setEnabled(!busy);
}

Result<SubmissionSettings> SettingsPage::connectionSettings()
{
    delete m_transcript;
    m_transcript = new Transcript(this);
    ConnectionOverrides overrides = m_wizard->connectionOverrides();
    overrides.timeouts = SmtpTimeouts::uniform(20'000);
    overrides.transcript = m_transcript;
    return submissionSettings(m_wizard->account(), m_wizard->secret(), overrides);
}

void SettingsPage::checkSettings()
{
    if (isBusy())
        return;
    m_verified = false;
    m_checkReply->clear();
    m_checkStatus->setText(AccountWizard::tr("Connecting to %1…").arg(m_host->text().trimmed()));
    const auto settings = connectionSettings();
    if (!settings.ok()) {
        m_checkStatus->setText(settings.error().message());
        return;
    }
    setBusy(true);
    m_check->start(settings.value());
}

void SettingsPage::onCheckFinished(const ConnectionCheckResult& result)
{
    if (!result.ok) {
        onFailed(result.error);
        return;
    }
    showCapabilities(result.capabilities.raw, result.capabilities.maxSize, result.tls);
    m_verified = true;
    m_checkStatus->setText(
        AccountWizard::tr("✔ These settings work: the server accepted the connection%1.")
            .arg(result.authUsed != AuthMechanism::None ? AccountWizard::tr(" and the password") : QString()));
    m_checkReply->setReply({}, m_transcript->text(), false);
    setBusy(false);
    emit checkFinished(true);
    if (m_finishAfterCheck) {
        m_finishAfterCheck = false;
        emit saveWanted();
    }
}

// A check or a test message failed: says why, offers the certificate page for a certificate that did not
// verify, and with Finish pressed asks whether to keep the account anyway.
void SettingsPage::onFailed(const SmtpError& error)
{
    setBusy(false);
    m_checkStatus->setText(AccountWizard::tr("✘ %1").arg(error.message));
    QString raw = m_transcript ? m_transcript->text() : QString();
    if (raw.isEmpty())
        raw = ReplyExplainer::replyText(error.reply);
    m_checkReply->setReply(ReplyExplainer::explain(error), raw, true);
    const bool wantedFinish = m_finishAfterCheck;
    m_finishAfterCheck = false;
    emit checkFinished(false);
    if (error.failure == SmtpFailure::Certificate && !error.certificate.sha256.isEmpty()) {
        m_wizard->certificatePage()->showProblem(error.certificate, error.certificateProblems, m_host->text().trimmed(),
                                                 static_cast<quint16>(m_port->value()));
        emit completeChanged();
        m_wizard->next();
        return;
    }
    if (!wantedFinish)
        return;
    const auto answer = MessageBox::ask(
        m_wizard, QMessageBox::Warning, AccountWizard::tr("Settings Not Verified"),
        AccountWizard::tr("These settings did not work: %1\n\nKeep the account anyway? Messages will wait in the "
                          "outbox until the server accepts them.")
            .arg(error.message),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Save, AccountWizard::tr("Keep Account")}});
    if (answer == QMessageBox::Save)
        emit saveWanted();
}

void SettingsPage::sendTestMessage()
{
    if (isBusy())
        return;
    const Account a = m_wizard->account();
    const auto me = Address::create(a.email, a.displayName);
    if (!me.ok()) {
        m_checkStatus->setText(me.error().message());
        return;
    }
    MessageBuilder builder;
    builder.setFrom(me.value());
    builder.setTo({me.value()});
    builder.setSubject(AccountWizard::tr("Postino test message"));
    builder.setTextBody(AccountWizard::tr("This message was sent by Postino to check the account %1 (%2, port %3).\n")
                            .arg(a.email, a.host)
                            .arg(a.port));
    auto bytes = builder.toByteArray();
    if (!bytes.ok()) {
        m_checkStatus->setText(bytes.error().message());
        return;
    }
    m_testBody = bytes.value();
    const Envelope envelope = builder.envelope();
    m_checkReply->clear();
    m_checkStatus->setText(AccountWizard::tr("Sending a test message to %1…").arg(a.email));
    const auto settings = connectionSettings();
    if (!settings.ok()) {
        m_checkStatus->setText(settings.error().message());
        return;
    }
    setBusy(true);
    m_testSession = m_wizard->probeServices().submissions->create(settings.value()).release();
    m_testSession->setParent(this);
    auto* buffer = new QBuffer(&m_testBody, m_testSession);
    buffer->open(QIODevice::ReadOnly);
    connect(m_testSession, &Submission::ready, this,
            [this, envelope, buffer] { m_testSession->send(envelope, buffer, m_testBody.size()); });
    connect(m_testSession, &Submission::transactionFinished, this, &SettingsPage::onTestFinished);
    connect(m_testSession, &Submission::failed, this, [this](const SmtpError& error) {
        if (Submission* session = m_testSession) {
            session->disconnect(this);
            session->abort();
            session->deleteLater();
        }
        m_testSession = nullptr;
        onFailed(error);
        emit testMessageFinished(false);
    });
    m_testSession->open();
}

void SettingsPage::onTestFinished(const TransactionResult& result)
{
    closePolitely(m_testSession, this);
    m_testSession = nullptr;
    setBusy(false);
    if (result.delivered) {
        m_verified = true;
        m_checkStatus->setText(AccountWizard::tr("✔ The server accepted the test message: look for it in your inbox."));
        m_checkReply->setReply({}, m_transcript->text(), false);
    } else {
        m_checkStatus->setText(AccountWizard::tr("✘ %1").arg(result.error.message));
        m_checkReply->setReply(ReplyExplainer::explain(result.error), m_transcript->text(), true);
    }
    emit testMessageFinished(result.delivered);
}

} // namespace Postino
