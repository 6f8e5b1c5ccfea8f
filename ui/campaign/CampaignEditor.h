#pragma once

#include "accounts/Account.h"
#include "campaign/CsvReader.h"
#include "campaign/RecipientList.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace Postino {

struct Campaign;
class CampaignJobs;
class OutboxRunner;
class OutboxStore;

// A new campaign, step by step in tabs: the recipient list (a CSV file, the first rows shown, the address
// column, the rows that will be skipped and why), the message (From, subject, plain and HTML text, fields
// inserted at the cursor, unsubscribe URLs), the pace, then Create. Once created: a preview of any row
// exactly as it will be sent, a test sent to the account's own address, and Start, which writes every
// message into the outbox on the campaign worker while the window shows how far it got.
class CampaignEditor : public QDialog
{
    Q_OBJECT
public:
    // None owned; they must outlive the window. outbox and runner are the GUI's (the test message's fate is
    // read from them, one item's metadata).
    CampaignEditor(CampaignJobs* jobs, OutboxStore* outbox, OutboxRunner* runner, const QList<Account>& accounts,
                   QWidget* parent = nullptr);
    ~CampaignEditor() override;

    // The campaign's name once it is created (empty before).
    [[nodiscard]] QString createdName() const { return m_created; }
    // The fields "Insert field" offers: the list's columns, then email and unsubscribe.
    [[nodiscard]] QStringList insertableFields() const;
    [[nodiscard]] const RecipientList& recipients() const { return m_list; }

public slots:
    void chooseList(); // a file dialog (Prompt), then importList()
    void importList(const QString& path); // read and checked on the worker: listChecked()
    void insertField(const QString& field); // {{field}} at the cursor of the last text field used
    void create();
    void showPreview(); // the row of the preview's spin box
    void sendTest();
    void startSending();

signals:
    void listChecked(bool ok);
    void created(const QString& name);
    void previewShown(bool ok);
    // The test message's fate: sent (the server's reply), failed or waiting for a retry (why).
    void testFinished(bool sent, const QString& text);
    // Every message is in the outbox (or it could not start: ok false).
    void started(const QString& name, bool ok);

private:
    // The widgets (CampaignEditorLayout.cpp).
    void buildLayout();
    QWidget* buildRecipientsTab();
    QWidget* buildMessageTab();
    QWidget* buildSendingTab();
    QWidget* buildPreviewTab();
    QWidget* buildFooter();
    void rebuildFieldMenu();

    struct ListCheck; // what a check of the list found (CampaignEditor.cpp)
    void checkList(const QByteArray& bytes, const QString& path, const QString& column);
    void showList(const ListCheck& check);
    void accountChosen();
    [[nodiscard]] Campaign campaignFromForm() const;
    void setFormLocked(bool locked);
    void testOutcome(const QString& id);
    void updateButtons();
    void setStatus(const QString& text, bool error = false);

    CampaignJobs* m_jobs;
    OutboxStore* m_outbox;
    OutboxRunner* m_runner;
    QList<Account> m_accounts;
    QByteArray m_listBytes;
    QString m_listPath;
    CsvTable m_table;
    RecipientList m_list;
    bool m_listOk = false;
    QString m_foundColumn; // the address column found by name
    QString m_created;
    QString m_testId;
    bool m_busy = false;
    QPointer<QWidget> m_lastEditor; // where Insert field writes
    QMetaObject::Connection m_focusConnection;

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_account = nullptr;
    QPushButton* m_importButton = nullptr;
    QLabel* m_listFile = nullptr;
    QComboBox* m_column = nullptr;
    QTableWidget* m_listPreview = nullptr;
    QLabel* m_listSummary = nullptr;
    QTreeWidget* m_skipped = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_subject = nullptr;
    QPushButton* m_insertField = nullptr;
    QTabWidget* m_bodyTabs = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPlainTextEdit* m_html = nullptr;
    QLineEdit* m_unsubscribe = nullptr;
    QSpinBox* m_rate = nullptr;
    QSpinBox* m_daily = nullptr;
    QSpinBox* m_maxFailures = nullptr;
    QSpinBox* m_previewRow = nullptr;
    QLabel* m_previewHeaders = nullptr;
    QTabWidget* m_previewTabs = nullptr;
    QPlainTextEdit* m_previewText = nullptr;
    QTextBrowser* m_previewHtml = nullptr;
    QPlainTextEdit* m_previewSource = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_testResult = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_createButton = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QList<QWidget*> m_formWidgets; // locked once the campaign is created
};

} // namespace Postino
