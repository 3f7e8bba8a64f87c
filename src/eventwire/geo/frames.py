"""The words around a place name: what they say about the name (issue 10, kind 2).

- a demonym or a possessive country before a settlement word decides the country: "the
  Pakistani city of X", "Lebanon's northern port of X", "Kenya's X county" (demonyms from
  ``data/lexicons/demonyms.tsv``, derived from the countryinfo package);
- the seat of an outlet or a speaker is not where an incident happened: "a Dubai-based channel",
  "the group, based in Dakar";
- the origin of a launch is not where it struck: "rockets fired from X", "a drone launched from X";
- a place closing a multi-word proper name is part of that name: "Islamic State of Iraq", "Armed
  Forces of Ukraine", "Supreme Court of Pakistan";
- a capitalised name in a place frame ("the village of X", "X district", "X, a village in Y") is a
  place even when the gazetteer lacks it;
- seas, gulfs, straits and lakes are places with no country of their own
  (``data/lexicons/water_bodies.tsv``, after Natural Earth's marine areas).

Word lists live in ``data/lexicons/place_frames.json``; every list is read once.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Literal

from spacy.tokens import Doc, Token

from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.names import normalize_name
from eventwire.nlp.cache import doc_text, span_text
from eventwire.nlp.lexicons import is_person_noun, speech_lemmas, taking_words
from eventwire.records import Location

Role = Literal["place", "seat", "origin", "name", "care", "refuge"]
MAX_WATER_WORDS = 4
# Words that may stand between a demonym and the name: "the southern Spanish city of X".
_MAX_MODIFIERS = 3


def _lexicon_lines(name: str) -> list[str]:
    text = resources.files("eventwire").joinpath(f"data/lexicons/{name}").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _frames_file() -> dict[str, object]:
    text = resources.files("eventwire").joinpath("data/lexicons/place_frames.json").read_text(encoding="utf-8")
    data: dict[str, object] = json.loads(text)
    return data


@lru_cache(maxsize=1)
def land_region_spans() -> dict[tuple[str, str], frozenset[str]]:
    """(country, region name) -> the first-level regions a land region that spans several covers
    ("Darfur" -> North Darfur, South Darfur, ...), from data/lexicons/land_regions.tsv "spans"."""
    text = resources.files("eventwire").joinpath("data/lexicons/land_regions.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {(row["country"], row["name"]): frozenset(filter(None, (row.get("spans") or "").split("|")))
            for row in csv.DictReader(lines, delimiter="\t") if row.get("spans")}


@lru_cache(maxsize=1)
def frame_words() -> Mapping[str, frozenset[str]]:
    """The word lists of ``place_frames.json`` by key (lower-case words or lemmas), read once
    (the place matcher asks for them for every name it weighs)."""
    return MappingProxyType({key: frozenset(value) for key, value in _frames_file().items()
                             if not key.startswith("_") and isinstance(value, list)})


@lru_cache(maxsize=1)
def country_cues() -> dict[str, frozenset[str]]:
    """Country code -> words used only of its institutions ("fbi", "congressional" -> US)."""
    cues = _frames_file()["country_cues"]
    assert isinstance(cues, dict)
    return {code: frozenset(words) for code, words in cues.items()}


def cue_countries(doc: Doc) -> set[str]:
    """Countries whose institution words the text uses (single words and two-word phrases)."""
    words = {token.lower_ for token in doc}
    words |= {f"{one.lower_} {two.lower_}" for one, two in itertools.pairwise(doc)}
    return {code for code, cues in country_cues().items() if words & cues}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, frozenset[str]]:
    """Demonym (normalised: lower-case, no accents) -> ISO 3166-1 alpha-2 codes: "pakistani" -> {"PK"}
    (demonyms.tsv from countryinfo, and the country adjectives it lacks, demonym_adjectives.tsv)."""
    found: dict[str, frozenset[str]] = {}
    for name in ("demonyms.tsv", "demonym_adjectives.tsv"):
        for row in csv.DictReader(_lexicon_lines(name), delimiter="\t"):
            key = normalize_name(row["demonym"])
            found[key] = found.get(key, frozenset()) | frozenset(row["countries"].split(","))
    return found


@dataclass(frozen=True, slots=True)
class WaterBody:
    """A sea, gulf, strait or lake: a place with no country of its own."""

    name: str
    lat: float
    lon: float
    coastal: tuple[str, ...]


@lru_cache(maxsize=1)
def water_bodies() -> dict[str, WaterBody]:
    """Normalised name or alias -> water body."""
    found: dict[str, WaterBody] = {}
    for row in csv.DictReader(_lexicon_lines("water_bodies.tsv"), delimiter="\t"):
        body = WaterBody(row["name"], float(row["lat"]), float(row["lon"]), tuple(row["coastal"].split(",")))
        for spelling in [row["name"], *filter(None, row["aliases"].split("|"))]:
            found[normalize_name(spelling)] = body
    return found


@lru_cache(maxsize=1)
def _water_first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in water_bodies())


def is_water_body(location: Location) -> bool:
    """Whether a resolved location is a sea, gulf or lake of ``water_bodies.tsv`` (no GeoNames id)."""
    return location.geonameid is None and location.feature == "region" and (
        normalize_name(location.name) in water_bodies())


def water_body_at(doc: Doc, start: int) -> tuple[int, WaterBody] | None:
    """The longest water body's name starting at token ``start``: (end token, body)."""
    if not doc[start].text[:1].isupper() or normalize_name(doc[start].text) not in _water_first_words():
        return None
    bodies = water_bodies()
    for end in range(min(len(doc), start + MAX_WATER_WORDS + 2), start, -1):
        span = doc[start:end]
        if "\n" in span_text(span) or not span[-1].text[:1].isalpha():
            continue
        body = bodies.get(normalize_name(span_text(span)))
        if body is None:
            continue
        following = doc[end] if end < len(doc) else None
        if following is not None and following.lower_ in frame_words()["unit_nouns"]:
            return None  # "Sudan's Red Sea state" is a region
        if len(span) == 1 and (start == 0 or doc[start - 1].lower_ != "the" or (
                following is not None and following.pos_ == "NOUN")):
            return None  # "Mediterranean" alone is the sea only as "the Mediterranean", not "Mediterranean ports"
        return end, body
    return None


