// CampaignEditor: its widgets, tab by tab. What they do is in CampaignEditor.cpp.
#include "CampaignEditor.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Postino {

namespace {

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false); // greyed, like the other explanations
    return label;
}

template<typename W>
W* named(W* widget, const char* objectName, const QString& accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace

void CampaignEditor::buildLayout()
{
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("campaignTabs"));
    m_tabs->addTab(buildRecipientsTab(), tr("1. &Recipients"));
    m_tabs->addTab(buildMessageTab(), tr("2. &Message"));
    m_tabs->addTab(buildSendingTab(), tr("3. &Pace"));
    m_tabs->addTab(buildPreviewTab(), tr("4. Pre&view and Test"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buildFooter());
}

QWidget* CampaignEditor::buildRecipientsTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("recipientsTab"));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_name = named(new QLineEdit(page), "campaignNameEdit", tr("Campaign name"));
    m_name->setPlaceholderText(tr("e.g. Newsletter March"));
    m_name->setMaxLength(64);
    form->addRow(tr("&Name:"), m_name);
    m_account = named(new QComboBox(page), "campaignAccountCombo", tr("Account"));
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_account->view()->setAccessibleName(tr("Your accounts"));
    form->addRow(tr("&Account:"), m_account);

    auto* fileRow = new QHBoxLayout;
    m_importButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Import CSV…"), page);
    m_importButton->setObjectName(QStringLiteral("importListButton"));
    m_listFile = new QLabel(tr("No list yet."), page);
    m_listFile->setObjectName(QStringLiteral("listFileLabel"));
    m_listFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileRow->addWidget(m_importButton);
    fileRow->addWidget(m_listFile, 1);
    form->addRow(tr("Recipient list:"), fileRow);
    m_column = named(new QComboBox(page), "emailColumnCombo", tr("Address column"));
    m_column->view()->setAccessibleName(tr("The list's columns"));
    m_column->setEnabled(false);
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("Address co&lumn:"), m_column);
    layout->addLayout(form);
    layout->addWidget(hint(tr("A CSV file with a header row, one recipient per row (as a spreadsheet saves it). "
                              "Every column can be used in the message as a field."),
                           page));

    m_listPreview = named(new QTableWidget(page), "listPreviewTable", tr("First rows of the list"));
    m_listPreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listPreview->setAlternatingRowColors(true);
    m_listPreview->verticalHeader()->setVisible(false);
    m_listPreview->horizontalHeader()->setStretchLastSection(true);
    m_listPreview->verticalHeader()->setDefaultSectionSize(m_listPreview->fontMetrics().height() + 8);
    layout->addWidget(m_listPreview, 2);

    m_listSummary = new QLabel(page);
    m_listSummary->setObjectName(QStringLiteral("listSummaryLabel"));
    m_listSummary->setWordWrap(true);
    layout->addWidget(m_listSummary);
    m_skipped = named(new QTreeWidget(page), "skippedRowsList", tr("Rows that get no message"));
    m_skipped->setRootIsDecorated(false);
    m_skipped->setAlternatingRowColors(true);
    m_skipped->setHeaderLabels({tr("Line"), tr("Address"), tr("Why it is skipped")});
    m_skipped->header()->resizeSection(0, 60);
    m_skipped->header()->resizeSection(1, 220);
    m_skipped->hide();
    layout->addWidget(m_skipped, 1);
    m_formWidgets << m_name << m_account << m_importButton << m_column;
    return page;
}

