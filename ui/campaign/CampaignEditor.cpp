#include "CampaignEditor.h"

#include "CampaignJobs.h"
#include "Prompt.h"
#include "campaign/CampaignService.h"
#include "campaign/SuppressionList.h"
#include "mime/Address.h"
#include "mime/HtmlToText.h"
#include "outbox/OutboxRunner.h"
#include "outbox/OutboxStore.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>

namespace Postino {

namespace {

// Rows of the list shown in the import preview.
constexpr int kPreviewRows = 20;
// Skipped rows listed one by one (the report has them all).
constexpr int kSkippedShown = 500;

// A row's message as the preview shows it.
struct PreviewedMessage
{
    QString error;
    QString headers; // From, To, Subject
    QString text;
    QString html;
    QString source;
};

} // namespace

struct CampaignEditor::ListCheck
{
    QString path;
    QByteArray bytes;
    QString error;
    CsvTable table;
    RecipientList list;
    QString foundColumn; // found by name; empty when none is
    bool ok = false;
};

CampaignEditor::CampaignEditor(CampaignJobs* jobs, OutboxStore* outbox, OutboxRunner* runner,
                               const QList<Account>& accounts, QWidget* parent)
    : QDialog(parent)
    , m_jobs(jobs)
    , m_outbox(outbox)
    , m_runner(runner)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("campaignEditor"));
    setWindowTitle(tr("New Campaign"));
    setModal(false);
    buildLayout();
    for (const Account& account : m_accounts)
        m_account->addItem(tr("%1 (%2)").arg(account.email, account.name), account.name);
    connect(m_account, &QComboBox::currentIndexChanged, this, &CampaignEditor::accountChosen);
    connect(m_importButton, &QPushButton::clicked, this, &CampaignEditor::chooseList);
    connect(m_column, &QComboBox::activated, this, [this] {
        const QString chosen = m_column->currentText();
        checkList(m_listBytes, m_listPath,
                  chosen.compare(m_foundColumn, Qt::CaseInsensitive) == 0 ? QString() : chosen);
    });
    connect(m_createButton, &QPushButton::clicked, this, &CampaignEditor::create);
    connect(m_startButton, &QPushButton::clicked, this, &CampaignEditor::startSending);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(m_testButton, &QPushButton::clicked, this, &CampaignEditor::sendTest);
    connect(m_previewRow, &QSpinBox::valueChanged, this, &CampaignEditor::showPreview);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == 3 && !m_created.isEmpty())
            showPreview();
    });
    // Insert field writes where the person last typed.
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == m_subject || now == m_text || now == m_html || now == m_unsubscribe)
            m_lastEditor = now;
    });
    connect(m_runner, &OutboxRunner::itemSent, this, &CampaignEditor::testOutcome);
    connect(m_runner, &OutboxRunner::itemFailed, this, &CampaignEditor::testOutcome);
    connect(m_runner, &OutboxRunner::itemChanged, this, &CampaignEditor::testOutcome);
    accountChosen();
    rebuildFieldMenu();
    updateButtons();
    resize(860, 640);
}

// The focus moves while ~QWidget deletes the children, after this class's part is gone and before ~QObject
// would end the connection: ended here first (UBSan in the sanitizer stage, TestCampaignWindows).
CampaignEditor::~CampaignEditor()
{
    disconnect(m_focusConnection);
}

QStringList CampaignEditor::insertableFields() const
{
    QStringList fields = m_list.columns();
    fields.removeIf([](const QString& column) { return column.trimmed().isEmpty(); });
    for (const QString& own : {QStringLiteral("email"), QStringLiteral("unsubscribe")}) {
        if (!fields.contains(own, Qt::CaseInsensitive))
            fields << own;
    }
    return fields;
}

void CampaignEditor::accountChosen()
{
    const QString name = m_account->currentData().toString();
    for (const Account& account : m_accounts) {
        if (account.name != name)
            continue;
        const Result<Address> own = Address::create(account.email, account.displayName);
        m_from->setText(own ? own.value().toDisplayString() : account.email);
    }
}

void CampaignEditor::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error); // for tests and style sheets
}

