/* The machine boots after the power cut: DIR becomes what the shim (PowerCutShim.c) recorded as on the
 * disk, and the record is removed.
 *   postino-powercut-restore DIR SHADOW
 * DIR's folders and files are rebuilt from SHADOW/d and SHADOW/f from SHADOW/root down (PowerCut.h): a
 * folder that was never synced is empty, a file whose bytes never were is empty, a name that was never
 * synced is not there. The process that wrote must be dead. A process killed before the shim had
 * recorded the disk (SHADOW/root is written last) had not begun: DIR stays as it is. Prints "restored: F files, D
 * folders, E empty files" on success; exit status 1 with a reason otherwise. */
#define _GNU_SOURCE
#include "PowerCut.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char* g_shadow;
static long g_files, g_dirs, g_empty;

static void fail(const char* what, const char* path)
{
    fprintf(stderr, "postino-powercut-restore: %s %s: %s\n", what, path, strerror(errno));
    exit(1);
}

/* A path made from parts, or the end of the tool when it does not fit. */
__attribute__((format(printf, 2, 3))) static void pathOf(char* out, const char* format, ...)
{
    va_list ap;
    va_start(ap, format);
    const int n = vsnprintf(out, PATH_MAX, format, ap);
    va_end(ap);
    if (n < 0 || n >= PATH_MAX) {
        errno = ENAMETOOLONG;
        fail("naming", out);
    }
}

static int removeOne(const char* path, const struct stat* st, int type, struct FTW* ftw)
{
    (void)st;
    (void)ftw;
    return type == FTW_DP ? rmdir(path) : unlink(path);
}

static void copyFile(const char* from, const char* to)
{
    int src = open(from, O_RDONLY | O_CLOEXEC);
    int dst = open(to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (src < 0 || dst < 0)
        fail("copying", to);
    char buf[1 << 16];
    ssize_t n;
    while ((n = read(src, buf, sizeof buf)) > 0)
        if (write(dst, buf, (size_t)n) != n)
            fail("writing", to);
    close(src);
    close(dst);
}

static void build(const char* id, const char* path, int depth)
{
    if (depth > 64) {
        errno = ELOOP;
        fail("too deep", path);
    }
    if (mkdir(path, 0700) != 0)
        fail("making", path);
    ++g_dirs;
    char listing[PATH_MAX];
    pathOf(listing, "%s/d/%s", g_shadow, id);
    FILE* f = fopen(listing, "r");
    if (!f)
        return; /* never synced: an empty folder */
    char line[PATH_MAX + 64];
    while (fgets(line, sizeof line, f)) {
        size_t len = strlen(line);
        if (len && line[len - 1] == '\n')
            line[--len] = '\0';
        char kind = line[0];
        char* childId = line + 2;
        char* name = strchr(childId, ' ');
        if (len < 5 || line[1] != ' ' || !name) {
            errno = EINVAL;
            fail("reading", listing);
        }
        *name++ = '\0';
        char child[PATH_MAX];
        pathOf(child, "%s/%s", path, name);
        if (kind == 'd') {
            build(childId, child, depth + 1);
            continue;
        }
        char bytes[PATH_MAX];
        pathOf(bytes, "%s/f/%s", g_shadow, childId);
        struct stat st;
        if (stat(bytes, &st) != 0) {
            int fd = open(child, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd < 0)
                fail("making", child);
            close(fd);
            ++g_empty;
        } else if (st.st_nlink > 1 || link(bytes, child) != 0) {
            /* A second name of the same inode (two folders' listings synced at different moments): its own copy. */
            copyFile(bytes, child);
        }
        ++g_files;
    }
    fclose(f);
}

int main(int argc, char** argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: postino-powercut-restore DIR SHADOW\n");
        return 64;
    }
    const char* root = argv[1];
    g_shadow = argv[2];
    char rootIdFile[PATH_MAX], rootId[64];
    pathOf(rootIdFile, "%s/root", g_shadow);
    FILE* f = fopen(rootIdFile, "r");
    if (!f && errno == ENOENT) {
        /* Killed inside the shim's start, before its main(): nothing it did reached DIR. */
        if (nftw(g_shadow, removeOne, 32, FTW_DEPTH | FTW_PHYS) != 0 && errno != ENOENT)
            fail("removing", g_shadow);
        printf("restored: nothing (the process had not started)\n");
        return 0;
    }
    if (!f || !fgets(rootId, sizeof rootId, f))
        fail("reading", rootIdFile);
    fclose(f);
    rootId[strcspn(rootId, "\n")] = '\0';
    /* What the process left goes first, so that the shadow's hard links are the only names of their inodes. */
    if (nftw(root, removeOne, 32, FTW_DEPTH | FTW_PHYS) != 0)
        fail("removing", root);
    build(rootId, root, 0);
    if (nftw(g_shadow, removeOne, 32, FTW_DEPTH | FTW_PHYS) != 0)
        fail("removing", g_shadow);
    printf("restored: %ld files, %ld folders, %ld empty files\n", g_files, g_dirs, g_empty);
    return 0;
}
