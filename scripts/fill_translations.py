"""Fill unfinished entries of the Swedish .ts from a JSON file {context: {source: translation}}.

Used after `make translations` has added new source strings: translators (or a helper)
give the Swedish words as JSON, this writes them into the .ts, then lrelease compiles.
Usage: python scripts/fill_translations.py TRANSLATIONS.json [TS_FILE]
"""

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "src/lagaffektiv/app/translations/lagaffektiv_sv.ts"


def main() -> int:
    words = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    ts = Path(sys.argv[2]) if len(sys.argv) > 2 else TS
    tree = ET.parse(ts)
    filled, missing = 0, []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            source = msg.findtext("source")
            if tr is not None and tr.get("type") == "unfinished":
                sv = words.get(name, {}).get(source)
                if sv:
                    tr.text = sv
                    del tr.attrib["type"]
                    filled += 1
                else:
                    missing.append(f"{name}: {source}")
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    print(f"filled {filled}; still unfinished: {len(missing)}")
    for m in missing:
        print("  " + m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
