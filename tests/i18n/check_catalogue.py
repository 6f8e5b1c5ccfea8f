"""The catalogues are complete for the current code.

postino_it.ts: every entry finished, with every placeholder (%1, %n), HTML tag, keyboard accelerator,
line break and leading or trailing space of its source; every string of the code (lupdate run over the
sources now, with the options of the update_translations target) has a finished entry.
postino_en.ts (the source catalogue): its plural entries are filled in English and it knows every
string of the code.

Run by ctest: /usr/bin/python3 check_catalogue.py [--lupdate PATH]. The checks themselves are in
tools/i18n-untranslated.py, which lists the work left to do.
"""

import importlib.util
import os
import sys
import tempfile
import textwrap
import unittest

SOURCE_DIR = os.environ.get("POSTINO_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
LUPDATE = "/usr/lib/qt6/bin/lupdate"

_spec = importlib.util.spec_from_file_location("i18n_untranslated",
                                               os.path.join(SOURCE_DIR, "tools", "i18n-untranslated.py"))
i18n = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(i18n)

IT_TS = os.path.join(SOURCE_DIR, "translations", "postino_it.ts")
EN_TS = os.path.join(SOURCE_DIR, "translations", "postino_en.ts")

_code = None


def code_messages():
    global _code
    if _code is None:
        _code = i18n.code_messages(SOURCE_DIR, LUPDATE)
    return _code


def report(lines):
    return "\n" + "\n".join(lines[:40]) + ("\n... and %d more" % (len(lines) - 40) if len(lines) > 40 else "")


class ItalianCatalogue(unittest.TestCase):
    def test_every_entry_is_finished_and_keeps_placeholders_tags_and_accelerators(self):
        language, entries = i18n.read_catalogue(IT_TS)
        self.assertEqual(language, "it")
        self.assertGreater(len(entries), 0)
        problems = ["%s\t%s" % (entry.describe(), problem) for entry in entries
                    for problem in i18n.entry_problems(entry, language)]
        self.assertEqual(problems, [], report(problems))

    def test_every_string_of_the_code_has_a_finished_entry(self):
        language, entries = i18n.read_catalogue(IT_TS)
        finished = {entry.key for entry in entries if not i18n.entry_problems(entry, language)}
        code = code_messages()
        self.assertGreater(len(code), 100, "lupdate found almost no strings; is the source tree there?")
        missing = [message.describe() for message in code if message.key not in finished]
        self.assertEqual(missing, [], "Not translated (run the update_translations target, then translate):"
                         + report(missing))


class EnglishCatalogue(unittest.TestCase):
    def test_plural_entries_have_both_english_forms(self):
        language, entries = i18n.read_catalogue(EN_TS)
        self.assertEqual(language, "en")
        plurals = [entry for entry in entries if entry.numerus]
        self.assertGreater(len(plurals), 0)
        problems = ["%s\t%s" % (entry.describe(), problem) for entry in plurals
                    for problem in i18n.entry_problems(entry, language)]
        self.assertEqual(problems, [], report(problems))

    def test_every_string_of_the_code_is_in_the_catalogue(self):
        known = {entry.key for entry in i18n.read_catalogue(EN_TS)[1]}
        missing = [message.describe() for message in code_messages() if message.key not in known]
        self.assertEqual(missing, [], "Run the update_translations target:" + report(missing))


class Checker(unittest.TestCase):
    """The checks above find what they look for."""

    ROWS = [
        # (name, source, translation XML, expected problem or None)
        ("finished", "Sent to %1.", "<translation>Inviato a %1.</translation>", None),
        ("unfinished", "Sent.", '<translation type="unfinished">Inviato.</translation>', "unfinished"),
        ("unfinished and empty", "Sent.", '<translation type="unfinished"></translation>', "unfinished"),
        ("empty but not marked", "Sent.", "<translation></translation>", "translation is empty"),
        ("lost placeholder", "Sent to %1 (%2).", "<translation>Inviato a %1.</translation>", "lost the placeholder %2"),
        ("extra placeholder", "Sent.", "<translation>Inviato a %1.</translation>", "which the source lacks"),
        ("lost tag", "&lt;b&gt;Sent&lt;/b&gt;", "<translation>&lt;b&gt;Inviato</translation>", "tags"),
        ("lost accelerator", "&amp;Send", "<translation>Invia</translation>", "accelerator"),
        ("doubled ampersand is no accelerator", "a &amp;&amp; b", "<translation>a &amp;&amp; b</translation>", None),
        ("address in angle brackets is no tag", "Mario &lt;m@example.it&gt;",
         "<translation>Mario &lt;m@example.it&gt;</translation>", None),
        ("lost leading space", " (pinned)", "<translation>(memorizzato)</translation>", "spaces"),
        ("lost line break", "One.\nTwo.", "<translation>Uno. Due.</translation>", "line break"),
        ("obsolete", "Old.", '<translation type="vanished">Vecchio.</translation>', "obsolete"),
    ]

    def check(self, source, translation, numerus=False):
        xml = textwrap.dedent("""\
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE TS>
            <TS version="2.1" language="it_IT"><context><name>Ctx</name>
            <message%s><source>%s</source>%s</message></context></TS>
            """) % (' numerus="yes"' if numerus else "", source, translation)
        with tempfile.NamedTemporaryFile("w", suffix=".ts", delete=False, encoding="utf-8") as f:
            f.write(xml)
        try:
            language, entries = i18n.read_catalogue(f.name)
        finally:
            os.unlink(f.name)
        self.assertEqual(len(entries), 1)
        return i18n.entry_problems(entries[0], language)

    def test_rows(self):
        for name, source, translation, expected in self.ROWS:
            with self.subTest(name):
                problems = self.check(source, translation)
                if expected is None:
                    self.assertEqual(problems, [])
                else:
                    self.assertTrue(any(expected in p for p in problems), problems)

    def test_plural_needs_both_italian_forms_with_their_placeholder(self):
        source = "Delete %n message(s)?"
        self.assertEqual(self.check(source, "<translation><numerusform>Eliminare %n messaggio?</numerusform>"
                                            "<numerusform>Eliminare %n messaggi?</numerusform></translation>",
                                    numerus=True), [])
        self.assertIn("has 1 form(s) instead of 2",
                      self.check(source, "<translation><numerusform>Eliminare %n messaggio?</numerusform>"
                                         "</translation>", numerus=True))
        self.assertIn("plural form 2 is empty",
                      self.check(source, "<translation><numerusform>Eliminare %n messaggio?</numerusform>"
                                         "<numerusform></numerusform></translation>", numerus=True))
        self.assertIn("plural form 2 lost the placeholder %n",
                      self.check(source, "<translation><numerusform>Eliminare %n messaggio?</numerusform>"
                                         "<numerusform>Eliminare i messaggi?</numerusform></translation>",
                                 numerus=True))

    def test_lupdate_sees_a_new_string_in_the_code(self):
        with tempfile.TemporaryDirectory() as tmp:
            os.makedirs(os.path.join(tmp, "app", "core"))
            with open(os.path.join(tmp, "app", "core", "Fresh.cpp"), "w") as f:
                f.write('#include <QCoreApplication>\n'
                        'QString fresh() { return QCoreApplication::translate("Postino::Fresh", "Brand new %1."); }\n')
            keys = {m.key for m in i18n.code_messages(tmp, LUPDATE)}
        self.assertEqual(keys, {("Postino::Fresh", "Brand new %1.", None)})


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--lupdate":
        LUPDATE = sys.argv[2]
        del sys.argv[1:3]
    unittest.main(verbosity=2)
