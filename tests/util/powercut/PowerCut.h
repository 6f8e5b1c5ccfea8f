/* The power-cut shim's record of what is on the "disk" (tests/util/powercut/PowerCutShim.c writes it,
 * PowerCutRestore.c turns it back into a folder). Both sides of one format, kept in one place.
 *
 * SHADOW/root          the id of ROOT's own folder ("INO-GEN\n")
 * SHADOW/f/INO-GEN     a file's bytes as of its last fsync/fdatasync (or syncfs), the file itself (a hard
 *                      link) for a file that was there when the process started and was never opened for
 *                      writing since
 * SHADOW/d/INO-GEN     a folder's entries as of its last fsync (or syncfs): one line each, "f INO-GEN NAME"
 *                      or "d INO-GEN NAME"
 *
 * INO is the inode number, GEN tells apart the inodes that reused a number within one process (0 for
 * the inodes that were there at its start, then a counter). */
#ifndef POSTINO_POWERCUT_H
#define POSTINO_POWERCUT_H

#define POWERCUT_ENV_ROOT "POSTINO_POWERCUT_ROOT"
#define POWERCUT_ENV_SHADOW "POSTINO_POWERCUT_SHADOW"
#define POWERCUT_ENV_BOOT_ID "POSTINO_POWERCUT_BOOT_ID"

#endif
