#pragma once

#include "campaign/CampaignStatus.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace Postino {

class CampaignJobs;
class CampaignReportModel;
class OutboxRunner;

// One campaign as it goes: a progress bar, the sent / waiting / failed / skipped counts, the pace, when the
// next message goes and when the last should, why it waits or was paused; Pause, Resume and Cancel; the
// report row by row with Export CSV… and Export JSON…. Its status is read on the campaign worker, again
// when the runner sends, fails or changes a message, at most a few times a second.
class CampaignWindow : public QWidget
{
    Q_OBJECT
public:
    // None owned; they must outlive the window. runner: the GUI's, for its signals and the account's pace.
    CampaignWindow(const QString& name, CampaignJobs* jobs, OutboxRunner* runner, QWidget* parent = nullptr);
    ~CampaignWindow() override;

    [[nodiscard]] const QString& campaignName() const { return m_name; }
    [[nodiscard]] const CampaignStatus& status() const { return m_status; }
    [[nodiscard]] CampaignReportModel* reportModel() const { return m_model; }
    // Refreshes wait at least this long after the last (default 300 ms).
    void setRefreshInterval(int msec) { m_timer.setInterval(msec); }

public slots:
    void scheduleRefresh(); // soon, once, however often it is asked
    void refresh(); // now (or right after the refresh under way)
    void startSending(); // a draft's messages written into the outbox (on the worker), then it sends
    void pause();
    void resume();
    void cancelCampaign(); // asks first (MessageBox)
    void exportCsv(); // a file dialog (Prompt), then writes CampaignReport::toCsv() on the worker
    void exportJson();

signals:
    void refreshed();
    void exported(const QString& path, bool ok);
    void statusMessage(const QString& text);

private:
    void buildLayout();
    void showStatus(const CampaignStatus& status);
    void showError(const QString& text);
    void exportTo(const QString& path, const QByteArray& bytes);
    void updateButtons();

    QString m_name;
    CampaignJobs* m_jobs;
    OutboxRunner* m_runner;
    CampaignStatus m_status;
    QString m_accountKey; // learnt from the first status
    bool m_loaded = false;
    bool m_inFlight = false;
    bool m_again = false;
    bool m_changing = false;
    bool m_starting = false;
    QTimer m_timer;

    QLabel* m_title = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_sent = nullptr;
    QLabel* m_waiting = nullptr;
    QLabel* m_failed = nullptr;
    QLabel* m_skipped = nullptr;
    QLabel* m_pace = nullptr;
    QLabel* m_next = nullptr;
    QLabel* m_eta = nullptr;
    QLabel* m_reason = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportJson = nullptr;
    QTreeView* m_table = nullptr;
    CampaignReportModel* m_model = nullptr;
};

} // namespace Postino
