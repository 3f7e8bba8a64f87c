"""Sentence units: a sentence with everything the components found in it.

A clause headed by "before", "after" or "since" speaks of another incident: its places,
triggers and times are set aside, unless it carries the only time of its sentence ("the
attacks came after Russia unleashed its biggest assault on Friday"), when the sentence
is about that incident.  Places that are the subject of an act ("Moscow launched") or
part of a source ("officials in Kiev said") are actors, not locations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from eventwire.geo.resolve import ResolvedPlace
from eventwire.nlp.attribution import AttributionMention
from eventwire.nlp.casualties import CasualtyMention
from eventwire.nlp.hedges import HedgeMention
from eventwire.nlp.triggers import TriggerMention
from eventwire.time.expressions import TimeMention

HISTORY_DAYS = 45
_HISTORY_CUES = re.compile(
    r"\b(?:years? ago|decades? ago|anniversary|in the past|since (?:the )?(?:start|beginning) of|"
    r"was the (?:worst|deadliest|heaviest)|the (?:worst|deadliest|heaviest) since|repeatedly)\b",
    re.I,
)
_SUBJECT_OK_VERBS = frozenset({"come", "be", "suffer", "see", "witness", "face", "experience", "remain", "become",
                               "endure", "undergo", "shake", "rock", "hit", "strike", "wake"})
_POLITICAL_CUE = re.compile(
    r"terror|extremis|jihad|militant|insurgen|rebel|islamic state|\bisis\b|\bisil\b|daesh|taliban|al[- ]qaeda|"
    r"al[- ]shabaab|boko haram|houthi|hezbollah|hamas|armed group|militia|paramilitar|far[- ]right|neo-?nazi|"
    r"white supremac|racis|hate crime|manifesto|radicali[sz]|politician|\bmayor\b|minister|lawmaker|"
    r"member of parliament|\bmp\b|journalist|activist|protest|separatist|guerrilla|soldiers|troops|"
    r"security forces|army|sectarian|ethnic|mosque|synagogue|church|cathedral|temple|anti-government|"
    r"opposition|coup|assassinat",
    re.I,
)
STRONG_CATEGORIES = frozenset({"suicide", "chemical", "ied", "grenade", "air", "shelling", "interception", "clash",
                               "territory", "abduction", "riot", "protest", "attack"})


@dataclass(slots=True)
class Unit:
    """One sentence (or the headline) and its annotations."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    is_title: bool
    triggers: list[TriggerMention]
    casualties: list[CasualtyMention]
    hedges: list[HedgeMention]
    times: list[TimeMention]
    attributions: list[AttributionMention]
    places: list[ResolvedPlace]
    history: bool = False
    actor: str | None = None
    all_places: list[ResolvedPlace] = field(default_factory=list)

    def strong_triggers(self, political: bool) -> list[TriggerMention]:
        return [t for t in self.triggers if t.category in STRONG_CATEGORIES and (political or t.category != "attack")]

    @property
    def event_time(self) -> TimeMention | None:
        for mention in self.times:
            if mention.date is not None and not mention.since and mention.precision in ("day", "week"):
                return mention
        return None


def political_cue(text: str) -> bool:
    return bool(_POLITICAL_CUE.search(text))


def build_units(doc: Doc, places: list[ResolvedPlace], published: date | None, skip: list[tuple[int, int]]
                ) -> list[Unit]:
    units: list[Unit] = []
    paragraph = 0
    sentences = list(doc.sents)
    for index, sentence in enumerate(sentences):
        if sentence.text.strip() == "":
            continue
        if index > 0 and "\n" in doc.text[sentences[index - 1].start_char : sentence.start_char]:
            paragraph += 1
        in_sentence = [p for p in places if sentence.start_char <= p.mention.start < sentence.end_char
                       and not any(start <= p.mention.start < end for start, end in skip)]
        unit = Unit(
            index=len(units), start=sentence.start_char, end=sentence.end_char, text=sentence.text,
            paragraph=paragraph, is_title=False,
            triggers=list(doc._.ew_triggers[index]), casualties=list(doc._.ew_casualties[index]),
            hedges=list(doc._.ew_hedges[index]), times=list(doc._.ew_times[index]),
            attributions=list(doc._.ew_attributions[index]), places=in_sentence, all_places=in_sentence,
        )
        _set_aside_references(sentence, unit)
        _drop_actor_places(sentence, unit)
        unit.history = _is_history(unit, published)
        units.append(unit)
    return units


def _reference_ranges(sentence: Span) -> list[tuple[int, int]]:
    ranges = []
    for token in sentence:
        if token.lower_ in ("before", "after", "since", "following", "than") and token.dep_ in ("prep", "mark"):
            subtree = list(token.subtree) if token.dep_ == "prep" else list(token.head.subtree)
            if token.dep_ == "mark" and token.head == sentence.root:
                continue
            start = min(t.idx for t in subtree)
            end = max(t.idx + len(t.text) for t in subtree)
            ranges.append((start, end))
    return ranges


def _set_aside_references(sentence: Span, unit: Unit) -> None:
    ranges = _reference_ranges(sentence)
    if not ranges:
        return

    def inside(position: int) -> bool:
        return any(start <= position < end for start, end in ranges)

    main_times = [t for t in unit.times if not inside(t.start)]
    reference_times = [t for t in unit.times if inside(t.start) and not t.since]
    if not main_times and reference_times and all(
        not sentence.doc.text[max(0, t.start - 40) : t.start].lower().rstrip().endswith("since")
        for t in reference_times
    ):
        return
    unit.times = main_times
    unit.triggers = [t for t in unit.triggers if not inside(t.start)]
    unit.places = [p for p in unit.places if not inside(p.mention.start)]


def _drop_actor_places(sentence: Span, unit: Unit) -> None:
    source_ranges = [(a.start, a.end) for a in unit.attributions]
    kept = []
    for place in unit.places:
        if any(start <= place.mention.start < end for start, end in source_ranges):
            continue
        head = _head_token(sentence, place.mention.start)
        if head is not None and head.dep_ == "nsubj" and head.head.pos_ == "VERB" and (
            head.head.lemma_.lower() not in _SUBJECT_OK_VERBS
        ):
            continue
        if head is not None and head.dep_ == "poss" and place.location.feature == "country":
            continue
        kept.append(place)
    unit.places = kept


def _head_token(sentence: Span, char: int) -> Token | None:
    tokens = [t for t in sentence if t.idx >= char]
    if not tokens:
        return None
    token = tokens[0]
    while token.dep_ in ("compound", "flat") and token.head != token and token.head.i > token.i:
        token = token.head
    return token


def _is_history(unit: Unit, published: date | None) -> bool:
    if _HISTORY_CUES.search(unit.text):
        return True
    for mention in unit.times:
        if mention.since:
            return True
        if mention.date is not None and published is not None and (
            mention.date < published - timedelta(days=HISTORY_DAYS)
        ):
            return True
    return False
