"""Every lexicon file is listed in docs/lexicons.md and names its source and its licence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "src" / "eventwire" / "data" / "lexicons"
DOC = (REPO / "docs" / "lexicons.md").read_text(encoding="utf-8")
FILES = sorted(path.name for path in FOLDER.iterdir() if path.suffix in (".json", ".tsv"))


@pytest.mark.parametrize("name", FILES)
def test_lexicon_is_documented_with_source_and_licence(name: str) -> None:
    assert f"`{name}`" in DOC, f"{name} is not listed in docs/lexicons.md"
    path = FOLDER / name
    if path.suffix == ".json":
        header = {key.lstrip("_"): value for key, value in json.loads(path.read_text(encoding="utf-8")).items()
                  if isinstance(value, str)}
        assert {"source", "resource", "provenance", "about"} & set(header), f"{name} names no source"
        assert any("licen" in key or _names_licence(value) for key, value in header.items()), (
            f"{name} names no licence")
    else:
        comments = " ".join(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
        assert _names_licence(comments), f"{name} names no licence"
        assert len(comments) > 80, f"{name} has no header saying where it comes from"


def _names_licence(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in ("licen", "cc0", "public domain"))
