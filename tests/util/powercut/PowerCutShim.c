/* A power cut for one process, by LD_PRELOAD: what it wrote under a folder and did not sync is lost.
 *
 *   POSTINO_POWERCUT_ROOT=DIR POSTINO_POWERCUT_SHADOW=SHADOW LD_PRELOAD=libpostino-powercut.so  program …
 *   kill -KILL <program>            (the power goes)
 *   postino-powercut-restore DIR SHADOW   (the machine boots: DIR becomes what was on the disk)
 *
 * The program runs on the real files and sees all of its writes, as it would with a page cache. Beside
 * it the shim keeps SHADOW, the disk: what a sync made durable, and nothing else (PowerCut.h has its
 * format). The rules are the strict ones of POSIX, stricter than ext4's:
 *   - a file's bytes reach the disk at fsync() or fdatasync() of that file, or at syncfs()/sync();
 *   - a folder's entries (a file created, renamed, unlinked; a folder made) reach it at fsync() of
 *     that folder, or at syncfs()/sync(); fsync() of a file does not make its name durable;
 *   - a file whose name is durable and whose bytes never were comes back empty;
 *   - everything under DIR when the program starts is on the disk (the shim takes it as synced:
 *     hard links, no copies), so a run is cut, never the one before it.
 * How: every file opened under DIR is followed by its inode. write(), pwrite(), writev() and
 * pwritev() widen the inode's dirty range. fsync()/fdatasync() take the range and the file's size
 * before the real call and, once it has returned, copy those bytes (clipped to that size) into
 * SHADOW/f and give the shadow that size; a folder's fsync() writes its listing into SHADOW/d;
 * syncfs() does both for the whole tree as it is when the call returns. SHADOW must be on DIR's
 * filesystem (hard links). An inode that was there at the start
 * is a hard link in SHADOW/f until it is first opened for writing, when the link becomes a copy (before
 * O_TRUNC can touch it). Every wrapper calls the kernel directly (syscall()), never itself.
 * A boot: POSTINO_POWERCUT_BOOT_ID=UUID makes /proc/sys/kernel/random/boot_id read UUID (in this
 * process and its children, with or without a root), so that the processes after a cut see another
 * boot than the ones before it, as they would after a real one.
 * Not modelled (the outbox uses none of them): mmap() writes, copy_file_range(), sendfile() into a
 * file, writes through a dup()ed descriptor, a write torn inside one sync (a sync is all or nothing
 * here; a kill in the middle of the shim's copy does tear it, as a cut during a real sync may). A
 * syncfs() may keep bytes another thread wrote while it ran, and fsync() bytes rewritten in place
 * while it ran (appends past the size at the call are never kept): lenient there, by a little. */
#define _GNU_SOURCE
#include "PowerCut.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#define MAX_FDS 65536

struct Inode
{
    ino_t ino;
    unsigned long gen;
    int used;
    int linked; /* SHADOW/f/INO-GEN is a hard link of this very inode (there at the start, untouched) */
    int fresh; /* created since the start and never synced: no SHADOW/f yet */
    off_t lo, hi; /* dirty bytes [lo, hi) since the last sync; none when lo >= hi */
    unsigned long dirHash; /* a folder's last listing written to SHADOW/d (0: none) */
};

static int g_active;
static const char* g_bootId;
static char g_root[PATH_MAX];
static size_t g_rootLen;
static char g_shadow[1024]; /* short, so that every name under it fits in PATH_MAX */
static dev_t g_dev;
static unsigned long g_gen;
static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
static struct Inode* g_inodes;
static size_t g_cap;
static size_t g_count;
static unsigned char g_fdTracked[MAX_FDS];

/* The kernel's calls, never the wrappers below. */
static int sysOpenat(int dirfd, const char* path, int flags, mode_t mode)
{
    return (int)syscall(SYS_openat, dirfd, path, flags, mode);
}
static int sysClose(int fd)
{
    return (int)syscall(SYS_close, fd);
}
static ssize_t sysWrite(int fd, const void* buf, size_t n)
{
    return syscall(SYS_write, fd, buf, n);
}
static ssize_t sysPread(int fd, void* buf, size_t n, off_t off)
{
    return syscall(SYS_pread64, fd, buf, n, off);
}
static ssize_t sysPwrite(int fd, const void* buf, size_t n, off_t off)
{
    return syscall(SYS_pwrite64, fd, buf, n, off);
}

