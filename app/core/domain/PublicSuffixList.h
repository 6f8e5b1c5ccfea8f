#pragma once

#include <QSet>
#include <QString>

namespace Postino {

// Public suffixes and organisational domains (RFC 7489 §3.2), by the Public Suffix List's algorithm
// (publicsuffix.org/list: the longest matching rule wins, "*." wildcards, "!" exceptions first, "*" when
// nothing matches). Both the ICANN and the PRIVATE sections are used, so foo.github.io and
// bar.github.io are different organisations.
//
// system() reads Debian's list (/usr/share/publicsuffix/public_suffix_list.dat, package publicsuffix)
// once, at first use; without it, a small built-in list: every single-label TLD, the common two-level
// suffixes (co.uk, com.br, com.au, co.jp, ...) and none of the wildcards, exceptions or private
// suffixes, so there blogspot.com and the like are one organisation with all their users. Nothing is
// downloaded.
//
// Not covered either way: DMARCbis's DNS tree walk for the organisational domain (the psd= tag), which
// replaces the list in the successor of RFC 7489; names are compared as A-labels (input in Unicode is
// converted with IDNA), and the list's own age is whatever the installed package has.
class PublicSuffixList
{
public:
    static const PublicSuffixList& system();
    static PublicSuffixList fromFile(const QString& path); // empty (isEmpty()) when unreadable
    static PublicSuffixList builtIn();
    static QString defaultPath();

    [[nodiscard]] bool isEmpty() const { return m_rules.isEmpty(); }
    [[nodiscard]] const QString& source() const { return m_source; } // the file, or "built-in"

    // The public suffix of a name: "co.uk" for www.example.co.uk, "com" for a.example.com.
    [[nodiscard]] QString publicSuffix(const QString& domain) const;
    [[nodiscard]] bool isPublicSuffix(const QString& domain) const;
    // The organisational domain: the public suffix and one more label ("example.co.uk"); a public
    // suffix itself is its own.
    [[nodiscard]] QString organizationalDomain(const QString& domain) const;

    [[nodiscard]] static QString normalized(const QString& domain); // lower-case A-labels, no final dot

private:
    void addRule(const QString& rule);
    [[nodiscard]] int suffixLabels(const QStringList& labels) const;

    QSet<QString> m_rules;
    QSet<QString> m_wildcards; // "*.ck" stored as "ck"
    QSet<QString> m_exceptions; // "!www.ck" stored as "www.ck"
    QString m_source;
};

} // namespace Postino
