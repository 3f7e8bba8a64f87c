"""Clause units: a sentence that reports several incidents becomes one unit per incident.

"A car bomb killed four in Kirkuk, while in Mosul gunmen shot dead two policemen";
"Bandits killed 15 in Zamfara, gunmen kidnapped 20 students in Kaduna, and a blast in
Maiduguri injured seven": distinct acts in different places are separate events even in one
sentence (``../shared/spec/gold-format.md``: one event per distinct incident).

A sentence is cut before ";" and before a "," / "and" / "but" / "while" / "whereas" that opens
a clause with its own subject: a token the parse makes the subject of a later verb, or, as the
surface fallback when the small model misparses, a noun or pronoun followed by a finite verb.
A piece is kept on its own only when it names a place and an act (a typed trigger or a
figure); a piece with no act ("in Gao,") joins the clause after it, a piece with no place ("and
police said three died") the clause before it.  A sentence left in one piece is not split.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from eventwire.geo.gazetteer import region_stem
from eventwire.geo.resolve import distance_km
from eventwire.nlp.lexicons import alternation, armed_actor_words, word_list
from eventwire.nlp.numbers import words_to_number
from eventwire.nlp.triggers import TriggerMention
from eventwire.records import Location
from eventwire.time.expressions import TimeMention

if TYPE_CHECKING:  # units.py calls this module while it builds its units
    from eventwire.extract.units import Unit

_OPENERS = frozenset({",", ";", "and", "but", "while", "whereas"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# A frame of speech around the whole sentence ("Police said ...", "..., officials said.")
# reaches every clause: this many characters from the sentence's edge.
_FRAME_EDGE = 3
_ARTICLE = re.compile(r"^\W*(?:the|a|an)\b", re.I)


def split_clauses(sentence: Span, unit: Unit) -> list[Unit]:
    """The unit as one or more clause units (offsets stay report offsets)."""
    if unit.history or unit.is_title:
        return [unit]
    shared_out = _respectively(unit)
    if len(shared_out) > 1:
        return shared_out
    gapped, extra_cuts = _gapped_clauses(sentence, unit)
    pieces = _pieces(sentence, gapped, extra_cuts)
    if len(pieces) < 2:
        return [unit]
    units = _units(gapped, pieces)
    for before, piece in itertools.pairwise(units):
        if piece.start in extra_cuts or _elided_act_noun(sentence, piece):
            piece.gapped_from = before
    return units


# A word that stands for the act noun of the clause before it: "another", "a second", "one more".
_ANOTHER = re.compile(r"^\W*(?:(?:and|but|while|whereas)\s+)?(?:another|a\s+(?:second|third|fourth)|one\s+more)\s+",
                      re.I)


def _elided_act_noun(sentence: Span, piece: Unit) -> bool:
    """"A missile hit a warehouse in Odesa, wounding four; another struck a port in Izmail": a clause
    whose subject is "another" (or "a second") with its noun left out, so the verb that follows
    tells the act of the clause before, with that clause's weapon."""
    match = _ANOTHER.match(piece.text)
    if match is None:
        return False
    following = next((t for t in sentence if t.idx >= piece.start + match.end()), None)
    return following is not None and following.pos_ in ("VERB", "AUX")


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_RESPECTIVELY_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s*,?\s*respectively\b", re.I)


