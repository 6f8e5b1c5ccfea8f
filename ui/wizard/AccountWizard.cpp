#include "AccountWizard.h"

#include "MessageBox.h"
#include "ReplyPanel.h"
#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "discovery/ReplyExplainer.h"
#include "mime/Address.h"
#include "mime/MessageBuilder.h"
#include "smtp/Submission.h"
#include "smtp/Transcript.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Postino {

// A page whose navigation the wizard decides.
class WizardPage : public QWizardPage
{
public:
    std::function<int()> next;
    std::function<bool()> complete;
    std::function<void()> init;
    std::function<void()> cleanup;
    std::function<bool()> validate;

    using QWizardPage::QWizardPage;
    [[nodiscard]] int nextId() const override { return next ? next() : QWizardPage::nextId(); }
    [[nodiscard]] bool isComplete() const override { return complete ? complete() : true; }
    void initializePage() override
    {
        if (init)
            init();
    }
    void cleanupPage() override
    {
        if (cleanup)
            cleanup();
    }
    bool validatePage() override { return validate ? validate() : true; }
    void changed() { emit completeChanged(); }
};

namespace {

enum CandidateColumn { HostColumn, PortColumn, SecurityColumn, SourceColumn, ResultColumn, TimeColumn };

QString securityText(Security security)
{
    switch (security) {
    case Security::Tls:
        return AccountWizard::tr("SSL/TLS");
    case Security::StartTls:
        return AccountWizard::tr("STARTTLS");
    case Security::None:
        return AccountWizard::tr("None (unencrypted)");
    }
    return {};
}

QString sourceText(DiscoverySource source)
{
    switch (source) {
    case DiscoverySource::Builtin:
        return AccountWizard::tr("Postino's list");
    case DiscoverySource::Autoconfig:
        return AccountWizard::tr("Provider's autoconfig");
    case DiscoverySource::WellKnown:
        return AccountWizard::tr("Domain's autoconfig");
    case DiscoverySource::Srv:
        return AccountWizard::tr("DNS SRV record");
    case DiscoverySource::Mx:
        return AccountWizard::tr("Mail exchanger (MX)");
    case DiscoverySource::Guess:
        return AccountWizard::tr("Common name");
    case DiscoverySource::Manual:
        return AccountWizard::tr("Given by hand");
    }
    return {};
}

QString outcomeText(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::Pending:
        return AccountWizard::tr("Checking…");
    case ProbeOutcome::Ok:
        return AccountWizard::tr("Works");
    case ProbeOutcome::Refused:
        return AccountWizard::tr("No answer (refused)");
    case ProbeOutcome::Timeout:
        return AccountWizard::tr("No answer (timed out)");
    case ProbeOutcome::TlsError:
        return AccountWizard::tr("Encryption failed");
    case ProbeOutcome::CertError:
        return AccountWizard::tr("Certificate problem");
    case ProbeOutcome::NoStartTls:
        return AccountWizard::tr("No STARTTLS");
    case ProbeOutcome::AuthFailed:
        return AccountWizard::tr("Password refused");
    case ProbeOutcome::AuthUnsupported:
        return AccountWizard::tr("No common sign-in method");
    case ProbeOutcome::ProtocolError:
        return AccountWizard::tr("Not an SMTP server");
    case ProbeOutcome::Skipped:
        return AccountWizard::tr("Skipped");
    }
    return {};
}

QString fingerprintText(const QByteArray& hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2)).toUpper();
    return pairs.join(QLatin1Char(':'));
}

QLabel* intro(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

AccountWizard::AccountWizard(AccountStore* store, SecretStore* secrets, ProbeServices services, QWidget* parent)
    : QWizard(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_services(services)
{
    setObjectName(QStringLiteral("accountWizard"));
    setWindowTitle(tr("Add Account"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Set Up &Manually"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("manualSetupButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            setUpManually();
    });
    setPage(IdentityPageId, buildIdentityPage());
    setPage(DiscoveryPageId, buildDiscoveryPage());
    setPage(SettingsPageId, buildSettingsPage());
    setPage(CertificatePageId, buildCertificatePage());
    setStartId(IdentityPageId);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        button(QWizard::CustomButton1)->setVisible(id == IdentityPageId || id == DiscoveryPageId);
    });
    resize(720, 560);
}

AccountWizard::~AccountWizard()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->abort();
    }
}

