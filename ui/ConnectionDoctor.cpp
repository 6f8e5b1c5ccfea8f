#include "ConnectionDoctor.h"

#include "WholeTextDelegate.h"
#include "accounts/AccountConnection.h"
#include "accounts/SecretStore.h"
#include "discovery/ReplyExplainer.h"
#include "smtp/Transcript.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QHostInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Postino {

// The steps are core's connection stages, in the same order.
static_assert(int(ConnectionStage::Lookup) == ConnectionDoctor::LookupStep
              && int(ConnectionStage::Connect) == ConnectionDoctor::ConnectStep
              && int(ConnectionStage::Tls) == ConnectionDoctor::TlsStep
              && int(ConnectionStage::Ehlo) == ConnectionDoctor::EhloStep
              && int(ConnectionStage::Auth) == ConnectionDoctor::AuthStep);

ConnectionDoctor::ConnectionDoctor(Account account, SecretStore* secrets, SubmissionFactory* submissions,
                                   QWidget* parent)
    : QDialog(parent)
    , m_account(std::move(account))
    , m_secrets(secrets)
    , m_check(new ConnectionCheck(submissions, this))
    , m_steps(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_transcriptView(new QPlainTextEdit(this))
    , m_again(new QPushButton(tr("Check &Again"), this))
    , m_copy(new QPushButton(tr("&Copy Transcript"), this))
{
    setObjectName(QStringLiteral("connectionDoctor"));
    setWindowTitle(tr("Check Connection – %1").arg(m_account.email));
    auto* heading = new QLabel(
        tr("Checking %1 at %2, port %3, step by step.").arg(m_account.email, m_account.host).arg(m_account.port), this);
    heading->setWordWrap(true);
    m_steps->setObjectName(QStringLiteral("doctorSteps"));
    m_steps->setAccessibleName(tr("Connection steps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({tr("Step"), tr("Result")});
    m_steps->header()->resizeSection(0, 200);
    new WholeTextDelegate(m_steps, {1}); // a failed step's reason is read whole, in as many lines as it needs
    m_steps->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_steps->header(), &QHeaderView::sectionResized, this, &ConnectionDoctor::fitSteps);
    const QString names[StepCount] = {tr("Find the server's address"), tr("Connect (TCP)"), tr("Encryption (TLS)"),
                                      tr("Greeting and EHLO"), tr("Sign in (AUTH)")};
    for (const QString& name : names) {
        auto* item = new QTreeWidgetItem(m_steps, {name, QString()});
        for (int column = 0; column < 2; ++column) // beside the first line of a reason of many
            item->setTextAlignment(column, Qt::AlignLeft | Qt::AlignTop);
    }
    m_summary->setObjectName(QStringLiteral("doctorSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* transcriptLabel = new QLabel(tr("What Postino and the server said (&passwords removed):"), this);
    transcriptLabel->setBuddy(m_transcriptView);
    m_transcriptView->setObjectName(QStringLiteral("doctorTranscript"));
    m_transcriptView->setAccessibleName(tr("Transcript"));
    m_transcriptView->setReadOnly(true);
    m_transcriptView->setFont(QFont(QStringLiteral("monospace")));
    m_again->setObjectName(QStringLiteral("doctorAgainButton"));
    m_copy->setObjectName(QStringLiteral("doctorCopyButton"));
    m_sendWaiting = new QPushButton(this);
    m_sendWaiting->setObjectName(QStringLiteral("doctorSendWaitingButton"));
    connect(m_sendWaiting, &QPushButton::clicked, this, [this] {
        m_sendWaiting->hide();
        m_summary->setText(m_summary->text() + u'\n' + tr("Sending the waiting messages now; see the Outbox."));
        emit sendWaitingRequested(m_account.name);
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_sendWaiting, QDialogButtonBox::ActionRole);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &ConnectionDoctor::start);
    connectCheck();
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_transcriptView->toPlainText()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_steps);
    layout->addWidget(m_summary);
    layout->addWidget(transcriptLabel);
    layout->addWidget(m_transcriptView, 3);
    layout->addWidget(buttons);
    // After the button box laid out its buttons, which shows them: only once a check worked and messages wait.
    m_sendWaiting->hide();
    resize(680, 560);
}

void ConnectionDoctor::connectCheck()
{
    m_check->setPasswordWantedError(ErrorKind::Config,
                                    tr("The server wants a password and none is stored for this account. Enter it "
                                       "with Account > Change Password…, then check again."));
    connect(m_check, &ConnectionCheck::stateChanged, this, &ConnectionDoctor::onStateChanged);
    connect(m_check, &ConnectionCheck::finished, this, [this](const ConnectionCheckResult& result) {
        if (result.ok)
            onReady(result);
        else
            onFailed(result);
    });
}

ConnectionDoctor::~ConnectionDoctor()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_check->disconnect(this); // and m_check drops a connection in flight
}

ConnectionDoctor::Mark ConnectionDoctor::mark(Step step) const
{
    return m_marks[step];
}

QString ConnectionDoctor::reason(Step step) const
{
    return m_steps->topLevelItem(step)->text(1);
}

QString ConnectionDoctor::transcriptText() const
{
    return m_transcriptView->toPlainText();
}

void ConnectionDoctor::setMark(Step step, Mark mark, const QString& reason)
{
    m_marks[step] = mark;
    QTreeWidgetItem* item = m_steps->topLevelItem(step);
    item->setText(1, reason);
    item->setToolTip(1, reason);
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    QColor colour = palette().color(QPalette::Text);
    switch (mark) {
    case Mark::NotTried:
        colour = palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Mark::Running:
        icon = QStyle::SP_BrowserReload;
        break;
    case Mark::Ok:
        icon = QStyle::SP_DialogApplyButton;
        colour = QColor(0x1b, 0x7f, 0x37);
        break;
    case Mark::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        colour = QColor(0xb0, 0x1c, 0x1c);
        break;
    case Mark::NotNeeded:
        icon = QStyle::SP_MessageBoxInformation;
        break;
    }
    item->setIcon(0, icon == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(icon));
    item->setForeground(1, colour);
    item->setData(0, Qt::AccessibleDescriptionRole, reason);
    fitSteps();
}

// Every step in sight, however many lines its reason takes: the list as tall as its rows, the transcript
// below taking what is left.
void ConnectionDoctor::fitSteps()
{
    int height = m_steps->header()->sizeHint().height() + 2 * m_steps->frameWidth();
    for (int row = 0; row < m_steps->topLevelItemCount(); ++row)
        height += m_steps->sizeHintForRow(row);
    m_steps->setFixedHeight(height);
}

void ConnectionDoctor::start()
{
    if (m_running)
        return;
    m_running = true;
    m_tlsDone = false;
    m_again->setEnabled(false);
    m_transcriptView->clear();
    m_summary->clear();
    m_sendWaiting->hide();
    for (int s = 0; s < StepCount; ++s)
        setMark(static_cast<Step>(s), Mark::NotTried, tr("Not tried yet"));
    const QString host = m_account.connectAddressFor(m_account.host).isEmpty()
        ? m_account.host
        : m_account.connectAddressFor(m_account.host);
    setMark(LookupStep, Mark::Running, tr("Looking up %1…").arg(host));
    m_lookupId = QHostInfo::lookupHost(host, this, &ConnectionDoctor::onLookedUp);
}

void ConnectionDoctor::onLookedUp(const QHostInfo& info)
{
    m_lookupId = -1;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        setMark(LookupStep, Mark::Failed,
                tr("The name %1 was not found (%2). Check the server's name for typing mistakes, and that this "
                   "computer is online.")
                    .arg(m_account.host, info.errorString()));
        finish(false);
        return;
    }
    QStringList addresses;
    for (const QHostAddress& address : info.addresses())
        addresses << address.toString();
    setMark(LookupStep, Mark::Ok, tr("%1 is at %2").arg(m_account.host, addresses.join(u", ")));
    if (m_account.auth == AuthMechanism::None) {
        connectToServer({});
        return;
    }
    m_secrets->readPassword(m_account.name, this, [this](const SecretStore::ReadResult& read) {
        if (!read.ok()) {
            m_summary->setText(
                tr("The keychain did not answer (%1); signing in will not be tried.").arg(read.error().message()));
            connectToServer({});
            return;
        }
        connectToServer(read.value().value_or(QString()));
    });
}

void ConnectionDoctor::connectToServer(const QString& password)
{
    delete m_transcript;
    m_transcript = new Transcript(this);
    connect(m_transcript, &Transcript::lineAdded, m_transcriptView, &QPlainTextEdit::appendPlainText);
    ConnectionOverrides overrides;
    overrides.timeouts = SmtpTimeouts::uniform(20'000);
    overrides.transcript = m_transcript;
    const auto settings = submissionSettings(m_account, password, overrides);
    if (!settings.ok()) {
        setMark(ConnectStep, Mark::Failed, settings.error().message());
        finish(false);
        return;
    }
    setMark(ConnectStep, Mark::Running, tr("Connecting to %1, port %2…").arg(m_account.host).arg(m_account.port));
    m_check->start(settings.value());
}

void ConnectionDoctor::onStateChanged(Submission::State state)
{
    using S = Submission::State;
    switch (state) {
    case S::TlsHandshake:
        if (m_marks[ConnectStep] == Mark::Running)
            setMark(ConnectStep, Mark::Ok, tr("Connected to %1, port %2").arg(m_account.host).arg(m_account.port));
        setMark(TlsStep, Mark::Running, tr("Negotiating encryption…"));
        break;
    case S::Greeting:
        if (m_marks[ConnectStep] == Mark::Running)
            setMark(ConnectStep, Mark::Ok, tr("Connected to %1, port %2").arg(m_account.host).arg(m_account.port));
        [[fallthrough]];
    case S::Ehlo:
    case S::StartTls:
        if (m_marks[TlsStep] == Mark::Running && m_check->session() && m_check->session()->tlsInfo().encrypted) {
            const TlsSessionInfo& tls = m_check->session()->tlsInfo();
            setMark(TlsStep, Mark::Ok,
                    tr("%1, %2; certificate of %3%4")
                        .arg(tls.protocol, tls.cipher, tls.peer.subject,
                             tls.pinned ? tr(" (trusted by its fingerprint)") : QString()));
        }
        if (m_marks[EhloStep] == Mark::NotTried)
            setMark(EhloStep, Mark::Running, tr("Waiting for the server's greeting…"));
        break;
    case S::Authenticating:
        setMark(EhloStep, Mark::Ok, tr("The server greeted and answered EHLO"));
        setMark(AuthStep, Mark::Running, tr("Signing in as %1…").arg(m_account.effectiveUsername()));
        break;
    default:
        break;
    }
}

void ConnectionDoctor::onReady(const ConnectionCheckResult& result)
{
    if (m_marks[TlsStep] != Mark::Ok) {
        if (result.tls.encrypted) {
            const TlsSessionInfo& tls = result.tls;
            setMark(TlsStep, Mark::Ok, tr("%1, %2; certificate of %3").arg(tls.protocol, tls.cipher, tls.peer.subject));
        } else {
            setMark(TlsStep, Mark::NotNeeded, tr("Not used: this account is set to send unencrypted (security: none)"));
        }
    }
    if (m_marks[EhloStep] != Mark::Ok) {
        setMark(EhloStep, Mark::Ok, tr("The server greeted and answered EHLO"));
    }
    learnCapabilities(result.capabilities);
    if (result.authUsed != AuthMechanism::None)
        setMark(AuthStep, Mark::Ok,
                tr("Signed in as %1 with %2").arg(m_account.effectiveUsername(), authMechanismName(result.authUsed)));
    else
        setMark(AuthStep, Mark::NotNeeded, tr("Not needed: this account does not sign in"));
    m_summary->setText(tr("Everything works: Postino can send through this account."));
    if (m_waiting > 0) {
        m_summary->setText(m_summary->text() + u' '
                           + tr("%n message(s) of this account wait in the outbox.", nullptr, m_waiting));
        m_sendWaiting->setText(tr("&Send %n Waiting Message(s) Now", nullptr, m_waiting));
        m_sendWaiting->show();
    }
    finish(true);
}

void ConnectionDoctor::onFailed(const ConnectionCheckResult& result)
{
    const SmtpError& error = result.error;
    // The step the failure names (core's ranking); else the one that was running; else signing in.
    Step failed = AuthStep;
    if (const auto stage = connectionStageOf(error.failure)) {
        failed = static_cast<Step>(*stage);
    } else {
        for (int s = 0; s < StepCount; ++s) {
            if (m_marks[s] == Mark::Running) {
                failed = static_cast<Step>(s);
                break;
            }
        }
    }
    const QString text = result.explained();
    if (failed > TlsStep && m_account.security == Security::None)
        setMark(TlsStep, Mark::NotNeeded, tr("Not used: this account is set to send unencrypted (security: none)"));
    if (failed > EhloStep && m_marks[EhloStep] != Mark::Ok)
        setMark(EhloStep, Mark::Ok, tr("The server greeted and answered EHLO"));
    for (int s = 0; s < failed; ++s) {
        if (m_marks[s] == Mark::Running || m_marks[s] == Mark::NotTried)
            setMark(static_cast<Step>(s), Mark::Ok, m_steps->topLevelItem(s)->text(1));
    }
    setMark(failed, Mark::Failed, text);
    for (int s = failed + 1; s < StepCount; ++s)
        setMark(static_cast<Step>(s), Mark::NotTried, tr("Not tried: an earlier step failed"));
    // One sentence for the whole check: which step failed and why (the step's row may be too narrow).
    QString summary = tr("The step “%1” failed: %2").arg(m_steps->topLevelItem(failed)->text(0), text);
    if (error.reply.isValid())
        summary += u'\n' + tr("The server said: %1").arg(ReplyExplainer::replyText(error.reply));
    m_summary->setText(summary);
    // Signing in failed after EHLO: what the server announced there still holds.
    if (failed == AuthStep)
        learnCapabilities(result.capabilities);
    finish(false);
}

void ConnectionDoctor::learnCapabilities(const Capabilities& capabilities)
{
    if (capabilities.esmtp)
        emit maxMessageSizeLearned(m_account.name, capabilities.maxSize);
}

void ConnectionDoctor::setWaitingCount(int count)
{
    m_waiting = qMax(0, count);
}

void ConnectionDoctor::finish(bool ok)
{
    m_running = false;
    m_again->setEnabled(true);
    emit finished(ok);
}

} // namespace Postino