def _respectively(unit: Unit) -> list[Unit]:
    """"attacked a checkpoint in X and a border post in Y, killing three policemen and two soldiers
    respectively": figures handed out in order to as many places, each an incident of its own (the
    whole sentence stays each one's evidence). The sentence's one figure must be a sum of as many
    parts as it names towns or districts, the last part closed by "respectively"."""
    figures = [c for c in unit.casualties if c.breakdowns and c.part_of is None]
    if len(figures) != 1:
        return [unit]
    figure = figures[0]
    end = figure.end - unit.start
    # ("killed seven and four soldiers respectively on Monday": the figure may end before its noun.)
    if not _RESPECTIVELY.search(unit.text[max(0, end - 14) : end + 14]) and not _RESPECTIVELY_AFTER.match(
            unit.text[end:]):
        return [unit]
    places = [p for p in unit.places if p.location.feature != "country" and p.mention.start < figure.start]
    if len(places) != len(figure.breakdowns) or len({p.location.name for p in places}) != len(places):
        return [unit]
    countries = [p for p in unit.places if p.location.feature == "country"]
    pieces = []
    for place, part in zip(places, figure.breakdowns, strict=True):
        share = dataclasses.replace(figure, value=part.value, qualifier="exact", start=part.start, end=part.end,
                                    low=None, high=None, vague=None, breakdowns=[])
        pieces.append(dataclasses.replace(
            unit, places=[place, *countries], all_places=[place, *countries],
            casualties=[c for c in unit.casualties if c is not figure] + [share], shared=True))
    return pieces


# "and another four", "and a further 12": words between the joint and the repeated figure.
_GAP_LEAD = frozenset({"a", "another", "further"})
_GAP_PLACE = frozenset({"in", "near", "at", "outside", "around"})


def _gapped_clauses(sentence: Span, unit: Unit) -> tuple[Unit, list[int]]:
    """"Gunmen killed six people in Bokkos on Sunday and another four in Mangu the next day",
    "abducted 20 villagers in Maru on Friday and 12 in Tsafe on Saturday": a second clause that
    leaves out the verb of the first (gapping) and gives only a figure and a place.  The figure is
    the act's again, of the kind the first clause's figure is; the joint is a clause boundary.
    Returns the unit with those figures and acts, and the character offsets of the joints."""
    tokens = list(sentence)
    cuts: list[int] = []
    casualties = list(unit.casualties)
    triggers = list(unit.triggers)
    for position, token in enumerate(tokens):
        if token.lower_ != "and" or position == 0:
            continue
        index = position + 1
        while index < len(tokens) and tokens[index].lower_ in _GAP_LEAD:
            index += 1
        if index >= len(tokens) or not tokens[index].like_num:
            continue
        number = tokens[index]
        value = int(number.text) if number.text.isdigit() else words_to_number(number.text)
        stretch = []
        for later in tokens[index + 1 :]:
            if later.text in (",", ";", ".") or later.lower_ in ("and", "but", "while"):
                break
            stretch.append(later)
        # No verb of its own ("the following day" has a participle for an adjective), and a place
        # after "in" or "near".
        if value is None or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" and t.lower_ != "following"
                                for t in stretch) or not any(
                t.lower_ in _GAP_PLACE and any(t.i < p.mention.token_start <= t.i + 3 for p in unit.places)
                for t in stretch):
            continue
        before = [c for c in unit.casualties if c.end <= token.idx and c.value is not None and c.part_of is None]
        earlier = [t for t in unit.triggers if t.end <= token.idx and t.category != "generic"]
        acts = [t for t in earlier if t.category != "casualty"] or earlier
        if not before and not acts:
            continue
        span = (number.idx, number.idx + len(number.text))
        if before and not any(c.start < span[1] and span[0] < c.end for c in unit.casualties):
            casualties.append(dataclasses.replace(before[-1], value=value, qualifier="exact", start=span[0],
                                                  end=span[1], low=None, high=None, vague=None, breakdowns=[]))
        if acts:
            triggers.append(dataclasses.replace(acts[-1], start=span[0], end=span[1]))
        cuts.append(token.idx)
    if not cuts:
        return unit, []
    return dataclasses.replace(unit, casualties=sorted(casualties, key=lambda c: c.start),
                               triggers=sorted(triggers, key=lambda t: t.start)), cuts