QWizardPage* AccountWizard::buildIdentityPage()
{
    auto* page = new WizardPage(this);
    page->setObjectName(QStringLiteral("identityPage"));
    page->setTitle(tr("Your Address"));
    page->setSubTitle(tr("Postino looks up your provider's outgoing server and checks it with your password."));
    m_displayName = new QLineEdit(page);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setAccessibleName(tr("Your name"));
    m_displayName->setPlaceholderText(tr("Ada Lovelace"));
    m_email = new QLineEdit(page);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_email->setPlaceholderText(tr("ada@example.org"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_accountName = new QLineEdit(page);
    m_accountName->setObjectName(QStringLiteral("accountNameEdit"));
    m_accountName->setAccessibleName(tr("Account name"));
    m_accountName->setToolTip(tr("How Postino and postino-cli call this account: letters, digits, '.', '_' and '-'."));
    auto* hint = new QLabel(page);
    hint->setObjectName(QStringLiteral("identityHint"));
    hint->setWordWrap(true);

    auto* form = new QFormLayout(page);
    form->addRow(tr("Your &name:"), m_displayName);
    form->addRow(tr("&E-mail address:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Account na&me:"), m_accountName);
    form->addRow(hint);
    form->addRow(intro(tr("The password is kept in your system's keychain, never in a file. Leave it empty for a "
                          "server that does not ask for one."),
                       page));

    auto update = [this, page, hint] {
        if (!m_nameEdited) {
            const QSignalBlocker block(m_accountName);
            m_accountName->setText(derivedName());
        }
        const QString email = m_email->text().trimmed();
        const auto parsed = Address::parse(email);
        if (!email.isEmpty() && !parsed.ok())
            hint->setText(parsed.error().message());
        else if (!m_accountName->text().isEmpty() && !Account::isValidName(m_accountName->text()))
            hint->setText(tr("The account name may only have letters, digits, '.', '_' and '-'."));
        else if (m_store->contains(m_accountName->text()))
            hint->setText(
                tr("There is already an account called %1: choose another account name.").arg(m_accountName->text()));
        else
            hint->clear();
        page->changed();
    };
    connect(m_email, &QLineEdit::textChanged, this, update);
    connect(m_accountName, &QLineEdit::textEdited, this, [this, update] {
        m_nameEdited = true;
        update();
    });
    page->complete = [this] {
        const QString email = m_email->text().trimmed();
        return !email.isEmpty() && Address::parse(email).ok() && Account::isValidName(m_accountName->text())
            && !m_store->contains(m_accountName->text());
    };
    page->next = [this] { return m_manual ? int(SettingsPageId) : int(DiscoveryPageId); };
    page->init = [this] { m_manual = false; };
    setTabOrder(m_displayName, m_email);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_accountName);
    return page;
}

QString AccountWizard::derivedName() const
{
    const auto parsed = Address::parse(m_email->text().trimmed());
    QString base =
        parsed.ok() ? parsed.value().localPart() + u'-' + parsed.value().asciiDomain() : m_email->text().trimmed();
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return base;
}

QWizardPage* AccountWizard::buildDiscoveryPage()
{
    auto* page = new WizardPage(this);
    page->setObjectName(QStringLiteral("discoveryPage"));
    page->setTitle(tr("Finding Your Server"));
    page->setSubTitle(tr("Every place that may name your server is asked at once; each server found is checked."));
    m_searchStatus = new QLabel(page);
    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));
    m_searchStatus->setWordWrap(true);
    m_candidates = new QTreeWidget(page);
    m_candidates->setObjectName(QStringLiteral("candidateList"));
    m_candidates->setAccessibleName(tr("Servers found"));
    m_candidates->setRootIsDecorated(false);
    m_candidates->setUniformRowHeights(true);
    m_candidates->setHeaderLabels({tr("Server"), tr("Port"), tr("Security"), tr("Found in"), tr("Result"), tr("Time")});
    m_candidates->header()->resizeSection(HostColumn, 170);
    m_candidates->header()->resizeSection(PortColumn, 50);
    m_candidates->header()->resizeSection(SecurityColumn, 90);
    m_candidates->header()->resizeSection(SourceColumn, 120);
    m_candidates->header()->setStretchLastSection(false);
    m_candidates->header()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_candidates->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_cancelSearch = new QPushButton(tr("S&top Searching"), page);
    m_cancelSearch->setObjectName(QStringLiteral("cancelSearchButton"));
    connect(m_cancelSearch, &QPushButton::clicked, this, &AccountWizard::cancelSearch);
    m_searchReply = new ReplyPanel(QStringLiteral("searchReply"), page);

    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    row->addWidget(m_searchStatus, 1);
    row->addWidget(m_cancelSearch);
    layout->addLayout(row);
    layout->addWidget(m_candidates, 1);
    layout->addWidget(m_searchReply);

    page->init = [this] { startProbe(); };
    page->cleanup = [this] { cancelSearch(); };
    page->complete = [this] { return m_probe && m_probe->isFinished(); };
    page->next = [this] { return m_certificatePending ? int(CertificatePageId) : int(SettingsPageId); };
    return page;
}