DISTANCE_UNITS = frozenset({"km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres",
                             "meters"})


def mention_role(doc: Doc, start: int, end: int) -> Role:
    """Whether the name at tokens ``start:end`` is an outlet's seat, a launch origin, part of a
    longer proper name, or a place."""
    after = doc[end : end + 2]
    seat_words = frame_words()["seat_words"]
    if len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ in seat_words:
        return "seat"  # "a Dubai-based channel"
    if len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ in frame_words()["control_words"]:
        return "name"  # "Indian-administered Kashmir", "Turkish-backed fighters": the party, not a place
    index = start - 1
    if index >= 0 and doc[index].lower_ == "the":
        index -= 1
    if index >= 1 and doc[index].is_lower and (doc[index].pos_ == "ADJ" or doc[index].tag_ == "VBN") and (
            doc[index - 1].lower_ == "from"):
        index -= 1  # "launched from southern Lebanon", "fired from occupied territory"
    if index >= 1 and doc[index].lower_ == "in" and doc[index - 1].lower_ in seat_words:
        return "seat"  # "the group, based in Dakar"
    if index >= 1 and doc[index].lower_ == "from" and doc[index - 1].lower_ in DISTANCE_UNITS:
        return "place"  # "a hamlet some 15 kilometres from Zaria": where a place lies, not an origin
    if index >= 1 and doc[index].lower_ == "from" and _launched(doc[index]):
        return "origin"
    if index >= 1 and doc[index].lower_ == "from" and _spoken_from(doc[index]):
        return "seat"  # "a local official said, speaking by telephone from Mopti": where the speaker is
    if index >= 1 and doc[index].lower_ == "in" and _spoken_in(doc[index]):
        return "seat"  # "the police chief told a news conference in Bogotá that ...": where the speaker was
    if in_speaking_clause(doc, start):
        return "seat"  # "Speaking at a rally of his party in Lahore, the minister said ..."
    if index >= 0 and doc[index].lower_ == "in" and _fronted_to_a_statement(doc[index]):
        return "seat"  # "In Geneva, a UN spokesperson said it was concerned ..."
    if index >= 0 and doc[index].lower_ == "from" and _peoples_origin(doc[index]):
        return "origin"  # "the workers, all from Punjab province": where the victims came from
    if _origin_of_a_person(doc, start):
        return "origin"  # "the attackers, from the West Bank city of Hebron", "the bomber, a native of X"
    if _closes_a_proper_name(doc, start) or names_a_people(doc, start, end):
        return "name"
    if _care_destination(doc, _preposition_before(doc, start)):
        return "care"
    if _refuge(doc, start):
        return "refuge"
    return "place"