def _boundaries(sentence: Span) -> list[int]:
    """Token indices (in the doc) where a new clause with its own subject starts."""
    tokens = list(sentence)
    cuts: list[int] = []
    position = 0
    last_cut = 0
    while position < len(tokens):
        token = tokens[position]
        if token.lower_ not in _OPENERS or position == 0:
            position += 1
            continue
        # A run of openers (", and", ", while") is one boundary.
        end = position
        while end + 1 < len(tokens) and tokens[end + 1].lower_ in _OPENERS:
            end += 1
        if token.text == ";" or any(t.text == ";" for t in tokens[position : end + 1]):
            cuts.append(tokens[end].i + 1)
            last_cut = end + 1
        elif end + 1 < len(tokens) and _has_verb(tokens[last_cut:position]) and _opens_clause(tokens, end + 1):
            # Both sides are clauses: "bombings in Baghdad and Karbala kill 33" joins two places.
            cuts.append(tokens[position].i)
            last_cut = position
        position = end + 1
    return cuts


def _has_verb(tokens: list[Token]) -> bool:
    return any(token.pos_ in ("VERB", "AUX") or token.tag_ in _FINITE for token in tokens)


def _opens_clause(tokens: list[Token], start: int) -> bool:
    """Whether the stretch from ``start`` to the next opener is a clause with its own subject."""
    stretch: list[Token] = []
    for token in tokens[start:]:
        if token.lower_ in _OPENERS and stretch:
            break
        stretch.append(token)
    if not stretch:
        return False
    first, last = stretch[0].i, stretch[-1].i
    opener = stretch[0]
    if opener.tag_ in _FINITE and opener.dep_ == "conj" and opener.head.pos_ == "VERB" and opener.head.i < first and (
            any(child.dep_ in ("dobj", "prep") for child in opener.children)):
        # "Gunmen killed four in Kajuru and abducted 15 others in Birnin Gwari": a verb with its own
        # object or place, sharing the subject, tells an act of its own (the pieces still part only
        # at different places or days).
        return True
    for token in stretch:
        if token.dep_ in _SUBJECTS and first <= token.head.i <= last and token.head.i > token.i:
            return True
    # Surface fallback: "and militiamen killed a farmer" parsed as a conjunct of a noun.
    seen_noun = False
    for position, token in enumerate(stretch):
        # "and shelling wounded five": a gerund opening the stretch is its subject, whatever tag
        # the small model gives it.
        if token.pos_ in ("NOUN", "PROPN", "PRON") or (token.tag_ == "VBG" and position == 0):
            seen_noun = True
        elif token.tag_ in _FINITE and seen_noun:
            return True
    return False


# An act verb that does not say how, in the past ("attacked", "struck", "hit").
_PAST_ACT = re.compile(r"\w+ed|struck|hit", re.I)


def _has_act(unit: Unit, start: int, end: int) -> bool:
    acts = [t.start for t in unit.triggers if t.category not in ("generic",) or _armed_act(unit, start, t)]
    acts += [c.start for c in unit.casualties if c.part_of is None]
    return any(start <= position < end for position in acts)


def _armed_act(unit: Unit, start: int, trigger: TriggerMention) -> bool:
    """"militants attacked a checkpoint in Bannu, a bomb killed two ...": such a verb is an act of
    its piece when an armed actor (data/lexicons/armed_actors.json) stands before it in the piece;
    "angry youths ... attacked bank branches" tells the same riot on."""
    if not _PAST_ACT.fullmatch(trigger.text) or trigger.start < start:
        return False
    state, non_state = armed_actor_words()
    before = unit.text[start - unit.start : trigger.start - unit.start].lower()
    return any(word in state | non_state for word in re.findall(r"[a-z]+", before))


def _speech_frame_in(unit: Unit, start: int, end: int) -> bool:
    """Whether a piece is a frame of speech (", the governor said,"): its source and cue are in it."""
    return any(start <= a.start < end and start <= a.cue_start < end for a in unit.attributions)


def _has_place(unit: Unit, start: int, end: int) -> bool:
    return any(start <= p.mention.start < end for p in unit.places)