QWizardPage* AccountWizard::buildSettingsPage()
{
    auto* page = new WizardPage(this);
    page->setObjectName(QStringLiteral("settingsPage"));
    page->setTitle(tr("Server Settings"));
    page->setSubTitle(tr("Check them, change what you need, and send yourself a test message."));
    m_host = new QLineEdit(page);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setAccessibleName(tr("Outgoing server"));
    m_host->setPlaceholderText(tr("smtp.example.org"));
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    if (auto* portEdit = m_port->findChild<QLineEdit*>())
        portEdit->setAccessibleName(tr("Port"));
    m_security = new QComboBox(page);
    m_security->setObjectName(QStringLiteral("securityCombo"));
    m_security->setAccessibleName(tr("Security"));
    for (Security s : {Security::StartTls, Security::Tls, Security::None})
        m_security->addItem(securityText(s), static_cast<int>(s));
    m_username = new QLineEdit(page);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setAccessibleName(tr("User name"));
    m_username->setPlaceholderText(tr("Your address"));
    m_settingsPassword = new QLineEdit(page);
    m_settingsPassword->setObjectName(QStringLiteral("settingsPasswordEdit"));
    m_settingsPassword->setAccessibleName(tr("Password"));
    m_settingsPassword->setEchoMode(QLineEdit::Password);
    m_auth = new QComboBox(page);
    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_auth->setAccessibleName(tr("Sign-in method"));
    m_auth->addItem(tr("Automatic"), static_cast<int>(AuthMechanism::Auto));
    m_auth->addItem(tr("No sign-in"), static_cast<int>(AuthMechanism::None));
    for (AuthMechanism m :
         {AuthMechanism::Plain, AuthMechanism::Login, AuthMechanism::CramMd5, AuthMechanism::ScramSha256})
        m_auth->addItem(authMechanismName(m), static_cast<int>(m));

    m_capabilities = new QLabel(page);
    m_capabilities->setObjectName(QStringLiteral("capabilitiesLabel"));
    m_capabilities->setWordWrap(true);
    m_capabilities->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_checkStatus = new QLabel(page);
    m_checkStatus->setObjectName(QStringLiteral("checkStatus"));
    m_checkStatus->setWordWrap(true);
    m_checkButton = new QPushButton(tr("&Check Settings"), page);
    m_checkButton->setObjectName(QStringLiteral("checkSettingsButton"));
    m_testButton = new QPushButton(tr("Send a &Test Message to Myself"), page);
    m_testButton->setObjectName(QStringLiteral("testMessageButton"));
    m_checkReply = new ReplyPanel(QStringLiteral("checkReply"), page);
    connect(m_checkButton, &QPushButton::clicked, this, &AccountWizard::checkSettings);
    connect(m_testButton, &QPushButton::clicked, this, &AccountWizard::sendTestMessage);

    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    auto* hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto* portLabel = new QLabel(tr("P&ort:"), page);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto* hostLabel = new QLabel(tr("&Server:"), page);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, hostRow);
    form->addRow(tr("Sec&urity:"), m_security);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("Pass&word:"), m_settingsPassword);
    form->addRow(tr("Sign-in &method:"), m_auth);
    layout->addLayout(form);
    auto* box = new QGroupBox(tr("What the server offers"), page);
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

    for (QLineEdit* edit : {m_host, m_username, m_settingsPassword})
        connect(edit, &QLineEdit::textEdited, this, &AccountWizard::settingsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &AccountWizard::settingsEdited);
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            const auto s = static_cast<Security>(m_security->currentData().toInt());
            const QSignalBlocker block(m_port);
            if (m_port->value() == 587 || m_port->value() == 465 || m_port->value() == 25)
                m_port->setValue(s == Security::Tls ? 465 : 587);
        }
        settingsEdited();
    });
    connect(m_auth, &QComboBox::currentIndexChanged, this, &AccountWizard::settingsEdited);

    page->init = [this] {
        if (m_settingsPassword->text().isEmpty())
            m_settingsPassword->setText(m_password->text());
        if (m_host->text().isEmpty() && m_manual) {
            const auto parsed = Address::parse(m_email->text().trimmed());
            if (parsed.ok())
                m_host->setText(QStringLiteral("smtp.") + parsed.value().asciiDomain());
        }
        // Back from the certificate page with a fingerprint to trust: check again with it.
        if (!m_verified && !m_pinned.isEmpty())
            checkSettings();
    };
    page->complete = [this] { return !m_host->text().trimmed().isEmpty() && !m_saving; };
    page->next = [this] { return m_certificatePending ? int(CertificatePageId) : -1; };
    page->validate = [this] {
        if (m_certificatePending || m_saved)
            return true; // m_saved: accept() validates the page once more
        if (m_verified) {
            save();
            return false;
        }
        m_finishAfterCheck = true;
        checkSettings();
        return false;
    };
    return page;
}

