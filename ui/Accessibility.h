#pragma once

class QWidget;

namespace Postino {

// What the accessibility tree says of Postino's widgets, where Qt's own answer is not enough.
//
// On Linux, Qt names a combo box by its current value and leaves its label to an AT-SPI relation, so a
// screen reader's list of inputs says "STARTTLS" where it should say "Security". Postino's combo boxes
// all carry an accessibleName; installAccessibility() makes that their name (the value stays the value,
// the list of choices stays a child). Qt caches a widget's interface when the widget is made, so this must
// run after the QApplication exists and before the first combo box: main() calls it, and so does each
// top-level window before it makes its widgets (idempotent).
void installAccessibility();

} // namespace Postino
