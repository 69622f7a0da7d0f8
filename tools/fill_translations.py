"""Fill translations into a Qt .ts catalogue from a TOML table of (context, source) -> text.

    python tools/fill_translations.py resources/translations/guardian_zh_CN.ts tools/zh_CN.toml

The table is where the team writes translations; `make translations` keeps the catalogue in step
with the code, and this fills what the table knows. Unknown entries are reported.
"""

from __future__ import annotations

import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path


def main() -> int:
    catalogue, table_path = Path(sys.argv[1]), Path(sys.argv[2])
    table = tomllib.loads(table_path.read_text(encoding="utf-8"))
    tree = ET.parse(catalogue)
    missing = []
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
            elif translation.get("type") == "unfinished":
                missing.append(f"[{name}] {source!r}")
    tree.write(catalogue, encoding="utf-8", xml_declaration=True)
    for line in missing:
        print(f"untranslated: {line}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