QWizardPage* AccountWizard::buildCertificatePage()
{
    auto* page = new WizardPage(this);
    page->setObjectName(QStringLiteral("certificatePage"));
    page->setTitle(tr("The Server's Certificate Is Not Trusted"));
    page->setSubTitle(tr("Someone may be pretending to be your server, or the server is set up wrongly."));
    m_certProblem = new QLabel(page);
    m_certProblem->setObjectName(QStringLiteral("certificateProblem"));
    m_certProblem->setWordWrap(true);
    m_certDetails = new QLabel(page);
    m_certDetails->setObjectName(QStringLiteral("certificateDetails"));
    m_certDetails->setWordWrap(true);
    m_certDetails->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_certFingerprint = new QLabel(page);
    m_certFingerprint->setObjectName(QStringLiteral("certificateFingerprint"));
    m_certFingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    m_certFingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_certFingerprint->setFocusPolicy(Qt::StrongFocus);
    m_certFingerprint->setFont(QFont(QStringLiteral("monospace")));
    m_certFingerprint->setFrameShape(QFrame::StyledPanel);
    m_certFingerprint->setMargin(4);
    m_trustCertificate = new QCheckBox(page);
    m_trustCertificate->setObjectName(QStringLiteral("trustCertificateCheck"));

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_certProblem);
    layout->addWidget(m_certDetails);
    auto* fpLabel = new QLabel(tr("SHA-256 &fingerprint (compare it with the one your provider publishes):"), page);
    fpLabel->setBuddy(m_certFingerprint);
    layout->addWidget(fpLabel);
    layout->addWidget(m_certFingerprint);
    layout->addSpacing(8);
    layout->addWidget(m_trustCertificate);
    layout->addWidget(intro(tr("Only this exact certificate is trusted, only for this server. If the server's "
                               "certificate changes, Postino stops and asks again."),
                            page));
    layout->addStretch(1);
    connect(m_trustCertificate, &QCheckBox::toggled, page, &WizardPage::changed);
    page->setButtonText(QWizard::NextButton, tr("Trust and &Continue"));
    page->setButtonText(QWizard::FinishButton, tr("Trust and &Continue"));
    page->complete = [this] { return m_trustCertificate->isChecked(); };
    page->init = [this] { m_trustCertificate->setChecked(false); };
    page->next = [this] { return visitedIds().contains(SettingsPageId) ? -1 : int(SettingsPageId); };
    page->validate = [this] {
        m_pinned = m_pendingPin;
        m_certificatePending = false;
        m_verified = false;
        if (visitedIds().contains(SettingsPageId)) {
            // Back to the settings page, which checks again with the fingerprint.
            QMetaObject::invokeMethod(this, &QWizard::back, Qt::QueuedConnection);
            QMetaObject::invokeMethod(this, &AccountWizard::checkSettings, Qt::QueuedConnection);
            return false;
        }
        return true;
    };
    return page;
}

void AccountWizard::setAddress(const QString& email)
{
    m_email->setText(email);
}

void AccountWizard::setUpManually()
{
    m_manual = true;
    cancelSearch();
    if (currentId() == IdentityPageId) {
        if (currentPage()->isComplete())
            next();
        return;
    }
    if (currentId() == DiscoveryPageId) {
        m_certificatePending = false;
        next();
    }
}

void AccountWizard::startProbe()
{
    cancelSearch();
    if (m_probe)
        m_probe->deleteLater();
    m_candidates->clear();
    m_searchReply->clear();
    m_certificatePending = false;
    m_verified = false;
    m_maxSize = 0;
    ProbeSettings settings;
    settings.email = m_email->text().trimmed();
    settings.password = m_password->text();
    settings.pinnedSha256 = m_pinned;
    if (m_adjuster)
        m_adjuster(settings);
    m_probe = new ServerProbe(settings, m_services, this);
    connect(m_probe, &ServerProbe::candidateAdded, this,
            [this](int index, const ProbeCandidate& candidate) { onCandidate(index, candidate, true); });
    connect(m_probe, &ServerProbe::candidateUpdated, this,
            [this](int index, const ProbeCandidate& candidate) { onCandidate(index, candidate, false); });
    connect(m_probe, &ServerProbe::finished, this, &AccountWizard::onProbeFinished);
    m_searchStatus->setText(tr("Looking for the outgoing server of %1…").arg(settings.email));
    m_cancelSearch->setEnabled(true);
    m_probe->start();
    static_cast<WizardPage*>(page(DiscoveryPageId))->changed();
}

