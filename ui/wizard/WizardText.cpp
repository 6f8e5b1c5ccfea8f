#include "WizardText.h"

#include "wizard/AccountWizard.h"

#include <QLabel>

namespace Postino {

QString wizardSecurityText(Security security)
{
    switch (security) {
    case Security::Tls:
        return AccountWizard::tr("SSL/TLS");
    case Security::StartTls:
        return AccountWizard::tr("STARTTLS");
    case Security::None:
        return AccountWizard::tr("None (unencrypted)");
    }
    return {};
}

QLabel* wizardIntro(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace Postino
