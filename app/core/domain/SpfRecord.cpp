#include "SpfRecord.h"

#include <QRegularExpression>

namespace Postino {

namespace {

bool isAllDigits(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return true;
}

bool isModifierName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*$"));
    return re.match(name).hasMatch();
}

// RFC 7208 §12 qnum: 0-255 without leading zeros.
bool isStrictIp4(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString& part : parts) {
        if (!isAllDigits(part) || part.size() > 3 || (part.size() > 1 && part.startsWith(QLatin1Char('0')))
            || part.toInt() > 255)
            return false;
    }
    return true;
}

} // namespace

QString SpfSyntaxError::describe() const
{
    return SpfRecord::tr("“%1” (character %2): %3").arg(term).arg(position + 1).arg(message);
}

bool SpfTerm::causesDnsLookup() const
{
    if (kind == Kind::Modifier)
        return name == QLatin1String("redirect");
    switch (mechanism) {
    case Mechanism::Include:
    case Mechanism::A:
    case Mechanism::Mx:
    case Mechanism::Ptr:
    case Mechanism::Exists:
        return true;
    case Mechanism::All:
    case Mechanism::Ip4:
    case Mechanism::Ip6:
        return false;
    }
    return false;
}

QString SpfTerm::mechanismName(Mechanism mechanism)
{
    switch (mechanism) {
    case Mechanism::All:
        return QStringLiteral("all");
    case Mechanism::Include:
        return QStringLiteral("include");
    case Mechanism::A:
        return QStringLiteral("a");
    case Mechanism::Mx:
        return QStringLiteral("mx");
    case Mechanism::Ptr:
        return QStringLiteral("ptr");
    case Mechanism::Ip4:
        return QStringLiteral("ip4");
    case Mechanism::Ip6:
        return QStringLiteral("ip6");
    case Mechanism::Exists:
        return QStringLiteral("exists");
    }
    return {};
}

bool SpfRecord::isSpfRecord(const QString& text)
{
    if (!text.startsWith(QLatin1String("v=spf1"), Qt::CaseInsensitive))
        return false;
    return text.size() == 6 || text.at(6) == QLatin1Char(' ');
}

RecordSelection SpfRecord::select(const QList<QStringList>& txtRecords)
{
    RecordSelection selection;
    for (const QStringList& strings : txtRecords) {
        const QString joined = strings.join(QString());
        if (!isSpfRecord(joined))
            continue;
        ++selection.count;
        if (selection.count == 1)
            selection.record = joined;
    }
    if (selection.count == 0)
        selection.outcome = RecordSelection::Outcome::None;
    else if (selection.count == 1)
        selection.outcome = RecordSelection::Outcome::One;
    else {
        selection.outcome = RecordSelection::Outcome::Many;
        selection.record.clear();
    }
    return selection;
}

SpfRecord SpfRecord::parse(const QString& text)
{
    SpfRecord record;
    record.m_text = text;
    for (int i = 0; i < text.size(); ++i) {
        const ushort u = text.at(i).unicode();
        if (u < 0x20 || u > 0x7e) {
            record.addError(text, i,
                            tr("the record contains a character that is not printable ASCII (code %1); an SPF record "
                               "is plain ASCII")
                                .arg(u));
            return record;
        }
    }
    if (!isSpfRecord(text)) {
        record.addError(text.section(QLatin1Char(' '), 0, 0), 0, tr("an SPF record starts with “v=spf1” and a space"));
        return record;
    }
    int i = 6;
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char(' ')) {
            ++i;
            continue;
        }
        int end = text.indexOf(QLatin1Char(' '), i);
        if (end < 0)
            end = text.size();
        record.parseTerm(text.mid(i, end - i), i);
        i = end;
    }
    return record;
}

void SpfRecord::addError(const QString& term, int position, QString message)
{
    m_errors.append(SpfSyntaxError {term, position, std::move(message)});
}