void AccountWizard::cancelSearch()
{
    if (m_probe && m_probe->isRunning())
        m_probe->cancel();
}

void AccountWizard::onCandidate(int index, const ProbeCandidate& candidate, bool added)
{
    QTreeWidgetItem* item = nullptr;
    if (added || index >= m_candidates->topLevelItemCount()) {
        while (m_candidates->topLevelItemCount() <= index)
            new QTreeWidgetItem(m_candidates);
    }
    item = m_candidates->topLevelItem(index);
    item->setText(HostColumn, candidate.server.host);
    item->setText(PortColumn, QString::number(candidate.server.port));
    item->setText(SecurityColumn,
                  candidate.server.security == Security::None ? tr("None") : securityText(candidate.server.security));
    item->setText(SourceColumn, sourceText(candidate.server.source));
    item->setText(ResultColumn, outcomeText(candidate.result));
    item->setText(TimeColumn,
                  candidate.result == ProbeOutcome::Pending
                      ? QString()
                      : tr("%1 s").arg(QLocale().toString(double(candidate.elapsedMs) / 1000.0, 'f', 1)));
    const QString tip =
        candidate.explanation.isEmpty() ? candidate.detail : candidate.explanation + u'\n' + candidate.detail;
    for (int c = 0; c <= TimeColumn; ++c)
        item->setToolTip(c, tip);
    QStyle::StandardPixmap icon = QStyle::SP_BrowserReload;
    if (candidate.result == ProbeOutcome::Ok)
        icon = QStyle::SP_DialogApplyButton;
    else if (candidate.result != ProbeOutcome::Pending)
        icon = candidate.result == ProbeOutcome::Skipped ? QStyle::SP_DialogCancelButton : QStyle::SP_MessageBoxWarning;
    item->setIcon(ResultColumn, style()->standardIcon(icon));
}

void AccountWizard::onProbeFinished(const ProbeResult& result)
{
    m_cancelSearch->setEnabled(false);
    // Rows in the finished order, complete.
    m_candidates->clear();
    for (int i = 0; i < result.candidates.size(); ++i)
        onCandidate(i, result.candidates.at(i), true);

    if (const ProbeCandidate* server = result.server(); server && result.verified) {
        fillSettings(*server);
        showCapabilities(server->capabilities, server->maxSize, server->tls);
        m_verified = true;
        m_searchStatus->setText(tr("Found and checked: %1, port %2 (%3).")
                                    .arg(server->server.host)
                                    .arg(server->server.port)
                                    .arg(securityText(server->server.security)));
        m_searchReply->setReply(server->detail, {}, false);
        m_candidates->setCurrentItem(m_candidates->topLevelItem(result.serverIndex));
    } else {
        // What went wrong where it matters most: a refused password, a certificate, then the rest.
        const ProbeCandidate* best = nullptr;
        for (ProbeOutcome wanted : {ProbeOutcome::AuthFailed, ProbeOutcome::CertError, ProbeOutcome::AuthUnsupported,
                                    ProbeOutcome::NoStartTls, ProbeOutcome::TlsError}) {
            for (const ProbeCandidate& c : result.candidates) {
                if (c.result == wanted && !best)
                    best = &c;
            }
        }
        if (best) {
            fillSettings(*best);
            if (!best->capabilities.isEmpty())
                showCapabilities(best->capabilities, best->maxSize, best->tls);
        }
        if (best && best->result == ProbeOutcome::CertError) {
            showCertificateProblem(best->tls.peer, best->certificateProblems, best->server.host, best->server.port);
            m_searchStatus->setText(
                tr("%1 answers, but its certificate could not be verified.").arg(best->server.host));
        } else if (best && best->result == ProbeOutcome::AuthFailed) {
            m_searchStatus->setText(tr("%1 is your server, but it refused the password.").arg(best->server.host));
        } else if (best) {
            m_searchStatus->setText(tr("%1 answers, but it cannot be used as it is.").arg(best->server.host));
        } else {
            m_searchStatus->setText(tr("No working outgoing server was found for %1. Enter the settings your provider "
                                       "gives on the next page.")
                                        .arg(result.email));
        }
        if (best)
            m_searchReply->setReply(best->explanation.isEmpty() ? best->detail : best->explanation, best->detail, true);
        else
            m_searchReply->clear(); // the status line says what to do
        m_manual = true;
    }
    if (!result.notes.isEmpty())
        m_searchStatus->setText(m_searchStatus->text() + u'\n' + result.notes.join(u'\n'));
    static_cast<WizardPage*>(page(DiscoveryPageId))->changed();
}

