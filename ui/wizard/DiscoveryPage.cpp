#include "DiscoveryPage.h"

#include "ReplyPanel.h"
#include "WholeTextDelegate.h"
#include "common/Settings.h"
#include "discovery/ServerProbe.h"
#include "wizard/AccountWizard.h"
#include "wizard/CertificatePage.h"
#include "wizard/IdentityPage.h"
#include "wizard/SettingsPage.h"
#include "wizard/WizardText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Postino {

namespace {

enum CandidateColumn { HostColumn, PortColumn, SecurityColumn, SourceColumn, ResultColumn, TimeColumn };

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

// The row's reason: what happened, as finely as the failure says (a name that does not resolve is not a
// refused connection, though cli.md's JSON calls both "refused").
QString outcomeText(const ProbeCandidate& candidate)
{
    switch (candidate.result) {
    case ProbeOutcome::Pending:
        return AccountWizard::tr("Checking…");
    case ProbeOutcome::Ok:
        return AccountWizard::tr("Works");
    case ProbeOutcome::Refused:
        return candidate.failure == SmtpFailure::HostNotFound ? AccountWizard::tr("Name not found")
                                                              : AccountWizard::tr("Connection refused");
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
        return candidate.failure == SmtpFailure::ConnectionLost ? AccountWizard::tr("Connection lost")
            : candidate.failure == SmtpFailure::ServiceUnavailable || candidate.failure == SmtpFailure::TransientReply
            ? AccountWizard::tr("Busy, try later")
            : AccountWizard::tr("Not an SMTP server");
    case ProbeOutcome::Skipped:
        return AccountWizard::tr("Skipped");
    }
    return {};
}

// Everything a row says, for a screen reader and for the panel under the list.
QString fullText(const ProbeCandidate& candidate)
{
    QString text = outcomeText(candidate);
    if (!candidate.detail.isEmpty())
        text += QStringLiteral(": ") + candidate.detail;
    if (!candidate.explanation.isEmpty())
        text += u'\n' + candidate.explanation;
    return text;
}

} // namespace

DiscoveryPage::DiscoveryPage(AccountWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_searchStatus(new QLabel(this))
    , m_candidates(new QTreeWidget(this))
    , m_cancelSearch(new QPushButton(AccountWizard::tr("S&top Searching"), this))
    , m_searchAgain(new QPushButton(AccountWizard::tr("Search &Again"), this))
    , m_searchReply(new ReplyPanel(QStringLiteral("searchReply"), this))
{
    setObjectName(QStringLiteral("discoveryPage"));
    setTitle(AccountWizard::tr("Finding Your Server"));
    setSubTitle(
        AccountWizard::tr("Every place that may name your server is asked at once; each server found is checked."));
    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));
    m_searchStatus->setWordWrap(true);
    m_candidates->setObjectName(QStringLiteral("candidateList"));
    m_candidates->setAccessibleName(AccountWizard::tr("Servers found"));
    m_candidates->setRootIsDecorated(false);
    m_candidates->setHeaderLabels({AccountWizard::tr("Server"), AccountWizard::tr("Port"),
                                   AccountWizard::tr("Security"), AccountWizard::tr("Found in"),
                                   AccountWizard::tr("Result"), AccountWizard::tr("Time")});
    // Nothing is cut off, in Italian either: the server, port, security, where it was found and the time as
    // wide as they are, the result wrapped in the rest (a row grows a line where it needs one).
    new WholeTextDelegate(m_candidates, {ResultColumn});
    QHeaderView* header = m_candidates->header();
    header->setStretchLastSection(false);
    for (const int column : {HostColumn, PortColumn, SecurityColumn, SourceColumn, TimeColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_cancelSearch->setObjectName(QStringLiteral("cancelSearchButton"));
    connect(m_cancelSearch, &QPushButton::clicked, this, &DiscoveryPage::cancelSearch);
    m_searchAgain->setObjectName(QStringLiteral("searchAgainButton"));
    m_searchAgain->setEnabled(false);
    connect(m_searchAgain, &QPushButton::clicked, this, &DiscoveryPage::startProbe);
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const int row = item ? m_candidates->indexOfTopLevelItem(item) : -1;
        if (row < 0 || row >= m_rows.size() || m_rows.at(row).result == ProbeOutcome::Pending)
            return;
        const ProbeCandidate& candidate = m_rows.at(row);
        const bool works = candidate.result == ProbeOutcome::Ok;
        m_searchReply->setReply(fullText(candidate), works ? QString() : candidate.detail, !works);
    });

    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_searchStatus, 1);
    row->addWidget(m_cancelSearch);
    row->addWidget(m_searchAgain);
    layout->addLayout(row);
    layout->addWidget(m_candidates, 1);
    layout->addWidget(m_searchReply);
}

