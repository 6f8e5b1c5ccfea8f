#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace Postino {

// What kind of failure an error is. The kind decides what happens next (retry, ask the user, give up)
// and, for the CLI, the exit code (sysexits.h, as msmtp does).
enum class ErrorKind {
    None,
    Usage, // 64: the command line is wrong
    DataError, // 65: bad input data (invalid address, header injection, unreadable message)
    NoInput, // 66: an input file or a queue item is missing
    Permanent, // 69: 5xx, nothing found, the server will not take it as it is
    Security, // 69: TLS/certificate/STARTTLS problem the user must fix; never retried
    Internal, // 70: a bug or an unexpected local failure
    IoError, // 74: the local disk failed us (full, read-only)
    Temporary, // 75: try again later (4xx, 421, timeouts, offline)
    Auth, // 77: the credentials were refused
    Config, // 78: configuration problem (unknown account, no keychain)
};

[[nodiscard]] int exitCodeFor(ErrorKind kind);
[[nodiscard]] QString errorKindName(ErrorKind kind);

class Error
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Error)
public:
    Error() = default;
    Error(ErrorKind kind, QString message, QString detail = {})
        : m_kind(kind)
        , m_message(std::move(message))
        , m_detail(std::move(detail))
    { }

    [[nodiscard]] bool isError() const { return m_kind != ErrorKind::None; }
    [[nodiscard]] ErrorKind kind() const { return m_kind; }
    // One or two sentences for a person: what failed, where, and what to do next.
    [[nodiscard]] const QString& message() const { return m_message; }
    // Raw material behind the message (the server's reply, an OS error string).
    [[nodiscard]] const QString& detail() const { return m_detail; }
    [[nodiscard]] int exitCode() const { return exitCodeFor(m_kind); }

private:
    ErrorKind m_kind = ErrorKind::None;
    QString m_message;
    QString m_detail;
};

// A value or an error. Deliberately small: ok(), value(), error().
template<typename T>
class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): returning a value is the common case
        : m_value(std::move(value))
    { }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    { }

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T& value() const& { return *m_value; }
    [[nodiscard]] T& value() & { return *m_value; }
    [[nodiscard]] T&& value() && { return std::move(*m_value); }
    [[nodiscard]] const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Success or an error, for operations without a value.
class Status
{
public:
    Status() = default;
    Status(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    { }
    [[nodiscard]] bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return m_error; }

private:
    Error m_error;
};

} // namespace Postino
