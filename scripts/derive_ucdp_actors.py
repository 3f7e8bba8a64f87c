"""Derive src/eventwire/data/lexicons/ucdp_actors.json: the names of organised armed groups in the
UCDP Actor Dataset, so that a group the report names without telling it is armed ("JNIM killed
14 soldiers", "the ADF killed 20 villagers") is still an armed doer.

Run once by a developer, not at run time:

    python scripts/derive_ucdp_actors.py ucdp-actor-221.csv /usr/share/wordnet

The UCDP Actor Dataset (Uppsala Conflict Data Program, version 22.1; CC BY 4.0,
https://ucdp.uu.se/downloads/) lists every actor of UCDP's conflict datasets.  Kept:

- actors of type ``Org`` 1, formally organised armed groups (rebels, militias, armed wings); not
  governments (type 4, whose forces the lexicon of state nouns covers), supporters of parties
  (type 2) nor identity groups (type 3: "Fulani", "Hausa" name peoples, not groups);
- their short name, original name, new name, and full name in the original language and in
  English when it has two words or more, as written ("Tehrik-i-Taliban Pakistan"), and a full
  name ending in "Group" without that word ("Abu Sayyaf" for "Abu Sayyaf Group");
- less names that are no group's own name: under three letters ("IS", "KK"), with brackets or
  a colon (UCDP's descriptions of factions: "Military faction (forces of ...)"), made only of
  words English writes in lower case ("Outlaws", "Southern Bloc", "Opposition coalition", and
  acronyms that are words: "FAN"; WordNet 3.0 word forms, written in lower case in some synset),
  names of regions, countries and cities of 50,000 people or more, and demonyms (eventwire's
  gazetteer and demonym list: "Tibet"); a village of the same name ("Bla" in Mali) does not count.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "data" / "lexicons" / "ucdp_actors.json"
COLUMNS = ("NameData", "NameOrig", "NewName")
FULL_NAMES = ("NameOrigFull", "NameOrigFullEng")
CITY_POPULATION = 50_000


def _lower_case_forms(wordnet: Path) -> set[str]:
    """Word forms that some WordNet 3.0 synset writes in lower case: common words, not names."""
    forms: set[str] = set()
    for part in ("noun", "verb", "adj", "adv"):
        for line in (wordnet / f"data.{part}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            count = int(fields[3], 16)
            for word in fields[4 : 4 + 2 * count : 2]:
                word = re.sub(r"\(.*\)$", "", word)
                for piece in word.split("_"):
                    if piece and piece == piece.lower():
                        forms.add(piece)
    return forms


def _common(word: str, forms: set[str]) -> bool:
    word = word.lower().strip(".,'’")
    singular = (word[:-2] if word.endswith("es") else "", word[:-1] if word.endswith("s") else "")
    return any(candidate in forms for candidate in (word, *singular) if len(candidate) > 2)


def _keep(name: str, forms: set[str], demonyms: dict[str, frozenset[str]]) -> bool:
    from eventwire.geo.gazetteer import load_gazetteer

    letters = re.sub(r"[^A-Za-z0-9]", "", name)
    if len(letters) < 3 or re.search(r"[():]", name):
        return False
    words = re.findall(r"[A-Za-z0-9'’]+", name)
    if all(_common(word, forms) or word.lower() in {"of", "the", "and", "for", "in", "de", "la", "al"}
           for word in words):
        return False
    if name.lower() in demonyms or name.lower().rstrip("s") in demonyms:
        return False
    # A village that shares a group's name ("Bla" in Mali), or a city that has it only as one of
    # its many alternate names ("Hamas" for Hamm), does not hide the group; a region, a country or
    # a city of 50,000 people under that very name does ("Tibet").
    gazetteer = load_gazetteer()
    return not any(place.feature != "city" or (place.population >= CITY_POPULATION and place.name == name)
                   for place in map(gazetteer.place, gazetteer.known_as(name)))


def main(actors_csv: Path, wordnet: Path) -> None:
    from eventwire.geo.frames import demonyms

    forms = _lower_case_forms(wordnet)
    names: set[str] = set()
    with actors_csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["Org"].strip() != "1":
                continue
            candidates = [row[column] for column in COLUMNS]
            for column in FULL_NAMES:
                full = row[column].split()
                if len(full) >= 2:
                    candidates.append(" ".join(full))
                if len(full) >= 3 and full[-1] == "Group":
                    candidates.append(" ".join(full[:-1]))  # "Abu Sayyaf" for "Abu Sayyaf Group"
            for candidate in candidates:
                name = " ".join(candidate.split())
                if name and name != "n/a" and _keep(name, forms, demonyms()):
                    names.add(name)
    OUT.write_text(json.dumps({
        "about": "Names of organised armed groups (rebels, militias, armed wings) as UCDP writes them: a group a "
                 "report names without telling it is armed is an armed doer (eventwire.extract.actors).",
        "resource": "UCDP Actor Dataset version 22.1, Uppsala Conflict Data Program, https://ucdp.uu.se/downloads/",
        "licence": "CC BY 4.0 (Uppsala Conflict Data Program); names only, as listed",
        "derived_by": "scripts/derive_ucdp_actors.py",
        "rule": "actors of Org type 1; short, original and new names, full names in the original language and "
                "in English with two words or more (and without a last word 'Group'); less names under three "
                "letters, with brackets or a colon, made only of words WordNet "
                "3.0 writes in lower case, places of eventwire's gazetteer and demonyms",
        "names": sorted(names),
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2] if len(sys.argv) > 2 else "/usr/share/wordnet"))