bool DiscoveryPage::isComplete() const
{
    return m_probe && m_probe->isFinished();
}

int DiscoveryPage::nextId() const
{
    return m_wizard->certificatePage()->isPending() ? AccountWizard::CertificatePageId : AccountWizard::SettingsPageId;
}

void DiscoveryPage::initializePage()
{
    startProbe();
}

void DiscoveryPage::cleanupPage()
{
    cancelSearch();
}

void DiscoveryPage::cancelSearch()
{
    if (m_probe && m_probe->isRunning())
        m_probe->cancel();
}

void DiscoveryPage::startProbe()
{
    cancelSearch();
    if (m_probe)
        m_probe->deleteLater();
    m_candidates->clear();
    m_rows.clear();
    m_searchReply->clear();
    m_wizard->certificatePage()->clearPending();
    m_wizard->settingsPage()->forgetCheck();
    ProbeSettings settings;
    settings.email = m_wizard->identityPage()->email();
    settings.password = m_wizard->identityPage()->password();
    if (const IdentityPage* identity = m_wizard->identityPage(); identity->usesOAuth() && identity->oauthProvider()) {
        settings.password = m_wizard->secret(); // the access token, with the provider's mechanism
        settings.mechanism = identity->oauthProvider()->oauth2.mechanism;
    }
    settings.pinnedSha256 = m_wizard->pinned();
    settings.applyTimings(Settings(Settings::defaultFileName()));
    settings.watchLate = true; // a preferred server that answers after the grace is offered on the next page
    m_wizard->adjustProbe(settings);
    m_probe = new ServerProbe(settings, m_wizard->probeServices(), this);
    connect(m_probe, &ServerProbe::candidateAdded, this,
            [this](int index, const ProbeCandidate& candidate) { onCandidate(index, candidate, true); });
    connect(m_probe, &ServerProbe::candidateUpdated, this,
            [this](int index, const ProbeCandidate& candidate) { onCandidate(index, candidate, false); });
    connect(m_probe, &ServerProbe::finished, this, &DiscoveryPage::onProbeFinished);
    connect(m_probe, &ServerProbe::lateVerified, this, &DiscoveryPage::onLateVerified);
    m_searchStatus->setText(AccountWizard::tr("Looking for the outgoing server of %1…").arg(settings.email));
    m_cancelSearch->setEnabled(true);
    m_searchAgain->setEnabled(false);
    m_probe->start();
    emit completeChanged();
}

