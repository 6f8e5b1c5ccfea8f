#pragma once

#include "discovery/ProbeResult.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Postino {

class AccountWizard;
class ReplyPanel;
class ServerProbe;

// The search for the server: every candidate shown as it is found and checked (cancellable). Complete once
// the search is over; what it found fills the settings page, and a certificate that did not verify leads to
// the certificate page first.
class DiscoveryPage : public QWizardPage
{
public:
    explicit DiscoveryPage(AccountWizard* wizard);

    [[nodiscard]] ServerProbe* probe() const { return m_probe; }
    void cancelSearch();

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;
    void initializePage() override;
    void cleanupPage() override;

private:
    void startProbe();
    void onCandidate(int index, const ProbeCandidate& candidate, bool added);
    void onProbeFinished(const ProbeResult& result);
    // A preferred candidate verified after the search ended: its row, and the offer on the settings page.
    void onLateVerified(const ProbeCandidate& candidate);
    // Nothing verified: the most telling failure fills the settings and says what is wrong.
    void showFailure(const ProbeResult& result);

    AccountWizard* m_wizard;
    QPointer<ServerProbe> m_probe;
    QLabel* m_searchStatus;
    QTreeWidget* m_candidates;
    QPushButton* m_cancelSearch;
    QPushButton* m_searchAgain;
    ReplyPanel* m_searchReply;
    QList<ProbeCandidate> m_rows; // what each row shows
};

} // namespace Postino