void SpfRecord::parseTerm(const QString& term, int position)
{
    SpfTerm t;
    t.text = term;
    t.position = position;

    // A modifier: name "=" macro-string, where the "=" comes before any ":" or "/".
    const int eq = term.indexOf(QLatin1Char('='));
    const int colon = term.indexOf(QLatin1Char(':'));
    const int slash = term.indexOf(QLatin1Char('/'));
    const bool equalsFirst = eq > 0 && (colon < 0 || eq < colon) && (slash < 0 || eq < slash);
    if (equalsFirst) {
        const QString name = term.left(eq);
        if (QStringLiteral("+-~?").contains(name.at(0)) && isModifierName(name.mid(1))) {
            addError(term, position, tr("a modifier (name=value) cannot have a qualifier (+ - ~ ?)"));
            return;
        }
        if (!isModifierName(name)) {
            addError(term, position,
                     tr("“%1” is not a modifier name: it must start with a letter, then letters, digits, “-”, “_” "
                        "or “.”")
                         .arg(name));
            return;
        }
        t.kind = SpfTerm::Kind::Modifier;
        t.name = name.toLower();
        const QString value = term.mid(eq + 1);
        std::optional<SpfMacroError> error;
        t.value = SpfMacroString::parse(value, SpfMacroString::Use::DomainSpec, &error);
        if (error) {
            addError(term, position + eq + 1 + error->offset, error->message);
            return;
        }
        if (t.name == QLatin1String("redirect") || t.name == QLatin1String("exp")) {
            if (value.isEmpty()) {
                addError(term, position, tr("“%1=” needs a domain").arg(t.name));
                return;
            }
            if (!t.value.hasDomainEnd()) {
                addError(term, position + eq + 1,
                         tr("“%1” is not a domain: it must end in a dot and a top-level name (such as “.com”) or in "
                            "a macro")
                             .arg(value));
                return;
            }
            for (const SpfTerm& other : std::as_const(m_terms)) {
                if (other.kind == SpfTerm::Kind::Modifier && other.name == t.name) {
                    addError(term, position,
                             tr("“%1=” appears more than once; a record may have only one").arg(t.name));
                    return;
                }
            }
        }
        m_terms.append(t);
        return;
    }

    int at = 0;
    const QChar first = term.at(0);
    if (QStringLiteral("+-~?").contains(first)) {
        t.explicitQualifier = true;
        t.qualifier = first == QLatin1Char('+') ? SpfTerm::Qualifier::Pass
            : first == QLatin1Char('-')         ? SpfTerm::Qualifier::Fail
            : first == QLatin1Char('~')         ? SpfTerm::Qualifier::SoftFail
                                                : SpfTerm::Qualifier::Neutral;
        at = 1;
    }
    int nameEnd = at;
    while (nameEnd < term.size() && term.at(nameEnd) != QLatin1Char(':') && term.at(nameEnd) != QLatin1Char('/'))
        ++nameEnd;
    const QString name = term.mid(at, nameEnd - at).toLower();
    QString rest = term.mid(nameEnd);
    const int restPos = position + nameEnd;
    static const QStringList names = {QStringLiteral("all"), QStringLiteral("include"), QStringLiteral("a"),
                                      QStringLiteral("mx"),  QStringLiteral("ptr"),     QStringLiteral("ip4"),
                                      QStringLiteral("ip6"), QStringLiteral("exists")};
    const int index = names.indexOf(name);
    if (index < 0) {
        if (name.isEmpty())
            addError(term, position, tr("a qualifier must be followed by a mechanism"));
        else
            addError(term, position + at,
                     tr("“%1” is not a mechanism: use all, include, a, mx, ptr, ip4, ip6 or exists").arg(name));
        return;
    }
    t.mechanism = static_cast<SpfTerm::Mechanism>(index);

    auto parseDomainSpec = [&](const QString& spec, int specPos) {
        if (spec.isEmpty()) {
            addError(term, specPos, tr("“%1:” needs a domain after the colon").arg(name));
            return false;
        }
        std::optional<SpfMacroError> error;
        t.domainSpec = SpfMacroString::parse(spec, SpfMacroString::Use::DomainSpec, &error);
        if (error) {
            addError(term, specPos + error->offset, error->message);
            return false;
        }
        if (!t.domainSpec.hasDomainEnd()) {
            addError(term, specPos,
                     tr("“%1” is not a domain: it must end in a dot and a top-level name (such as “.com”) or in a "
                        "macro")
                         .arg(spec));
            return false;
        }
        return true;
    };
    auto parsePrefix = [&](const QString& digits, int digitsPos, int max) {
        if (digits.size() > 1 && digits.startsWith(QLatin1Char('0'))) {
            addError(term, digitsPos, tr("the prefix length “/%1” has a leading zero").arg(digits));
            return -1;
        }
        const int value = digits.size() > 3 ? max + 1 : digits.toInt();
        if (value > max) {
            addError(term, digitsPos, tr("the prefix length /%1 is larger than %2").arg(digits).arg(max));
            return -1;
        }
        return value;
    };

    switch (t.mechanism) {
    case SpfTerm::Mechanism::All:
        if (!rest.isEmpty()) {
            addError(term, restPos, tr("“all” takes nothing after it"));
            return;
        }
        break;
    case SpfTerm::Mechanism::Include:
    case SpfTerm::Mechanism::Exists:
        if (!rest.startsWith(QLatin1Char(':'))) {
            addError(term, restPos, tr("“%1” needs a colon and a domain, as in “%1:example.com”").arg(name));
            return;
        }
        if (!parseDomainSpec(rest.mid(1), restPos + 1))
            return;
        break;
    case SpfTerm::Mechanism::Ptr:
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':'))) {
                addError(term, restPos, tr("“ptr” takes no prefix length; only “ptr” or “ptr:domain”"));
                return;
            }
            if (!parseDomainSpec(rest.mid(1), restPos + 1))
                return;
        }
        break;
    case SpfTerm::Mechanism::A:
    case SpfTerm::Mechanism::Mx: {
        // dual-cidr-length: [ "/" ip4 ] [ "//" ip6 ], read from the end (a macro-string may hold a "/").
        const int dbl = rest.lastIndexOf(QLatin1String("//"));
        if (dbl >= 0 && isAllDigits(rest.mid(dbl + 2))) {
            t.ip6Prefix = parsePrefix(rest.mid(dbl + 2), restPos + dbl + 2, 128);
            if (t.ip6Prefix < 0)
                return;
            rest = rest.left(dbl);
        }
        const int single = rest.lastIndexOf(QLatin1Char('/'));
        if (single >= 0 && isAllDigits(rest.mid(single + 1))) {
            t.ip4Prefix = parsePrefix(rest.mid(single + 1), restPos + single + 1, 32);
            if (t.ip4Prefix < 0)
                return;
            rest = rest.left(single);
        }
        if (rest.isEmpty())
            break;
        if (!rest.startsWith(QLatin1Char(':'))) {
            addError(term, restPos, tr("after “%1” comes “:domain”, “/prefix” or “//prefix”").arg(name));
            return;
        }
        if (!parseDomainSpec(rest.mid(1), restPos + 1))
            return;
        break;
    }
    case SpfTerm::Mechanism::Ip4:
    case SpfTerm::Mechanism::Ip6: {
        const bool v6 = t.mechanism == SpfTerm::Mechanism::Ip6;
        if (!rest.startsWith(QLatin1Char(':'))) {
            addError(term, restPos,
                     v6 ? tr("“ip6” needs a colon and an address, as in “ip6:2001:db8::/32”")
                        : tr("“ip4” needs a colon and an address, as in “ip4:192.0.2.0/24”"));
            return;
        }
        QString address = rest.mid(1);
        const int slashAt = address.lastIndexOf(QLatin1Char('/'));
        if (slashAt >= 0) {
            const QString digits = address.mid(slashAt + 1);
            if (!isAllDigits(digits)) {
                addError(term, restPos + 2 + slashAt, tr("the prefix length “/%1” is not a number").arg(digits));
                return;
            }
            const int prefix = parsePrefix(digits, restPos + 2 + slashAt, v6 ? 128 : 32);
            if (prefix < 0)
                return;
            (v6 ? t.ip6Prefix : t.ip4Prefix) = prefix;
            address = address.left(slashAt);
        }
        if (v6) {
            QHostAddress parsed;
            if (address.contains(QLatin1Char('%')) || !parsed.setAddress(address)
                || parsed.protocol() != QAbstractSocket::IPv6Protocol) {
                addError(term, restPos + 1, tr("“%1” is not an IPv6 address").arg(address));
                return;
            }
            t.network = parsed;
        } else {
            if (!isStrictIp4(address)) {
                addError(term, restPos + 1,
                         tr("“%1” is not an IPv4 address (four numbers 0-255 without leading zeros)").arg(address));
                return;
            }
            t.network = QHostAddress(address);
        }
        break;
    }
    }
    m_terms.append(t);
}

QList<SpfTerm> SpfRecord::mechanisms() const
{
    QList<SpfTerm> out;
    for (const SpfTerm& t : m_terms) {
        if (t.kind == SpfTerm::Kind::Mechanism)
            out.append(t);
    }
    return out;
}

std::optional<SpfTerm> SpfRecord::redirect() const
{
    for (const SpfTerm& t : m_terms) {
        if (t.kind == SpfTerm::Kind::Modifier && t.name == QLatin1String("redirect"))
            return t;
    }
    return std::nullopt;
}

std::optional<SpfTerm> SpfRecord::explanation() const
{
    for (const SpfTerm& t : m_terms) {
        if (t.kind == SpfTerm::Kind::Modifier && t.name == QLatin1String("exp"))
            return t;
    }
    return std::nullopt;
}

std::optional<SpfTerm> SpfRecord::allMechanism() const
{
    for (const SpfTerm& t : m_terms) {
        if (t.kind == SpfTerm::Kind::Mechanism && t.mechanism == SpfTerm::Mechanism::All)
            return t;
    }
    return std::nullopt;
}

} // namespace Postino
