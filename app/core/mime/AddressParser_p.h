#pragma once

// Address's own: the tokens of RFC 5322 address text and the parser that checks them, split by concept:
// AddressTokenizer.cpp (text to tokens), AddressParser.cpp (tokens to one mailbox, lists to items),
// AddressChecks.cpp (the local part and the domain). Their messages are translated in Address's context.
// Nothing outside the address code includes it.

#include "Address.h"
#include "HeaderEncoding.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Postino {

namespace AddressLimits {
inline constexpr int kMaxLocalPartOctets = 64; // RFC 5321 section 4.5.3.1.1
inline constexpr int kMaxDomainOctets = 253;
inline constexpr int kMaxLabelOctets = 63;
} // namespace AddressLimits

enum class TokenType { Atom, Quoted, Comment, DomainLiteral, Special };

struct Token
{
    TokenType type;
    QString text; // Quoted and Comment: the content without delimiters and escapes; Special: the character
    QString raw; // as written
    bool spaceBefore = false;
};

struct Tokens
{
    QList<Token> list;
    Error error;
};

// A dot-atom (RFC 5322 section 3.2.3): atext runs separated by single dots.
[[nodiscard]] bool isDotAtom(const QString& s, bool allowUnicode = true);

// Tokenizer and checks, with the translated messages in Address's context.
class AddressParser
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Address)
public:
    static Tokens tokenize(const QString& text);
    static Result<Address> parseMailbox(const QString& text);
    static Status checkLocalPart(const QString& text, const QString& local, bool wasQuoted);
    static Result<QString> checkDomain(const QString& text, const QString& domain);
    static QStringList splitList(const QString& text);
    static Error hiddenControl(const QString& shown);

private:
    static QString printable(const QString& text) { return HeaderEncoding::printable(text); }

    // Where "<" and ">" are, -1 when absent.
    struct Angles
    {
        qsizetype open = -1;
        qsizetype close = -1;
    };

    // AddressTokenizer.cpp
    static Error readToken(const QString& text, qsizetype* i, Token* token);
    static bool readQuoted(const QString& text, qsizetype* i, QString* content);
    static bool readComment(const QString& text, qsizetype* i, QString* content);

    // AddressParser.cpp
    static Status checkOneLine(const QString& text, const QString& shown);
    static Status findAngles(const QList<Token>& list, const QString& shown, Angles* angles);
    static Status checkNothingAfterAngle(const QList<Token>& list, qsizetype close, const QString& shown);
    static Result<QString> displayName(const QList<Token>& nameTokens, const QString& shown);
    static Result<QList<Token>> withoutComments(const QList<Token>& specTokens, const QString& shown,
                                                QString* commentName);
    static Result<qsizetype> findAt(const QList<Token>& parts, const QString& shown);
    static Status checkSpecShape(const QList<Token>& localTokens, const QList<Token>& domainTokens, bool angled,
                                 const QString& shown);
    static Status fillAddrSpec(const QString& text, const Token& localToken, const Token& domainToken,
                               Address* address);

    // AddressChecks.cpp
    static Status checkUnquotedLocalPart(const QString& shown, const QString& local);
    static Status checkAddressLiteral(const QString& shown, const QString& domain);
    // What is wrong with the domain as written, or its A-labels; empty when nothing.
    static QString unicodeDomainProblem(const QString& domain);
    static QString aceDomainProblem(const QString& ace);
};

} // namespace Postino
