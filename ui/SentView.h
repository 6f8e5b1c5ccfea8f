#pragma once

#include "SentCopy.h"
#include "common/SerialWorker.h"
#include "drafts/ComposedMessage.h"

#include <QObject>

#include <atomic>

class QAction;

namespace Postino {

class ItemListPage;
class MessageViewer;
class OutboxStore;
class SentModel;

// The Sent page's behaviour: the selected message in a viewer under the list (its text, source and
// attachments, which can be opened or saved), and Resend and Forward, which make it a new message in a
// composer (composeRequested()), its attachments copied beside the data folder. Messages are read and
// parsed on a worker; only the latest selection is shown.
class SentView : public QObject
{
    Q_OBJECT
public:
    // page shows model already. copiesDir: where the attachments of resent and forwarded messages are kept (a folder
    // per copy).
    SentView(ItemListPage* page, SentModel* model, OutboxStore* store, const QString& copiesDir,
             QObject* parent = nullptr);
    ~SentView() override;

    [[nodiscard]] MessageViewer* viewer() const { return m_viewer; }
    [[nodiscard]] QAction* resendAction() const { return m_resend; }
    [[nodiscard]] QAction* forwardAction() const { return m_forward; }
    [[nodiscard]] QString selectedId() const; // empty unless exactly one row is selected

public slots:
    void resendSelected();
    void forwardSelected();

signals:
    // A new message to open in a composer (nothing is sent until the person sends it).
    void composeRequested(const Postino::ComposedMessage& message);
    void statusMessage(const QString& text);

private:
    void showSelected();
    void copySelected(SentCopy::Kind kind);
    void updateActions();

    ItemListPage* m_page;
    SentModel* m_model;
    OutboxStore* m_store;
    QString m_copiesDir;
    MessageViewer* m_viewer;
    QAction* m_resend;
    QAction* m_forward;
    std::atomic<quint64> m_selection {0}; // a load made for an older selection is dropped
    // Reads and parses the selected message; declared last, so that they wait for their jobs before the rest
    // goes. Copies (Resend, Forward) have a worker of their own, which a new selection never drops.
    SerialWorker m_loader {2};
    SerialWorker m_copier;
};

} // namespace Postino
