#pragma once

#include "RecipientEdit.h"
#include "Spelling.h"
#include "drafts/ComposedMessage.h"
#include "drafts/DraftStore.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAbstractItemModel;
class QAction;
class QActionGroup;
class QMenu;
class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QKeySequence;
class QLabel;
class QListWidget;
class QMimeData;
class QPushButton;
class QTextCharFormat;
class QTextEdit;
class QTimer;

namespace Postino {

class SpellChecker;
class SpellHighlighter;

// The message composer: its own top-level window. From (identities), To/Cc/Bcc (checked as you
// type, completed from addresses used before), Subject, the body (plain text, or rich text when
// toggled), attachments (button or drag and drop). Ctrl+Return sends: sendRequested() is emitted
// and the window closes at once; the integrator queues the message in the outbox. The draft is
// saved every few seconds and on close, so what was typed survives a crash.
class ComposerWindow : public QMainWindow
{
    Q_OBJECT
public:
    using FileChooser = std::function<QStringList(QWidget* parent)>;

    // drafts may be null (nothing is saved). The window does not delete itself on close unless
    // Qt::WA_DeleteOnClose is set (MainWindow sets it).
    explicit ComposerWindow(DraftStore* drafts, QWidget* parent = nullptr);
    ~ComposerWindow() override;

    // Opens a saved draft: every field is restored and later saves overwrite it.
    Status loadDraft(const QString& id);
    // Shows a message already saved as draft id (by someone else, on another thread): later saves
    // overwrite that draft.
    void adoptDraft(const QString& id, const ComposedMessage& saved);
    [[nodiscard]] const QString& draftId() const { return m_draftId; }
    // Closed by the user and hidden, waiting for its draft to be written before it closes for good.
    [[nodiscard]] bool isClosing() const { return m_closing; }

    void setMessage(const ComposedMessage& message);
    // The signature block at the end of the body (empty when there is none, or the person changed it).
    [[nodiscard]] const QString& signatureBlockShown() const { return m_signatureBlock; }
    [[nodiscard]] ComposedMessage message() const;

    void setIdentities(const QList<SenderIdentity>& identities);
    void setAddressValidator(const AddressValidator& validator); // empty: RecipientEdit::defaultValidator
    void setKnownAddressesModel(QAbstractItemModel* model); // for completion
    void setSizeLimit(qint64 bytes); // the server's SIZE; 0: unknown, no warning
    // The account of the identity the From line names; empty when it names none of them.
    [[nodiscard]] QString senderAccount() const;
    // The From line's address (local@domain), empty while it is not one.
    [[nodiscard]] QString senderAddress() const;
    // A warning line under the From line, with a "Check Domain…" button (domainCheckRequested()): mail from
    // this address through this account will probably be refused or filed as spam. Empty hides it; it also
    // goes whenever the From address or its account changes, until the integrator says again.
    void setSenderWarning(const QString& text);
    [[nodiscard]] QString senderWarning() const;
    [[nodiscard]] qint64 sizeLimit() const { return m_sizeLimit; }
    void setAutosaveInterval(int msec);

    // Spell checking over the process's dictionaries (MainWindow's; not owned): the Spelling menu's languages,
    // the red wavy underline, and the suggestions in the body's context menu. Null, or a Spelling without
    // dictionaries: Check Spelling is disabled and says which package to install.
    void setSpelling(Spelling* spelling);
    [[nodiscard]] SpellChecker* spellChecker() const { return m_spellChecker; }
    [[nodiscard]] SpellHighlighter* spellHighlighter() const { return m_highlighter; }

    void addAttachments(const QStringList& paths);
    [[nodiscard]] bool isRichText() const;
    void setRichText(bool rich);

    // Test seam for the file dialog: returns the files to attach. Empty: a QFileDialog.
    static void setFileChooser(FileChooser chooser);

public slots:
    // Checks the addresses and size, then emits sendRequested() and closes. Returns false when the
    // message stays open (an error shown, or the user cancelled the size warning).
    bool send();
    // Asks when (SendLaterDialog), then sends as send() does; the outbox holds the message until then.
    bool sendLater();
    // Saves the draft now when something changed, on the draft store's worker thread: draftSaved() once it is on
    // disk, the error in the status bar when it cannot be written.
    void saveDraft();
    // Test seam: what autosave would do now (false: nothing worth writing).
    bool writeDraftForTest() { return writeDraft(); }
    void discard(); // deletes the draft (on the draft store's worker thread) and closes without saving
    void chooseAttachments();

signals:
    void sendRequested(const Postino::ComposedMessage& message);
    // The From line now names another account's identity (or none: empty): its size limit may differ.
    void senderChanged(const QString& account);
    // The From line names another address or another account (either may be empty).
    void senderAddressChanged(const QString& address, const QString& account);
    // The warning's "Check Domain…": show the Domain health page for this From through this account.
    void domainCheckRequested(const QString& address, const QString& account);
    void draftSaved(const QString& id);
    // A close waited for the draft, which could not be written: the window is back and stays open.
    void closeCancelled();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The draft (ComposerWindowDrafts.cpp).
    void autosave(); // saveDraft(), unless a write is still under way
    // Starts writing what is typed as the draft on the draft store's worker thread when it changed (false: nothing to
    // write); then runs afterwards on this thread with the outcome.
    bool writeDraft(const std::function<void(const Status&)>& then = {});
    void removeDraft(); // on the draft store's worker thread, after any write before it
    void writeFinished(); // a closing window closes once nothing is pending
    void comeBackUnsaved(const Error& error); // a close whose draft could not be written: ask what to do