static void die(const char* what)
{
    char line[PATH_MAX + 100];
    int n = snprintf(line, sizeof line, "powercut shim: %s: %s\n", what, strerror(errno));
    if (n > 0)
        sysWrite(2, line, (size_t)n);
    _exit(99);
}

static struct Inode* inodeFind(ino_t ino, int create)
{
    if (create && (g_count + 1) * 2 > g_cap) {
        size_t cap = g_cap ? g_cap * 2 : 4096;
        struct Inode* grown = calloc(cap, sizeof *grown);
        if (!grown)
            die("out of memory");
        for (size_t i = 0; i < g_cap; ++i) {
            if (!g_inodes[i].used)
                continue;
            size_t j = (size_t)g_inodes[i].ino % cap;
            while (grown[j].used)
                j = (j + 1) % cap;
            grown[j] = g_inodes[i];
        }
        free(g_inodes);
        g_inodes = grown;
        g_cap = cap;
    }
    if (!g_cap)
        return NULL;
    size_t j = (size_t)ino % g_cap;
    while (g_inodes[j].used) {
        if (g_inodes[j].ino == ino)
            return &g_inodes[j];
        j = (j + 1) % g_cap;
    }
    if (!create)
        return NULL;
    memset(&g_inodes[j], 0, sizeof g_inodes[j]);
    g_inodes[j].used = 1;
    g_inodes[j].ino = ino;
    /* At the start (before g_active) every inode is one of the disk's own: generation 0. */
    g_inodes[j].gen = g_active ? ++g_gen : 0;
    g_inodes[j].fresh = g_active;
    ++g_count;
    return &g_inodes[j];
}

/* A new inode under this number (created since: its gen tells it from one that used the number before). */
static struct Inode* inodeReborn(ino_t ino)
{
    struct Inode* e = inodeFind(ino, 1);
    if (e->gen != g_gen || !e->fresh) {
        e->gen = ++g_gen;
        e->fresh = 1;
    }
    e->linked = 0;
    e->lo = e->hi = 0;
    e->dirHash = 0;
    return e;
}

static void shadowName(char* out, char kind, const struct Inode* e)
{
    snprintf(out, PATH_MAX, "%s/%c/%lu-%lu", g_shadow, kind, (unsigned long)e->ino, e->gen);
}

static int underRoot(const char* path)
{
    return strncmp(path, g_root, g_rootLen) == 0 && (path[g_rootLen] == '/' || path[g_rootLen] == '\0');
}

