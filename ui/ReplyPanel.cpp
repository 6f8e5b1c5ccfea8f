#include "ReplyPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Postino {

ReplyPanel::ReplyPanel(const QString& prefix, QWidget* parent)
    : QWidget(parent)
    , m_explanation(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_raw(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    setObjectName(prefix + QStringLiteral("Panel"));
    m_explanation->setObjectName(prefix + QStringLiteral("Explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_toggle->setObjectName(prefix + QStringLiteral("ShowRawButton"));
    m_toggle->setText(tr("Show What the Server Said"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_raw->setObjectName(prefix + QStringLiteral("Raw"));
    m_raw->setReadOnly(true);
    m_raw->setAccessibleName(tr("What the server said"));
    m_raw->setFont(QFont(QStringLiteral("monospace")));
    m_raw->setMaximumHeight(fontMetrics().height() * 7);
    m_raw->setVisible(false);
    m_copy->setObjectName(prefix + QStringLiteral("CopyButton"));
    m_copy->setVisible(false);
    m_copy->setToolTip(tr("Copy the server's words to the clipboard"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_explanation);
    auto* row = new QHBoxLayout;
    row->addWidget(m_toggle);
    row->addStretch(1);
    row->addWidget(m_copy);
    layout->addLayout(row);
    layout->addWidget(m_raw);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_raw->setVisible(on);
        m_copy->setVisible(on);
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_raw->toPlainText()); });
    clear();
}

void ReplyPanel::setReply(const QString& explanation, const QString& raw, bool error)
{
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
    QPalette palette = m_explanation->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xb0, 0x1c, 0x1c) : QApplication::palette().windowText().color());
    m_explanation->setPalette(palette);
    m_raw->setPlainText(raw);
    m_toggle->setVisible(!raw.isEmpty());
    if (raw.isEmpty())
        m_toggle->setChecked(false);
}

void ReplyPanel::clear()
{
    setReply({}, {}, false);
}

QString ReplyPanel::explanation() const
{
    return m_explanation->text();
}

QString ReplyPanel::raw() const
{
    return m_raw->toPlainText();
}

} // namespace Postino