    // The widgets and actions (ComposerWindowLayout.cpp), built top to bottom.
    void buildUi();
    QFormLayout* buildHeaderFields(QWidget* central);
    QComboBox* buildFromField(QWidget* central);
    RecipientEdit* makeRecipientEdit(QWidget* central, const char* name, const QString& accessible,
                                     const QString& placeholder);
    QLabel* buildAddressErrorLabel(QWidget* central);
    QWidget* buildSenderWarning(QWidget* central);
    QWidget* buildAttachmentBox(QWidget* central); // in ComposerWindowAttachments.cpp
    QTextEdit* buildBody(QWidget* central);
    QHBoxLayout* buildSendRow(QWidget* central);
    void setTabOrders();
    void buildActions();
    void buildMessageActions();
    void buildFormatActions();
    QAction* makeFormatAction(const char* icon, const QString& text, const QKeySequence& key,
                              const std::function<void(QTextCharFormat&, bool)>& apply);
    void buildMenus();
    void buildToolBar();

    // Spell checking (ComposerWindowSpelling.cpp).
    void buildSpellingActions();
    void updateSpellingMenu();
    void chooseSpellLanguage(const QString& code);
    void setSpellChecking(bool on);
    void showBodyContextMenu(const QPoint& position); // the body's own menu, the word's suggestions first
    void addSpellingEntries(QMenu* menu, const QPoint& position);

    // The checks before sending: false (and the reason shown) when the message stays open.
    bool checkAddresses();
    bool checkRecipients(const ComposedMessage& composed);
    bool checkAttachments(const ComposedMessage& composed);
    bool confirmSize(const ComposedMessage& composed); // asks when it is over the server's SIZE

    void updateTitle();
    void updateSender();
    void updateAddressErrors();
    void showStatus(const QString& text, bool error = false);

    // The attachments (ComposerWindowAttachments.cpp).
    void removeSelectedAttachments();
    void refreshAttachmentList();
    [[nodiscard]] static QStringList localFiles(const QMimeData* mime);

    QPointer<DraftStore> m_drafts; // not owned; may go away first
    QString m_draftId;
    ComposedMessage m_lastSaved;
    bool m_finished = false; // sent or discarded: nothing more is saved
    qint64 m_sizeLimit = 0;
    QString m_senderAccount; // as last announced by senderChanged()
    // The From identity's signature: "\n\n-- \n" and its text at the end of the body, swapped for the next
    // identity's when the From changes, as long as it is still there unchanged.
    void applySignature();
    [[nodiscard]] QString signatureFor(const QString& from) const;
    [[nodiscard]] static QString signatureBlock(const QString& signature);
    [[nodiscard]] bool bodyEndsWith(const QString& block) const;
    QString m_signatureBlock; // what applySignature() put at the end of the body, or empty
    QString m_senderAddress; // as last announced by senderAddressChanged()
    QList<SenderIdentity> m_identities;
    QStringList m_attachments;

    QComboBox* m_from = nullptr;
    RecipientEdit* m_to = nullptr;
    RecipientEdit* m_cc = nullptr;
    RecipientEdit* m_bcc = nullptr;
    QLineEdit* m_subject = nullptr;
    QLabel* m_addressError = nullptr;
    QWidget* m_senderWarning = nullptr;
    QLabel* m_senderWarningText = nullptr;
    QPushButton* m_checkDomainButton = nullptr;
    QListWidget* m_attachmentList = nullptr;
    QPushButton* m_removeAttachment = nullptr;
    QWidget* m_attachmentBox = nullptr;
    QTextEdit* m_body = nullptr;
    QPushButton* m_sendButton = nullptr;
    QAction* m_sendAction = nullptr;
    QAction* m_sendLaterAction = nullptr;
    QDateTime m_sendAt; // Send Later's time for the message being sent, or invalid
    QAction* m_attachAction = nullptr;
    QAction* m_saveDraftAction = nullptr;
    QAction* m_discardAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_richTextAction = nullptr;
    QAction* m_boldAction = nullptr;
    QAction* m_italicAction = nullptr;
    QAction* m_underlineAction = nullptr;
    QPointer<Spelling> m_spelling;
    SpellChecker* m_spellChecker = nullptr;
    SpellHighlighter* m_highlighter = nullptr;
    QMenu* m_spellingMenu = nullptr;
    QAction* m_checkSpellingAction = nullptr;
    QActionGroup* m_spellLanguages = nullptr;
    QTimer* m_autosave = nullptr;
    // Every draft write and removal (each fsyncs) runs on this pool's one thread, in the order asked:
    // an older save never lands after a newer one, nor after Send or Discard removed the draft. The
    // GUI thread never waits for it, except in the destructor.
    int m_pendingWrites = 0; // asked of the draft store, not yet reported back
    bool m_closing = false; // hidden by a close, waiting for m_pendingWrites to reach 0
    bool m_closeUnsaved = false; // the user chose to close without the draft that could not be written
};

} // namespace Postino
