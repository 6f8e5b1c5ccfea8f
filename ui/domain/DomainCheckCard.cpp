#include "DomainCheckCard.h"

#include "DomainCheckText.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace Postino {

namespace {

constexpr int kIconSize = 22;
constexpr int kMostFixLines = 10;

// The fix: read-only, selectable, in a fixed-width font, as tall as its text (wrapped at word boundaries, else
// anywhere: a DKIM key has no spaces), at most kMostFixLines lines before it scrolls.
class FixText final : public QPlainTextEdit
{
public:
    explicit FixText(QWidget* parent)
        : QPlainTextEdit(parent)
    {
        setReadOnly(true);
        setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        setLineWrapMode(QPlainTextEdit::WidgetWidth);
        setTabChangesFocus(true);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    void setFix(const QString& text)
    {
        setPlainText(text);
        fitHeight(viewport()->width());
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QPlainTextEdit::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            fitHeight(viewport()->width());
    }

private:
    // Lays the text out as the document will (at the viewport's width) and counts the lines.
    void fitHeight(int viewportWidth)
    {
        const int margin = static_cast<int>(document()->documentMargin());
        const qreal width = qMax(40, viewportWidth - 2 * margin);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        int lines = 0;
        const QStringList paragraphs = toPlainText().split(QLatin1Char('\n'));
        for (const QString& paragraph : paragraphs) {
            QTextLayout layout(paragraph, font());
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                ++lines;
            }
            layout.endLayout();
        }
        lines = qBound(1, lines, kMostFixLines);
        const int wanted = lines * QFontMetrics(font()).lineSpacing() + 2 * margin + 2 * frameWidth() + 2;
        if (wanted != height())
            setFixedHeight(wanted);
    }
};

} // namespace

DomainCheckCard::DomainCheckCard(const QString& id, QWidget* parent)
    : QFrame(parent)
    , m_id(id)
{
    setObjectName(QStringLiteral("check_") + id);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(DomainCheckText::title(id));
    buildUi();
    m_result.id = id;
}

DomainCheckCard::~DomainCheckCard() = default;

void DomainCheckCard::buildUi()
{
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(10, 8, 10, 8);
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("statusIcon"));
    m_icon->setPixmap(DomainCheckText::pendingIcon(kIconSize).pixmap(kIconSize, kIconSize));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    outer->addWidget(m_icon, 0, Qt::AlignTop);

    auto* column = new QVBoxLayout;
    column->setSpacing(4);
    outer->addLayout(column, 1);

    auto* head = new QHBoxLayout;
    m_status = new QLabel(DomainCheckText::pendingWord(), this);
    m_status->setObjectName(QStringLiteral("statusWord"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_title = new QLabel(DomainCheckText::title(m_id), this);
    m_title->setObjectName(QStringLiteral("checkTitle"));
    m_title->setFont(bold);
    head->addWidget(m_status);
    head->addWidget(new QLabel(QStringLiteral("·"), this));
    head->addWidget(m_title);
    head->addStretch(1);
    m_explain = new QToolButton(this);
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_explain->setText(DomainCheckText::question(m_id));
    m_explain->setAccessibleName(DomainCheckText::question(m_id));
    m_explain->setCheckable(true);
    m_explain->setAutoRaise(true);
    m_explain->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_explain->setArrowType(Qt::RightArrow);
    head->addWidget(m_explain);
    column->addLayout(head);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    column->addWidget(m_summary);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("checkDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->hide();
    column->addWidget(m_detail);

    m_explanation = new QLabel(DomainCheckText::explanation(m_id), this);
    m_explanation->setObjectName(QStringLiteral("checkExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setMargin(4);
    m_explanation->setAutoFillBackground(true);
    m_explanation->setBackgroundRole(QPalette::AlternateBase);
    m_explanation->hide();
    column->addWidget(m_explanation);
    connect(m_explain, &QToolButton::toggled, this, [this](bool open) {
        m_explanation->setVisible(open);
        m_explain->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    m_fixBox = new QWidget(this);
    m_fixBox->setObjectName(QStringLiteral("fixBox"));
    auto* fixLayout = new QVBoxLayout(m_fixBox);
    fixLayout->setContentsMargins(0, 2, 0, 0);
    fixLayout->setSpacing(2);
    auto* fixLabel = new QLabel(tr("To fix it, publish or change this:"), m_fixBox);
    fixLabel->setObjectName(QStringLiteral("fixLabel"));
    auto* fixRow = new QHBoxLayout;
    auto* fix = new FixText(m_fixBox);
    m_fix = fix;
    m_fix->setObjectName(QStringLiteral("fixText"));
    m_fix->setAccessibleName(tr("Fix for %1").arg(DomainCheckText::title(m_id)));
    fixLabel->setBuddy(m_fix);
    m_copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), m_fixBox);
    m_copy->setObjectName(QStringLiteral("copyFixButton"));
    m_copy->setAccessibleName(tr("Copy the fix for %1").arg(DomainCheckText::title(m_id)));
    m_copy->setToolTip(tr("Copy the fix, to paste it into your DNS panel"));
    connect(m_copy, &QPushButton::clicked, this, &DomainCheckCard::copyFix);
    fixRow->addWidget(m_fix, 1);
    fixRow->addWidget(m_copy, 0, Qt::AlignTop);
    fixLayout->addWidget(fixLabel);
    fixLayout->addLayout(fixRow);
    m_fixBox->hide();
    column->addWidget(m_fixBox);
}

void DomainCheckCard::setResult(const DomainCheckResult& result)
{
    m_pending = false;
    m_result = result;
    m_icon->setPixmap(DomainCheckText::statusIcon(result.status, kIconSize).pixmap(kIconSize, kIconSize));
    m_icon->setAccessibleName(DomainCheckText::statusWord(result.status));
    m_status->setText(DomainCheckText::statusWord(result.status));
    m_summary->setText(result.summary);
    m_summary->setVisible(!result.summary.isEmpty());
    m_detail->setText(result.detail);
    m_detail->setVisible(!result.detail.isEmpty());
    static_cast<FixText*>(m_fix)->setFix(result.fix);
    m_fixBox->setVisible(!result.fix.isEmpty());
    setAccessibleDescription(tr("%1: %2").arg(DomainCheckText::statusWord(result.status), result.summary));
}

void DomainCheckCard::copyFix()
{
    if (m_result.fix.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_result.fix);
    emit fixCopied(m_id, m_result.fix);
}

} // namespace Postino