void CampaignEditor::chooseList()
{
    const QString path =
        Prompt::openFile(this, tr("Import the Recipient List"), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importList(path);
}

void CampaignEditor::importList(const QString& path)
{
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(QFileInfo(path).completeBaseName().left(64));
    checkList({}, path, {});
}

void CampaignEditor::checkList(const QByteArray& bytes, const QString& path, const QString& column)
{
    setStatus(tr("Reading the recipient list…"));
    m_busy = true;
    updateButtons();
    // The file is read, parsed and every address checked on the campaign worker: a list of 100,000 rows does
    // not freeze the window.
    m_jobs->runAside(
        [bytes, path, column, suppressionPath = m_jobs->suppressionPath()] {
            ListCheck check;
            check.path = path;
            check.bytes = bytes;
            if (check.bytes.isEmpty()) {
                QFile file(path);
                if (file.size() > CsvReader::kMaxFileBytes) {
                    check.error = tr("The list %1 is larger than %2; split it into smaller lists.")
                                      .arg(path, QLocale().formattedDataSize(CsvReader::kMaxFileBytes));
                    return check;
                }
                if (!file.open(QIODevice::ReadOnly)) {
                    check.error = tr("The list %1 cannot be read: %2.").arg(path, file.errorString());
                    return check;
                }
                check.bytes = file.readAll();
            }
            Result<CsvTable> table = CsvReader::parse(check.bytes, QFileInfo(path).fileName());
            if (!table) {
                check.error = table.error().message();
                return check;
            }
            check.table = table.value();
            if (Result<int> found = RecipientList::findEmailColumn(check.table.header, {}); found)
                check.foundColumn = check.table.header.value(found.value());
            SuppressionList suppression(suppressionPath); // its own: the room's belongs to the other worker
            if (Status loaded = suppression.load(); !loaded) {
                check.error = loaded.error().message();
                return check;
            }
            Result<RecipientList> list = RecipientList::fromTable(check.table, column, &suppression);
            if (!list) {
                check.error = list.error().message();
                return check;
            }
            check.list = list.value();
            check.ok = true;
            return check;
        },
        this,
        [this](const ListCheck& check) {
            m_busy = false;
            showList(check);
            updateButtons();
            emit listChecked(check.ok);
        });
}

void CampaignEditor::showList(const ListCheck& check)
{
    m_listPath = check.path;
    m_listBytes = check.bytes;
    m_table = check.table;
    m_list = check.list;
    m_listOk = check.ok;
    m_foundColumn = check.foundColumn;
    m_listFile->setText(QFileInfo(check.path).fileName());
    m_listFile->setToolTip(check.path);

    // The column picker: every column, the address column chosen.
    m_column->clear();
    m_column->addItems(m_table.header);
    m_column->setEnabled(!m_table.header.isEmpty());
    const QString current = check.ok ? m_list.emailColumn() : check.foundColumn;
    m_column->setCurrentIndex(qMax(0, static_cast<int>(m_table.header.indexOf(current))));

    m_listPreview->clear();
    m_listPreview->setColumnCount(static_cast<int>(m_table.header.size()));
    m_listPreview->setHorizontalHeaderLabels(m_table.header);
    const int shown = static_cast<int>(qMin<qsizetype>(m_table.rows.size(), kPreviewRows));
    m_listPreview->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const QStringList& values = m_table.rows.at(row);
        for (int column = 0; column < values.size(); ++column)
            m_listPreview->setItem(row, column, new QTableWidgetItem(values.at(column)));
    }
    m_listPreview->resizeColumnsToContents();
    m_listPreview->horizontalHeader()->setStretchLastSection(true);

    m_skipped->clear();
    if (!check.ok) {
        m_listSummary->setText(check.error);
        m_skipped->hide();
        setStatus(check.error, true);
        rebuildFieldMenu();
        return;
    }
    const int kept = static_cast<int>(m_list.recipients().size());
    const int skipped = static_cast<int>(m_list.skipped().size());
    QString summary = tr("%n recipient(s) will get a message", nullptr, kept);
    if (skipped > 0)
        summary = tr("%1; %n row(s) skipped:", nullptr, skipped).arg(summary);
    if (m_table.rows.size() > shown)
        summary += QLatin1Char(' ') + tr("(the table above shows the first %n row(s))", nullptr, shown);
    m_listSummary->setText(summary);
    for (int i = 0; i < qMin(skipped, kSkippedShown); ++i) {
        const SkippedRecipient& s = m_list.skipped().at(i);
        auto* item = new QTreeWidgetItem(m_skipped, {QString::number(s.line), s.email, s.detail});
        item->setToolTip(2, s.detail);
    }
    m_skipped->resizeColumnToContents(0); // the header's words too
    m_skipped->setVisible(skipped > 0);
    m_previewRow->setRange(1, qMax(1, m_list.total()));
    rebuildFieldMenu();
    setStatus(tr("The list is ready. Write the message next."));
}

