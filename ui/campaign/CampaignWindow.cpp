#include "CampaignWindow.h"

#include "CampaignJobs.h"
#include "CampaignReportModel.h"
#include "CampaignText.h"
#include "MessageBox.h"
#include "Prompt.h"
#include "RelativeTime.h"
#include "outbox/OutboxRunner.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeView>
#include <QVBoxLayout>

namespace Postino {

namespace {

QLabel* value(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CampaignWindow::CampaignWindow(const QString& name, CampaignJobs* jobs, OutboxRunner* runner, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_name(name)
    , m_jobs(jobs)
    , m_runner(runner)
    , m_model(new CampaignReportModel(this))
{
    setObjectName(QStringLiteral("campaignWindow"));
    setWindowTitle(tr("Campaign %1").arg(name));
    buildLayout();
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &CampaignWindow::refresh);
    for (auto signal : {&OutboxRunner::itemChanged, &OutboxRunner::itemSent, &OutboxRunner::itemFailed})
        connect(m_runner, signal, this, &CampaignWindow::scheduleRefresh);
    connect(m_jobs, &CampaignJobs::campaignChanged, this, [this](const QString& changed) {
        if (changed == m_name)
            scheduleRefresh();
    });
    updateButtons();
    refresh();
    resize(760, 560);
}

CampaignWindow::~CampaignWindow() = default;

void CampaignWindow::buildLayout()
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("campaignTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("campaignProgress"));
    m_progress->setAccessibleName(tr("Messages sent"));
    layout->addWidget(m_progress);

    auto* columns = new QHBoxLayout;
    auto* counts = new QFormLayout;
    m_sent = value(this, "sentCount");
    m_waiting = value(this, "waitingCount");
    m_failed = value(this, "failedCount");
    m_skipped = value(this, "skippedCount");
    counts->addRow(tr("Sent:"), m_sent);
    counts->addRow(tr("Waiting:"), m_waiting);
    counts->addRow(tr("Failed:"), m_failed);
    counts->addRow(tr("Skipped:"), m_skipped);
    auto* timing = new QFormLayout;
    m_pace = value(this, "paceLabel");
    m_next = value(this, "nextSendLabel");
    m_eta = value(this, "etaLabel");
    timing->addRow(tr("Pace:"), m_pace);
    timing->addRow(tr("Next message:"), m_next);
    timing->addRow(tr("Last message expected:"), m_eta);
    columns->addLayout(counts);
    columns->addSpacing(24);
    columns->addLayout(timing, 1);
    layout->addLayout(columns);
    m_reason = value(this, "waitReasonLabel");
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);

    auto* buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("&Start Sending"), this);
    m_start->setObjectName(QStringLiteral("startCampaignButton"));
    m_start->setToolTip(tr("Put every message of this draft into the outbox; they go at the campaign's pace"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseCampaignButton"));
    m_pause->setToolTip(tr("No more of its messages go until you resume (one already being sent finishes)"));
    m_resume = new QPushButton(tr("&Resume"), this);
    m_resume->setObjectName(QStringLiteral("resumeCampaignButton"));
    m_cancel = new QPushButton(tr("&Cancel Campaign…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelCampaignButton"));
    m_cancel->setToolTip(tr("Take its waiting messages out of the outbox for good"));
    m_exportCsv = new QPushButton(tr("E&xport CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportJson = new QPushButton(tr("Export &JSON…"), this);
    m_exportJson->setObjectName(QStringLiteral("exportJsonButton"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportJson);
    layout->addLayout(buttons);
    connect(m_start, &QPushButton::clicked, this, &CampaignWindow::startSending);
    connect(m_pause, &QPushButton::clicked, this, &CampaignWindow::pause);
    connect(m_resume, &QPushButton::clicked, this, &CampaignWindow::resume);
    connect(m_cancel, &QPushButton::clicked, this, &CampaignWindow::cancelCampaign);
    connect(m_exportCsv, &QPushButton::clicked, this, &CampaignWindow::exportCsv);
    connect(m_exportJson, &QPushButton::clicked, this, &CampaignWindow::exportJson);

    m_table = new QTreeView(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Report"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setModel(m_model);
    m_table->header()->resizeSection(CampaignReportModel::RowColumn, 60);
    m_table->header()->resizeSection(CampaignReportModel::EmailColumn, 240);
    m_table->header()->resizeSection(CampaignReportModel::StateColumn, 100);
    m_table->header()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
}

void CampaignWindow::scheduleRefresh()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void CampaignWindow::refresh()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    // The runner's own pace of the account (its setting or the provider's), read here on its thread.
    PaceLimits pace;
    if (!m_accountKey.isEmpty())
        pace.ratePerMinute = m_runner->accountLimits(m_accountKey).ratePerMinute;
    m_jobs->run([name = m_name, pace](CampaignService& service) { return service.status(name, pace); }, this,
                [this](const Result<CampaignStatus>& status) {
                    m_inFlight = false;
                    const bool firstKey = status && m_accountKey.isEmpty();
                    if (status) {
                        m_accountKey = status.value().campaign.accountKey();
                        showStatus(status.value());
                    } else {
                        showError(status.error().message());
                    }
                    if (std::exchange(m_again, false) || firstKey)
                        scheduleRefresh();
                    emit refreshed();
                });
}

void CampaignWindow::showStatus(const CampaignStatus& status)
{
    if (m_starting)
        return; // the bar says how far the start got
    m_status = status;
    m_loaded = true;
    const CampaignReport& r = status.report;
    const int sent = r.count(CampaignRow::State::Sent);
    const int failed = r.count(CampaignRow::State::Failed);
    const int skipped = r.count(CampaignRow::State::Skipped);
    m_title->setText(tr("%1: %2").arg(m_name, CampaignText::state(status.campaign.state)));
    // The skipped rows get no message: the bar goes over the others.
    const int messages = r.total() - skipped;
    m_progress->setRange(0, qMax(1, messages));
    m_progress->setValue(sent + failed);
    m_progress->setFormat(tr("%1 of %2 sent").arg(sent).arg(messages));
    m_sent->setText(QString::number(sent));
    m_waiting->setText(QString::number(r.count(CampaignRow::State::Queued)));
    m_failed->setText(QString::number(failed));
    m_skipped->setText(QString::number(skipped));
    m_pace->setText(CampaignStatus::paceText(status.pace));
    const QDateTime now = QDateTime::currentDateTime();
    m_next->setText(RelativeTime::clockAndDistance(status.nextSend, now));
    m_eta->setText(RelativeTime::clockAndDistance(status.eta, now));
    QString reason = status.campaign.state == CampaignState::Paused && !status.campaign.pauseReason.isEmpty()
        ? tr("Paused: %1").arg(status.campaign.pauseReason)
        : status.waitReason;
    if (status.campaign.state == CampaignState::Draft)
        reason = tr("A draft: nothing is sent until it starts.");
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_model->setReport(r);
    updateButtons();
}

void CampaignWindow::showError(const QString& text)
{
    m_reason->setText(text);
    m_reason->show();
}

void CampaignWindow::updateButtons()
{
    const CampaignState state = m_status.campaign.state;
    m_start->setVisible(m_loaded && (state == CampaignState::Draft || m_starting));
    m_start->setEnabled(!m_starting && !m_changing);
    m_pause->setEnabled(m_loaded && !m_changing && state == CampaignState::Sending);
    m_resume->setEnabled(m_loaded && !m_changing && state == CampaignState::Paused);
    m_cancel->setEnabled(
        m_loaded && !m_changing
        && (state == CampaignState::Sending || state == CampaignState::Paused || state == CampaignState::Draft));
    m_exportCsv->setEnabled(m_loaded);
    m_exportJson->setEnabled(m_loaded);
}

void CampaignWindow::startSending()
{
    m_starting = true;
    updateButtons();
    m_progress->setValue(0);
    m_progress->setFormat(tr("Writing the messages into the outbox…"));
    m_jobs->start(
        m_name, this,
        [this](int done, int total) {
            m_progress->setRange(0, qMax(1, total));
            m_progress->setValue(done);
            m_progress->setFormat(tr("Writing the messages into the outbox: %1 of %2").arg(done).arg(total));
        },
        [this](const Result<Campaign>& started) {
            m_starting = false;
            if (!started)
                showError(started.error().message());
            else
                emit statusMessage(tr("Every message of %1 is in the outbox; they go at its pace.").arg(m_name));
            updateButtons();
            refresh();
        });
}

void CampaignWindow::pause()
{
    m_changing = true;
    updateButtons();
    m_jobs->change(m_name, CampaignJobs::Change::Pause, this, [this](const Result<Campaign>& paused) {
        m_changing = false;
        if (!paused)
            showError(paused.error().message());
        else
            emit statusMessage(tr("The campaign %1 is paused.").arg(m_name));
        updateButtons();
    });
}

void CampaignWindow::resume()
{
    m_changing = true;
    updateButtons();
    m_jobs->change(m_name, CampaignJobs::Change::Resume, this, [this](const Result<Campaign>& resumed) {
        m_changing = false;
        if (!resumed)
            showError(resumed.error().message());
        else
            emit statusMessage(tr("The campaign %1 is sending again.").arg(m_name));
        updateButtons();
    });
}

void CampaignWindow::cancelCampaign()
{
    const int waiting = m_status.report.count(CampaignRow::State::Queued);
    const auto answer = MessageBox::ask(
        this, QMessageBox::Warning, tr("Cancel Campaign"),
        tr("Cancel the campaign %1? Its %n waiting message(s) leave the outbox and are never sent; a cancelled "
           "campaign cannot start again.",
           nullptr, waiting)
            .arg(m_name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
        {{QMessageBox::Yes, tr("Cancel Campaign")}, {QMessageBox::No, tr("Keep It")}});
    if (answer != QMessageBox::Yes)
        return;
    m_changing = true;
    updateButtons();
    m_jobs->change(m_name, CampaignJobs::Change::Cancel, this, [this](const Result<Campaign>& cancelled) {
        m_changing = false;
        if (!cancelled)
            showError(cancelled.error().message());
        else
            emit statusMessage(tr("The campaign %1 is cancelled.").arg(m_name));
        updateButtons();
    });
}

void CampaignWindow::exportCsv()
{
    const QString path = Prompt::saveFile(this, tr("Export the Report as CSV"), m_name + QStringLiteral(".csv"),
                                          tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path, m_status.report.toCsv());
}

void CampaignWindow::exportJson()
{
    const QString path = Prompt::saveFile(this, tr("Export the Report as JSON"), m_name + QStringLiteral(".json"),
                                          tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(path, QJsonDocument(m_status.report.toJson()).toJson());
}

void CampaignWindow::exportTo(const QString& path, const QByteArray& bytes)
{
    m_jobs->run(
        [path, bytes](CampaignService&) -> Status {
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
                return Error(
                    ErrorKind::IoError,
                    tr("Cannot write the report to %1: %2. Choose another place.").arg(path, out.errorString()));
            }
            return {};
        },
        this,
        [this, path](const Status& written) {
            if (!written)
                showError(written.error().message());
            else
                emit statusMessage(tr("The report is in %1.").arg(path));
            emit exported(path, written.ok());
        });
}

} // namespace Postino