void AccountWizard::fillSettings(const ProbeCandidate& candidate)
{
    m_filling = true;
    m_host->setText(candidate.server.host);
    m_port->setValue(candidate.server.port);
    m_security->setCurrentIndex(m_security->findData(static_cast<int>(candidate.server.security)));
    if (!candidate.usernameUsed.isEmpty() && candidate.usernameUsed != m_email->text().trimmed())
        m_username->setText(candidate.usernameUsed);
    m_filling = false;
}

void AccountWizard::showCapabilities(const QStringList& capabilities, qint64 maxSize, const TlsSessionInfo& tls)
{
    // What the server says about itself is what the account keeps (for the composer's size warning).
    m_maxSize = maxSize;
    QStringList lines;
    lines << (maxSize > 0 ? tr("Largest message: %1").arg(QLocale().formattedDataSize(maxSize))
                          : tr("Largest message: no limit announced"));
    QStringList auth;
    for (const QString& line : capabilities) {
        if (line.startsWith(QLatin1String("AUTH "), Qt::CaseInsensitive))
            auth << line.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    lines << (auth.isEmpty() ? tr("Sign-in methods: none offered") : tr("Sign-in methods: %1").arg(auth.join(u", ")));
    if (tls.encrypted) {
        lines << tr("Encryption: %1 (%2)").arg(tls.protocol, tls.cipher);
        lines << tr("Certificate: %1, issued by %2, valid until %3%4")
                     .arg(tls.peer.subject, tls.peer.issuer,
                          QLocale().toString(tls.peer.notAfter.toLocalTime().date(), QLocale::ShortFormat),
                          tls.pinned ? tr(" (trusted by its fingerprint)") : QString());
    } else {
        lines << tr("Encryption: none – messages and passwords travel in clear");
    }
    m_capabilities->setText(lines.join(u'\n'));
}

void AccountWizard::showCertificateProblem(const CertificateInfo& certificate, const QStringList& problems,
                                           const QString& host, quint16 port)
{
    m_pendingPin = certificate.sha256;
    m_certificatePending = !certificate.sha256.isEmpty();
    m_certProblem->setText(problems.isEmpty() ? tr("The certificate of %1 could not be verified.").arg(host)
                                              : tr("What is wrong: %1").arg(problems.join(u"; ")));
    const QLocale locale;
    m_certDetails->setText(tr("Issued to: %1\nIssued by: %2\nValid from %3 to %4\nNames: %5")
                               .arg(certificate.subject, certificate.issuer,
                                    locale.toString(certificate.notBefore.toLocalTime(), QLocale::ShortFormat),
                                    locale.toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat),
                                    certificate.subjectAltNames.join(u", ")));
    // Two lines of 16 bytes, easy to compare with what the provider publishes.
    const QString fingerprint = fingerprintText(certificate.sha256);
    m_certFingerprint->setText(fingerprint.left(47) + u'\n' + fingerprint.mid(48));
    m_trustCertificate->setText(tr("Trust exactly this certificate for %1, port %2").arg(host).arg(port));
    m_trustCertificate->setAccessibleName(m_trustCertificate->text());
}

Account AccountWizard::account() const
{
    Account account;
    account.name = m_accountName->text().trimmed();
    account.email = m_email->text().trimmed();
    account.displayName = m_displayName->text().trimmed();
    account.host = m_host->text().trimmed();
    account.port = static_cast<quint16>(m_port->value());
    account.security = static_cast<Security>(m_security->currentData().toInt());
    account.auth = static_cast<AuthMechanism>(m_auth->currentData().toInt());
    account.username = m_username->text().trimmed();
    account.pinnedSha256 = m_pinned;
    account.maxMessageSize = m_maxSize;
    return account;
}

QString AccountWizard::password() const
{
    return currentId() == SettingsPageId || visitedIds().contains(SettingsPageId) ? m_settingsPassword->text()
                                                                                  : m_password->text();
}