void CampaignEditor::insertField(const QString& field)
{
    const QString placeholder = QStringLiteral("{{") + field + QStringLiteral("}}");
    QWidget* target = m_lastEditor ? m_lastEditor.data() : m_text;
    if (auto* line = qobject_cast<QLineEdit*>(target))
        line->insert(placeholder);
    else if (auto* edit = qobject_cast<QPlainTextEdit*>(target))
        edit->insertPlainText(placeholder);
    target->setFocus();
}

Campaign CampaignEditor::campaignFromForm() const
{
    Campaign c;
    c.name = m_name->text().trimmed();
    c.created = QDateTime::currentDateTimeUtc();
    c.account = m_account->currentData().toString();
    c.from = m_from->text().trimmed();
    c.subject = m_subject->text();
    c.text = m_text->toPlainText();
    c.html = m_html->toPlainText();
    c.unsubscribe = m_unsubscribe->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const QString column = m_column->currentText();
    if (m_listOk && column.compare(m_foundColumn, Qt::CaseInsensitive) != 0)
        c.emailColumn = column;
    c.ratePerMinute = m_rate->value();
    c.dailyLimit = m_daily->value();
    c.maxFailures = m_maxFailures->value();
    return c;
}

void CampaignEditor::create()
{
    if (m_account->count() == 0) {
        setStatus(tr("Add an account first (File > Add Account…): a campaign is sent through one."), true);
        return;
    }
    if (!m_listOk) {
        m_tabs->setCurrentIndex(0);
        setStatus(tr("Import the recipient list first (Import CSV…)."), true);
        return;
    }
    if (m_text->toPlainText().trimmed().isEmpty() && m_html->toPlainText().trimmed().isEmpty()) {
        m_tabs->setCurrentIndex(1);
        setStatus(tr("Write the message first: the plain text, the HTML, or both."), true);
        return;
    }
    const Campaign campaign = campaignFromForm();
    m_busy = true;
    updateButtons();
    setStatus(tr("Creating the campaign…"));
    m_jobs->run(
        [campaign, bytes = m_listBytes](CampaignService& service) -> Result<QString> {
            if (service.campaigns().load(campaign.name))
                return Error(ErrorKind::DataError,
                             tr("A campaign named \"%1\" already exists; choose another name.").arg(campaign.name));
            Result<CampaignService::Created> created = service.create(campaign, bytes, {});
            if (!created)
                return created.error();
            return created.value().campaign.name;
        },
        this,
        [this](const Result<QString>& made) {
            m_busy = false;
            if (!made) {
                setStatus(made.error().message(), true);
                updateButtons();
                return;
            }
            m_created = made.value();
            setWindowTitle(tr("Campaign %1").arg(m_created));
            setFormLocked(true);
            updateButtons();
            setStatus(tr("The campaign is saved as a draft. Look at the messages and send yourself a test, then "
                         "Start Sending."));
            m_tabs->setCurrentIndex(3);
            showPreview();
            emit created(m_created);
        });
}

void CampaignEditor::setFormLocked(bool locked)
{
    for (QWidget* widget : std::as_const(m_formWidgets)) {
        if (auto* line = qobject_cast<QLineEdit*>(widget))
            line->setReadOnly(locked);
        else if (auto* edit = qobject_cast<QPlainTextEdit*>(widget))
            edit->setReadOnly(locked);
        else
            widget->setEnabled(!locked);
    }
}

void CampaignEditor::showPreview()
{
    if (m_created.isEmpty())
        return;
    const int row = m_previewRow->value();
    m_jobs->run(
        [name = m_created, row](CampaignService& service) {
            PreviewedMessage out;
            Result<CampaignMessage> message = service.preview(name, row);
            if (!message) {
                out.error = message.error().message();
                return out;
            }
            const MessageBuilder& b = *message.value().builder;
            QStringList to;
            for (const Address& address : b.to())
                to << address.toDisplayString();
            out.headers = tr("From: %1\nTo: %2\nSubject: %3")
                              .arg(b.from().toDisplayString(), to.join(QStringLiteral(", ")), b.subject());
            out.html = b.htmlBody();
            out.text = b.textBody().isEmpty() && !out.html.isEmpty() ? HtmlToText::convert(out.html) : b.textBody();
            Result<QByteArray> bytes = b.toByteArray();
            out.source = bytes ? QString::fromUtf8(bytes.value()) : bytes.error().message();
            return out;
        },
        this,
        [this](const PreviewedMessage& message) {
            const bool ok = message.error.isEmpty();
            m_previewHeaders->setText(ok ? message.headers : message.error);
            m_previewText->setPlainText(message.text);
            m_previewHtml->setHtml(message.html);
            m_previewSource->setPlainText(message.source);
            m_previewTabs->setTabEnabled(1, !message.html.isEmpty());
            emit previewShown(ok);
        });
}

