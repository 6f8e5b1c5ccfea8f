#include "CertificatePage.h"
#include "Fingerprint.h"

#include "wizard/AccountWizard.h"
#include "wizard/WizardText.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Postino {

CertificatePage::CertificatePage(AccountWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_problem(new QLabel(this))
    , m_details(new QLabel(this))
    , m_fingerprint(new QLabel(this))
    , m_trust(new QCheckBox(this))
{
    setObjectName(QStringLiteral("certificatePage"));
    setTitle(AccountWizard::tr("The Server's Certificate Is Not Trusted"));
    setSubTitle(AccountWizard::tr("Someone may be pretending to be your server, or the server is set up wrongly."));
    m_problem->setObjectName(QStringLiteral("certificateProblem"));
    m_problem->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("certificateDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fingerprint->setObjectName(QStringLiteral("certificateFingerprint"));
    m_fingerprint->setAccessibleName(AccountWizard::tr("SHA-256 fingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fingerprint->setFocusPolicy(Qt::StrongFocus);
    m_fingerprint->setFont(QFont(QStringLiteral("monospace")));
    m_fingerprint->setFrameShape(QFrame::StyledPanel);
    m_fingerprint->setMargin(4);
    m_trust->setObjectName(QStringLiteral("trustCertificateCheck"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_details);
    auto* fpLabel =
        new QLabel(AccountWizard::tr("SHA-256 &fingerprint (compare it with the one your provider publishes):"), this);
    fpLabel->setBuddy(m_fingerprint);
    layout->addWidget(fpLabel);
    layout->addWidget(m_fingerprint);
    layout->addSpacing(8);
    layout->addWidget(m_trust);
    layout->addWidget(wizardIntro(AccountWizard::tr("Only this exact certificate is trusted, only for this server. If "
                                                    "the server's certificate changes, Postino stops and asks again."),
                                  this));
    layout->addStretch(1);
    connect(m_trust, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    setButtonText(QWizard::NextButton, AccountWizard::tr("Trust and &Continue"));
    setButtonText(QWizard::FinishButton, AccountWizard::tr("Trust and &Continue"));
}

void CertificatePage::showProblem(const CertificateInfo& certificate, const QStringList& problems, const QString& host,
                                  quint16 port)
{
    m_pendingPin = certificate.sha256;
    m_pending = !certificate.sha256.isEmpty();
    m_problem->setText(problems.isEmpty() ? AccountWizard::tr("The certificate of %1 could not be verified.").arg(host)
                                          : AccountWizard::tr("What is wrong: %1").arg(problems.join(u"; ")));
    const QLocale locale;
    // A certificate without subject alternative names says so in words rather than with an empty line: no
    // client today takes the subject's CN alone, so this is often the very problem.
    const QString names = certificate.subjectAltNames.isEmpty()
        ? AccountWizard::tr("Names: none (the certificate lists no host name)")
        : AccountWizard::tr("Names: %1").arg(certificate.subjectAltNames.join(u", "));
    m_details->setText(AccountWizard::tr("Issued to: %1\nIssued by: %2\nValid from %3 to %4")
                           .arg(certificate.subject, certificate.issuer,
                                locale.toString(certificate.notBefore.toLocalTime(), QLocale::ShortFormat),
                                locale.toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat))
                       + u'\n' + names);
    // Two lines of 16 bytes, easy to compare with what the provider publishes.
    const QString fingerprint = fingerprintText(certificate.sha256);
    m_fingerprint->setText(fingerprint.left(47) + u'\n' + fingerprint.mid(48));
    m_trust->setText(AccountWizard::tr("Trust exactly this certificate for %1, port %2").arg(host).arg(port));
    m_trust->setAccessibleName(m_trust->text());
}

bool CertificatePage::isComplete() const
{
    return m_trust->isChecked();
}

int CertificatePage::nextId() const
{
    return m_wizard->visitedIds().contains(AccountWizard::SettingsPageId) ? -1 : AccountWizard::SettingsPageId;
}

void CertificatePage::initializePage()
{
    m_trust->setChecked(false);
}

bool CertificatePage::validatePage()
{
    m_wizard->trustCertificate(m_pendingPin);
    m_pending = false;
    if (m_wizard->visitedIds().contains(AccountWizard::SettingsPageId)) {
        // Back to the settings page, which checks again with the fingerprint.
        QMetaObject::invokeMethod(m_wizard, &QWizard::back, Qt::QueuedConnection);
        QMetaObject::invokeMethod(m_wizard, &AccountWizard::checkSettings, Qt::QueuedConnection);
        return false;
    }
    return true;
}

} // namespace Postino
