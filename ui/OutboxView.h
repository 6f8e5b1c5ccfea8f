#pragma once

#include <QObject>

#include <functional>

class QAction;
class QLabel;
class QPoint;
class QPushButton;
class QToolButton;

namespace Postino {

class ItemListPage;
class OutboxRunner;
class OutboxTableModel;

// The Outbox page's behaviour: Retry now, Edit and Delete for the selected messages (buttons in the
// title row, a context menu, and the keys Ctrl+R, Ctrl+E and Delete), and a details line under the list
// with the selected message's state, next attempt, last error and the server's reply (selectable, so it
// can be copied). When the server refused the selected message's password, "Enter Password…" appears
// beside them (passwordRequested()); for an account that signs in with OAuth2 it says "Sign In Again…".
class OutboxView : public QObject
{
    Q_OBJECT
public:
    OutboxView(ItemListPage* page, OutboxTableModel* model, OutboxRunner* runner, QObject* parent = nullptr);

    [[nodiscard]] QStringList selectedIds() const;
    [[nodiscard]] QAction* retryAction() const { return m_retry; }
    [[nodiscard]] QAction* editAction() const { return m_edit; }
    [[nodiscard]] QAction* deleteAction() const { return m_delete; }
    // Enabled and shown while the selected message waits for its account's password.
    [[nodiscard]] QAction* passwordAction() const { return m_password; }
    [[nodiscard]] QLabel* detailsLabel() const { return m_details; }
    // Whether an account signs in with OAuth2 (its refused sign-in is mended by signing in, not a password).
    void setSignsInWithOAuth(std::function<bool(const QString& account)> signsIn) { m_oauth = std::move(signsIn); }

public slots:
    void retrySelected();
    void editSelected();
    void deleteSelected();
    void requestPassword();

signals:
    void editRequested(const QString& id);
    // The server refused this account's password: ask for it again.
    void passwordRequested(const QString& accountName);
    void statusMessage(const QString& text);

private:
    // The constructor's parts.
    void setUpActions(); // names, keys, tooltips, what they do
    void addHeaderButtons();
    void setUpList(); // the model, the columns, the context menu
    void setUpDetails();
    void followChanges(); // the selection, the model and the runner's flag refresh the actions and details

    void showContextMenu(const QPoint& at);
    void refresh(); // updateActions() and updateDetails()
    void updateActions();
    void updateDetails();
    // The stored account whose refused password holds the single selected message, or empty.
    [[nodiscard]] QString accountNeedingPassword() const;

    ItemListPage* m_page;
    OutboxTableModel* m_model;
    OutboxRunner* m_runner;
    QAction* m_retry;
    QAction* m_edit;
    QAction* m_delete;
    QAction* m_password;
    QToolButton* m_passwordButton = nullptr;
    QLabel* m_details;
    std::function<bool(const QString&)> m_oauth;
};

} // namespace Postino
