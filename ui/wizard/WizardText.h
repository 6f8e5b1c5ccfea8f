#pragma once

#include "smtp/SmtpTypes.h"

#include <QString>

class QLabel;
class QWidget;

namespace Postino {

// Words and small widgets the wizard's pages share (in the AccountWizard translation context).
// "SSL/TLS", "STARTTLS", "None (unencrypted)".
[[nodiscard]] QString wizardSecurityText(Security security);
// A word-wrapped label of explanatory text.
[[nodiscard]] QLabel* wizardIntro(const QString& text, QWidget* parent);

} // namespace Postino