def _pieces(sentence: Span, unit: Unit, extra_cuts: list[int] | None = None) -> list[tuple[int, int]]:
    doc = sentence.doc
    cuts = sorted({doc[i].idx if i < len(doc) else sentence.end_char for i in _boundaries(sentence)}
                  | set(extra_cuts or []))
    edges = [unit.start] + [c for c in cuts if unit.start < c < unit.end] + [unit.end]
    pieces = [(edges[i], edges[i + 1]) for i in range(len(edges) - 1)]
    # A piece with no act is a fronted phrase or an aside of the next clause.
    merged: list[tuple[int, int]] = []
    carry: int | None = None
    for start, end in pieces:
        start = carry if carry is not None else start
        carry = None
        if not _has_act(unit, start, end):
            if merged and carry is None and _speech_frame_in(unit, start, end):
                # "..., the governor said, while in X a bomb struck": the frame closes the clause
                # before it, whose figures it gives.
                merged[-1] = (merged[-1][0], end)
                continue
            carry = start
            continue
        merged.append((start, end))
    if carry is not None:
        if merged:
            merged[-1] = (merged[-1][0], unit.end)
        else:
            return []
    # A piece with no place belongs to the clause before it (or, first, to the one after).
    placed: list[tuple[int, int]] = []
    pending: int | None = None
    for start, end in merged:
        start = pending if pending is not None else start
        pending = None
        if not _has_place(unit, start, end) and not _marked_other(unit, start, end):
            if placed:
                placed[-1] = (placed[-1][0], end)
            else:
                pending = start
            continue
        placed.append((start, end))
    if pending is not None and placed:
        placed[-1] = (placed[-1][0], unit.end)
    # Clauses in one place are one incident told in two clauses ("12 people died and 7 were
    # wounded in Rawalpindi, Pakistan"): only clauses in different places, or on different days, part.
    # Clauses dated on different days are two incidents even in one area ("a bomb in Bannu district
    # on Monday night ..., and gunmen shot dead two workers in Lakki Marwat on Tuesday").
    joined: list[tuple[int, int]] = []
    for start, end in placed:
        if joined and _same_area(_places(unit, *joined[-1]), _places(unit, start, end)) and not _other_days(
                _days(unit, *joined[-1]), _days(unit, start, end)):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


@lru_cache(maxsize=1)
def _distinct_cue() -> re.Pattern[str]:
    """The words that tell an incident as another one ("separately", "in a separate attack",
    incident-cues.json distinct), opening a clause."""
    return re.compile(rf"^\W*(?:{alternation(word_list('incident-cues.json', 'distinct'))})\b", re.I)


def _marked_other(unit: Unit, start: int, end: int) -> bool:
    """"...; in a separate attack, a drone hit a fuel depot in the capital": a clause the report
    opens as another incident stands on its own with no place it can name (the incident finds one)."""
    return bool(_distinct_cue().match(unit.text[start - unit.start : end - unit.start]))


def _days(unit: Unit, start: int, end: int) -> set[date]:
    return {t.date for t in unit.times
            if start <= t.start < end and t.date is not None and t.precision == "day" and not t.since}


def _other_days(one: set[date], other: set[date]) -> bool:
    return bool(one) and bool(other) and not one & other


def _places(unit: Unit, start: int, end: int) -> list[Location]:
    """A piece's places; a country beside its towns ("In Myanmar, aircraft bombed a school in Pauk")
    frames the sentence and holds no clause on its own."""
    places = [p.location for p in unit.places if start <= p.mention.start < end]
    finer = [place for place in places if place.feature != "country"]
    return finer or places


def _same_area(one: list[Location], other: list[Location]) -> bool:
    """A place of one within a place of the other: one country named, or the same admin1 or name."""
    for a in one:
        for b in other:
            if a.country != b.country:
                continue
            if "country" in (a.feature, b.feature) or a.name == b.name:
                return True
            if a.admin1 and a.admin1 == b.admin1 and not _other_towns(a, b) and not _other_districts(a, b):
                # A town and its region, or two parts of one town; two towns of one region ("in
                # Culiacan ..., and ... in Navolato the same night", "shelled Nikopol, and a drone
                # hit a bus in Marhanets") are two places, as ACLED codes one event per place.
                return True
    return False


