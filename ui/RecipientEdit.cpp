#include "RecipientEdit.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QKeyEvent>
#include <QStyle>
#include <QTimer>

namespace Postino {

namespace {
constexpr int ValidateDelayMs = 400;

bool isValidDomain(const QString& domain)
{
    if (domain.startsWith(QLatin1Char('[')) && domain.endsWith(QLatin1Char(']')))
        return domain.size() > 2; // address literal
    if (domain.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString& label : labels) {
        if (label.isEmpty() || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
                return false;
        }
    }
    return true;
}

bool isValidAddrSpec(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1)
        return false;
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (!(local.startsWith(QLatin1Char('"')) && local.endsWith(QLatin1Char('"')) && local.size() >= 2)) {
        if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
            || local.contains(QLatin1String("..")))
            return false;
        for (const QChar c : local) {
            if (c.isSpace() || c == QLatin1Char('@') || c == QLatin1Char('<') || c == QLatin1Char('>')
                || c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('(') || c == QLatin1Char(')'))
                return false;
        }
    }
    return isValidDomain(domain);
}
} // namespace

RecipientEdit::RecipientEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_debounce(new QTimer(this))
    , m_warningAction(new QAction(this))
{
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->popup()->setAccessibleName(tr("Address suggestions"));
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &RecipientEdit::insertCompletion);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(ValidateDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &RecipientEdit::validateNow);
    connect(this, &QLineEdit::textEdited, this, &RecipientEdit::onTextEdited);
    // Text set from code (a draft being restored) is checked at once.
    connect(this, &QLineEdit::textChanged, this, [this] {
        if (!m_debounce->isActive() && !hasFocus())
            validateNow();
    });

    m_warningAction->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    addAction(m_warningAction, QLineEdit::TrailingPosition);
    m_warningAction->setVisible(false); // after addAction: the line edit follows the action's changes
    setClearButtonEnabled(false);
}

RecipientEdit::~RecipientEdit() = default;

void RecipientEdit::setAddressValidator(AddressValidator validator)
{
    m_validator = std::move(validator);
    validateNow();
}

void RecipientEdit::setCompletionModel(QAbstractItemModel* model)
{
    m_completer->setModel(model);
}

QStringList RecipientEdit::splitAddresses(const QString& text)
{
    QStringList items;
    QString current;
    bool quoted = false;
    int angle = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && quoted && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('<'))
            ++angle;
        else if (!quoted && c == QLatin1Char('>') && angle > 0)
            --angle;
        if ((c == QLatin1Char(',') || c == QLatin1Char(';')) && !quoted && angle == 0) {
            if (!current.trimmed().isEmpty())
                items.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        items.append(current.trimmed());
    return items;
}

QString RecipientEdit::defaultValidator(const QString& text)
{
    for (const QString& item : splitAddresses(text)) {
        QString address = item;
        const qsizetype open = item.lastIndexOf(QLatin1Char('<'));
        if (open >= 0) {
            const qsizetype close = item.indexOf(QLatin1Char('>'), open);
            if (close < 0 || !item.mid(close + 1).trimmed().isEmpty())
                return tr("“%1” is missing its closing “>”.").arg(item);
            address = item.mid(open + 1, close - open - 1).trimmed();
        }
        if (!isValidAddrSpec(address))
            return tr("“%1” is not an e-mail address. Write it like name@example.org.").arg(item);
    }
    return {};
}

QString RecipientEdit::validateNow()
{
    m_debounce->stop();
    const QString error = text().trimmed().isEmpty() ? QString()
        : m_validator                                ? m_validator(text())
                                                     : defaultValidator(text());
    showError(error);
    return error;
}

void RecipientEdit::showError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    const bool invalid = !error.isEmpty();
    m_warningAction->setVisible(invalid);
    m_warningAction->setToolTip(error);
    // The icon's button is named by the action's text, for a screen reader.
    m_warningAction->setText(invalid ? error : tr("No problem with these addresses"));
    setToolTip(error);
    setAccessibleDescription(error);
    setProperty("invalid", invalid);
    QPalette p = palette();
    if (invalid) {
        const QColor base = QPalette().color(QPalette::Base); // tinted towards red, light or dark theme
        p.setColor(QPalette::Base,
                   QColor((base.red() * 3 + 255) / 4, (base.green() * 3 + 40) / 4, (base.blue() * 3 + 40) / 4));
    } else {
        p = QPalette();
    }
    setPalette(p);
    emit errorChanged(error);
}

void RecipientEdit::onTextEdited()
{
    m_debounce->start();
    if (!m_completer->model())
        return;
    const QString beforeCursor = text().left(cursorPosition());
    const qsizetype comma =
        qMax(beforeCursor.lastIndexOf(QLatin1Char(',')), beforeCursor.lastIndexOf(QLatin1Char(';')));
    const QString prefix = beforeCursor.mid(comma + 1).trimmed();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void RecipientEdit::insertCompletion(const QString& completion)
{
    const QString beforeCursor = text().left(cursorPosition());
    const QString afterCursor = text().mid(cursorPosition());
    const qsizetype comma =
        qMax(beforeCursor.lastIndexOf(QLatin1Char(',')), beforeCursor.lastIndexOf(QLatin1Char(';')));
    QString head = beforeCursor.left(comma + 1);
    if (!head.isEmpty())
        head += QLatin1Char(' ');
    const QString inserted = head + completion + QStringLiteral(", ");
    setText(inserted + afterCursor);
    setCursorPosition(static_cast<int>(inserted.size()));
    validateNow();
}

void RecipientEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer's popup takes these
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void RecipientEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    validateNow();
}

} // namespace Postino
