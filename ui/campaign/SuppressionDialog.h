#pragma once

#include "campaign/SuppressionList.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Postino {

class CampaignJobs;

// The suppression list every campaign honours: its addresses with when and how each was added; Add…,
// Remove and Import CSV…. Each change is made on the campaign worker (the list's file is changed under
// its lock, durably), then the list is shown again as the file has it.
class SuppressionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SuppressionDialog(CampaignJobs* jobs, QWidget* parent = nullptr);
    ~SuppressionDialog() override;

    [[nodiscard]] QStringList emails() const; // as shown

public slots:
    void reload();
    void addAddresses(); // asks for them (Prompt): one or more, separated by spaces, commas or semicolons
    void removeSelected();
    void importCsv(); // a file dialog (Prompt)

signals:
    void reloaded();
    void changed(const QString& summary);

private:
    using Edit = std::function<Result<SuppressionList::Change>(SuppressionList& list)>;
    void apply(const Edit& edit);
    void showEntries(const QList<SuppressedAddress>& entries);
    void updateButtons();

    CampaignJobs* m_jobs;
    QTreeWidget* m_list;
    QLabel* m_status;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_import;
    bool m_busy = false;
};

} // namespace Postino
