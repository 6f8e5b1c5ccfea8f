#include "SecretMemory.h"

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace Postino::SecretMemory {

void protectProcess()
{
#ifdef Q_OS_LINUX
    if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

bool isProtected()
{
#ifdef Q_OS_LINUX
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return false;
#endif
}

void wipe(QByteArray& bytes)
{
    if (bytes.isDetached() && !bytes.isEmpty()) {
        // Through a volatile pointer, so that the compiler cannot drop stores to memory about to be freed.
        volatile char* p = bytes.data();
        for (qsizetype i = 0; i < bytes.size(); ++i)
            p[i] = 0;
    }
    bytes.truncate(0);
}

void wipe(QString& text)
{
    if (text.isDetached() && !text.isEmpty()) {
        volatile char16_t* p = reinterpret_cast<char16_t*>(text.data());
        for (qsizetype i = 0; i < text.size(); ++i)
            p[i] = 0;
    }
    text.truncate(0);
}

} // namespace Postino::SecretMemory
