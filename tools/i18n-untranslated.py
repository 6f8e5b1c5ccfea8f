#!/usr/bin/python3
"""Lists what the Italian translation still lacks.

    /usr/bin/python3 tools/i18n-untranslated.py              # unfinished entries of postino_it.ts
    /usr/bin/python3 tools/i18n-untranslated.py --from-code  # also strings in the code the catalogue lacks
    /usr/bin/python3 tools/i18n-untranslated.py --check      # every problem; exit status 1 if there is one

Each line is CONTEXT<TAB>SOURCE (line breaks in a source shown as \\n), then the problem when it is not
simply "unfinished". After `cmake --build build --target update_translations` the new strings of the
code are in the catalogue as unfinished entries, so the plain listing is the work left to do.
--from-code runs lupdate over the sources itself (as the update_translations target does) and so also
finds strings that were added to the code after the catalogue was last refreshed.

Also a module: tests/i18n/check_catalogue.py uses read_catalogue(), entry_problems() and code_messages().
"""

import argparse
import collections
import glob
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_LUPDATE = "/usr/lib/qt6/bin/lupdate"

# The same options and include directories as qt_add_lupdate in translations/CMakeLists.txt.
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none", "-silent"]
INCLUDE_DIRS = ["app/core", "app/cli", "ui"]
SOURCE_GLOBS = ["app/**/*.cpp", "app/**/*.h", "ui/**/*.cpp", "ui/**/*.h", "ui/**/*.ui"]

# Number of plural forms each catalogue's language has (Qt's rules for the language).
PLURAL_FORMS = {"it": 2, "en": 2}

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
# Element-like tags only: <b>, </p>, <a href="...">, <br/>, <hostname>; not <mario@example.it> or <...>.
TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


class Entry:
    def __init__(self, context, source, comment, numerus, forms, kind):
        self.context = context
        self.source = source
        self.comment = comment
        self.numerus = numerus
        self.forms = forms  # the translation, or its plural forms
        self.kind = kind  # the translation's type attribute: None when finished, else unfinished/vanished/obsolete

    @property
    def key(self):
        return (self.context, self.source, self.comment)

    def describe(self):
        text = "%s\t%s" % (self.context, self.source.replace("\n", "\\n"))
        if self.comment:
            text += "\t(comment: %s)" % self.comment
        return text


def read_catalogue(path):
    """The catalogue's language ("it", "en") and its entries."""
    root = ET.parse(path).getroot()
    language = (root.get("language") or "").split("_")[0]
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms, kind = [], "unfinished"
            elif numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")]
                kind = translation.get("type")
            else:
                forms = [translation.text or ""]
                kind = translation.get("type")
            entries.append(Entry(name, message.findtext("source") or "", message.findtext("comment"), numerus,
                                 forms, kind))
    return language, entries


def _placeholders(text):
    return collections.Counter(match.group(1) for match in PLACEHOLDER.finditer(text))


def _tags(text):
    return collections.Counter((match.group(1), match.group(2).lower()) for match in TAG.finditer(text))


def _accelerators(text):
    return len(ACCELERATOR.findall(text))


def _edges(text):
    return (text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):])


def entry_problems(entry, language):
    """What is wrong with one translated entry; empty when it is finished and well-formed."""
    if entry.kind in ("vanished", "obsolete"):
        return ["obsolete (no longer in the code)"]
    if entry.kind == "unfinished":
        return ["unfinished"]
    problems = []
    wanted = PLURAL_FORMS.get(language, 2) if entry.numerus else 1
    if len(entry.forms) != wanted:
        problems.append("has %d form(s) instead of %d" % (len(entry.forms), wanted))
    source_placeholders = set(_placeholders(entry.source))
    for index, form in enumerate(entry.forms):
        where = "plural form %d" % (index + 1) if entry.numerus else "translation"
        if not form.strip():
            problems.append("%s is empty" % where)
            continue
        got = set(_placeholders(form))
        for missing in sorted(source_placeholders - got):
            problems.append("%s lost the placeholder %%%s" % (where, missing))
        for extra in sorted(got - source_placeholders):
            problems.append("%s has the placeholder %%%s, which the source lacks" % (where, extra))
        if _tags(form) != _tags(entry.source):
            problems.append("%s does not have the source's tags %s" % (where, sorted(_tags(entry.source).elements())))
        if _accelerators(form) != _accelerators(entry.source):
            problems.append("%s has %d keyboard accelerator(s) (&), the source %d"
                            % (where, _accelerators(form), _accelerators(entry.source)))
        if _edges(form) != _edges(entry.source):
            problems.append("%s does not start and end with the source's spaces" % where)
        if form.count("\n") != entry.source.count("\n"):
            problems.append("%s has %d line break(s), the source %d" % (where, form.count("\n"),
                                                                       entry.source.count("\n")))
    return problems


def code_files(source_dir):
    files = set()
    for pattern in SOURCE_GLOBS:
        files.update(glob.glob(os.path.join(source_dir, pattern), recursive=True))
    return sorted(files)


def code_messages(source_dir=SOURCE_DIR, lupdate=DEFAULT_LUPDATE):
    """Every (context, source, comment) of the current code: lupdate over the sources into a temporary catalogue."""
    with tempfile.TemporaryDirectory(prefix="postino-i18n-") as tmp:
        ts = os.path.join(tmp, "current.ts")
        command = [lupdate] + LUPDATE_OPTIONS
        for include in INCLUDE_DIRS:
            command += ["-I", os.path.join(source_dir, include)]
        command += code_files(source_dir) + ["-ts", ts]
        result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True,
                                timeout=120)
        if result.returncode != 0 or not os.path.exists(ts):
            raise RuntimeError("lupdate failed (%d): %s" % (result.returncode, result.stderr))
        return read_catalogue(ts)[1]


def main():
    parser = argparse.ArgumentParser(description="List the entries of a Postino catalogue that still need work.")
    parser.add_argument("--ts", default=os.path.join(SOURCE_DIR, "translations", "postino_it.ts"),
                        help="the catalogue (default: translations/postino_it.ts)")
    parser.add_argument("--from-code", action="store_true",
                        help="also list the code's strings that the catalogue lacks (runs lupdate)")
    parser.add_argument("--check", action="store_true",
                        help="list every problem (lost placeholders, tags, accelerators) and fail if there is one")
    parser.add_argument("--lupdate", default=DEFAULT_LUPDATE, help="lupdate to run for --from-code")
    args = parser.parse_args()

    language, entries = read_catalogue(args.ts)
    lines = []
    for entry in entries:
        problems = entry_problems(entry, language)
        if problems == ["unfinished"]:
            lines.append(entry.describe())
        elif problems and args.check:
            lines += ["%s\t%s" % (entry.describe(), problem) for problem in problems]
    if args.from_code:
        known = {entry.key for entry in entries}
        lines += ["%s\tnot in the catalogue" % message.describe() for message in code_messages(SOURCE_DIR, args.lupdate)
                  if message.key not in known]
    for line in lines:
        print(line)
    print("%d of %d entries need work in %s" % (len(lines), len(entries), os.path.relpath(args.ts)), file=sys.stderr)
    return 1 if args.check and lines else 0


if __name__ == "__main__":
    sys.exit(main())
