#pragma once

#include "domain/DomainCheck.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QWidget;

namespace Postino {

// One check on the Domain health page: a traffic light (icon and status word), the check's name, its
// summary and detail, the question "What is SPF?" that opens its explanation in plain words, and the fix as
// read-only, selectable text with a Copy button. While the check runs it says "Checking…".
class DomainCheckCard : public QFrame
{
    Q_OBJECT
public:
    explicit DomainCheckCard(const QString& id, QWidget* parent = nullptr);
    ~DomainCheckCard() override;

    [[nodiscard]] const QString& id() const { return m_id; }
    [[nodiscard]] bool isPending() const { return m_pending; }
    // The result shown; meaningful once isPending() is false.
    [[nodiscard]] const DomainCheckResult& result() const { return m_result; }
    void setResult(const DomainCheckResult& result);

public slots:
    // Puts the fix on the clipboard.
    void copyFix();

signals:
    void fixCopied(const QString& id, const QString& fix);

private:
    void buildUi();

    QString m_id;
    bool m_pending = true;
    DomainCheckResult m_result;
    QLabel* m_icon = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_detail = nullptr;
    QToolButton* m_explain = nullptr;
    QLabel* m_explanation = nullptr;
    QWidget* m_fixBox = nullptr;
    QPlainTextEdit* m_fix = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace Postino