def _fronted_to_a_statement(preposition: Token) -> bool:
    """"In Geneva, a UN spokesperson said it was concerned ...": a place put before a speech verb
    that the parse makes its head, in a sentence that gives no figure (where "In Kabul, the ministry
    said 30 had died" gives one, the place is the toll's)."""
    head = preposition.head
    sentence = preposition.sent
    figures = any(token.like_num and token.ent_type_ not in ("DATE", "TIME") for token in sentence)
    # The speaker follows the place with no verb between ("In Geneva, a UN spokesperson said"); in "In
    # Romny, a drone wounded a woman on Tuesday, the mayor said" the parse hangs the place on "said"
    # too, but an act stands between them.
    speaker = [child for child in head.children if child.dep_ in ("nsubj", "nsubjpass")]
    start = min(token.i for token in speaker[0].subtree) if speaker else head.i
    next_to = not any(token.pos_ == "VERB" for token in preposition.doc[preposition.i + 1 : start])
    # "In Jos, the police chief told relatives that gunmen had killed 17 villagers in Bokkos": a
    # reported clause that places its act itself leaves the fronted place to the statement.
    placed = any(token.i > head.i and token.lower_ in ("in", "near") and any(
        obj.pos_ == "PROPN" for obj in token.children if obj.dep_ == "pobj") for token in sentence)
    return preposition.i == sentence.start and head.lemma_.lower() in frame_words()["speaker_from_words"] and (
        head.i > preposition.i) and (not figures or placed) and next_to


def _peoples_origin(preposition: Token) -> bool:
    """"the labourers, all from Punjab province": "from" hung on a noun for people (WordNet
    noun.person) tells where they came from, not where the act was; unless the people are taken
    ("abducted 14 villagers from X": the parse hangs "from" on the victims, but X is where they
    were seized)."""
    head = preposition.head
    return head.pos_ == "NOUN" and head.i < preposition.i and is_person_noun(head.lemma_.lower()) and (
        not taken_from(preposition))


