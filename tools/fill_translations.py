"""Fill translations into a Qt .ts catalogue from a TOML table of (context, source) -> text.

    python tools/fill_translations.py resources/i18n/guardian_zh_CN.ts tools/zh_CN.toml
    python tools/fill_translations.py resources/i18n/guardian_en.ts --from-source

The table is where the team writes translations; `make translations` keeps the catalogue in step
with the code, and this fills what the table knows. English is the source language: its
catalogue takes each source as it stands unless someone has already improved the wording there.
Untranslated entries are reported and fail the run; so does a translation whose `{field}`
names differ from its source's, which would break the message when it is shown.
"""

from __future__ import annotations

import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

FIELD = re.compile(r"\{(\w*)\}")


def fields(text: str) -> set[str]:
    return set(FIELD.findall(text))


def main() -> int:
    catalogue = Path(sys.argv[1])
    from_source = sys.argv[2] == "--from-source"
    table = {} if from_source else tomllib.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    tree = ET.parse(catalogue)
    missing, broken = [], []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        known = table.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if source in known:
                translation.text = known[source]
                translation.attrib.pop("type", None)
            elif from_source and translation.get("type") == "unfinished":
                translation.text = source
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished":
                missing.append(f"[{name}] {source!r}")
            if translation.text and fields(translation.text) != fields(source):
                broken.append(f"[{name}] {source!r}: {translation.text!r}")
    tree.write(catalogue, encoding="utf-8", xml_declaration=True)
    for line in missing:
        print(f"untranslated: {line}")
    for line in broken:
        print(f"fields differ from the source: {line}")
    return 1 if missing or broken else 0


if __name__ == "__main__":
    sys.exit(main())
