#pragma once

#include "common/SerialWorker.h"

#include <QWidget>

#include <atomic>
#include <functional>

class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSplitter;

namespace Postino {

class ItemListPage;
class MessageViewer;
class SandboxServer;

// The built-in test server's page: whether it runs and where (host:port, copyable), the messages it
// captured (from, to, subject, time) and the selected one in a viewer with Rendered and Raw tabs. The
// selected message is read and parsed on a worker thread; only the latest selection is shown.
class SandboxView : public QWidget
{
    Q_OBJECT
public:
    enum class LoadStep { Read, Parse, Done };
    Q_ENUM(LoadStep)
    // Test seam: called on the loading job's thread before it reads a message, before it parses it,
    // and when the job ends (its result queued for the GUI thread, or dropped as stale).
    using LoadHook = std::function<void(LoadStep step, const QString& id)>;

    explicit SandboxView(SandboxServer* server, QWidget* parent = nullptr);
    ~SandboxView() override;

    // The port tried first (the user's mail programs remember it); 0 or busy: any free port.
    void setPreferredPort(quint16 port) { m_preferredPort = port; }

    // Starts the server if needed. Returns false (and shows why) if it could not listen.
    bool startServer();
    void stopServer();
    [[nodiscard]] MessageViewer* viewer() const { return m_viewer; }
    void setLoadHook(LoadHook hook) { m_loadHook = std::move(hook); }

signals:
    void statusMessage(const QString& text);

private:
    // The page, top to bottom (the constructor's parts).
    QLabel* buildTitle();
    QLayout* buildStateRow(); // state, address, Start/Stop
    void setUpMessageList();
    void setUpDeleteButtons();
    QSplitter* buildSplitter(); // the list above the viewer
    void followServer(); // the selection, the mailbox and the server's state

    void updateState();
    void showSelected();
    void deleteSelected();
    void deleteAll(); // asks first

    SandboxServer* m_server;
    quint16 m_preferredPort = 2525;
    QLabel* m_state;
    QLineEdit* m_address;
    QPushButton* m_startStop;
    ItemListPage* m_list;
    MessageViewer* m_viewer;
    QPushButton* m_delete;
    QPushButton* m_deleteAll;
    std::atomic<quint64> m_selection {0}; // counts selections: a load made for an older one is dropped
    LoadHook m_loadHook;
    // Reads and parses the selected message; two threads, so that the latest selection need not wait
    // for a stale load to finish. Declared last: it waits for its jobs before the rest goes.
    SerialWorker m_loader {2};
};

} // namespace Postino