SubmissionSettings AccountWizard::submissionSettings(Transcript* transcript) const
{
    const Account a = account();
    SubmissionSettings settings;
    settings.endpoint.host = a.host;
    settings.endpoint.port = a.port;
    settings.endpoint.security = a.security;
    settings.endpoint.pinnedSha256 = a.pinnedSha256;
    ProbeSettings adjusted;
    if (m_adjuster) {
        m_adjuster(adjusted);
        settings.endpoint.extraCaCertificates = adjusted.extraCaCertificates;
        settings.endpoint.connectAddress = adjusted.resolve.value(a.host.toLower());
    }
    if (a.auth != AuthMechanism::None && !m_settingsPassword->text().isEmpty()) {
        settings.credentials.username = a.effectiveUsername();
        settings.credentials.secret = m_settingsPassword->text();
        settings.credentials.mechanism = a.auth;
    }
    settings.timeouts = SmtpTimeouts::uniform(20'000);
    settings.transcript = transcript;
    settings.clock = m_services.clock;
    return settings;
}

void AccountWizard::settingsEdited()
{
    if (m_filling)
        return;
    m_verified = false;
    m_maxSize = 0; // learned again by the next check
    if (m_certificatePending) {
        // The certificate page was about the settings as they were.
        m_certificatePending = false;
        static_cast<WizardPage*>(page(SettingsPageId))->changed();
    }
    m_checkStatus->setText(tr("Not checked yet."));
}

void AccountWizard::checkSettings()
{
    if (m_session)
        return;
    m_verified = false;
    m_checkReply->clear();
    m_checkStatus->setText(tr("Connecting to %1…").arg(m_host->text().trimmed()));
    m_checkButton->setEnabled(false);
    m_testButton->setEnabled(false);
    delete m_transcript;
    m_transcript = new Transcript(this);
    auto created = m_services.submissions->create(submissionSettings(m_transcript));
    m_session = created.release();
    m_session->setParent(this);
    connect(m_session, &Submission::ready, this, [this] {
        Submission* session = m_session;
        showCapabilities(session->capabilities().raw, session->capabilities().maxSize, session->tlsInfo());
        m_verified = true;
        m_checkStatus->setText(
            tr("✔ These settings work: the server accepted the connection%1.")
                .arg(session->authMechanismUsed() != AuthMechanism::None ? tr(" and the password") : QString()));
        m_checkReply->setReply({}, m_transcript->text(), false);
        session->disconnect(this);
        connect(session, &Submission::closed, session, &QObject::deleteLater);
        connect(session, &Submission::failed, session, &QObject::deleteLater);
        session->close();
        m_session = nullptr;
        m_checkButton->setEnabled(true);
        m_testButton->setEnabled(true);
        emit checkFinished(true);
        if (m_finishAfterCheck) {
            m_finishAfterCheck = false;
            save();
        }
    });
    connect(m_session, &Submission::failed, this, &AccountWizard::onCheckFailed);
    connect(m_session, &Submission::passwordRequested, this, [this] {
        SmtpError error;
        error.failure = SmtpFailure::AuthFailed;
        error.kind = ErrorKind::Auth;
        error.message = tr("The server wants a password: enter it above.");
        onCheckFailed(error);
    });
    m_session->open();
}

void AccountWizard::onCheckFailed(const SmtpError& error)
{
    if (Submission* session = m_session) {
        session->disconnect(this);
        session->abort();
        session->deleteLater();
    }
    m_session = nullptr;
    m_checkButton->setEnabled(true);
    m_testButton->setEnabled(true);
    const QString explained = ReplyExplainer::explain(error);
    m_checkStatus->setText(tr("✘ %1").arg(error.message));
    QString raw = m_transcript ? m_transcript->text() : QString();
    if (raw.isEmpty())
        raw = ReplyExplainer::replyText(error.reply);
    m_checkReply->setReply(explained, raw, true);
    const bool wantedFinish = m_finishAfterCheck;
    m_finishAfterCheck = false;
    emit checkFinished(false);
    if (error.failure == SmtpFailure::Certificate && !error.certificate.sha256.isEmpty()) {
        showCertificateProblem(error.certificate, error.certificateProblems, m_host->text().trimmed(),
                               static_cast<quint16>(m_port->value()));
        static_cast<WizardPage*>(page(SettingsPageId))->changed();
        next();
        return;
    }
    if (wantedFinish) {
        const auto answer = MessageBox::ask(
            this, QMessageBox::Warning, tr("Settings Not Verified"),
            tr("These settings did not work: %1\n\nKeep the account anyway? Messages will wait in the outbox "
               "until the server accepts them.")
                .arg(error.message),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Save, tr("Keep Account")}});
        if (answer == QMessageBox::Save)
            save();
    }
}

