#pragma once

#include <QObject>

class QAction;
class QLabel;
class QPushButton;

namespace Postino {

class ItemListPage;
class OutboxRunner;
class OutboxTableModel;

// The Outbox page's behaviour: Retry now, Edit and Delete for the selected messages (buttons in the
// title row, a context menu, and the keys Ctrl+R, Ctrl+E and Delete), and a details line under the list
// with the selected message's state, next attempt, last error and the server's reply (selectable, so it
// can be copied).
class OutboxView : public QObject
{
    Q_OBJECT
public:
    OutboxView(ItemListPage* page, OutboxTableModel* model, OutboxRunner* runner, QObject* parent = nullptr);

    [[nodiscard]] QStringList selectedIds() const;
    [[nodiscard]] QAction* retryAction() const { return m_retry; }
    [[nodiscard]] QAction* editAction() const { return m_edit; }
    [[nodiscard]] QAction* deleteAction() const { return m_delete; }
    [[nodiscard]] QLabel* detailsLabel() const { return m_details; }

public slots:
    void retrySelected();
    void editSelected();
    void deleteSelected();

signals:
    void editRequested(const QString& id);
    void statusMessage(const QString& text);

private:
    void updateActions();
    void updateDetails();

    ItemListPage* m_page;
    OutboxTableModel* m_model;
    OutboxRunner* m_runner;
    QAction* m_retry;
    QAction* m_edit;
    QAction* m_delete;
    QLabel* m_details;
};

} // namespace Postino
