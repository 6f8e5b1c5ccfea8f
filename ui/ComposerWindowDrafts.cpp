// ComposerWindow: the draft. Loaded or adopted, saved every few seconds and on close (on the draft store's
// worker, in the order asked), removed by Send or Discard; a close waits, hidden, until it is on disk.
#include "ComposerWindow.h"

#include "MessageBox.h"
#include "drafts/DraftStore.h"

#include <QCloseEvent>
#include <QLocale>
#include <QTime>
#include <QTimer>

namespace Postino {

Status ComposerWindow::loadDraft(const QString& id)
{
    if (!m_drafts)
        return Error(ErrorKind::Internal, tr("Drafts are not available in this window."));
    Result<ComposedMessage> draft = m_drafts->load(id);
    if (!draft)
        return draft.error();
    m_draftId = id;
    setMessage(draft.value());
    m_lastSaved = message();
    return {};
}

void ComposerWindow::adoptDraft(const QString& id, const ComposedMessage& saved)
{
    m_draftId = id;
    setMessage(saved);
    m_lastSaved = message();
}

void ComposerWindow::autosave()
{
    if (m_pendingWrites > 0)
        return; // the disk is slow: one periodic save at a time
    writeDraft();
}

bool ComposerWindow::writeDraft(const std::function<void(const Status&)>& then)
{
    if (!m_drafts || m_finished)
        return false;
    const ComposedMessage current = message();
    ComposedMessage typed = current;
    if (!m_signatureBlock.isEmpty() && typed.plainText.endsWith(m_signatureBlock))
        typed.plainText.chop(m_signatureBlock.size()); // the signature alone is not worth a draft
    if (m_draftId.isEmpty() && typed.isEmpty())
        return false; // nothing typed yet: no draft
    if (!m_draftId.isEmpty() && current == m_lastSaved)
        return false;
    if (m_draftId.isEmpty())
        m_draftId = DraftStore::newId();
    ++m_pendingWrites;
    const QString id = m_draftId;
    m_drafts->saveAsync(id, current, this, [this, id, current, then](const Status& saved) {
        --m_pendingWrites;
        if (!m_finished) {
            if (saved) {
                m_lastSaved = current; // writes finish in the order they were asked for
                showStatus(
                    tr("Draft saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
                emit draftSaved(id);
            } else {
                showStatus(saved.error().message(), true);
            }
        }
        if (then)
            then(saved);
        writeFinished();
    });
    return true;
}

void ComposerWindow::removeDraft()
{
    if (!m_drafts || m_draftId.isEmpty())
        return;
    ++m_pendingWrites;
    m_drafts->removeAsync(m_draftId, this, [this](const Status&) {
        --m_pendingWrites;
        writeFinished();
    });
}

void ComposerWindow::writeFinished()
{
    if (m_closing && m_pendingWrites == 0) {
        m_closing = false;
        close(); // everything is on disk now
    }
}

void ComposerWindow::saveDraft()
{
    if (!writeDraft() && !m_finished)
        showStatus(tr("Draft saved."));
}

void ComposerWindow::discard()
{
    m_finished = true;
    m_autosave->stop();
    removeDraft(); // after any save still under way: the store writes one thing at a time, in order
    close();
}

void ComposerWindow::closeEvent(QCloseEvent* event)
{
    if (!m_finished && !m_closeUnsaved) {
        writeDraft([this](const Status& saved) {
            if (!saved)
                comeBackUnsaved(saved.error());
        });
    }
    if (m_pendingWrites > 0) {
        // The window goes at once and closes for good once its draft is on disk (or comes back).
        event->ignore();
        m_autosave->stop();
        m_closing = true;
        hide();
        return;
    }
    m_autosave->stop();
    m_closeUnsaved = false;
    QMainWindow::closeEvent(event);
}

void ComposerWindow::comeBackUnsaved(const Error& error)
{
    // The draft could not be written: the window comes back rather than lose the text silently.
    m_closing = false;
    show();
    raise();
    activateWindow();
    m_autosave->start();
    const QMessageBox::StandardButton answer = MessageBox::ask(
        this, QMessageBox::Warning, tr("Draft Not Saved"),
        tr("The draft could not be saved, so closing now would lose what you wrote.\n\n%1").arg(error.message()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard) {
        m_closeUnsaved = true;
        close();
    } else {
        emit closeCancelled();
    }
}

} // namespace Postino