static int fdUnderRoot(int fd)
{
    char link[64], target[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return 0;
    target[n] = '\0';
    return underRoot(target);
}

/* Copies [lo, hi) of src (clipped to size) into dst, then gives dst that size. */
static void copyRange(int src, int dst, off_t lo, off_t hi, off_t size)
{
    static char buf[1 << 16];
    if (hi > size)
        hi = size;
    for (off_t at = lo; at < hi;) {
        size_t want = (size_t)(hi - at) < sizeof buf ? (size_t)(hi - at) : sizeof buf;
        ssize_t got = sysPread(src, buf, want, at);
        if (got <= 0)
            break; /* shorter than it was: the size below says the rest */
        if (sysPwrite(dst, buf, (size_t)got, at) != got)
            die("writing the shadow");
        at += got;
    }
    if (ftruncate(dst, size) != 0)
        die("sizing the shadow");
}

/* The inode's shadow stops being a hard link of it: a copy, from before anything is written to it. */
static void breakLink(struct Inode* e)
{
    char name[PATH_MAX], tmp[PATH_MAX];
    shadowName(name, 'f', e);
    snprintf(tmp, sizeof tmp, "%s/f/.copy", g_shadow);
    int src = sysOpenat(AT_FDCWD, name, O_RDONLY | O_CLOEXEC, 0);
    int dst = sysOpenat(AT_FDCWD, tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    struct stat st;
    if (src < 0 || dst < 0 || fstat(src, &st) != 0)
        die("copying a file into the shadow");
    copyRange(src, dst, 0, st.st_size, st.st_size);
    sysClose(src);
    sysClose(dst);
    if (rename(tmp, name) != 0)
        die("renaming in the shadow");
    e->linked = 0;
}

/* The file's synced bytes, [lo, hi) of src, into its shadow. */
static void snapshotFile(struct Inode* e, int src, off_t lo, off_t hi, off_t size)
{
    if (e->linked)
        return; /* untouched since the start: the link is its bytes */
    char name[PATH_MAX];
    shadowName(name, 'f', e);
    int dst = sysOpenat(AT_FDCWD, name, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (dst < 0)
        die("opening a shadow file");
    copyRange(src, dst, lo, hi, size);
    sysClose(dst);
    e->fresh = 0;
}

static unsigned long hashBytes(const char* p, size_t n)
{
    unsigned long h = 1469598103934665603UL;
    for (size_t i = 0; i < n; ++i)
        h = (h ^ (unsigned char)p[i]) * 1099511628211UL;
    return h ? h : 1;
}

/* The folder's entries, as they are now, into SHADOW/d (unless they are what was written last). Its
 * subfolders into *subdirs (when given), its files into *files, as "name\0" lists. */
static void snapshotDir(const char* path, ino_t dirIno, char** subdirs, size_t* subdirsLen)
{
    DIR* d = opendir(path);
    if (!d)
        return; /* gone meanwhile: its parent's listing says so */
    size_t cap = 4096, len = 0;
    char* list = malloc(cap);
    size_t subCap = 1024, subLen = 0;
    char* subs = subdirs ? malloc(subCap) : NULL;
    if (!list || (subdirs && !subs))
        die("out of memory");
    struct dirent* ent;
    while ((ent = readdir(d))) {
        if (!strcmp(ent->d_name, ".") || !strcmp(ent->d_name, ".."))
            continue;
        struct stat st;
        if (fstatat(dirfd(d), ent->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
            continue;
        struct Inode* e = inodeFind(st.st_ino, 1);
        size_t need = strlen(ent->d_name) + 64;
        if (len + need > cap) {
            cap = (cap + need) * 2;
            list = realloc(list, cap);
            if (!list)
                die("out of memory");
        }
        len += (size_t)snprintf(list + len, cap - len, "%c %lu-%lu %s\n", S_ISDIR(st.st_mode) ? 'd' : 'f',
                                (unsigned long)st.st_ino, e->gen, ent->d_name);
        if (subs && S_ISDIR(st.st_mode)) {
            size_t n = strlen(ent->d_name) + 1;
            if (subLen + n > subCap) {
                subCap = (subCap + n) * 2;
                subs = realloc(subs, subCap);
                if (!subs)
                    die("out of memory");
            }
            memcpy(subs + subLen, ent->d_name, n);
            subLen += n;
        }
    }
    closedir(d);
    const unsigned long h = hashBytes(list, len);
    /* Looked up only now: the entries above may have grown the table, which moves every entry. */
    struct Inode* dirInode = inodeFind(dirIno, 1);
    if (h != dirInode->dirHash) {
        char name[PATH_MAX], tmp[PATH_MAX];
        shadowName(name, 'd', dirInode);
        snprintf(tmp, sizeof tmp, "%s/d/.new", g_shadow);
        int fd = sysOpenat(AT_FDCWD, tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0 || (len && sysWrite(fd, list, len) != (ssize_t)len))
            die("writing a folder's listing");
        sysClose(fd);
        if (rename(tmp, name) != 0)
            die("renaming in the shadow");
        dirInode->dirHash = h;
        dirInode->fresh = 0;
    }
    free(list);
    if (subdirs) {
        *subdirs = subs;
        *subdirsLen = subLen;
    }
}

/* syncfs(): every folder's listing and every file's dirty bytes, as they are just after the call; at the
 * start (atStart), every file linked and every listing written. */
static void snapshotTree(const char* path, int atStart)
{
    struct stat st;
    if (lstat(path, &st) != 0 || !S_ISDIR(st.st_mode))
        return;
    inodeFind(st.st_ino, 1); /* a pointer into the table would not outlive the inserts below */
    char* subs = NULL;
    size_t subsLen = 0;
    /* The files first, so that a listing written below names inodes already known. */
    DIR* d = opendir(path);
    if (!d)
        return;
    struct dirent* ent;
    while ((ent = readdir(d))) {
        struct stat fst;
        if (fstatat(dirfd(d), ent->d_name, &fst, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(fst.st_mode))
            continue;
        char file[PATH_MAX];
        snprintf(file, sizeof file, "%s/%s", path, ent->d_name);
        struct Inode* e = inodeFind(fst.st_ino, 1);
        if (atStart) {
            e->linked = 1;
            char name[PATH_MAX];
            shadowName(name, 'f', e);
            if (link(file, name) != 0)
                die("linking a file into the shadow");
            continue;
        }
        if (e->linked || (!e->fresh && e->lo >= e->hi))
            continue;
        const off_t lo = e->lo, hi = e->hi;
        e->lo = e->hi = 0;
        int src = sysOpenat(AT_FDCWD, file, O_RDONLY | O_CLOEXEC, 0);
        if (src < 0)
            continue;
        snapshotFile(e, src, lo, hi, fst.st_size);
        sysClose(src);
    }
    closedir(d);
    snapshotDir(path, st.st_ino, &subs, &subsLen);
    for (size_t at = 0; at < subsLen; at += strlen(subs + at) + 1) {
        char sub[PATH_MAX];
        snprintf(sub, sizeof sub, "%s/%s", path, subs + at);
        snapshotTree(sub, atStart);
    }
    free(subs);
}

static int removeOne(const char* path, const struct stat* st, int type, struct FTW* ftw)
{
    (void)st;
    (void)ftw;
    return type == FTW_DP ? rmdir(path) : unlink(path);
}

__attribute__((constructor)) static void powercutStart(void)
{
    g_bootId = getenv(POWERCUT_ENV_BOOT_ID);
    if (g_bootId && !*g_bootId)
        g_bootId = NULL;
    const char* root = getenv(POWERCUT_ENV_ROOT);
    const char* shadow = getenv(POWERCUT_ENV_SHADOW);
    if (!root || !shadow)
        return;
    /* Only the process started with it: a child it runs starts on a disk that is not this one's. */
    if (getenv("POSTINO_POWERCUT_OWNER"))
        return;
    char pid[32];
    snprintf(pid, sizeof pid, "%d", (int)getpid());
    setenv("POSTINO_POWERCUT_OWNER", pid, 1);
    if (!realpath(root, g_root))
        die("the root folder");
    g_rootLen = strlen(g_root);
    if (strlen(shadow) >= sizeof g_shadow) {
        errno = ENAMETOOLONG;
        die("the shadow folder");
    }
    memcpy(g_shadow, shadow, strlen(shadow) + 1);
    struct stat st;
    if (stat(g_root, &st) != 0)
        die("the root folder");
    g_dev = st.st_dev;
    nftw(g_shadow, removeOne, 32, FTW_DEPTH | FTW_PHYS);
    char sub[PATH_MAX];
    if (mkdir(g_shadow, 0700) != 0)
        die("making the shadow");
    snprintf(sub, sizeof sub, "%s/f", g_shadow);
    if (mkdir(sub, 0700) != 0)
        die("making the shadow");
    snprintf(sub, sizeof sub, "%s/d", g_shadow);
    if (mkdir(sub, 0700) != 0)
        die("making the shadow");
    snapshotTree(g_root, 1);
    snprintf(sub, sizeof sub, "%s/root", g_shadow);
    FILE* f = fopen(sub, "w");
    if (!f)
        die("writing the shadow's root");
    fprintf(f, "%lu-0\n", (unsigned long)st.st_ino);
    fclose(f);
    g_active = 1;
}

/* An open under the root: the inode followed; created now, a new one; opened to write, no longer a link. */
static int afterOpen(int fd, int existed, int flags)
{
    if (fd < 0 || fd >= MAX_FDS)
        return fd;
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_dev != g_dev || !fdUnderRoot(fd))
        return fd;
    pthread_mutex_lock(&g_lock);
    if (!existed || (flags & O_TMPFILE) == O_TMPFILE)
        inodeReborn(st.st_ino);
    else
        inodeFind(st.st_ino, 1);
    g_fdTracked[fd] = 1;
    pthread_mutex_unlock(&g_lock);
    return fd;
}

/* /proc/sys/kernel/random/boot_id as this boot's: a memory file holding it. */
static int bootIdFile(void)
{
    const int fd = memfd_create("boot_id", MFD_CLOEXEC);
    const size_t n = strlen(g_bootId);
    if (fd < 0 || sysWrite(fd, g_bootId, n) != (ssize_t)n || sysWrite(fd, "\n", 1) != 1
        || syscall(SYS_lseek, fd, 0, SEEK_SET) != 0)
        die("the boot id");
    return fd;
}

static int wrappedOpenat(int dirfd, const char* path, int flags, mode_t mode)
{
    if (g_bootId && path && !strcmp(path, "/proc/sys/kernel/random/boot_id"))
        return bootIdFile();
    if (!g_active)
        return sysOpenat(dirfd, path, flags, mode);
    struct stat st;
    const int existed = fstatat(dirfd, path, &st, 0) == 0;
    if (existed && st.st_dev == g_dev && (flags & O_ACCMODE) != O_RDONLY && S_ISREG(st.st_mode)) {
        pthread_mutex_lock(&g_lock);
        struct Inode* e = inodeFind(st.st_ino, 0);
        if (e && e->linked)
            breakLink(e);
        pthread_mutex_unlock(&g_lock);
    }
    return afterOpen(sysOpenat(dirfd, path, flags, mode), existed, flags);
}

static mode_t modeArg(int flags, va_list ap)
{
    return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? (mode_t)va_arg(ap, int) : 0;
}

int open(const char* path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    mode_t mode = modeArg(flags, ap);
    va_end(ap);
    return wrappedOpenat(AT_FDCWD, path, flags, mode);
}
int open64(const char* path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    mode_t mode = modeArg(flags, ap);
    va_end(ap);
    return wrappedOpenat(AT_FDCWD, path, flags, mode);
}
int openat(int dirfd, const char* path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    mode_t mode = modeArg(flags, ap);
    va_end(ap);
    return wrappedOpenat(dirfd, path, flags, mode);
}
int openat64(int dirfd, const char* path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    mode_t mode = modeArg(flags, ap);
    va_end(ap);
    return wrappedOpenat(dirfd, path, flags, mode);
}
int __open_2(const char* path, int flags)
{
    return wrappedOpenat(AT_FDCWD, path, flags, 0);
}
int __open64_2(const char* path, int flags)
{
    return wrappedOpenat(AT_FDCWD, path, flags, 0);
}
int __openat_2(int dirfd, const char* path, int flags)
{
    return wrappedOpenat(dirfd, path, flags, 0);
}
int __openat64_2(int dirfd, const char* path, int flags)
{
    return wrappedOpenat(dirfd, path, flags, 0);
}
int creat(const char* path, mode_t mode)
{
    return wrappedOpenat(AT_FDCWD, path, O_WRONLY | O_CREAT | O_TRUNC, mode);
}
int creat64(const char* path, mode_t mode)
{
    return wrappedOpenat(AT_FDCWD, path, O_WRONLY | O_CREAT | O_TRUNC, mode);
}

int mkdirat(int dirfd, const char* path, mode_t mode)
{
    const int rc = (int)syscall(SYS_mkdirat, dirfd, path, mode);
    struct stat st;
    if (rc == 0 && g_active && fstatat(dirfd, path, &st, AT_SYMLINK_NOFOLLOW) == 0 && st.st_dev == g_dev) {
        pthread_mutex_lock(&g_lock);
        inodeReborn(st.st_ino);
        pthread_mutex_unlock(&g_lock);
    }
    return rc;
}
int mkdir(const char* path, mode_t mode)
{
    return mkdirat(AT_FDCWD, path, mode);
}

int close(int fd)
{
    if (fd >= 0 && fd < MAX_FDS)
        g_fdTracked[fd] = 0;
    return sysClose(fd);
}

/* n bytes were written ending at end (or starting at start, end < 0): the inode's dirty range grows. */
static void dirty(int fd, off_t start, ssize_t n)
{
    if (!g_active || n <= 0 || fd < 0 || fd >= MAX_FDS || !g_fdTracked[fd])
        return;
    if (start < 0) {
        const off_t end = (off_t)syscall(SYS_lseek, fd, 0, SEEK_CUR);
        if (end < 0)
            return;
        start = end - n;
    }
    struct stat st;
    if (fstat(fd, &st) != 0)
        return;
    pthread_mutex_lock(&g_lock);
    struct Inode* e = inodeFind(st.st_ino, 1);
    if (e->lo >= e->hi) {
        e->lo = start;
        e->hi = start + n;
    } else {
        if (start < e->lo)
            e->lo = start;
        if (start + n > e->hi)
            e->hi = start + n;
    }
    pthread_mutex_unlock(&g_lock);
}

ssize_t write(int fd, const void* buf, size_t n)
{
    const ssize_t rc = sysWrite(fd, buf, n);
    dirty(fd, -1, rc);
    return rc;
}
ssize_t pwrite(int fd, const void* buf, size_t n, off_t off)
{
    const ssize_t rc = sysPwrite(fd, buf, n, off);
    dirty(fd, off, rc);
    return rc;
}
ssize_t pwrite64(int fd, const void* buf, size_t n, off_t off)
{
    const ssize_t rc = sysPwrite(fd, buf, n, off);
    dirty(fd, off, rc);
    return rc;
}
ssize_t writev(int fd, const struct iovec* iov, int count)
{
    const ssize_t rc = syscall(SYS_writev, fd, iov, count);
    dirty(fd, -1, rc);
    return rc;
}
ssize_t pwritev(int fd, const struct iovec* iov, int count, off_t off)
{
    const ssize_t rc = syscall(SYS_pwritev, fd, iov, count, (long)off, 0L);
    dirty(fd, off, rc);
    return rc;
}
ssize_t pwritev64(int fd, const struct iovec* iov, int count, off_t off)
{
    return pwritev(fd, iov, count, off);
}

/* fsync/fdatasync: a file's bytes, or a folder's entries. */
static int syncOne(int fd, long call)
{
    struct stat st;
    if (!g_active || fstat(fd, &st) != 0 || st.st_dev != g_dev || !fdUnderRoot(fd))
        return (int)syscall(call, fd);
    if (S_ISDIR(st.st_mode)) {
        const int rc = (int)syscall(call, fd);
        if (rc == 0) {
            char link[64], path[PATH_MAX];
            snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
            const ssize_t n = readlink(link, path, sizeof path - 1);
            if (n > 0) {
                path[n] = '\0';
                pthread_mutex_lock(&g_lock);
                snapshotDir(path, st.st_ino, NULL, NULL);
                pthread_mutex_unlock(&g_lock);
            }
        }
        return rc;
    }
    if (!S_ISREG(st.st_mode))
        return (int)syscall(call, fd);
    pthread_mutex_lock(&g_lock);
    struct Inode* e = inodeFind(st.st_ino, 1);
    const off_t lo = e->lo, hi = e->hi;
    /* The size after the range is taken, not before: bytes another thread appended between an earlier
     * fstat() and the range were in the range but past that size, so they were not kept and, with the range
     * emptied, never would be (a group commit's next sync then counted them as durable while the shadow
     * lacked them: tests/cli/test_powercut.py re-sent a claim batch unflagged). Whatever lies past the size
     * stays dirty for the next sync. */
    struct stat now;
    const off_t size = fstat(fd, &now) == 0 ? now.st_size : st.st_size;
    if (lo < hi && hi > size) {
        e->lo = lo > size ? lo : size;
        e->hi = hi;
    } else {
        e->lo = e->hi = 0;
    }
    pthread_mutex_unlock(&g_lock);
    const int rc = (int)syscall(call, fd);
    pthread_mutex_lock(&g_lock);
    e = inodeFind(st.st_ino, 1); /* again: another thread may have grown the table meanwhile */
    if (rc != 0) {
        /* Not synced: still dirty. */
        if (lo < hi) {
            if (e->lo >= e->hi || lo < e->lo)
                e->lo = lo;
            if (hi > e->hi)
                e->hi = hi;
        }
    } else {
        char link[64];
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        const int src = sysOpenat(AT_FDCWD, link, O_RDONLY | O_CLOEXEC, 0);
        if (src >= 0) {
            snapshotFile(e, src, lo, hi, size);
            sysClose(src);
        }
    }
    pthread_mutex_unlock(&g_lock);
    return rc;
}

int fsync(int fd)
{
    return syncOne(fd, SYS_fsync);
}
int fdatasync(int fd)
{
    return syncOne(fd, SYS_fdatasync);
}

int syncfs(int fd)
{
    const int rc = (int)syscall(SYS_syncfs, fd);
    struct stat st;
    if (rc == 0 && g_active && fstat(fd, &st) == 0 && st.st_dev == g_dev) {
        pthread_mutex_lock(&g_lock);
        snapshotTree(g_root, 0);
        pthread_mutex_unlock(&g_lock);
    }
    return rc;
}

void sync(void)
{
    syscall(SYS_sync);
    if (g_active) {
        pthread_mutex_lock(&g_lock);
        snapshotTree(g_root, 0);
        pthread_mutex_unlock(&g_lock);
    }
}
