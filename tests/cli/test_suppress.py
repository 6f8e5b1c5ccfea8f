"""postino-cli suppress, end to end (cli.md, "campaign": the suppression list every campaign honours)."""
import unittest

from clitest import CliTestCase


class SuppressTest(CliTestCase):
    def test_add_list_remove_round_trip(self):
        r = self.cli("suppress", "add", "anna@esempio.it", "Bruno@Esempio.IT", "--json")
        self.assertEqual(r.code, 0, r.stderr)
        self.assertEqual(r.json()["added"], 2)
        r = self.cli("suppress", "add", "anna@ESEMPIO.it", "--json")
        self.assertEqual(r.json()["already_there"], 1)
        r = self.cli("suppress", "list", "--json")
        self.assertEqual(r.code, 0, r.stderr)
        emails = [e["email"] for e in r.json()]
        self.assertEqual(len(emails), 2)
        self.assertIn("anna@esempio.it", emails)
        self.assertTrue(all(e["source"] == "manual" and e["added"] for e in r.json()))
        r = self.cli("suppress", "remove", "anna@esempio.it", "nessuno@esempio.it", "--json")
        self.assertEqual(r.code, 0, r.stderr)
        self.assertEqual((r.json()["removed"], r.json()["not_there"]), (1, 1))
        self.assertEqual(len(self.cli("suppress", "list", "--json").json()), 1)

    def test_an_invalid_address_is_refused_and_nothing_is_written(self):
        r = self.cli("suppress", "add", "carla@esempio.it", "non un indirizzo")
        self.assertEqual(r.code, 65, r.stderr)
        self.assertIn("non un indirizzo", r.stderr)
        self.assertEqual(self.cli("suppress", "list", "--json").json(), [])

    def test_import_skips_bad_rows_with_their_line(self):
        path = self.write("esclusi.csv", "email;nome\r\ndario@esempio.it;Dario\r\nsbagliato;X\r\n\"elena@esempio.it\";\"E\r\nF\"\r\n")
        r = self.cli("suppress", "import", path, "--json")
        self.assertEqual(r.code, 0, r.stderr)
        self.assertEqual(r.json()["added"], 2)
        self.assertEqual([s["line"] for s in r.json()["skipped"]], [3])
        self.assertEqual(self.cli("suppress", "import", self.home + "/manca.csv").code, 66)

    def test_usage(self):
        self.assertEqual(self.cli("suppress").code, 64)
        self.assertEqual(self.cli("suppress", "add").code, 64)
        self.assertEqual(self.cli("suppress", "list", "extra").code, 64)


if __name__ == "__main__":
    unittest.main()