void AccountWizard::sendTestMessage()
{
    if (m_session)
        return;
    const Account a = account();
    const auto me = Address::create(a.email, a.displayName);
    if (!me.ok()) {
        m_checkStatus->setText(me.error().message());
        return;
    }
    MessageBuilder builder;
    builder.setFrom(me.value());
    builder.setTo({me.value()});
    builder.setSubject(tr("Postino test message"));
    builder.setTextBody(tr("This message was sent by Postino to check the account %1 (%2, port %3).\n")
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
    m_checkStatus->setText(tr("Sending a test message to %1…").arg(a.email));
    m_checkButton->setEnabled(false);
    m_testButton->setEnabled(false);
    delete m_transcript;
    m_transcript = new Transcript(this);
    auto created = m_services.submissions->create(submissionSettings(m_transcript));
    m_session = created.release();
    m_session->setParent(this);
    auto* buffer = new QBuffer(&m_testBody, m_session);
    buffer->open(QIODevice::ReadOnly);
    connect(m_session, &Submission::ready, this,
            [this, envelope, buffer] { m_session->send(envelope, buffer, m_testBody.size()); });
    connect(m_session, &Submission::transactionFinished, this, [this](const TransactionResult& result) {
        Submission* session = m_session;
        session->disconnect(this);
        connect(session, &Submission::closed, session, &QObject::deleteLater);
        connect(session, &Submission::failed, session, &QObject::deleteLater);
        session->close();
        m_session = nullptr;
        m_checkButton->setEnabled(true);
        m_testButton->setEnabled(true);
        if (result.delivered) {
            m_verified = true;
            m_checkStatus->setText(tr("✔ The server accepted the test message: look for it in your inbox."));
            m_checkReply->setReply({}, m_transcript->text(), false);
        } else {
            m_checkStatus->setText(tr("✘ %1").arg(result.error.message));
            m_checkReply->setReply(ReplyExplainer::explain(result.error), m_transcript->text(), true);
        }
        emit testMessageFinished(result.delivered);
    });
    connect(m_session, &Submission::failed, this, [this](const SmtpError& error) {
        onCheckFailed(error);
        emit testMessageFinished(false);
    });
    m_session->open();
}

void AccountWizard::save()
{
    const Account a = account();
    if (const Status valid = a.validate(); !valid.ok()) {
        m_checkStatus->setText(valid.error().message());
        return;
    }
    const QString secret = password();
    if (secret.isEmpty() || a.auth == AuthMechanism::None) {
        store(false);
        return;
    }
    m_saving = true;
    m_checkStatus->setText(tr("Storing the password in the keychain…"));
    static_cast<WizardPage*>(page(SettingsPageId))->changed();
    m_secrets->writePassword(a.name, secret, this, [this](const Status& written) {
        m_saving = false;
        static_cast<WizardPage*>(page(SettingsPageId))->changed();
        if (written.ok()) {
            store(true);
            return;
        }
        const auto answer = MessageBox::ask(
            this, QMessageBox::Warning, tr("No Keychain"),
            tr("The password could not be stored: %1\n\nKeep the account without a stored password? Postino "
               "cannot send through it until a keychain is available and the password is entered again.")
                .arg(written.error().message()),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
            {{QMessageBox::Save, tr("Keep Without Password")}});
        if (answer == QMessageBox::Save)
            store(false);
        else
            m_checkStatus->setText(
                tr("The account was not saved: no keychain answered (%1).").arg(written.error().message()));
    });
}

void AccountWizard::store(bool passwordStored)
{
    // The file is written (and fsynced) on the store's worker thread; meanwhile Finish and Cancel wait,
    // and the account is reported saved only once both the keychain and the file have it.
    const Account a = account();
    m_saving = true;
    m_writingAccount = true;
    static_cast<WizardPage*>(page(SettingsPageId))->changed();
    button(QWizard::CancelButton)->setEnabled(false);
    m_checkStatus->setText(tr("Saving the account…"));
    m_store->addAsync(a, this, [this, a, passwordStored](const Status& added) {
        m_saving = false;
        m_writingAccount = false;
        static_cast<WizardPage*>(page(SettingsPageId))->changed();
        button(QWizard::CancelButton)->setEnabled(true);
        if (!added.ok()) {
            m_checkStatus->setText(added.error().message());
            // Nothing half-written: the file could not be written, so the password just stored for the
            // account goes again.
            if (passwordStored && added.error().kind() == ErrorKind::IoError)
                m_secrets->deletePassword(a.name, this, [](const Status&) {});
            return;
        }
        m_saved = true;
        emit accountSaved(a.name);
        accept();
    });
}

void AccountWizard::reject()
{
    if (m_writingAccount)
        return; // a moment: the account file is being written
    QWizard::reject();
}

} // namespace Postino
