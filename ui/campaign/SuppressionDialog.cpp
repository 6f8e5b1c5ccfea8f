#include "SuppressionDialog.h"

#include "CampaignJobs.h"
#include "CampaignText.h"
#include "Prompt.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Postino {

namespace {

struct Loaded
{
    QString error;
    QList<SuppressedAddress> entries;
};

struct Changed
{
    QString summary; // or the error
    bool ok = false;
    Loaded after;
};

Loaded loadEntries(SuppressionList& list)
{
    Loaded out;
    if (Status loaded = list.load(); !loaded)
        out.error = loaded.error().message();
    else
        out.entries = list.entries();
    return out;
}

} // namespace

SuppressionDialog::SuppressionDialog(CampaignJobs* jobs, QWidget* parent)
    : QDialog(parent)
    , m_jobs(jobs)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_import(new QPushButton(tr("&Import CSV…"), this))
{
    setObjectName(QStringLiteral("suppressionDialog"));
    setWindowTitle(tr("Suppression List"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("No campaign sends to these addresses: people who unsubscribed or asked not to get "
                                "mail, and addresses that bounce. Messages already waiting for them are dropped."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setObjectName(QStringLiteral("suppressionList"));
    m_list->setAccessibleName(tr("Suppressed addresses"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Address"), tr("Added"), tr("Source")});
    m_list->header()->resizeSection(0, 260);
    m_list->header()->resizeSection(1, 140);
    layout->addWidget(m_list, 1);
    m_status->setObjectName(QStringLiteral("suppressionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("suppressionAddButton"));
    m_remove->setObjectName(QStringLiteral("suppressionRemoveButton"));
    m_import->setObjectName(QStringLiteral("suppressionImportButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    auto* closeBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    closeBox->setObjectName(QStringLiteral("suppressionCloseButtons"));
    buttons->addWidget(closeBox);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &SuppressionDialog::addAddresses);
    connect(m_remove, &QPushButton::clicked, this, &SuppressionDialog::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &SuppressionDialog::importCsv);
    connect(closeBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SuppressionDialog::updateButtons);
    resize(620, 460);
    reload();
}

SuppressionDialog::~SuppressionDialog() = default;

QStringList SuppressionDialog::emails() const
{
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out << m_list->topLevelItem(i)->text(0);
    return out;
}

void SuppressionDialog::reload()
{
    m_busy = true;
    updateButtons();
    m_jobs->run([](CampaignService& service) { return loadEntries(service.suppression()); }, this,
                [this](const Loaded& loaded) {
                    m_busy = false;
                    if (!loaded.error.isEmpty())
                        m_status->setText(loaded.error);
                    else
                        showEntries(loaded.entries);
                    updateButtons();
                    emit reloaded();
                });
}

void SuppressionDialog::showEntries(const QList<SuppressedAddress>& entries)
{
    m_list->clear();
    for (const SuppressedAddress& entry : entries)
        new QTreeWidgetItem(m_list, {entry.email, CampaignText::when(entry.added), entry.source});
    m_status->setText(entries.isEmpty() ? tr("The suppression list is empty.")
                                        : tr("%n address(es) on the list.", nullptr, static_cast<int>(entries.size())));
}

void SuppressionDialog::updateButtons()
{
    m_add->setEnabled(!m_busy);
    m_import->setEnabled(!m_busy);
    m_remove->setEnabled(!m_busy && !m_list->selectedItems().isEmpty());
}

void SuppressionDialog::apply(const Edit& edit)
{
    m_busy = true;
    updateButtons();
    m_jobs->run(
        [edit](CampaignService& service) {
            Changed out;
            SuppressionList& list = service.suppression();
            Result<SuppressionList::Change> change = edit(list);
            if (!change) {
                out.summary = change.error().message();
            } else {
                const SuppressionList::Change& c = change.value();
                QStringList parts;
                if (c.added > 0)
                    parts << tr("%n added", nullptr, c.added);
                if (c.alreadyThere > 0)
                    parts << tr("%n already there", nullptr, c.alreadyThere);
                if (c.removed > 0)
                    parts << tr("%n removed", nullptr, c.removed);
                if (c.notThere > 0)
                    parts << tr("%n not on the list", nullptr, c.notThere);
                if (!c.skipped.isEmpty())
                    parts << tr("%n row(s) skipped (the first: line %1, %2)", nullptr,
                                static_cast<int>(c.skipped.size()))
                                 .arg(c.skipped.first().line)
                                 .arg(c.skipped.first().detail);
                out.summary = parts.join(QStringLiteral("; "));
                out.ok = true;
            }
            out.after = loadEntries(list);
            return out;
        },
        this,
        [this](const Changed& changed) {
            m_busy = false;
            if (changed.after.error.isEmpty())
                showEntries(changed.after.entries);
            m_status->setText(changed.ok ? tr("Done: %1.").arg(changed.summary) : changed.summary);
            updateButtons();
            emit this->changed(changed.summary);
        });
}

void SuppressionDialog::addAddresses()
{
    const QString typed = Prompt::text(this, tr("Add to the Suppression List"),
                                       tr("Addresses (separated by spaces, commas or semicolons):"));
    const QStringList emails = typed.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    if (emails.isEmpty())
        return;
    apply([emails](SuppressionList& list) {
        return list.add(emails, QStringLiteral("manual"), QDateTime::currentDateTimeUtc());
    });
}

void SuppressionDialog::removeSelected()
{
    QStringList emails;
    for (const QTreeWidgetItem* item : m_list->selectedItems())
        emails << item->text(0);
    if (emails.isEmpty())
        return;
    apply([emails](SuppressionList& list) { return list.remove(emails); });
}

void SuppressionDialog::importCsv()
{
    const QString path = Prompt::openFile(this, tr("Import Addresses into the Suppression List"),
                                          tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    apply([path](SuppressionList& list) { return list.importCsv(path, QDateTime::currentDateTimeUtc()); });
}

} // namespace Postino