void CampaignEditor::sendTest()
{
    if (m_created.isEmpty())
        return;
    QString own;
    for (const Account& account : m_accounts) {
        if (account.name == m_account->currentData().toString())
            own = account.email;
    }
    if (own.isEmpty())
        return;
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Sending row %1's message to %2…").arg(m_previewRow->value()).arg(own));
    m_jobs->run([name = m_created, row = m_previewRow->value(),
                 own](CampaignService& service) { return service.queueTest(name, row, own); },
                this,
                [this](const Result<OutboxItem>& queued) {
                    if (!queued) {
                        m_testButton->setEnabled(true);
                        m_testResult->setText(queued.error().message());
                        emit testFinished(false, queued.error().message());
                        return;
                    }
                    m_testId = queued.value().id;
                    m_runner->sendNow(m_testId); // the GUI's runner picks it up from the disk
                });
}

void CampaignEditor::testOutcome(const QString& id)
{
    if (id.isEmpty() || id != m_testId)
        return;
    // Where it is now: the outbox or the Sent folder (its metadata only).
    const Result<OutboxItem> found = m_outbox->find(id, OutboxStore::Check::Metadata);
    if (!found)
        return;
    const OutboxItem& item = found.value();
    if (item.state == OutboxItem::State::Sending)
        return;
    if (item.state == OutboxItem::State::Sent) {
        m_testId.clear();
        m_testButton->setEnabled(true);
        const QString text =
            tr("✔ The test message was accepted by the server (%1); look for it in your inbox.").arg(item.lastReply);
        m_testResult->setText(text);
        emit testFinished(true, text);
        return;
    }
    if (item.attempts == 0)
        return; // not tried yet
    m_testId.clear();
    m_testButton->setEnabled(true);
    const QString why = item.lastError.isEmpty() ? item.lastReply : item.lastError;
    const QString text = item.state == OutboxItem::State::Failed
        ? tr("The test message was not sent: %1 It stays in the Outbox, marked failed.").arg(why)
        : tr("The test message waits in the Outbox and will be tried again at %1: %2")
              .arg(QLocale().toString(item.nextAttempt.toLocalTime(), QLocale::ShortFormat), why);
    m_testResult->setText(text);
    emit testFinished(false, text);
}

void CampaignEditor::startSending()
{
    if (m_created.isEmpty())
        return;
    m_busy = true;
    updateButtons();
    m_progress->setRange(0, qMax(1, static_cast<int>(m_list.recipients().size())));
    m_progress->setValue(0);
    m_progress->show();
    setStatus(tr("Writing the messages into the outbox…"));
    const QString name = m_created;
    m_jobs->start(
        name, this,
        [this](int done, int total) {
            m_progress->setRange(0, qMax(1, total));
            m_progress->setValue(done);
            setStatus(tr("Writing the messages into the outbox: %1 of %2").arg(done).arg(total));
        },
        [this, name](const Result<Campaign>& started) {
            m_busy = false;
            m_progress->hide();
            if (!started) {
                setStatus(started.error().message(), true);
                updateButtons();
                emit this->started(name, false);
                return;
            }
            setStatus(tr("Every message is in the outbox; they go at the campaign's pace."));
            updateButtons();
            emit this->started(name, true);
            close();
        });
}

void CampaignEditor::updateButtons()
{
    const bool created = !m_created.isEmpty();
    m_createButton->setVisible(!created);
    m_createButton->setEnabled(!m_busy && m_listOk);
    m_startButton->setEnabled(created && !m_busy);
    m_testButton->setEnabled(created && m_testId.isEmpty());
    m_previewRow->setEnabled(created);
    m_importButton->setEnabled(!created && !m_busy);
}

} // namespace Postino
