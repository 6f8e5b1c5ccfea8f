#pragma once

#include <QLineEdit>

#include <functional>

class QAbstractItemModel;
class QAction;
class QCompleter;
class QTimer;

namespace Postino {

// Checks what was typed in an address field: returns an error for a person ("“bob@” is not an
// e-mail address ...") or an empty string when it is fine. The integrator plugs in Address::parseList.
using AddressValidator = std::function<QString(const QString&)>;

// A line edit for a list of addresses: marks an invalid list as you type (a warning icon, a tinted
// background and the error as tool tip and accessible description) and completes the address being
// typed after the last comma from a model of addresses used before.
class RecipientEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit RecipientEdit(QWidget* parent = nullptr);
    ~RecipientEdit() override;

    void setAddressValidator(AddressValidator validator); // empty: defaultValidator()
    void setCompletionModel(QAbstractItemModel* model); // one address per row, column 0
    [[nodiscard]] QCompleter* completer() const { return m_completer; }

    // Validates now (also done shortly after each edit and when focus leaves). Returns the error.
    QString validateNow();
    [[nodiscard]] const QString& errorText() const { return m_error; }
    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }

    // The built-in check: comma-separated "name@domain.tld" or "Name <name@domain.tld>" items.
    [[nodiscard]] static QString defaultValidator(const QString& text);
    // Splits at commas outside quotes and angle brackets; empty items are dropped.
    [[nodiscard]] static QStringList splitAddresses(const QString& text);

signals:
    void errorChanged(const QString& error);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void onTextEdited();
    void insertCompletion(const QString& completion);
    void showError(const QString& error);

    AddressValidator m_validator;
    QCompleter* m_completer;
    QTimer* m_debounce;
    QAction* m_warningAction;
    QString m_error;
};

} // namespace Postino