void DiscoveryPage::onCandidate(int index, const ProbeCandidate& candidate, bool added)
{
    if (added || index >= m_candidates->topLevelItemCount()) {
        while (m_candidates->topLevelItemCount() <= index)
            new QTreeWidgetItem(m_candidates);
    }
    while (m_rows.size() <= index)
        m_rows.append(ProbeCandidate());
    m_rows[index] = candidate;
    QTreeWidgetItem* item = m_candidates->topLevelItem(index);
    item->setText(HostColumn, candidate.server.host);
    item->setText(PortColumn, QString::number(candidate.server.port));
    item->setText(SecurityColumn,
                  candidate.server.security == Security::None ? AccountWizard::tr("None")
                                                              : wizardSecurityText(candidate.server.security));
    item->setText(SourceColumn, sourceText(candidate.server.source));
    item->setText(ResultColumn, outcomeText(candidate));
    item->setText(TimeColumn,
                  candidate.result == ProbeOutcome::Pending ? QString()
                                                            : AccountWizard::tr("%1 s").arg(QLocale().toString(
                                                                double(candidate.elapsedMs) / 1000.0, 'f', 1)));
    // The reason is in the row; its whole text is in the tooltip, in the accessibility tree (each cell's
    // description) and, for the selected row, in the panel under the list.
    const QString tip = fullText(candidate);
    for (int c = 0; c <= TimeColumn; ++c) {
        item->setToolTip(c, tip);
        item->setData(c, Qt::AccessibleDescriptionRole, tip);
    }
    item->setData(ResultColumn, Qt::AccessibleTextRole,
                  candidate.detail.isEmpty() ? outcomeText(candidate)
                                             : outcomeText(candidate) + QStringLiteral(": ") + candidate.detail);
    QStyle::StandardPixmap icon = QStyle::SP_BrowserReload;
    if (candidate.result == ProbeOutcome::Ok)
        icon = QStyle::SP_DialogApplyButton;
    else if (candidate.result != ProbeOutcome::Pending)
        icon = candidate.result == ProbeOutcome::Skipped ? QStyle::SP_DialogCancelButton : QStyle::SP_MessageBoxWarning;
    item->setIcon(ResultColumn, style()->standardIcon(icon));
}

void DiscoveryPage::onProbeFinished(const ProbeResult& result)
{
    m_cancelSearch->setEnabled(false);
    m_searchAgain->setEnabled(true);
    // Rows in the finished order, complete.
    m_candidates->clear();
    m_rows.clear();
    for (int i = 0; i < result.candidates.size(); ++i)
        onCandidate(i, result.candidates.at(i), true);

    if (const ProbeCandidate* server = result.server(); server && result.verified) {
        m_wizard->settingsPage()->takeCandidate(*server, true);
        m_searchStatus->setText(AccountWizard::tr("Found and checked: %1, port %2 (%3).")
                                    .arg(server->server.host)
                                    .arg(server->server.port)
                                    .arg(wizardSecurityText(server->server.security)));
        m_searchReply->setReply(server->detail, {}, false);
        m_candidates->setCurrentItem(m_candidates->topLevelItem(result.serverIndex));
    } else {
        showFailure(result);
        m_wizard->setManual(true);
    }
    if (!result.notes.isEmpty())
        m_searchStatus->setText(m_searchStatus->text() + u'\n' + result.notes.join(u'\n'));
    emit completeChanged();
}

void DiscoveryPage::onLateVerified(const ProbeCandidate& candidate)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const ServerCandidate& s = m_rows.at(i).server;
        if (s.host == candidate.server.host && s.port == candidate.server.port
            && s.security == candidate.server.security)
            onCandidate(i, candidate, false);
    }
    m_searchStatus->setText(m_searchStatus->text() + u'\n'
                            + AccountWizard::tr("A preferred server, %1 port %2, answered late; the next page "
                                                "offers it.")
                                  .arg(candidate.server.host)
                                  .arg(candidate.server.port));
    m_wizard->settingsPage()->offerLateServer(candidate);
}

void DiscoveryPage::showFailure(const ProbeResult& result)
{
    // What went wrong where it matters most (core's ranking and words): a refused password, a certificate,
    // then the rest.
    const ProbeCandidate* best = result.mostTelling();
    if (result.nothingResolved()) {
        m_searchStatus->setText(result.verdict());
        m_searchReply->clear();
        return;
    }
    if (!best) {
        m_searchStatus->setText(AccountWizard::tr("No working outgoing server was found for %1. Enter the settings "
                                                  "your provider gives on the next page.")
                                    .arg(result.email));
        m_searchReply->clear(); // the status line says what to do
        return;
    }
    m_wizard->settingsPage()->takeCandidate(*best, false);
    if (best->result == ProbeOutcome::CertError)
        m_wizard->certificatePage()->showProblem(best->tls.peer, best->certificateProblems, best->server.host,
                                                 best->server.port);
    m_searchStatus->setText(result.verdict());
    m_searchReply->setReply(best->explanation.isEmpty() ? best->detail : best->explanation, best->detail, true);
}

} // namespace Postino
