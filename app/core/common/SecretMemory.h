#pragma once

#include <QByteArray>
#include <QString>

namespace Postino::SecretMemory {

// Marks the process as one that holds a secret (a password, a token): on Linux prctl(PR_SET_DUMPABLE, 0), so
// that it leaves no core dump and other processes of the same user cannot ptrace it or read /proc/PID/mem or
// environ. Called wherever a secret enters the process (the CLI's --password-env/--password-stdin, a keychain
// read or write, an OAuth2 token response, the SMTP client's AUTH); it stays so until the process ends,
// since a copy may linger in memory. Idempotent and cheap.
void protectProcess();
// Whether protectProcess() is in force: prctl(PR_GET_DUMPABLE) is 0 (false where the system has no such thing).
[[nodiscard]] bool isProtected();

// Overwrites the bytes with zeros, where they are this array's own (a copy shared with another QByteArray is
// left to that one), and empties it keeping its allocation until it is released.
void wipe(QByteArray& bytes);
void wipe(QString& text);

} // namespace Postino::SecretMemory