QWidget* CampaignEditor::buildMessageTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("messageTab"));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_from = named(new QLineEdit(page), "campaignFromEdit", tr("From"));
    form->addRow(tr("&From:"), m_from);
    m_subject = named(new QLineEdit(page), "campaignSubjectEdit", tr("Subject"));
    m_subject->setPlaceholderText(tr("e.g. News for you, {{name}}"));
    form->addRow(tr("Su&bject:"), m_subject);
    layout->addLayout(form);

    auto* tools = new QHBoxLayout;
    m_insertField = new QPushButton(tr("&Insert Field"), page);
    m_insertField->setObjectName(QStringLiteral("insertFieldButton"));
    m_insertField->setToolTip(tr("Put a field of the list at the cursor: each recipient gets their own value"));
    m_insertField->setFocusPolicy(Qt::TabFocus); // a click leaves the cursor where it was
    auto* menu = new QMenu(m_insertField);
    menu->setObjectName(QStringLiteral("insertFieldMenu"));
    m_insertField->setMenu(menu);
    tools->addWidget(m_insertField);
    tools->addWidget(hint(tr("{{name}} becomes each recipient's value; {{name|friend}} gives a default for empty "
                             "values."),
                          page),
                     1);
    layout->addLayout(tools);

    m_bodyTabs = new QTabWidget(page);
    m_bodyTabs->setObjectName(QStringLiteral("bodyTabs"));
    m_text = named(new QPlainTextEdit(page), "campaignTextEdit", tr("Plain text"));
    m_text->setPlaceholderText(tr("Hello {{name}},\n\n…"));
    m_html = named(new QPlainTextEdit(page), "campaignHtmlEdit", tr("HTML"));
    m_html->setPlaceholderText(tr("<p>Hello {{name}},</p>  (optional: with HTML the plain text is the "
                                  "alternative, made from the HTML when left empty)"));
    m_bodyTabs->addTab(m_text, tr("Plain &Text"));
    m_bodyTabs->addTab(m_html, tr("&HTML"));
    layout->addWidget(m_bodyTabs, 1);

    auto* unsubscribeForm = new QFormLayout;
    m_unsubscribe = named(new QLineEdit(page), "campaignUnsubscribeEdit", tr("Unsubscribe URLs"));
    m_unsubscribe->setPlaceholderText(
        tr("mailto:unsubscribe@example.org?subject=unsubscribe https://example.org/unsub?e={{email}}"));
    unsubscribeForm->addRow(tr("&Unsubscribe:"), m_unsubscribe);
    layout->addLayout(unsubscribeForm);
    layout->addWidget(hint(tr("One or more mailto: or https: addresses separated by spaces; mail programs show an "
                              "Unsubscribe button for them (List-Unsubscribe). {{unsubscribe}} puts the first one "
                              "in the text."),
                           page));
    m_lastEditor = m_text;
    m_formWidgets << m_from << m_subject << m_insertField << m_text << m_html << m_unsubscribe;
    return page;
}

QWidget* CampaignEditor::buildSendingTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("paceTab"));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // numbers, not lines of text
    m_rate = named(new QSpinBox(page), "campaignRateSpin", tr("Messages per minute"));
    m_rate->setRange(0, 10000);
    m_rate->setSpecialValueText(tr("the account's pace"));
    m_rate->setSuffix(tr(" per minute"));
    form->addRow(tr("R&ate:"), m_rate);
    m_daily = named(new QSpinBox(page), "campaignDailySpin", tr("Messages per 24 hours"));
    m_daily->setRange(0, 1000000);
    m_daily->setSpecialValueText(tr("the account's limit"));
    m_daily->setSuffix(tr(" per 24 hours"));
    form->addRow(tr("&Daily limit:"), m_daily);
    m_maxFailures = named(new QSpinBox(page), "campaignMaxFailuresSpin", tr("Pause after this many refusals"));
    m_maxFailures->setRange(0, 100000);
    m_maxFailures->setValue(50);
    m_maxFailures->setSpecialValueText(tr("never"));
    m_maxFailures->setSuffix(tr(" messages"));
    form->addRow(tr("Pause after re&fusals:"), m_maxFailures);
    layout->addLayout(form);
    layout->addWidget(
        hint(tr("0 keeps the pace of the account: its own setting, or the limit its provider is known to have "
                "(Gmail, Microsoft 365 and others refuse mail or block the account when too much goes at once). "
                "A lower rate spreads the messages evenly; the daily limit counts the last 24 hours, so a long "
                "list goes on by itself the next day. Postino pauses the campaign when the server refuses this "
                "many messages for good, so that a broken list does not burn through."),
             page));
    layout->addStretch(1);
    m_formWidgets << m_rate << m_daily << m_maxFailures;
    return page;
}

