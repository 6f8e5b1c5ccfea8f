"""queue list --json over the outbox's index (OutboxIndex.h): the same output whether the items come from
their item.json files or from the index, another process's enqueue, retry and remove seen, a damaged or
deleted index rebuilt (cli.md, "queue")."""
import os
import time
import unittest

from clitest import CliTestCase, free_port


class QueueIndexTest(CliTestCase):
    def outbox(self):
        return os.path.join(self.home, "data", "postino", "outbox")

    def index(self):
        return os.path.join(self.outbox(), "index")

    def enqueue(self, subject):
        r = self.cli("send", "--host", "127.0.0.1", "--port", str(self.port), "--security", "none",
                     "--from", "ada@example.test", "--to", "bob@example.test", "--subject", subject,
                     "--body", "x", "--queue", "--json")
        self.assertEqual(r.code, 0, r)
        return r.json()["id"]

    def age(self):
        """Every item's files an hour old: the index vouches only for files older than a second."""
        old = time.time() - 3600
        for name in os.listdir(self.outbox()):
            folder = os.path.join(self.outbox(), name)
            if os.path.isdir(folder) and name not in ("damaged", "pace"):
                for f in ("item.json", "message.eml"):
                    os.utime(os.path.join(folder, f), (old, old))

    def listed(self):
        r = self.cli("queue", "list", "--json")
        self.assertEqual(r.code, 0, r)
        return r.stdout

    def setUp(self):
        super().setUp()
        self.port = free_port()

    def test_the_listing_is_the_same_from_the_index(self):
        ids = [self.enqueue("message %d" % i) for i in range(5)]
        self.age()
        parsed = self.listed()
        self.assertTrue(os.path.exists(self.index()), "a listing that parsed them writes the index")
        self.assertEqual(self.listed(), parsed)
        self.assertEqual([item["id"] for item in self.json_of(parsed)], ids)
        # Another process queues, retries, removes: the next listing sees it.
        new = self.enqueue("message 5")
        r = self.cli("queue", "remove", ids[1])
        self.assertEqual(r.code, 0, r)
        items = self.json_of(self.listed())
        self.assertEqual([item["id"] for item in items], [ids[0]] + ids[2:] + [new])
        self.assertEqual(items[-1]["subject"], "message 5")

    def test_a_damaged_or_deleted_index_is_rebuilt(self):
        for i in range(4):
            self.enqueue("message %d" % i)
        self.age()
        expected = self.listed()
        with open(self.index(), "r+b") as f:
            data = bytearray(f.read())
            for at in range(40, len(data), 97):
                data[at] ^= 0x5A
            f.seek(0)
            f.write(data)
        self.assertEqual(self.listed(), expected)
        os.remove(self.index())
        self.assertEqual(self.listed(), expected)
        self.assertTrue(os.path.exists(self.index()))
        with open(self.index(), "wb") as f:
            f.write(b"not an index")
        self.assertEqual(self.listed(), expected)
        self.assertNotIn("damaged", os.listdir(self.outbox()), "the index is never taken for a damaged item")

    def json_of(self, text):
        import json
        return json.loads(text)


if __name__ == "__main__":
    unittest.main()
