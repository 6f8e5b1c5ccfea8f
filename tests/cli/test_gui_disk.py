"""The desktop app's composer on a disk that is really full (#18): TestComposerOnRealDisk (tests/ui) runs inside a
mount namespace in which the app's data folder is a small tmpfs (test_disk.SmallDisk). It fills the disk under the
running app, sends, frees the space and sends again; this side checks what is left on the disk afterwards."""
import os
import shutil
import subprocess
import unittest

from clitest import CliTestCase
from test_disk import small_disk_for

TEST = os.environ.get("POSTINO_GUI_DISK_TEST", "")


class GuiDiskTest(CliTestCase):
    def setUp(self):
        super().setUp()
        self.assertTrue(TEST and os.access(TEST, os.X_OK), "POSTINO_GUI_DISK_TEST must name TestComposerOnRealDisk")
        missing = [t for t in ("unshare", "nsenter", "mount") if shutil.which(t) is None]
        self.assertFalse(missing, "the disk tests need %s (util-linux)" % ", ".join(missing))
        self.small = os.path.join(self.home, "small")
        os.makedirs(self.small)
        self.disk = small_disk_for(self, self.small, "2m")

    def test_the_composer_keeps_the_text_on_a_full_disk_and_sends_once_there_is_room(self):
        env = dict(self.env, POSTINO_TEST_SMALL_DISK=self.small, QT_QPA_PLATFORM="offscreen")
        r = subprocess.run(self.disk.enter + [TEST, "-maxwarnings", "0"], capture_output=True, text=True,
                           env=env, timeout=120)
        self.assertNotIn("nsenter:", r.stderr)
        self.assertEqual(r.returncode, 0, "TestComposerOnRealDisk failed:\n" + r.stdout + r.stderr)
        self.assertIn("aFullDiskKeepsWhatWasTypedAndSendsOnceThereIsRoom", r.stdout)
        self.assertIn("Totals: 3 passed, 0 failed", r.stdout)
        # What the app left on the disk: the filler gone, nothing half-written (the sent message's folder waits in
        # the outbox for the journal's checkpoint; the test saw the outbox list nothing).
        files = self.disk.files()
        self.assertNotIn("filler", files)
        self.assertEqual([f for f in files if "/.new-" in "/" + f or f.endswith(".tmp")], [], files)


if __name__ == "__main__":
    unittest.main()
