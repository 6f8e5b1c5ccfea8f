#pragma once

#include "smtp/SmtpTypes.h"

#include <QByteArray>
#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace Postino {

class AccountWizard;

// A certificate that did not verify: what is wrong, its details and fingerprint, and the explicit choice to
// trust exactly that certificate for that server (the account's pinned fingerprint). Complete once the
// choice is ticked; from the search it leads on to the settings, from the settings back to them for a check.
class CertificatePage : public QWizardPage
{
public:
    explicit CertificatePage(AccountWizard* wizard);

    // Shows certificate's problem; the page is pending (the next page to go to) when it has a fingerprint.
    void showProblem(const CertificateInfo& certificate, const QStringList& problems, const QString& host,
                     quint16 port);
    [[nodiscard]] bool isPending() const { return m_pending; }
    void clearPending() { m_pending = false; }

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;
    void initializePage() override;
    bool validatePage() override;

private:
    AccountWizard* m_wizard;
    QByteArray m_pendingPin; // fingerprint of the certificate shown
    bool m_pending = false;
    QLabel* m_problem;
    QLabel* m_details;
    QLabel* m_fingerprint;
    QCheckBox* m_trust;
};

} // namespace Postino
