"""A Linux namespace of a test's own (network or mount), held open by a sleeping process and entered with
nsenter: as root, or as a user through a user namespace. It ends with the test (close) or by itself."""
import os
import shutil
import subprocess
import time


def tool(name):
    """Where a system tool is, on PATH or in /usr/sbin (ip and friends are there for a user)."""
    return shutil.which(name) or os.path.join("/usr/sbin", name)


class HeldNamespace:
    # What unshare and nsenter call each kind, and what /proc/PID/ns/ names it.
    FLAGS = {"net": "-n", "mnt": "-m"}

    def __init__(self, kind, max_seconds, options=()):
        """Raises OSError with unshare's words when the namespace cannot be made."""
        root = os.geteuid() == 0
        flag = self.FLAGS[kind]
        unshare = [tool("unshare"), flag] + list(options)
        if not root:
            unshare.insert(1, "-r")
        self.holder = subprocess.Popen(unshare + ["sleep", str(max_seconds)], stderr=subprocess.PIPE, text=True)
        own = os.readlink("/proc/self/ns/" + kind)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.holder.poll() is not None:
                words = self.holder.stderr.read().strip()
                self.holder.stderr.close()
                raise OSError("unshare could not make a %s namespace: %s" % (kind, words))
            try:
                if os.readlink("/proc/%d/ns/%s" % (self.holder.pid, kind)) != own:
                    break
            except OSError:
                pass
            time.sleep(0.02)
        else:
            self.close()
            raise OSError("unshare made no %s namespace within 10 seconds" % kind)
        self.enter = [tool("nsenter"), "-t", str(self.holder.pid), flag]
        if not root:
            self.enter[1:1] = ["-U", "--preserve-credentials"]

    def close(self):
        if self.holder.poll() is None:
            self.holder.kill()
        self.holder.wait(timeout=10)
        if not self.holder.stderr.closed:
            self.holder.stderr.close()