def _other_towns(a: Location, b: Location) -> bool:
    """Whether two places are two towns: each a town of the gazetteer, with names of their own."""
    return a.feature == "city" and b.feature == "city" and a.geonameid != b.geonameid and a.name != b.name


# How far from a district's seat a town may lie and still be in it: about the radius of a large
# second-level unit (a district of 10,000 km² spans some 55 km from its middle).
DISTRICT_REACH_KM = 60.0


def _other_districts(a: Location, b: Location) -> bool:
    """Whether two places of one first-level region are in two of its districts: two districts of
    their own names ("in North Waziristan ..., while ... in Lakki Marwat district"), or a town
    further from a district's seat than a district reaches."""
    a_unit, b_unit = _district(a), _district(b)
    if a_unit and b_unit:
        return region_stem(a.name) != region_stem(b.name)
    if a_unit == b_unit or None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) > DISTRICT_REACH_KM  # type: ignore[arg-type]


def _district(place: Location) -> bool:
    """A unit below the first-level region ("Lakki Marwat district", "North Waziristan")."""
    return place.feature == "region" and place.admin1 is not None and region_stem(place.name) != region_stem(
        place.admin1)


def _units(unit: Unit, pieces: list[tuple[int, int]]) -> list[Unit]:
    # The speech verb closing the sentence marks a frame too when the speaker's phrase ends earlier
    # ("..., police in Pakistan's Khyber Pakhtunkhwa province said.").
    # "The regional governor said on Telegram: ...": the speaker opens the sentence after an article.
    framing = [a for a in unit.attributions
               if _ARTICLE.sub("", unit.text[: max(a.start - unit.start, 0)]).strip() == ""
               or unit.end - max(a.end, a.cue_start) <= _FRAME_EDGE + 12]
    result: list[Unit] = []
    previous_times = [t for t in unit.times if t.start < pieces[0][1]] or _closing_day(unit, pieces[-1])
    for number, (start, end) in enumerate(pieces):
        start = unit.start if number == 0 else start
        end = unit.end if number == len(pieces) - 1 else end

        def inside(position: int, start: int = start, end: int = end) -> bool:
            return start <= position < end

        times = [t for t in unit.times if inside(t.start)]
        if not times:
            # "... on Monday, while in Mosul gunmen shot two": the sentence's day reaches the clause.
            times = previous_times
        previous_times = times or previous_times
        attributions = [a for a in unit.attributions if inside(a.start)] or framing
        result.append(dataclasses.replace(
            unit, start=start, end=end, text=_text(unit, start, end),
            triggers=[t for t in unit.triggers if inside(t.start)],
            casualties=[c for c in unit.casualties if inside(c.start)],
            hedges=[h for h in unit.hedges if inside(h.start)] or unit.hedges,
            times=times, attributions=attributions,
            places=[p for p in unit.places if inside(p.mention.start)],
            all_places=[p for p in unit.all_places if inside(p.mention.start)],
            shared=len(pieces) > 1,
        ))
    return result


def _closing_day(unit: Unit, last: tuple[int, int]) -> list[TimeMention]:
    """"Drones struck Kosti, artillery pounded El Obeid, ..., and fighters attacked Bara on Monday,
    activists said": a day that closes the sentence, after every act and figure of its last clause,
    dates the clauses before it that name none; one that opens the last clause ("and on Tuesday
    troops retook Y") is that clause's own."""
    acts = [t.end for t in unit.triggers if last[0] <= t.start] + [c.end for c in unit.casualties if last[0] <= c.start]
    return [t for t in unit.times if last[0] <= t.start and acts and t.start >= max(acts)]


def _text(unit: Unit, start: int, end: int) -> str:
    return unit.text[start - unit.start : end - unit.start]
