#pragma once

#include <QString>

namespace Postino {

// Which of a name's TXT records is the one record of a kind (SPF: "v=spf1", RFC 7208 §4.5; DMARC:
// "v=DMARC1", RFC 7489 §6.6.3): none, exactly one, or more than one (an error for both).
struct RecordSelection
{
    enum class Outcome { None, One, Many };
    Outcome outcome = Outcome::None;
    QString record; // Outcome::One: the record, its character-strings joined with nothing between
    int count = 0; // how many records are of the kind
};

} // namespace Postino
