#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAction;

namespace Postino {

class AccountStore;
class CampaignEditor;
class CampaignJobs;
class CampaignListModel;
class CampaignService;
class CampaignWindow;
class ItemListPage;
class OutboxRunner;
class OutboxStore;
class SuppressionDialog;

// The Campaigns page's behaviour: the campaigns with their state and a progress bar each (read on the
// campaign worker, again when the runner sends or fails a message, at most a few times a second), and
// New Campaign…, Open and Suppression List… in the title row. A campaign opens in its own window; after a
// start or a resume the GUI's runner takes the campaigns' pace and looks for the new messages at once.
class CampaignsView : public QObject
{
    Q_OBJECT
public:
    // None owned; all outlive the view. outbox, runner and service are the GUI's own (used on its thread);
    // jobs does the rest on its worker.
    CampaignsView(ItemListPage* page, CampaignJobs* jobs, OutboxStore* outbox, OutboxRunner* runner,
                  CampaignService* service, AccountStore* accounts, QObject* parent = nullptr);
    ~CampaignsView() override;

    [[nodiscard]] CampaignListModel* model() const { return m_model; }
    [[nodiscard]] CampaignEditor* editor() const; // the new campaign's, while it is open
    [[nodiscard]] CampaignWindow* windowOf(const QString& name) const; // null unless it is open
    [[nodiscard]] SuppressionDialog* suppressionDialog() const;
    [[nodiscard]] QString selectedName() const;

public slots:
    CampaignEditor* newCampaign();
    CampaignWindow* open(const QString& name);
    void openSelected();
    SuppressionDialog* editSuppression();
    void scheduleRefresh(); // soon, while the page is shown (else when it is shown next)
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override; // the page shown: refresh

signals:
    void refreshed();
    void statusMessage(const QString& text);

private:
    void campaignChanged();
    void updateActions();

    ItemListPage* m_page;
    CampaignJobs* m_jobs;
    OutboxStore* m_outbox;
    OutboxRunner* m_runner;
    CampaignService* m_service;
    AccountStore* m_accounts;
    CampaignListModel* m_model;
    QAction* m_new;
    QAction* m_open;
    QAction* m_suppressionAction;
    QPointer<CampaignEditor> m_editor;
    QHash<QString, QPointer<CampaignWindow>> m_windows;
    QPointer<SuppressionDialog> m_suppression;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_again = false;
};

} // namespace Postino