def _origin_of_a_person(doc: Doc, start: int) -> bool:
    """"The attackers, from the West Bank city of Hebron, were shot": a place named in a settlement
    frame ("the <words> city of X") after "from" on a person noun, or after a singular noun of
    belonging set off beside a person ("the attacker, a resident of Nablus"), is where the person
    came from, not where the act was."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    noun = doc[start - 2]
    words = frame_words()
    if noun.lower_ in frame_words()["belonging_nouns"]:
        return noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN") and any(
            child.lower_ in ("a", "an") for child in noun.children)
    if noun.lower_ not in words["settlement_nouns"] | words["unit_nouns"]:
        return False
    # Back over the frame's words ("the West Bank city of", "the northern town of") to "from".
    for index in range(start - 3, max(-1, start - 9), -1):
        token = doc[index]
        if token.lower_ == "from":
            # (The parse may hang a "from" set off by commas on the verb: "The gunmen, from the
            # neighbouring town of X, fled"; the person noun before the comma tells it.)
            before = doc[index - 2] if index >= 2 and doc[index - 1].text == "," else None
            return _peoples_origin(token) or (before is not None and before.pos_ == "NOUN" and is_person_noun(
                before.lemma_.lower()))
        if not (token.lower_ == "the" or token.is_title or token.pos_ in ("ADJ", "PROPN") or token.text == "-"
                or token.dep_ in ("amod", "compound")):
            return False
    return False


def taken_from(preposition: Token) -> bool:
    """Whether "from" tells where people were taken by force: it hangs on a taking verb ("seized
    nine women from X") or on its object ("abducted 14 villagers from X"); taking verbs from
    data/lexicons/triggers.json "taking" (WordNet)."""
    taking = taking_words()
    head = preposition.head
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "nsubjpass"):
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in taking.verbs | taking.particle_verbs


# Present participles that open a clause telling where or when a statement was made.
_SPEAKING_LEMMAS = frozenset({"speak", "talk", "address", "brief"})


def in_speaking_clause(doc: Doc, index: int) -> bool:
    """Whether token ``index`` lies in a clause that a participle of speaking opens ("Speaking at a
    news conference in Kyiv on Thursday, the minister said", "..., speaking on state TV in X,"): from
    the sentence's start or a comma to the next comma.  Its places and days are the statement's."""
    # Back to the clause's first word: after a comma, or the sentence's first token.
    position = index
    while position > 0 and not doc[position].is_sent_start and doc[position - 1].text != ",":
        position -= 1
    opener = doc[position]
    return position < index and opener.tag_ == "VBG" and opener.lemma_.lower() in _SPEAKING_LEMMAS


def names_a_people(doc: Doc, start: int, end: int) -> bool:
    """"Fano militias", "Kachin rebels", "the Masalit people", "members of the Fulani community": a
    name before a noun for a people or an armed group (place_frames.json group_name_nouns) names
    them, not a place; "community" only where the text speaks of people ("members of the", "from
    the") or the model labels the name a nationality or people (NORP), as "the X community" is
    also how Nigerian news names a village."""
    if end >= len(doc):
        return False
    following = doc[end].lower_
    if following in frame_words()["group_name_nouns"]:
        return True
    if following != "community":
        return False
    before = doc_text(doc)[max(0, doc[start].idx - 20) : doc[start].idx].lower()
    return doc[start].ent_type_ == "NORP" or bool(re.search(r"\b(?:members? of|from|among) the\s*$", before))


# How far back from "in" a care noun and its "to" may stand: "to the regional teaching hospital in X".
_CARE_WINDOW = 7


def _care_destination(doc: Doc, index: int) -> bool:
    """"were airlifted to X", "rushed to a hospital in X", "shifted to the teaching hospital in X":
    where the wounded were taken (the word before the name is at ``index``)."""
    if index < 1:
        return False
    words = frame_words()
    if doc[index].lower_ == "to":
        # "were evacuated by helicopter to X": the parse's head of "to" when words stand between.
        return doc[index - 1].lemma_.lower() in words["transfer_lemmas"] or (
            doc[index].head.lemma_.lower() in words["transfer_lemmas"] and doc[index].head.i < index)
    if doc[index].lower_ != "in":
        return False
    window = doc[max(0, index - _CARE_WINDOW) : index]
    care = [t for t in window if t.lower_ in words["care_nouns"]]
    if not care:
        return False
    # The "to" before the care noun must be that of a verb of moving the wounded ("rushed to a
    # hospital in X"), not a road or a building next to one ("the road to the hospital in X").
    to = [t for t in doc[max(0, index - _CARE_WINDOW) : care[-1].i] if t.lower_ == "to"]
    return bool(to) and to[-1].i >= 1 and (doc[to[-1].i - 1].lemma_.lower() in words["transfer_lemmas"]
                                           or to[-1].head.lemma_.lower() in words["transfer_lemmas"])


def _preposition_before(doc: Doc, start: int) -> int:
    """The index of the word before a name and its article, past a settlement noun with "of" and
    its modifiers ("to the nearby town of X", "in the port city of X"); -1 at the text's start."""
    settlement = frame_words()["settlement_nouns"] | frame_words()["unit_nouns"]
    index = start - 1
    if index >= 1 and doc[index].lower_ == "of" and doc[index - 1].lower_ in settlement:
        index -= 2
        while index >= 0 and doc[index].is_lower and doc[index].pos_ in ("ADJ", "ADV", "NOUN") and (
                doc[index].lower_ != "the"):
            index -= 1  # "the nearby", "the small northern", "the port"
    if index >= 0 and doc[index].lower_ == "the":
        index -= 1
    return index


def _refuge(doc: Doc, start: int) -> bool:
    """"residents escaped to the nearby town of X", "fled into X", "sought refuge in X": where people
    went after the act (place_frames.json flight_lemmas, refuge_nouns). The words between the
    preposition and the name may be an article, modifiers and a settlement noun with "of"."""
    words = frame_words()
    index = _preposition_before(doc, start)
    if index < 1:
        return False
    preposition = doc[index]
    if preposition.lower_ in ("to", "towards", "toward", "into"):
        head = preposition.head
        return (head.i < index and head.lemma_.lower() in words["flight_lemmas"]) or (
            doc[index - 1].lemma_.lower() in words["flight_lemmas"])
    return preposition.lower_ == "in" and doc[index - 1].lower_ in words["refuge_nouns"] and index >= 2 and (
        doc[index - 2].lemma_.lower() in ("seek", "take", "find"))


def _closes_a_proper_name(doc: Doc, start: int) -> bool:
    """"Islamic State of Iraq", "Armed Forces of Ukraine": two capitalised words, "of", the name.

    A capitalised settlement or unit word ("Province of X") and the first word of a sentence do
    not make a longer name.
    """
    if start < 3 or doc[start - 1].lower_ != "of":
        return False
    words = frame_words()
    head, first = doc[start - 2], doc[start - 3]
    # "Local Government Area of X" (Nigeria's unit) is a unit word too.
    return all(token.text[:1].isupper() and token.is_alpha and token.lower_ not in words["settlement_nouns"]
               and token.lower_ not in words["unit_nouns"] and token.lower_ != "area"
               and token.lower_ not in words["unit_phrases"]  # "LGA"
               for token in (head, first)) and not first.is_sent_start


def owns_a_force(doc: Doc, end: int) -> bool:
    """Whether the name ending at token ``end`` owns a force ("Moscow's forces", "Kyiv's troops",
    "Russia's air force"): the state that acts, not where (a force noun past at most one word)."""
    if end + 1 >= len(doc) or doc[end].text not in ("'s", "’s"):
        return False
    nouns = frame_words()["possessor_force_nouns"]
    return any(token.lower_ in nouns for token in doc[end + 1 : end + 3])


def acts_as_agent(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` is the agent of a passive ("drones launched by Russia",
    "a strike ordered by Washington"): the party that acts, not where.  Read from the surface
    ("by" right before the name, or before a list that the name closes: "issued by Britain, France
    and Spain"; a past participle before it), as the parse of the agent varies."""
    by = start - 1
    while by >= 1 and start - by <= _MAX_AGENT_LIST and (
            doc[by].text == "," or doc[by].lower_ == "and" or doc[by].text[:1].isupper()):
        by -= 1
    if by < 1 or doc[by].lower_ != "by" or not (by == start - 1 or doc[by + 1].text[:1].isupper()):
        return False
    if doc[by].dep_ == "agent":
        return True
    before = doc[by - 1]
    return before.tag_ == "VBN" or (before.text == "," and by >= 2 and doc[by - 2].tag_ == "VBN")


# How many words a list of states after "by" may hold before the name ("by Britain, France, Germany and").
_MAX_AGENT_LIST = 12


def _spoken_from(preposition: Token) -> bool:
    """"speaking by telephone from X", "told AFP from X", "said by phone from X": the place a
    speaker talks from (the parse's head of "from", or the word before it as fallback)."""
    words = frame_words()["speaker_from_words"]
    return preposition.head.lemma_.lower() in words or preposition.nbor(-1).lemma_.lower() in words


# How far before "in" the speech verb may stand: "told a news conference in X", "told state television in X".
_SPOKEN_WINDOW = 7
# The prepositions that join a speech verb to what it is spoken on or at ("speaking on state TV").
_STATEMENT_LINKS = frozenset({"on", "at", "to"})


def _spoken_in(preposition: Token) -> bool:
    """"told a news conference in X", "said in X on Sunday that", "told reporters in X": the place
    where a statement was made.  The parse must hang "in" on the speech verb or on what it is told
    at (statement_nouns), and the verb must stand just before it, so that a parse that hangs the
    act's own place on "said" ("said 12 people were killed in X") does not count."""
    words = frame_words()
    head = preposition.head
    while head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.lower_ == "of" and (
            head.head.head.lower_ in words["statement_nouns"] or _audience(head.head.head)):
        # "told a meeting of Arab envoys in X", "told relatives of the victims in X": the meeting, the
        # relatives are where it was told
        head = head.head.head
    if head.pos_ == "VERB" and head.dep_ == "acl" and head.tag_ == "VBN" and _audience(head.head):
        head = head.head  # "told residents gathered in X that ..."
    if head.pos_ in ("NOUN", "PROPN") and (head.lower_ in words["statement_nouns"] or _audience(head)):
        head = head.head
        if head.pos_ == "ADP" and head.lower_ in _STATEMENT_LINKS:
            head = head.head  # "speaking on state TV in X", "speaking at a rally in X"
    if head.lemma_.lower() not in words["speaker_from_words"] | words["audience_verbs"] or not (
            0 < preposition.i - head.i <= _SPOKEN_WINDOW):
        return False
    if any(child.dep_ in ("auxpass", "nsubjpass") for child in head.children):
        return False  # "deaths were reported in Dnipro": where the reported thing happened
    between = preposition.doc[head.i + 1 : preposition.i]
    return all(token.lower_ in words["statement_nouns"] or token.pos_ in ("DET", "ADJ", "NOUN", "PROPN")
               or token.lower_ in _STATEMENT_LINKS or token.lower_ == "of" or token.text == "-"
               or (token.dep_ == "acl" and token.tag_ == "VBN")  # "residents gathered in X"
               for token in between) and not any(token.like_num for token in between)


def _audience(noun: Token) -> bool:
    """"told supporters in X that ...", "briefed diplomats in X, saying ...": whoever a statement is
    told to, whatever noun names them (audience_verbs), when the verb reports a statement (a clause
    of what was said, or "saying"); "told villagers in X to leave" reports an order, and X may be
    where the act was."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "dative") or verb.lemma_.lower() not in frame_words()["audience_verbs"]:
        return False
    return any(child.dep_ == "ccomp" or (child.dep_ == "advcl" and child.lemma_.lower() in speech_lemmas())
               for child in verb.children)


def _launched(preposition: Token) -> bool:
    """"fired from", "launched from", "took off from": the parse, and the word before as fallback."""
    lemmas = frame_words()["launch_lemmas"]
    head = preposition.head
    if preposition.dep_ == "prep" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in lemmas:
        return True
    previous = preposition.nbor(-1)
    if previous.lower_ == "off" and previous.i >= 1:
        return previous.nbor(-1).lemma_.lower() == "take"  # "took off from"; "took prisoners from X" is not
    return previous.lemma_.lower() in lemmas and previous.pos_ in ("VERB", "AUX", "ADJ")


def _modifier(token: Token, settlement: frozenset[str], saw_of: bool) -> bool:
    """A word between a demonym and the name: "southern", "border", "port", or a capitalised
    people's adjective that names no country ("the Iraqi Kurdish city of X")."""
    if not token.is_alpha:
        return False
    if token.is_lower:
        return token.pos_ == "ADJ" or token.lower_ in settlement or (token.pos_ == "NOUN" and saw_of)
    return normalize_name(token.text) not in demonyms() and (token.ent_type_ == "NORP" or token.pos_ == "ADJ")


def settlement_apposed(doc: Doc, start: int, end: int | None) -> bool:
    """Whether the name at ``start:end`` is set off by a comma right after the settlement or unit
    noun that describes it: "in a Congolese city, Goma, on Monday", "near the northern town,
    Gwoza.". The noun's phrase opens with an article (so "in the village, police said" is a
    clause's end, not a name), and a comma, full stop or preposition closes the name (``end`` None:
    the name's end is not known yet)."""
    words = frame_words()
    settlement = words["settlement_nouns"] | words["unit_nouns"]
    if start < 3 or doc[start - 1].text != "," or doc[start - 2].lower_ not in settlement:
        return False
    index, skipped = start - 3, 0
    while index >= 0 and skipped <= _MAX_MODIFIERS and (_modifier(doc[index], settlement, False) or (
            doc[index].text[:1].isupper() and normalize_name(doc[index].text) in demonyms())):
        index -= 1
        skipped += 1
    if index < 0 or doc[index].lower_ not in ("a", "an", "the"):
        return False
    return end is None or end >= len(doc) or doc[end].text in (",", ".", ";") or doc[end].pos_ == "ADP"


def country_hint(doc: Doc, start: int, gazetteer: Gazetteer) -> frozenset[str]:
    """Countries a demonym or possessive country before the name says: "the Pakistani city of X",
    "Lebanon's northern city of X", "Pakistan's X district".

    The words between must be modifiers or settlement words; "Russian-occupied" says nothing of
    the country.
    """
    words = frame_words()
    settlement = words["settlement_nouns"] | words["unit_nouns"]
    index = start - 1
    # "a Congolese city, Goma,": the noun's phrase before the comma says the country as "of" does.
    saw_of = index >= 0 and (doc[index].lower_ == "of" or (doc[index].text == "," and settlement_apposed(
        doc, start, None)))
    if saw_of:
        index -= 1
        if index < 0 or doc[index].lower_ not in settlement:
            return frozenset()
    skipped = 0
    while index >= 0 and skipped <= _MAX_MODIFIERS and _modifier(doc[index], settlement, saw_of):
        index -= 1
        skipped += 1
    if index < 0:
        return frozenset()
    token = doc[index]
    if index + 1 < len(doc) and doc[index + 1].text in ("-", "–"):
        return frozenset()
    codes = demonyms().get(normalize_name(token.text)) if token.text[:1].isupper() else None
    if codes:
        return codes
    if token.text in ("'s", "’s") and index >= 1:
        for length in range(min(index, 5), 0, -1):
            countries = [p.country for p in gazetteer.lookup(doc[index - length : index].text)
                         if p.feature == "country"]
            if countries:
                return frozenset(countries[:1])
    return frozenset()
