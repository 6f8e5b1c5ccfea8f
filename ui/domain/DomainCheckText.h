#pragma once

#include "domain/DomainCheck.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace Postino {

// The words the Domain health page says about a check: its name, the question a person would ask ("What
// is SPF?") and the answer in plain words, and each status as a word and an icon. Ids the page does not
// know (checks added to the core later) get a generic name and explanation, never nothing.
class DomainCheckText
{
    Q_DECLARE_TR_FUNCTIONS(Postino::DomainCheckText)
public:
    // "SPF", "Reverse DNS"; for an unknown id the id itself.
    [[nodiscard]] static QString title(const QString& id);
    // "What is SPF?"; for an unknown id "What does this check mean?".
    [[nodiscard]] static QString question(const QString& id);
    // A few sentences a person without DNS knowledge understands.
    [[nodiscard]] static QString explanation(const QString& id);
    [[nodiscard]] static bool isKnown(const QString& id);

    // "Pass", "Warning", "Fail", "Info": shown beside the icon, so that colour never speaks alone.
    [[nodiscard]] static QString statusWord(DomainCheckResult::Status status);
    [[nodiscard]] static QString pendingWord(); // "Checking…"
    // A traffic light: a filled circle in the status's colour with its own sign (✓ ! ✕ i), or a grey one
    // for a check still under way.
    [[nodiscard]] static QIcon statusIcon(DomainCheckResult::Status status, int size = 22);
    [[nodiscard]] static QIcon pendingIcon(int size = 22);
    // The page's own icon in the sidebar: a traffic light.
    [[nodiscard]] static QIcon pageIcon(int size = 20);
};

} // namespace Postino