QWidget* CampaignEditor::buildPreviewTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("previewTab"));
    auto* layout = new QVBoxLayout(page);
    auto* rowLine = new QHBoxLayout;
    auto* rowLabel = new QLabel(tr("Row of the &list:"), page);
    m_previewRow = named(new QSpinBox(page), "previewRowSpin", tr("Row to preview"));
    m_previewRow->setRange(1, 1);
    m_previewRow->setMinimumWidth(m_previewRow->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 24);
    rowLabel->setBuddy(m_previewRow);
    rowLine->addWidget(rowLabel);
    rowLine->addWidget(m_previewRow);
    rowLine->addStretch(1);
    m_testButton = new QPushButton(tr("Send &Test to Myself"), page);
    m_testButton->setObjectName(QStringLiteral("sendTestButton"));
    m_testButton->setToolTip(tr("Send this row's message to the account's own address, marked as a test"));
    rowLine->addWidget(m_testButton);
    layout->addLayout(rowLine);
    m_testResult = new QLabel(page);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_testResult);

    m_previewHeaders = new QLabel(tr("Create the campaign to see its messages exactly as they will be sent."), page);
    m_previewHeaders->setObjectName(QStringLiteral("previewHeaders"));
    m_previewHeaders->setWordWrap(true);
    m_previewHeaders->setTextFormat(Qt::PlainText);
    m_previewHeaders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewHeaders->setFrameShape(QFrame::StyledPanel);
    m_previewHeaders->setMargin(6);
    layout->addWidget(m_previewHeaders);
    m_previewTabs = new QTabWidget(page);
    m_previewTabs->setObjectName(QStringLiteral("previewTabs"));
    m_previewText = named(new QPlainTextEdit(page), "previewText", tr("Plain text as sent"));
    m_previewText->setReadOnly(true);
    m_previewHtml = named(new QTextBrowser(page), "previewHtml", tr("HTML as sent"));
    m_previewHtml->setOpenLinks(false);
    m_previewSource = named(new QPlainTextEdit(page), "previewSource", tr("The message's source"));
    m_previewSource->setReadOnly(true);
    m_previewSource->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_previewSource->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewTabs->addTab(m_previewText, tr("Text"));
    m_previewTabs->addTab(m_previewHtml, tr("HTML"));
    m_previewTabs->addTab(m_previewSource, tr("Source"));
    layout->addWidget(m_previewTabs, 1);
    return page;
}

QWidget* CampaignEditor::buildFooter()
{
    auto* footer = new QWidget(this);
    auto* layout = new QHBoxLayout(footer);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(footer);
    m_status->setObjectName(QStringLiteral("campaignEditorStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status, 1);
    m_progress = new QProgressBar(footer);
    m_progress->setObjectName(QStringLiteral("startProgress"));
    m_progress->setAccessibleName(tr("Messages written into the outbox"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_createButton = new QPushButton(tr("&Create"), footer);
    m_createButton->setObjectName(QStringLiteral("createCampaignButton"));
    m_createButton->setToolTip(tr("Save the campaign as a draft: nothing is sent yet"));
    m_startButton = new QPushButton(tr("&Start Sending"), footer);
    m_startButton->setObjectName(QStringLiteral("startCampaignButton"));
    m_startButton->setToolTip(tr("Put every message into the outbox; they go at the campaign's pace"));
    m_closeButton = new QPushButton(tr("Close"), footer);
    m_closeButton->setObjectName(QStringLiteral("closeEditorButton"));
    layout->addWidget(m_createButton);
    layout->addWidget(m_startButton);
    layout->addWidget(m_closeButton);
    // Enter in a field types on; nothing is created or sent by a key pressed in passing.
    for (QPushButton* button : findChildren<QPushButton*>())
        button->setAutoDefault(false);
    return footer;
}

void CampaignEditor::rebuildFieldMenu()
{
    QMenu* menu = m_insertField->menu();
    menu->clear();
    for (const QString& field : insertableFields()) {
        QAction* action = menu->addAction(field);
        action->setObjectName(QStringLiteral("insertField_") + field);
        connect(action, &QAction::triggered, this, [this, field] { insertField(field); });
    }
}

} // namespace Postino
