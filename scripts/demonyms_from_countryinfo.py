"""Write src/eventwire/data/lexicons/demonyms.tsv from the country files of the countryinfo package.

countryinfo (MIT licence) is not a dependency of eventwire: download its wheel once
(``pip download countryinfo==1.0.1 --no-deps -d /tmp/ci``), unpack it and pass the folder
holding ``countryinfo/data``:  python scripts/demonyms_from_countryinfo.py /tmp/ci/unpacked
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HEADER = """# Demonyms (adjective of a country) -> ISO 3166-1 alpha-2 codes, comma-separated when one
# word names several.
# Derived from the 'demonym' and 'ISO.alpha2' fields of the country files shipped in the PyPI package
# countryinfo 1.0.1 (MIT licence, (c) 2018 Porimol Chandro; its data follows the REST Countries project).
# Regenerate with scripts/demonyms_from_countryinfo.py; not edited by hand.
demonym\tcountries
"""


def main(root: Path, out: Path) -> None:
    codes: dict[str, set[str]] = defaultdict(set)
    for path in sorted((root / "countryinfo" / "data").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        demonym, code = data.get("demonym"), data.get("ISO", {}).get("alpha2")
        if not demonym or not code:
            continue
        for part in re.split(r"\s*(?:,|/| or )\s*", demonym):
            if part.strip()[:1].isupper():
                codes[part.strip()].add(code)
    lines = [f"{name}\t{','.join(sorted(found))}\n" for name, found in sorted(codes.items())]
    out.write_text(HEADER + "".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(__file__).resolve().parents[1] / "src/eventwire/data/lexicons/demonyms.tsv")
