"""Splitting a report into incidents and writing each down as an Event.

Sentences are read in order.  A sentence that reports violence (a typed trigger, or a
casualty figure in a report that has one) either continues the current incident or
starts a new one: a new one when it names another day, or other places for another
kind of act.  Other sentences add their sources, hedges and verification notes to the
current incident.  History ("since February 2022") never starts or joins an incident.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

from eventwire.consolidate.naming import heading_name_span
from eventwire.extract.scope import lone_attacker_without_motive, private_quarrel
from eventwire.extract.typing import type_event
from eventwire.extract.units import THE_TOWN, Unit, political_target
from eventwire.geo.frames import demonyms, frame_words, is_water_body, land_region_spans
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.matcher import SUBURB_NOUNS, TOWN_PARTS
from eventwire.geo.names import normalize_name
from eventwire.geo.resolve import ResolvedPlace, distance_km
from eventwire.nlp.attribution import AttributionMention
from eventwire.nlp.casualties import TOLL_BROUGHT_TO, CasualtyMention
from eventwire.nlp.lexicons import (
    actor_cues,
    alternation,
    armed_actor_words,
    figure_giving,
    is_agent_noun,
    is_person_noun,
    office_nouns,
    toll_change_lemmas,
    word_list,
)
from eventwire.nlp.numbers import find_numbers, words_to_number
from eventwire.nlp.pipeline import common_words
from eventwire.nlp.triggers import TriggerMention
from eventwire.records import Breakdown, Claim, DatePrecision, Event, Evidence, Location, Statement
from eventwire.time.expressions import TimeMention

CASUALTY_KINDS = ("killed", "injured")
_TIME_OF_DAY = re.compile(r"\b(morning|afternoon|evening|night|overnight|dawn|midnight|noon|midday)\b", re.I)


@lru_cache(maxsize=1)
def _target_sites() -> re.Pattern[str]:
    """What an attack hit, group 1 (data/lexicons/target_nouns.json, "sites", in order)."""
    return re.compile(rf"\b({alternation(word_list('target_nouns.json', 'sites'))})\b", re.I)


@lru_cache(maxsize=1)
def _civilians() -> re.Pattern[str]:
    """People an attack on whom makes the second actor Civilians (data/lexicons/actor_nouns.json)."""
    return re.compile(rf"\b(?:{alternation(word_list('actor_nouns.json', 'civilians'))})\b", re.I)


@dataclass(slots=True)
class Incident:
    """Units of one incident; ``share``: how many incidents its figures are the total of ("two
    roadside bombs killed four people in two separate incidents": two incidents, no figure each)."""

    units: list[Unit] = field(default_factory=list)
    context: list[Unit] = field(default_factory=list)
    time: TimeMention | None = None
    # ``time`` dates a statement or a toll's update ("said on Tuesday"), not the act.
    time_is_report: bool = False
    share: int = 1
    area: list[Location] = field(default_factory=list)
    # The report's speech frames before the incident's first sentence: "the governor added" in the
    # paragraph of a second incident names the governor the report named over the first.
    earlier: list[AttributionMention] = field(default_factory=list)
    # The towns of the sentence just before the incident's first, in its paragraph: "Kharkiv has
    # been hit again. Two guided bombs landed near a block in the city ..." names the city there.
    before: list[Location] = field(default_factory=list)
    # An earlier sentence, in no incident, that named the act the incident refers back to ("Aid
    # groups condemned the bombing of a market in X. Police say the bombing killed 14"): its places
    # and targets stand for the incident's when the incident's own sentences name none.
    told_before: Unit | None = None
    # Context sentences that tell the course that led to the act in an earlier month ("The rebels had
    # taken Y in mid-December"): their figures are that earlier act's, none of this incident's.
    course: list[Unit] = field(default_factory=list)
    # The kinds its units' act words were typed as (Unit.strong_triggers): "an attack" in a lead is
    # a generic word, typed an attack there.
    acts: set[str] = field(default_factory=set)
    # The summary whose toll this incident's figure is a part of ("Nine soldiers died in two
    # ambushes, security sources said. Four were killed near X, ..."): its speaker gives the figure.
    summed_by: Unit | None = None
    # The act's day of the incident told just before this one, which starts with no day of its own:
    # the next of the day's acts ("Missiles hit X late on Tuesday ... A drone struck a bus in Y,
    # wounding three") took place that day, unless an opening summary dates it (_the_day_before).
    day_before: TimeMention | None = None

    @property
    def categories(self) -> set[str]:
        return {t.category for unit in self.units for t in unit.triggers if t.category not in ("generic", "casualty")}

    def places(self) -> list[Location]:
        return [p.location for unit in self.units for p in unit.places]


def group_incidents(units: list[Unit], political: bool) -> list[Incident]:
    """Incidents in report order; a report with no typed trigger has none."""
    labelled = _label_only(units, political)
    if not any(unit.strong_triggers(political) for unit in units if not unit.history and unit is not labelled):
        return []
    incidents: list[Incident] = []
    current: Incident | None = None
    summing, summed = _sums_told_after(units)
    told_day: TimeMention | None = None  # the day of the last sentence dated to one, incident or not
    for unit in units:
        if unit.event_time is not None and unit.event_time.precision == "day" and not unit.history and (
                not unit.is_title) and not unit.event_time_is_report:
            told_day = unit.event_time
        if id(unit) in summing:
            continue  # a lead whose toll the sentences after it tell place by place (_sums_told_after)
        if unit.history:
            if current is not None and not unit.is_title and any(
                    h.kind in ("unverified", "verified") for h in unit.hedges) and not unit.casualties:
                # "The figures could not be checked, as phone lines have been down since the offensive
                # of 2022": the past date belongs to the reason; the note still speaks of the figures.
                current.context.append(unit)
            continue
        strong = [] if unit is labelled else unit.strong_triggers(political)
        figures = any(c.kind in CASUALTY_KINDS or c.kind.endswith("_downed") for c in unit.casualties) or any(
            t.category == "casualty" for t in unit.triggers
        )
        if not strong and unit.accident and unit.places and all(
                t.category in ("generic", "casualty") for t in unit.triggers):
            # "A gas cylinder exploded in Gao the same day, injuring two": an accident at a place of
            # its own is another matter; neither its figures nor its place are any incident's.
            continue
        time = unit.event_time
        if current is not None and time is None and _in_an_earlier_month(unit, current):
            # "Rebels and troops fought near X on Tuesday ... The rebels had taken Y in mid-December":
            # the course that led to the act, not the act.
            current.context.append(unit)
            current.course.append(unit)
            continue
        if current is not None and unit.pattern and time is None and not figures:
            # "The junta has answered the uprising with jets and rocket launchers": how the war is fought,
            # told after the incident; its weapons are not the incident's.
            current.context.append(unit)
            continue
        earlier = _earlier_incident(incidents, current, unit, time, {t.category for t in strong})
        if not strong and not figures:
            if earlier is not None and (_fronted_place(unit) or not unit.places):
                # "In Celaya, the gunmen arrived ...": a sentence that opens at an earlier incident's
                # place takes the story back there, and the sentences after it with it; so does one
                # that names its site ("The checkpoint attack began late Sunday ... Two attackers
                # were also killed, he said").
                current = earlier
            if earlier is not None or current is not None:
                (earlier or current).context.append(unit)  # type: ignore[union-attr]
            continue
        if earlier is not None:
            # A round-up's incidents told again one by one ("... in Kismayo on Monday, and ... in
            # Baidoa on Tuesday. The bomb struck a truck north of Kismayo ..."): back to the first.
            current = earlier
        # A vague act ("the blast", "the attack") that refers back continues the incident
        # (_refers_back); one at a place of its own with a figure of its own starts another.
        elif current is None or _starts_new(current, unit, time, _own_acts(strong)) or (
            _marked_distinct(unit)) or (id(unit) in summed and any(id(u) in summed for u in current.units)):
            # (Each part of a summed toll, at a place of its own, is an incident of its own:
            # "Nine soldiers died in two ambushes. Four were killed near X, while five died near Y".)
            previous = current
            current = Incident()
            if previous is not None and not unit.places:
                current.area = _area(unit, previous)
            if not current.area and not unit.places:
                current.area = _the_country(unit, units[: units.index(unit)])
            if not current.area and not unit.places and _marked_distinct(unit):
                current.area = _the_capital_or_a_part(unit, units[: units.index(unit)])
            if previous is not None and time is None and (_same_day(unit.text) or _FRONTED_PLACE.match(unit.text)):
                # "In Kaduna, youths torched a police post on the same day": the day of the act before;
                # so of a round-up's item that opens on its town and names no day ("In Khan Younis,
                # three people were killed ...").
                current.time, current.time_is_report = previous.time, previous.time_is_report
            elif previous is not None and time is None and previous.time is not None and not previous.time_is_report:
                current.day_before = previous.time
            elif time is None and _same_day(unit.text) and told_day is not None:
                # "A gas explosion destroyed flats in X on Sunday. Hours later, a drone struck a depot
                # in the city": the day of the sentence before, though it told no incident.
                current.time, current.time_is_report = told_day, False
            incidents.append(current)
        current.units.append(unit)
        current.acts |= _own_acts(strong)
        if time is not None and (current.time is None or (current.time_is_report and not unit.event_time_is_report)):
            current.time, current.time_is_report = time, unit.event_time_is_report
    _acts_of_the_summary(incidents, [unit for unit in units if id(unit) in summing], political)
    _headline_over_several(incidents)
    incidents = _summary_over_several(incidents)
    incidents = _country_leads_told_again(incidents)
    _dated_by_an_opening_summary(incidents, units, summing)
    _the_day_before(incidents)
    _dated_by_the_course_told_next(incidents)
    for incident in list(incidents):
        bodies = _told_again(incident, incidents)
        # Every place the headline names is the one body incident's ("Plateau, Benue killings: 21
        # dead" over a Benue incident names another state too: a total of several).
        whole = len(bodies) == 1 and all(any(
            _headline_holds(title, place.location) for unit in bodies[0].units if not unit.is_title
            for place in unit.places) for title in incident.places()) and not _sums_more(incident, bodies[0])
        if whole:
            # The headline's figures are the body incident's claims, as when it joins the lead; its
            # places and doer are the body's, told more fully there ("Lubero blast" names no doer).
            told = [dataclasses.replace(unit, places=[], actor=None) for unit in incident.units]
            bodies[0].units = sorted(bodies[0].units + told, key=lambda unit: unit.index)
        if bodies:
            # Told by several ("Plateau, Benue killings: 21 dead"), its total is none of theirs.
            incidents.remove(incident)
    report_text = " ".join(unit.text for unit in units)
    kept = [incident for incident in incidents if not _ordinary_crime(incident, report_text, political)]
    by_index = {unit.index: unit for unit in units}
    for incident in kept:
        first = min(unit.index for unit in incident.units + incident.context)
        incident.earlier = [a for unit in units if unit.index < first for a in unit.attributions]
        # The sentence just before, in this paragraph, or closing the one before when it tells an
        # act there ("Gunmen attacked Ouallam on Sunday.\n\nThey shelled the town for two hours"; not
        # "Officials in Odesa met aid groups.\n\nA drone struck a warehouse in the city").
        prior = by_index.get(first - 1)
        paragraph = by_index[first].paragraph
        if prior is not None and not prior.is_title and (prior.paragraph == paragraph or (
                prior.paragraph == paragraph - 1 and prior.triggers)):
            incident.before = [p.location for p in prior.all_places if p.location.feature == "city"]
    in_incidents = {id(unit) for incident in kept for unit in incident.units}
    for incident in kept:
        incident.told_before = _told_before(incident, [unit for unit in units if id(unit) not in in_incidents])
    return [copy for incident in kept for copy in _separate_copies(incident)]


def _the_day_before(incidents: list[Incident]) -> None:
    """An incident still undated after the report's dating passes takes the day of the act told just
    before it (Incident.day_before): a round-up tells the day's acts one after another."""
    for incident in incidents:
        if incident.time is None and incident.day_before is not None:
            incident.time, incident.time_is_report = incident.day_before, False


def _own_acts(strong: list[TriggerMention]) -> set[str]:
    """The kinds of act a unit tells of its own: none when its only act words are the fragments of a
    weapon ("Falling shrapnel wounded two people in the Darnytskyi district"), which tell what the
    act before did (act_nouns.json fragment_nouns)."""
    fragments = _fragment_nouns()
    if strong and all(t.text.lower() in fragments for t in strong):
        return set()
    return {t.category for t in strong}


@lru_cache(maxsize=1)
def _fragment_nouns() -> frozenset[str]:
    return frozenset(word_list("act_nouns.json", "fragment_nouns"))


def _told_before(incident: Incident, untold: list[Unit]) -> Unit | None:
    """The nearest earlier sentence, in no incident, that named the act the incident's
    definite act noun refers back to: "Rights groups demanded an inquiry into the shelling of a school
    in X. Officials said the shelling killed nine" (the demand is no incident of its own). A sentence
    set aside as history counts only when it gives no date of its own (an inquiry's object, not "a
    2014 raid")."""
    first = min(unit.index for unit in incident.units)
    referring = {_act_head(t.text) for unit in incident.units for t in unit.triggers if _determined(
        unit.text[max(0, t.start - unit.start - 25) : t.start - unit.start], t.text)}
    if not referring:
        return None
    for unit in sorted((u for u in untold if u.index < first and u.places and not u.is_title), key=lambda u: -u.index):
        if unit.history and unit.times:
            continue
        if any(_same_act_head(_act_head(t.text), head) for t in unit.triggers for head in referring):
            return unit
    return None


def told_as_known(incident: Incident, published: date | None) -> bool:
    """Whether the report tells the act as already known, not as news: every act word of its
    sentences (the headline aside) is a noun the parse makes definite ("MSF says the bombing that
    killed 22 was a war crime", "the death toll from Saturday's airstrikes rose"), or its sentences
    date it only to a month before the report's own ("an airstrike on a hospital in October").
    A follow-up's act, which consolidation links to its incident weeks later."""
    if _acts_definite(incident):
        return True
    body = [unit for unit in incident.units if not unit.is_title]
    times = [t for unit in body for t in unit.times]
    return published is not None and not any(t.precision in ("day", "week") for t in times) and any(
        t.precision == "month" and t.date is not None and not t.since
        and (t.date.year, t.date.month) < (published.year, published.month) for t in times)


def _acts_definite(incident: Incident) -> bool:
    """Every act word of the incident's sentences (the headline aside) is a noun made definite or a
    word of the heading's common name: the act is told as known."""
    acts = [(unit, t) for unit in incident.units if not unit.is_title for t in unit.triggers
            if t.category != "casualty"]
    return bool(acts) and all(t.start in unit.known_acts or _in_common_name(unit, t) for unit, t in acts)


def _in_common_name(unit: Unit, trigger: TriggerMention) -> bool:
    """The act word is part of the incident's common name in a leading heading ("2015 Valdoria
    hotel attack: the toll rises"): a name the press gave an incident already known."""
    span = heading_name_span(unit.text.rstrip() + " ")  # a heading the parser split off ends in its colon
    return span is not None and span[0] <= trigger.start - unit.start < span[1]


def _act_head(text: str) -> str:
    """The act noun's head in the singular: "air strikes" -> "strike"."""
    word = text.lower().split()[-1] if text.split() else ""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _same_act_head(one: str, other: str) -> bool:
    """"airstrike" and "strike", "bombing" and "bombing"."""
    return bool(one) and bool(other) and (one.endswith(other) or other.endswith(one))


def _in_an_earlier_month(unit: Unit, current: Incident) -> bool:
    """Whether a sentence with no day of its own is dated by a month before the month of the
    incident's day ("in early December" after an act "on Tuesday" in January)."""
    day = current.time.date if current.time is not None and not current.time_is_report else None
    if day is None or any(t.precision == "day" for t in unit.times):
        return False
    return any(t.precision == "month" and t.date is not None and not t.since
               and (t.date.year, t.date.month) < (day.year, day.month) for t in unit.times)


def _earlier_incident(incidents: list[Incident], current: Incident | None, unit: Unit,
                      time: TimeMention | None, categories: set[str]) -> Incident | None:
    """The one incident before the current whose places hold the unit's towns when the current's
    do not: a report that leads with several incidents and then tells each again in turn.  Its day
    (when the unit gives one) is the incident's, and an act of another kind must refer back."""
    if current is None or len(incidents) < 2:
        return None
    places = [p.location for p in unit.places if p.location.feature != "country"]
    if not places:
        return None if unit.places else _referred_to(incidents, current, unit, time)

    def holds(incident: Incident) -> bool:
        # The body's places: a headline names the places of all a report's incidents.
        known = [p.location for u in incident.units if not u.is_title for p in u.places]
        # "Tank" and "Tank district", "Kherson" and "the Kherson region": one name, one place.
        names = {_unit_free(other.name) for other in known if other.country in (None, places[0].country)}
        return any(_same_place(place, other) for place in places for other in known) or (
            _towns_near(places, known)) or any(_unit_free(place.name) in names for place in places)

    # The current incident's region holding the unit's town is enough to stay; going back needs
    # the very place (a town of the same province is not the same incident).
    fine = [place for place in current.places() if place.feature != "country"]
    if holds(current) or (fine and _compatible(places, fine, countries=False) and not _other_town(places, fine)):
        return None
    def leads_in_country(incident: Incident) -> bool:
        # "Drone strikes killed seven in Sudan and militants killed five in Somalia ... In Sudan,
        # the drones hit a market in El Obeid": a lead that names only the country holds its towns.
        known = incident.places()
        return bool(known) and all(other.feature == "country" for other in known) and any(
            other.country == place.country for place in places for other in known)

    found = [incident for incident in incidents if incident is not current and (
        holds(incident) or leads_in_country(incident)) and (
        time is None or time.date is None or incident.time is None or incident.time.date == time.date) and (
        not categories or bool(categories & incident.categories) or _refers_back(unit))]
    return found[0] if len(found) == 1 else None


def _fronted_place(unit: Unit) -> bool:
    """"In Celaya, ...", "In the village of X on Monday, ...": a sentence that opens with its place."""
    return any(re.match(r"^\W*(?:In|At|Near)\s+(?:the\s+\w+\s+of\s+)?$", unit.text[: p.mention.start - unit.start])
               for p in unit.places)


# Heads of site names too vague to point back at one incident's site on their own ("the area").
_VAGUE_SITE_HEADS = frozenset({"area", "building", "block", "centre", "center"})


def _referred_to(incidents: list[Incident], current: Incident, unit: Unit, time: TimeMention | None
                 ) -> Incident | None:
    """The one earlier incident a placeless unit names by a definite site noun ("The attackers fired
    on the post" after "Militants attacked a police post ..., and a bomb wounded six soldiers ..."):
    the noun (target_nouns.json sites, place_frames.json site_nouns) is in that incident's
    sentences and not in the current's."""
    sites = set(word_list("target_nouns.json", "sites")) | set(frame_words()["site_nouns"])
    # ("The station was attacked before dawn" after "a police station in X": the head of a site's name.)
    sites |= {site.split()[-1] for site in sites if " " in site} - _VAGUE_SITE_HEADS
    # The noun right after "the" or after one modifier ("the police post").
    nouns = {word.lower() for pair in re.findall(r"\bthe\s+([a-z-]+)(?:\s+([a-z]+))?", unit.text, re.I)
             for word in pair} & sites
    if not nouns:
        return None

    def said(incident: Incident) -> set[str]:
        return {word.lower() for u in incident.units if u is not unit for word in re.findall(r"[A-Za-z]+", u.text)}

    nouns -= said(current)
    found = [incident for incident in incidents if incident is not current and nouns & said(incident) and (
        time is None or time.date is None or incident.time is None or incident.time.date == time.date)]
    return found[0] if len(found) == 1 else None


def _sums_more(headline: Incident, body: Incident) -> bool:
    """"21 dead in fresh attacks" over a body incident that tells its own 7: the headline's figure
    is larger than every figure of that kind the incident gives, so it sums more than this one."""
    for kind in ("killed", "injured"):
        own = [c.value for unit in body.units if not unit.is_title for c in unit.casualties
               if c.kind == kind and c.value is not None]
        told = [c.value for unit in headline.units for c in unit.casualties if c.kind == kind and c.value is not None]
        if own and told and max(told) > max(own):
            return True
    return False


def _told_again(incident: Incident, incidents: list[Incident]) -> list[Incident]:
    """A headline that the grouping left on its own ("Drone strike hits militants in Darfur;
    shells land in Omdurman market", split at its two places) whose act the body tells again at a
    place the headline's holds: the body's incidents that tell it (its figures are the one's)."""
    if not incident.units or not all(unit.is_title for unit in incident.units):
        return []
    named = incident.places()
    told: list[Incident] = []
    for other in incidents:
        if other is incident or all(unit.is_title for unit in other.units):
            continue
        body = [p.location for unit in other.units if not unit.is_title for p in unit.places]
        # A headline's act may name no weapon ("two FC men martyred in Mastung blast"), nor the body's
        # ("Armed men killed eight farmers in X"): it agrees with any.
        if (not incident.categories or not other.categories or incident.categories & other.categories) and (any(
                _headline_holds(title, place) for title in named for place in body) or (
                _same_toll(incident, other) and {p.country for p in named} & {p.country for p in body})):
            told.append(other)
    return told


def _same_toll(headline: Incident, body: Incident) -> bool:
    """"Militants storm village near X, killing 11" over "Bandits killed eleven villagers in Y", a
    village the headline names by the town it is near: the headline's death toll is the body's own."""
    told = {c.value for unit in headline.units for c in unit.casualties if c.kind == "killed" and c.value}
    own = {c.value for unit in body.units if not unit.is_title for c in unit.casualties
           if c.kind == "killed" and c.value}
    return bool(told) and told <= own


def _headline_over_several(incidents: list[Incident]) -> None:
    """"Gunmen kill 12 in Bankass and Bandiagara" over a body that tells nine killed in one town and
    three in the other: a headline whose places are those of two or more incidents sums them up; its
    figures and places are no incident's."""
    for incident in incidents:
        titles = [unit for unit in incident.units if unit.is_title]
        if not titles or all(unit.is_title for unit in incident.units):
            continue
        named = [p.location for unit in titles for p in unit.places]
        told = [incident2 for incident2 in incidents if any(
            _headline_holds(title, p.location) for title in named
            for unit in incident2.units if not unit.is_title for p in unit.places)]
        if len(told) >= 2:
            incident.units = [unit for unit in incident.units if not unit.is_title]


def _summary_over_several(incidents: list[Incident]) -> list[Incident]:
    """A round-up's summary sentence ("Twelve soldiers were killed in two attacks at the weekend",
    "Russian strikes killed 11 civilians across three regions on Sunday") over two or more incidents
    the body then tells one by one: its total is no incident's figure and its place none's.  It
    leaves whichever incident it was grouped with; its day, where the summary gives one, dates the
    incidents that give none."""
    incidents = [piece for incident in incidents for piece in _by_country_after_summary(incident)]
    for index, incident in enumerate(incidents):
        # (A summary already stripped of its figures and places by _acts_of_the_summary only gives
        # its act to the part it joined.)
        summaries = [unit for unit in incident.units if not unit.is_title and _counts_several(unit)
                     and unit.typed_acts is None]
        if not summaries:
            continue
        told = [other for other in incidents[index:] if any(
            unit not in summaries and not unit.is_title for unit in other.units)]
        if len(told) < 2:
            continue
        kinds = {c.kind for unit in summaries for c in unit.casualties if c.value is not None}
        if all(_over_countries(unit) for unit in summaries) and not all(kinds <= {
                c.kind for unit in other.units if unit not in summaries for c in unit.casualties
                if c.value is not None} for other in told):
            continue  # a total over countries stays where some act told after it gives no figure
        incident.units = [unit for unit in incident.units if unit not in summaries]
        day = next((unit.event_time for unit in summaries if unit.event_time is not None
                    and not unit.event_time_is_report and unit.event_time.precision == "day"), None)
        for other in told:
            if day is not None and other.time is None:
                other.time = day
        if not incident.units:
            incident.time = None
    return [incident for incident in incidents if incident.units]


def _over_countries(unit: Unit) -> bool:
    """A sentence over two or more countries and no finer place ("Militant attacks in Chad and Cameroon
    killed at least 20 people", "Fighting in Sudan, South Sudan and Ethiopia left 19 dead"): a summary when the body
    then tells acts in them one by one (one border clash told once is not)."""
    return len({p.location.country for p in unit.places}) >= 2 and all(
        p.location.feature == "country" for p in unit.places)


def _by_country_after_summary(incident: Incident) -> list[Incident]:
    """"Militant attacks in Chad and Cameroon killed 20 people. In Chad, fighters killed 14 ...
    In Cameroon, six soldiers died ...": a summary over several countries holds the acts told after
    it in each of them together; they are one incident per country, in turn."""
    first = incident.units[0] if incident.units else None
    if first is None or first.is_title or not _counts_several(first):
        return [incident]
    pieces = [Incident(units=[first], context=incident.context, time=incident.time,
                       time_is_report=incident.time_is_report, share=incident.share, area=incident.area)]
    country: str | None = None
    for unit in incident.units[1:]:
        finer = {p.location.country for p in unit.places if p.location.feature != "country"}
        if len(finer) == 1 and next(iter(finer)) != country:
            country = next(iter(finer))
            pieces.append(Incident())
        pieces[-1].units.append(unit)
    for piece in pieces[1:]:
        piece.time = next((u.event_time for u in piece.units if u.event_time is not None), None)
    return pieces if len(pieces) > 2 else [incident]


def _country_leads_told_again(incidents: list[Incident]) -> list[Incident]:
    """"Gunmen killed 12 villagers in central Mali and a roadside bomb killed four soldiers in eastern
    Burkina Faso ... In Mali, the attackers stormed a village near Bankass on Tuesday ...": a
    lead that places an act only in a country, told again later at a town of that country, is that
    incident: the fuller telling stands for it, and the lead's sentences join it only when they give
    a figure the telling lacks.
    Only when exactly one later incident of that country can be it (an act of a kind it names, or
    none named, and no other day)."""
    for incident in list(incidents):
        places = incident.places()
        if not places or any(place.feature != "country" for place in places) or any(
                unit.is_title for unit in incident.units):
            continue
        countries = {place.country for place in places}
        day = incident.time.date if incident.time is not None and not incident.time_is_report else None
        later = [other for other in incidents[incidents.index(incident) + 1 :] if any(
            p.feature != "country" and p.country in countries for p in other.places()) and (
            not incident.categories or not other.categories or incident.categories & other.categories) and (
            day is None or other.time is None or other.time.date == day)]
        if len(later) != 1:
            continue
        kinds = {c.kind for unit in incident.units for c in unit.casualties if c.value is not None}
        own = {c.kind for unit in later[0].units for c in unit.casualties if c.value is not None}
        if not kinds <= own:
            # The later telling lacks a figure the lead gives: the lead's sentences join it, as a
            # headline's do, their places and doer left to the fuller telling.
            told = [dataclasses.replace(unit, places=[], actor=None) for unit in incident.units]
            later[0].units = sorted(later[0].units + told, key=lambda unit: unit.index)
        incidents.remove(incident)
    return incidents


# How many sentences after a lead may tell the parts of its toll.
_PARTS_TOLD_WITHIN = 6


def _sums_told_after(units: list[Unit]) -> tuple[set[int], set[int]]:
    """The ids of sentences whose toll the sentences after them tell again place by place: "Russian
    forces shelled X and struck Y with drones, killing four and wounding nine. In X, artillery
    killed three ... In Y, a drone killed one": a lead whose killed (else injured) figure is the sum
    of the first figures of two or more later sentences, each at a place of its own, is a summary;
    its total is no incident's figure and its places none's (gold-format.md: an event carries its
    own figures). Returns those sentences' ids and the ids of the parts that sum to them."""
    found: set[int] = set()
    summed: set[int] = set()
    for index, unit in enumerate(units):
        if unit.is_title or unit.history or id(unit) in summed:
            # (A part of a summary before it sums nothing of its own: "killed 18 across Gaza ... a strike
            # on a home in X killed nine ... Another strike killed three ... troops killed six" is no
            # summary of the last two in the nine.)
            continue
        for kind in CASUALTY_KINDS:
            totals = [c.value for c in unit.casualties if c.kind == kind and c.value and not c.part_of]
            if len(totals) != 1:
                continue
            parts: list[int] = []
            part_units: list[Unit] = []
            places: list[set[str]] = []
            # (Not the pieces its own sentence was cut into: "killing 9, 6 and 3 respectively" hands
            # out three figures, whatever their sums.)
            own = {id(clause) for clause in _same_sentence(units, index)}
            for later in units[index + 1 : index + 1 + _PARTS_TOLD_WITHIN]:
                values = [c.value for c in later.casualties if c.kind == kind and c.value is not None and not c.part_of]
                if later.is_title or later.history or not values or id(later) in own:
                    continue
                named = {p.location.name for p in later.places if p.location.feature != "country"}
                if not named or any(named & other for other in places):
                    break
                parts.append(values[0])
                part_units.append(later)
                places.append(named)
                if sum(parts) >= totals[0]:
                    break
            if len(parts) >= 2 and sum(parts) == totals[0] and all(0 < part < totals[0] for part in parts):
                found.update(id(clause) for clause in _same_sentence(units, index))
                summed.update(id(part) for part in part_units)
            break  # the killed figure decides when there is one
    return found, summed


def _acts_of_the_summary(incidents: list[Incident], summaries: list[Unit], political: bool) -> None:
    """"Bandits raided settlements across Katsina state, killing 17. Nine farmers were killed in X.
    ...": a part that tells only its toll is an act of the summary's kind; the summary joins it
    stripped of its figures, places and doer, as a headline joins the incident it tells."""
    for incident in incidents:
        # (The headline a part joined stands before the summary, but tells no part of the text.)
        first = min((unit.index for unit in incident.units if not unit.is_title),
                    default=min(unit.index for unit in incident.units))
        before = [unit for unit in summaries if unit.index < first]
        if before:
            incident.summed_by = before[-1]
        if any(unit.strong_triggers(political) for unit in incident.units if not unit.is_title) and not (
                before and _victims_left_out(incident)):
            continue
        if before:
            summary = before[-1]
            day = summary.event_time
            if incident.time is None and day is not None and day.precision == "day" and (
                    not summary.event_time_is_report):
                incident.time = day  # its day too, as _dated_by_an_opening_summary gives the others
            # Its act words keep the kind they had with its figures ("Nine soldiers died in two
            # ambushes": a clash, as armed forces are the dead), which the stripped copy no longer counts.
            stripped = dataclasses.replace(summary, places=[], all_places=[], casualties=[], actor=None, times=[],
                                           typed_acts=tuple(summary.strong_triggers(political)))
            incident.units = sorted([*incident.units, stripped], key=lambda unit: unit.index)


def _victims_left_out(incident: Incident) -> bool:
    """"... and three died in an ambush near Tank": every figure of the part counts people it does not
    name, who are the summary's ("Eight police officers were killed in two attacks")."""
    figures = [(unit, c) for unit in incident.units for c in unit.casualties if c.kind in ("killed", "injured")]
    return bool(figures) and all(_UNNAMED_COUNT.match(unit.text[c.start - unit.start :]) for unit, c in figures)


# A number that counts people it does not name: "three died", "five were killed", "at least four
# others were wounded".
_UNNAMED_COUNT = re.compile(r"^(?:(?:at\s+least|more\s+than|about|some|nearly|another)\s+)?[\w,-]+\s+"
                            r"(?:others?\s+|more\s+)?(?:were|was|have|had|died|killed|wounded|injured)\b", re.I)


def _same_sentence(units: list[Unit], index: int) -> list[Unit]:
    """The unit at ``index`` and the clauses of its sentence cut apart with it (Unit.shared)."""
    first = last = index
    while first > 0 and units[first].shared and units[first - 1].shared and (
            units[first].start - units[first - 1].end <= 1):
        first -= 1
    while last + 1 < len(units) and units[last].shared and units[last + 1].shared and (
            units[last + 1].start - units[last].end <= 1):
        last += 1
    return units[first : last + 1]


def _dated_by_an_opening_summary(incidents: list[Incident], units: list[Unit],
                                 summing: frozenset[int] | set[int] = frozenset()) -> None:
    """"Fighting flared on two fronts in Sudan on Tuesday. In El Fasher, RSF shelling killed 11 ...
    Separately, an air strike on Kabkabiya killed 20 ...": a sentence with no act or figure of its
    own that counts the places or acts the report then tells dates the incidents after it that
    give no day (as a summary grouped with one of them does, _summary_over_several)."""
    grouped = {id(unit) for incident in incidents for unit in incident.units}
    for unit in units:
        day = unit.event_time
        if id(unit) in grouped or unit.history or unit.is_title or day is None or unit.event_time_is_report or (
                day.precision != "day") or not (_counts_several(unit) or id(unit) in summing):
            continue
        # (A part that took the summary's act words holds a copy of it, at its index: _acts_of_the_summary.)
        own = unit.index if id(unit) in summing else -1
        after = [incident for incident in incidents
                 if min((u.index for u in incident.units if u.index != own), default=-1) > unit.index]
        if len(after) >= 2:
            for incident in after:
                if incident.time is None:
                    incident.time = day
        return


@lru_cache(maxsize=1)
def _points_back() -> re.Pattern[str]:
    """Definite words that point back to an incident's place or doers ("the town", "the rebels"):
    incident-cues.json points_back."""
    path = resources.files("eventwire") / "data" / "lexicons" / "incident-cues.json"
    nouns = "|".join(map(re.escape, json.loads(path.read_text(encoding="utf-8"))["points_back"]))
    return re.compile(rf"\b(?:the|its|their)\s+(?:[\w-]+\s+)?(?:{nouns})\b", re.I)


# A day of the last week, as a present-perfect lead's news is ("on Thursday", "late on Sunday",
# "yesterday", "overnight"); a calendar date ("on August 7") may be any earlier act's.
_RECENT_DAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\bovernight\b|"
                         r"\blast\s+night\b", re.I)


def _dated_by_the_course_told_next(incidents: list[Incident]) -> None:
    """"Rebels have taken control of Pinga ... The rebels entered the town on Thursday afternoon": an
    incident its own sentences leave undated (a lead in the present perfect) takes the day of one
    of the two sentences right after its first that tells the act's course with no act of its own,
    pointing back to its place or doers ("the town", "the fighters", or the place by name), when
    that day is one of the last week's and dates no statement."""
    for incident in incidents:
        if incident.time is not None:
            continue
        first = min(unit.index for unit in incident.units)
        names = {place.location.name for unit in incident.units for place in unit.places}
        for unit in sorted(incident.context, key=lambda u: u.index):
            if unit.index <= first or unit.history or unit.is_title or any(
                    t.category not in ("generic", "casualty") for t in unit.triggers):
                continue  # (an act of its own may be another: "It was seized by the insurgents on August 7")
            if unit.index > first + 2:
                break
            day = unit.event_time
            if day is None or day.date is None or day.precision != "day" or unit.event_time_is_report or (
                    not _RECENT_DAY.search(day.text)):
                continue
            if _points_back().search(unit.text) or any(name in unit.text for name in names):
                incident.time = day
                break


def _counts_several(unit: Unit) -> bool:
    """"in two attacks", "in two Somali towns", "across three regions": two or more acts or places
    counted (incident-cues.json several and summary_places), with up to two words between; or a
    sentence over two or more countries and no finer place (_over_countries)."""
    if _over_countries(unit):
        return True
    for match in _several_counted().finditer(unit.text):
        word = match.group("count").lower()
        count = int(word) if word.isdigit() else words_to_number(word)
        if count is not None and 2 <= count <= 20:
            return True
    return False


@lru_cache(maxsize=1)
def _several_counted() -> re.Pattern[str]:
    path = resources.files("eventwire") / "data" / "lexicons" / "incident-cues.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    nouns = "|".join(map(re.escape, [*data["several"], *data["summary_places"]]))
    return re.compile(rf"\b(?:in|across|at|on)\s+(?P<count>\w+)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b", re.I)


@dataclass(frozen=True, slots=True)
class IncidentCues:
    distinct: re.Pattern[str]
    several: re.Pattern[str]
    same_day: re.Pattern[str]


@lru_cache(maxsize=1)
def incident_cues() -> IncidentCues:
    """The lexicon ``data/lexicons/incident-cues.json``, read once."""
    path = resources.files("eventwire") / "data" / "lexicons" / "incident-cues.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    distinct = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in data["distinct"])
    several = "|".join(map(re.escape, data["several"]))
    same_day = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in data["same_day"])
    return IncidentCues(re.compile(rf"\b(?:{distinct})\b", re.I),
                        re.compile(rf"\b(?P<count>\w+)\s+separate\s+(?:\w+\s+)?(?:{several})\b", re.I),
                        re.compile(rf"\b(?:{same_day})\b", re.I))


def _same_day(text: str) -> bool:
    """"on the same day", "hours later" (incident-cues.json same_day), or a sentence opening with a
    bare "Later," or "Later that ..." ("Later, drones struck a depot in X"): the day of the act
    told before; "two days later" and "later died" are not."""
    return bool(incident_cues().same_day.search(text) or re.match(r"^\W*Later\b(?!\s+(?:on|in)\b)", text)
                or _ALSO_DONE.search(text))


# "Two roadside bombs also killed four people": an act told in the simple past as one more beside
# the act before it, with no day of its own, is of that act's day ("have also attacked" is not).
_ALSO_DONE = re.compile(r"(?<!\bhave )(?<!\bhas )(?<!\bhad )\balso\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|hit|struck|shot|"
                        r"blew|threw|fought|took|overran|burnt|stole|slew|tore)\b")


def _separate_copies(incident: Incident) -> list[Incident]:
    """"In two separate attacks, roadside bombs killed four": one incident per attack counted."""
    for unit in incident.units[:1]:
        if unit.typed_acts is not None:
            continue  # a summary that gave its act to this part, which is one of those it counts
        match = incident_cues().several.search(unit.text)
        if match is None:
            continue
        word = match.group("count")
        count = int(word) if word.isdigit() else words_to_number(word)
        if count is not None and 2 <= count <= 10:
            return [dataclasses.replace(incident, share=count) for _ in range(count)]
    return [incident]


def _ordinary_crime(incident: Incident, report_text: str, political: bool) -> bool:
    """A lone attacker with a private or unknown motive (scope-and-types.md: out of scope)."""
    text = " ".join(unit.text for unit in incident.units)
    actor = next((unit.actor for unit in incident.units if unit.actor), None)
    typed = {id(unit): unit.strong_triggers(political) for unit in incident.units}
    categories = {t.category for unit in incident.units for t in typed[id(unit)]}
    # Who told of the act, and to whom, is not whom it hit ("the prosecutor's office said").
    told = " ".join(unit.without_sources() for unit in incident.units)
    if lone_attacker_without_motive(text, actor, categories, report_text, political_target(told)):
        return True
    # The sentences that give the act's figures tell the act; the others may be background.
    act = [unit for unit in incident.units if any(c.value is not None for c in unit.casualties)] or incident.units[:1]
    return private_quarrel(" ".join(unit.text for unit in act),
                           {t.category for unit in act for t in typed[id(unit)]}, report_text,
                           political_target(" ".join(unit.without_sources() for unit in act)))


_AREA = re.compile(r"\b(?:the|that|same)\s+(?P<area>country|province|region|state|district|governorate|oblast|"
                   r"department|county)\b", re.I)


def _area(unit: Unit, previous: Incident) -> list[Location]:
    """"Elsewhere in the province", "in the east of the country": an incident with no place of its
    own lies in the region or country of the incident before it, at region precision."""
    match = _AREA.search(unit.text)
    if match is None:
        return []
    places = previous.places()
    if match.group("area").lower() == "country":
        countries = {place.country for place in places if place.country}
        found = [_country_location(code) for code in sorted(countries)]
        return [location for location in found if location is not None]
    regions = [place for place in places if place.feature == "region"]
    if regions:
        return regions[:1]
    for place in places:
        if place.admin1 and place.country:
            region = _region_location(place.admin1, place.country)
            if region is not None:
                return [region]
    return []


_SEAT_AFTER = re.compile(r",\s+(?:the\s+)?(?:provincial\s+|regional\s+|state\s+)?(?:capital|main\s+(?:city|town)|"
                         r"administrative\s+(?:centre|center))\s+of\b", re.I)


def _the_country(unit: Unit, before: list[Unit]) -> list[Location]:
    """"in the south of the country", "the country's northwest", with no place of its own: the one
    country the report has named up to this sentence by its name ("Mali's army said ..."), or, with
    none named, pointed at by demonyms of one country ("the Colombian Air Force", "Nigerian police",
    "Kenyans"; demonyms.tsv); none when it has named or pointed at several."""
    if not _IN_THE_COUNTRY.search(unit.text):
        return []
    named: set[str] = set()
    pointed: set[str] = set()
    for told in [*before, unit]:
        named |= {p.location.country for p in told.all_places if p.location.feature == "country" and p.location.country}
        for word in _WORD.findall(told.text):
            countries = demonyms().get(normalize_name(word), frozenset()) or (
                demonyms().get(normalize_name(word[:-1]), frozenset()) if word.endswith("s") else frozenset())
            if word[:1].isupper() and len(countries) == 1:
                pointed |= countries  # "Nigerian police", "thousands of Kenyans"
    # A country named by its name outweighs the demonyms of the doers ("Israeli strikes killed five
    # in the south of the country, Lebanon's health ministry said").
    codes = named if named else pointed
    location = _country_location(next(iter(codes))) if len(codes) == 1 else None
    return [location] if location is not None else []


# "in the capital", "in the northwest", "in the far south": a place told only by the report's
# country, with no country or other place named after it.
_CAPITAL = re.compile(r"\b(?:in|near|outside|around|on)\s+the\s+(?:country['’]s\s+)?capital\b(?!\s+of\b|['’]s)",
                      re.I)


def _the_capital_or_a_part(unit: Unit, before: list[Unit]) -> list[Location]:
    """"Separately, a mortar attack wounded six civilians in the capital", "Elsewhere, a roadside
    bomb killed four policemen in the northwest": an incident the report marks as another, with no
    place of its own, lies in the one country of every place the report has placed so far: at its
    national capital (GeoNames), or at the country for a compass part of it; none when those places
    lie in several countries or the sentence names neither."""
    capital = _CAPITAL.search(unit.text)
    if capital is None and not _COMPASS_ONLY.search(unit.text):
        return []
    codes = {p.location.country for told in before for p in told.all_places if p.location.country}
    if len(codes) != 1:
        return []
    code = next(iter(codes))
    if capital is not None:
        place = load_gazetteer().capital_of(code)
        if place is not None:
            return [Location(place.name, place.country, place.admin1, place.lat, place.lon, place.geonameid, 1,
                             "city", capital.group().split(None, 1)[1])]
    location = _country_location(code)
    return [location] if location is not None else []


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
# A place frame of the country as a whole or a part of it: "in the south of the country", "across the
# country", "in the country's northwest" (not "the country's leader").
_COMPASS_PART = (r"(?:north|south|east|west|centre|center|middle|interior|heartland|border|"
                 r"(?:north|south)-?(?:east|west))(?:ern)?")
_IN_THE_COUNTRY = re.compile(
    r"\b(?:in|across|throughout|around|all\s+over)\s+(?:(?:the\s+)?(?:[a-z-]+\s+)?(?:" + _COMPASS_PART
    + r"|parts?|regions?|areas?|provinces?)\s+of\s+)?the\s+country\b(?!'s)"
    + r"|\b(?:in|across|throughout)\s+the\s+country['’]s\s+(?:[a-z-]+\s+)?" + _COMPASS_PART + r"\b", re.I)


_COMPASS_ONLY = re.compile(r"\b(?:in|across|throughout)\s+the\s+(?:far\s+|restive\s+)?"
                           + _COMPASS_PART + r"\b(?!\s+of\b|['’]s)", re.I)


def _country_location(code: str) -> Location | None:
    place = load_gazetteer().country(code)
    if place is None:
        return None
    return Location(place.name, place.country, None, place.lat, place.lon, place.geonameid, 3, "country", place.name)


def _region_location(admin1: str, country: str) -> Location | None:
    for place in load_gazetteer().lookup(admin1):
        if place.feature == "region" and place.country == country:
            return Location(place.name, place.country, place.admin1 or place.name, place.lat, place.lon,
                            place.geonameid, 3, "region", place.name)
    return None


def _marked_distinct(unit: Unit) -> bool:
    """"Separately, ...", "Elsewhere, ...", "in two separate attacks": the report says so; so does a
    round-up item's place label ("Nikopol: Artillery shells damaged ..."), and a clause that
    repeats the act before it with a figure and place of its own ("... and 15 in Barsalogho")."""
    cues = incident_cues()
    return unit.label is not None or unit.gapped_from is not None or bool(
        cues.distinct.search(unit.text) or cues.several.search(unit.text))


def _interceptions_only(unit: Unit) -> bool:
    """Whether a unit's figures count weapons downed and no one killed or injured."""
    return any(c.kind.endswith("_downed") and c.value is not None for c in unit.casualties) and not any(
        c.kind in CASUALTY_KINDS for c in unit.casualties)


def _other_sides_interceptions(current: Incident, unit: Unit) -> bool:
    """Whether the incident already counts weapons downed, told by another speaker and of another
    number, than the unit's count."""
    counts = {c.value for c in unit.casualties if c.kind.endswith("_downed") and c.value is not None}
    speakers = {a.source.lower() for a in unit.attributions}
    told = [(c.value, {a.source.lower() for a in u.attributions}) for u in current.units for c in u.casualties
            if c.kind.endswith("_downed") and c.value is not None]
    return bool(told) and bool(speakers) and all(
        value not in counts and sources and not sources & speakers for value, sources in told)


def _starts_new(current: Incident, unit: Unit, time: TimeMention | None, categories: set[str]) -> bool:
    """Whether a unit with an act or a figure opens another incident (gold-format.md: one event
    per distinct incident; one wave over several places with only total figures stays one).

    Another day with an act of its own is another incident.  Another place, not within the
    incident's places (same place, or a place in the same admin1 as a region named), is another
    incident when the unit has another kind of act, or a figure of its own; a unit that refers
    back to the act ("the blast", "there") continues it.
    """
    if _interceptions_only(unit) and not any(_interceptions_only(u) for u in current.units) and any(
            c.kind in CASUALTY_KINDS for u in current.units for c in u.casualties):
        # "Drones hit Odesa, killing two ... The air force said 41 of 58 drones were shot down over
        # four regions": the interceptions are an event of their own (ACLED: Disrupted weapons use).
        return True
    if _interceptions_only(unit) and _other_sides_interceptions(current, unit):
        # "Ukraine's air force said it shot down 37 of 52 drones. The Russian Defence Ministry said
        # its air defences destroyed 17 Ukrainian drones over Bryansk": each side downs the other's
        # weapons, two events, however the first is placed.
        return True
    # ("Militiamen killed dozens in an attack on a village ..., sources said on Wednesday. The
    # assailants attacked X village on Monday night": a lead that tells the act only by a generic
    # word has the kind the word was typed as.)
    kinds = current.categories or current.acts
    # ("Soldiers raided X village on Monday and burned 60 houses": homes burned in a raid are how the
    # raid went, no other kind of act beside a killing told before.)
    acts = categories - {"looting"} if kinds & _VIOLENT_KINDS else categories
    # (An act told with no place of its own after an update's lead, "IRNA raised the toll from the
    # X police station attack to eight ... its fighters stormed the station on Thursday", is the
    # update's incident, whatever word tells it.)
    report_day_then_act_day = current.time_is_report and time is not None and current.time is not None and (
        time.date is not None and current.time.date is not None and time.date < current.time.date) and (
        not acts or bool(acts & kinds) or not unit.places)
    # "... on Saturday. The police chief told a news conference on Sunday that five drones hit the
    # station": a statement's later day is no other day of the act.
    statement_after_act = unit.event_time_is_report and time is not None and current.time is not None and (
        time.date is not None and current.time.date is not None and time.date > current.time.date)
    # "The Arakan Army said on Sunday it had overrun an army base ... It said 45 soldiers were killed
    # when the base near Taungup fell on Saturday": the site the statement introduced, named again
    # with the act's own earlier day, is the same act, now placed and dated.
    report_day_then_act_day = report_day_then_act_day or (
        current.time_is_report and time is not None and current.time is not None and time.date is not None
        and current.time.date is not None and time.date < current.time.date and _same_site_again(current, unit))
    if time is not None and current.time is not None and time.date != current.time.date and (
            not report_day_then_act_day) and not statement_after_act:
        # A later day with no act of its own is a toll update ("by Saturday two had died").  An
        # earlier day after a statement's or update's day ("the toll rose to 21 on Sunday ... the
        # bomber struck on Saturday") is the act's own day when the act is of the same kind; places
        # decide as below.
        later = current.time.date is not None and time.date is not None and time.date > current.time.date
        return bool(categories) or not later
    # A place within the incident's places continues it: the same town, a town of the same
    # admin1, a town of a region it names, any place of a country the unit itself names.  A
    # country named beside the incident's towns ("Afghanistan: a bomb near Kandahar ...") does
    # not hold every town of it.
    places = [p.location for p in unit.places]
    known = current.places()
    body = [p.location for u in current.units if not u.is_title for p in u.places]
    if body:
        # A headline names the places of all its incidents ("protests turn violent in Kano,
        # Kaduna"): once the body places the incident, the headline's other towns are not its (its
        # country still holds them all).
        known = body + [place for place in known if place.feature == "country" and place not in body]
    fine = [place for place in known if place.feature != "country"]
    # A headline's town and the lead's town of the same region are one incident told twice ("Jet
    # bombs monastery in Sagaing" over "... in Depayin Township, Sagaing Region"): only the body's
    # towns tell another town.
    # Another town counts when the unit tells an act of its own there: a day or a figure of its
    # own ("protests continue in Baghdad" is background to a rocket attack near Mosul).
    told = time is not None or _own_figure(unit) or _same_day(unit.text)
    known_countries = {place.country for place in known}
    if _told_again_at_a_town(current, unit, fine) or (time is None and _same_site_again(current, unit) and all(
            place.country in known_countries for place in places)):
        return False
    # (The places a figure is handed out to "respectively" share the whole sentence: each is its own.)
    if categories and places and fine and any(u.shared and unit.shared and (
            u.end == unit.start or (u.start, u.end) == (unit.start, unit.end)) for u in current.units) and (
            _towns_named_apart(places, fine)):
        # "Artillery shelled Nikopol, a drone hit a bus in Marhanets, and a bomb struck Kupiansk": a
        # clause of the same sentence, cut off because it has its own subject and act at another
        # town (extract/clauses), tells an incident of its own, figure or not, however near.
        return True
    if categories and _own_figure(unit) and _fronted_other_town(unit, fine):
        # "An air strike on a school in Gaza City killed 17 ... In Khan Younis, three people were
        # killed when a drone hit a motorcycle": a sentence that opens on another town, with an act
        # and a figure of its own, tells that town's incident however near it lies.
        return True
    if not places or not known or (_compatible(places, known, countries=not fine) and not (
            body and told and _other_town(places, fine))):
        return False
    if _refers_back(unit):
        return False
    if acts and not acts & kinds:
        return True
    if categories and _in_other_countries(places, fine):
        # "Shells hit X on one side of a border ... the other side fired back at Y": an act of the
        # same kind in another country is another incident, figure or not.
        return True
    # "Missiles hit Kyiv, killing 3. In Lviv, a missile wounded 5": an act with a figure of its own
    # makes an incident of its own; "Missiles also hit Lviv" (no figure) is the same wave, and a
    # figure with no act ("in Kabul, the ministry said 30 had died") a toll of the same incident.
    return bool(categories) and _own_figure(unit)


# Kinds of act that hurt people, beside which property destroyed is part of the same act.
_VIOLENT_KINDS = frozenset({"attack", "clash", "abduction", "air", "shelling", "ied", "suicide", "grenade"})


def _in_other_countries(new: list[Location], known: list[Location]) -> bool:
    """Whether every place finer than a country that a unit names lies in another country than
    every such place of the incident."""
    towns = [place for place in new if place.feature != "country"]
    others = {place.country for place in known if place.feature != "country"}
    return bool(towns) and bool(others) and all(place.country not in others for place in towns)


def _told_again_at_a_town(current: Incident, unit: Unit, fine: list[Location]) -> bool:
    """"Insurgents attacked a post in Borno State on Sunday, killing nine soldiers ... Seven soldiers
    and two vigilantes died when the fighters overran the post at X, a village near ...": where the
    incident is placed only at a region, a sentence that gives the same toll at a town the gazetteer
    lacks in that region's country tells the same act again, in detail (its place is found by
    _finer_place_named_later). Towns the sentence names only as landmarks do not count."""
    if not fine or not all(place.feature == "region" for place in fine):
        return False
    tolls = {c.value for u in current.units for c in u.casualties if c.kind == "killed" and c.value}
    told = {c.value for c in unit.casualties if c.kind == "killed" and c.value}
    # "... on a village in Manipur state, killing three. The assault on X village began with gunfire":
    # the act named again with "the", with no figure of its own, is the same act, in detail.
    if not (told and told <= tolls) and not (not _own_figure(unit) and _definite_act_named(unit)):
        return False
    countries = {place.country for place in fine}
    named = [p for p in unit.places if p.location.feature != "country" and not _landmark_mention(unit, p)]
    unknown = [p for p in named if p.location.feature == "city" and p.location.geonameid is None
               and p.location.admin1 is None and p.location.country in countries]
    return bool(unknown) and len(unknown) == len(named)


def _definite_act_named(unit: Unit) -> bool:
    """"The attack on X", "the assault": an act noun with "the" (or "this", "that") before it."""
    return any(_determined(unit.text[max(0, t.start - unit.start - 25) : t.start - unit.start], t.text)
               for t in unit.triggers if t.category != "casualty")


def _same_site_again(current: Incident, unit: Unit) -> bool:
    """"Fighters overran an army base in X region ... A car bomb blew open the gate of the base in Y":
    the site the incident introduced ("a/an ... base", target_nouns.json sites) named
    again with "the" tells the same act, whatever other words the second sentence uses for it."""
    sites = _target_sites()
    again = {m.group(1).lower() for m in sites.finditer(unit.text)
             if re.search(r"\b[Tt]he\s+(?:[a-z-]+\s+)?$", unit.text[max(0, m.start() - 20) : m.start()])}
    if not again:
        return False
    introduced = {m.group(1).lower() for u in current.units for m in sites.finditer(u.text)
                  if re.search(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}$", u.text[max(0, m.start() - 40) : m.start()])}
    return bool(again & introduced)


# The scorer's radius for one place (shared/spec/gold-format.md: "within 25 km").
SAME_PLACE_KM = 25.0
_ANAPHORS = frozenset({"the", "this", "that", "these", "those", "same"})


def _refers_back(unit: Unit) -> bool:
    """"The blast also wounded 20 in ...", "Gunmen struck there again": the unit speaks of the
    current act.  An act noun followed by its own place ("the attack in Herat") introduces one."""
    if re.search(r"\bthere\b(?!\s+(?:was|were|is|are|have|has|had)\b)", unit.text, re.I):
        return True
    for trigger in unit.triggers:
        offset = trigger.start - unit.start
        if not _determined(unit.text[max(0, offset - 25) : offset], trigger.text):
            continue
        if _RETALIATION.search(unit.text[max(0, offset - 50) : offset]):
            # "Rebels shelled X in response to the strike": the earlier act is the cause of this
            # one, which is another act.
            continue
        after = unit.text[trigger.end - unit.start : trigger.end - unit.start + 30]
        if any(p.mention.start - trigger.end <= len(after) and p.mention.start >= trigger.end
               and re.match(r"^\s+(?:in|at|near|on|outside)\b", after) for p in unit.places):
            continue
        return True
    return False


_RETALIATION = re.compile(r"\b(?:in\s+(?:response|reply|retaliation|revenge|return)\s+(?:to|for)|to\s+avenge|avenging|"
                          r"retaliating\s+for|(?:a|as)\s+(?:response|reply|retaliation)\s+(?:to|for))\s+"
                          r"(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _determined(before: str, act: str) -> bool:
    """"the blast", "the deadly blast": a definite act noun (not "the Taliban attacked", nor "on
    the same day, killing": a comma ends the phrase)."""
    if not re.search(r"[\w-]\s*$", before):
        return False
    words = re.findall(r"[\w-]+", before)[-2:]
    if words and words[-1].lower() in _ANAPHORS:
        return True
    return (len(words) == 2 and words[0].lower() in _ANAPHORS and words[1].islower()
            and not act.lower().endswith("ed"))


def _own_figure(unit: Unit) -> bool:
    """A figure of the unit's own, not a part of one given before ("two of the dead were ..."); "no
    one was hurt" is one (0), and so is a count of weapons downed ("destroyed 17 drones")."""
    return any((c.kind in ("killed", "injured", "abducted") or c.kind.endswith("_downed")) and c.part_of is None
               and (c.value is not None or c.vague)
               for c in unit.casualties)


# A sentence that opens on its place: "In Khan Younis, ...", "In the southern town of X, ...".
_FRONTED_PLACE = re.compile(r"\W*In\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|port)\s+of\s+)?[A-Z]")


def _fronted_other_town(unit: Unit, fine: list[Location]) -> bool:
    """Whether the unit opens on a town ("In Khan Younis, ...") that is none of the incident's towns
    by name, and more than a town's own span (MIN_TOWNS_APART_KM) from each of them."""
    if not _FRONTED_PLACE.match(unit.text) or not fine:
        return False
    comma = unit.text.find(",")
    if comma < 0:
        return False
    opening = [p.location for p in unit.places if p.mention.start < unit.start + comma]
    towns = [p for p in opening if p.feature == "city" and p.lat is not None and p.lon is not None]
    known = [p for p in fine if p.feature == "city" and p.lat is not None and p.lon is not None]
    return bool(towns) and bool(known) and all(
        normalize_name(town.name) != normalize_name(other.name) and town.geonameid != other.geonameid
        and distance_km(town.lat, town.lon, other.lat, other.lon) > MIN_TOWNS_APART_KM  # type: ignore[arg-type]
        for town in towns for other in known)


# Two named towns nearer than this may be one town's parts under two names.
MIN_TOWNS_APART_KM = 5.0


def _other_town(new: list[Location], known: list[Location]) -> bool:
    """Whether a unit names towns other than the incident's: each of its towns more than
    SAME_PLACE_KM from every town of the incident ("an ambush near Tepalcatepec ... hours earlier,
    a bomb near Apatzingan": two towns of one state are two places, as ACLED codes one event per
    place and day)."""
    towns = [place for place in new if place.feature == "city" and place.lat is not None and place.lon is not None]
    others = [place for place in known if place.feature == "city" and place.lat is not None and place.lon is not None]
    if towns and others:
        return all(place.geonameid != other.geonameid and place.name != other.name
                   and distance_km(place.lat, place.lon, other.lat, other.lon) > SAME_PLACE_KM  # type: ignore[arg-type]
                   for place in towns for other in others)
    # "an IED blast in Bijapur district ... a villager shot dead in neighbouring Sukma district": two
    # districts of one state (units below its first-level region) are two places.
    units = [place for place in new if _sub_unit(place)]
    known_units = [place for place in known if _sub_unit(place)]
    return bool(units) and bool(known_units) and all(
        normalize_name(place.name) != normalize_name(other.name) for place in units for other in known_units)


def _towns_named_apart(new: list[Location], known: list[Location]) -> bool:
    """Whether every town of a unit is another town than each of the incident's, by name."""
    towns = [place for place in new if place.feature == "city"]
    others = [place for place in known if place.feature == "city"]
    return bool(towns) and bool(others) and all(
        place.geonameid != other.geonameid and normalize_name(place.name) != normalize_name(other.name)
        for place in towns for other in others)


def _unit_free(name: str) -> str:
    """A place name without the word for its kind of unit, as the gold format compares names."""
    return re.sub(r"\s+(?:oblast|region|province|governorate|district|state|county|department|city|territory|township|"
                  r"municipality)$", "",
                  normalize_name(name))


def _towns_near(new: list[Location], known: list[Location]) -> bool:
    """Whether a town of ``new`` lies within SAME_PLACE_KM of a town of ``known`` in its country
    (towns either side of a border are two places)."""
    return any(place.feature == other.feature == "city" and place.country == other.country
               and None not in (place.lat, place.lon, other.lat, other.lon)
               and distance_km(place.lat, place.lon, other.lat, other.lon) <= SAME_PLACE_KM  # type: ignore[arg-type]
               for place in new for other in known)


def _sub_unit(place: Location) -> bool:
    """A district, county or zone: a region below its first-level region ("Sukma district")."""
    return place.feature == "region" and place.admin1 is not None and (
        normalize_name(place.name) != normalize_name(place.admin1))


def _compatible(new: list[Location], known: list[Location], countries: bool = True) -> bool:
    """Whether a unit's places lie within an incident's; ``countries``: whether a country among
    the incident's places holds its towns."""
    for place in new:
        for other in known:
            if place.feature == "country" or other.feature == "country":
                if place.country == other.country and (countries or place.feature == "country"):
                    return True
                continue
            if place.admin1 is not None and place.admin1 == other.admin1 and place.country == other.country:
                return True
            if place.geonameid is not None and place.geonameid == other.geonameid:
                return True
            if place.name == other.name and place.country == other.country:
                return True
            if (place.feature == "region" or other.feature == "region") and place.country == other.country and (
                place.admin1 is not None and place.admin1 == other.admin1
            ):
                return True
            if _spans(place, other) or _spans(other, place):
                return True
    return False


def _headline_holds(title: Location, place: Location) -> bool:
    """Whether a headline's place names a body's place: the same name, or a region that holds it
    ("U.S. strike hits ISIS in Puntland" over a body's "Cal Miskaad mountains of Bari region")."""
    if normalize_name(title.name) == normalize_name(place.name):
        return True
    # "Mastung blast" over the body's "Mastung district": the town and the district named after it.
    if title.country == place.country and _unit_free(title.name) == _unit_free(place.name):
        return True
    return title.feature == "region" and title.country == place.country and (
        _spans(title, place) or (title.admin1 is not None and title.admin1 == place.admin1))


def _spans(region: Location, place: Location) -> bool:
    """Whether a land region that spans several first-level regions holds the place ("Darfur"
    holds El Fasher, in North Darfur; data/lexicons/land_regions.tsv)."""
    if region.feature != "region" or region.country != place.country or place.admin1 is None:
        return False
    return place.admin1 in land_region_spans().get((region.country or "", region.name), frozenset())


def unplaced(incident: Incident, dateline_place: Location | None = None) -> bool:
    """Whether an incident has no place eventwire can locate (no place in its sentences, none
    referred back to, no dateline city): it gives no event, and the report says so in a warning."""
    return not _locations(incident) and dateline_place is None


# "in the hinterlands of this town", "in this city": the wire dateline's own town.
_THIS_TOWN = re.compile(r"\bthis\s+(?:city|town|village|capital|port)\b", re.I)


def build_event(incident: Incident, political: bool, person_names: list[str],
                dateline_place: Location | None = None) -> Event | None:
    """The Event for an incident, or None when it has no place or no type.  An incident whose text
    names no place is placed at the wire dateline's city when the report has one ("... in the city")."""
    # The dateline places an incident whose sentences name no place of its own, unless they name
    # another country, even in a clause set aside ("the strikes India carried out on targets in
    # Pakistan in May 2025"): then the incident is not the dateline city's.
    # (The places a sentence on how the war is fought names tell too that the story is abroad.)
    abroad = dateline_place is not None and any(
        p.location.country != dateline_place.country for unit in incident.units + incident.context
        if unit in incident.units or unit.pattern for p in unit.all_places)
    locations = _locations(incident)
    if dateline_place is not None and dateline_place.feature == "city" and any(
            _THIS_TOWN.search(unit.text) for unit in incident.units) and not any(
            location.name == dateline_place.name for location in locations):
        # "LAS NAVAS, Northern Samar - ... killed in a firefight in the hinterlands of this town": the
        # dateline's town, before the province the headline names.
        locations = [dateline_place, *(location for location in locations if location.feature != "city")]
    if not locations and len(incident.before) == 1 and THE_TOWN.search(incident.units[0].text):
        locations = list(incident.before)
    if not locations:
        # "A volunteer in Bardhere said ... a day after militants overran an army base near the
        # town": where the local witnesses who tell the act are, before the dateline's city.
        locations = next(([p.location for p in unit.witness_places] for unit in incident.units
                          if unit.witness_places), [])
    if not locations and dateline_place is not None and not abroad:
        locations = _told_of_doers_or_dead(incident, dateline_place.country)
    locations = locations or ([dateline_place] if dateline_place is not None and not abroad else [])
    if not locations:
        return None
    claims = _claims(incident, person_names)
    _fill_roles(claims, incident, person_names)
    casualties_reported = any(c.kind in CASUALTY_KINDS and (c.value or 0) > 0 for c in claims)
    # (Each unit's triggers typed once here: nothing below changes a unit.)
    strong = [(unit, unit.strong_triggers(political)) for unit in incident.units]
    if any(_own_acts(found) for _, found in strong):
        # The fragments of the act ("falling shrapnel wounded two") do not type it.
        strong = [(unit, found if _own_acts(found) else []) for unit, found in strong]
    triggers = [t for _, found in strong for t in found]
    reported = [t for unit, found in strong for t in found if not _quoted(unit, t.start)]
    told = [t for t in reported if not any(t.start < end for end in _label_ends(incident.units))]
    triggers = told or reported or triggers
    # A claim of responsibility anywhere in the incident's sentences names who did it (docs/typing.md).
    claimed = [unit.claimed for unit in sorted(incident.units + incident.context, key=lambda u: u.index)
               if unit.claimed]
    # A doer given after the act ("Police said Boko Haram fighters carried out the killings") comes
    # after the act's own subject.
    blamed = [unit.blamed.doer for unit in sorted(incident.units + incident.context, key=lambda u: u.index)
              if unit.blamed is not None and unit.blamed.doer]
    actor1 = claimed[0] if claimed else next((unit.actor for unit in incident.units if unit.actor),
                                             blamed[0] if blamed else None)
    by_sentence = [[t for t in found if t in triggers] for _, found in strong]
    # "Kidal fell to government troops": the side a place passed to types the change when no actor is named.
    taker = next((unit.taker for unit in incident.units if unit.taker), None)
    killed_reported = any(c.kind == "killed" and (c.value or 0) > 0 for c in claims)
    typed = type_event(triggers, casualties_reported, actor1 or taker or _territory_subject(incident, triggers),
                       by_sentence, killed_reported, killing_first=_killing_told_first(incident, triggers))
    if typed is None:
        return None
    event_type, sub_event_type = typed
    all_units = sorted(incident.units + incident.context, key=lambda unit: unit.index)
    # A part of a summary the report splits ("killed 13 militants in two operations. Eight were killed
    # in X, while five died in Y") is led by its own figure, not the headline's total of all parts.
    leading = [c for c in claims if not c.in_title] if incident.summed_by is not None else claims
    leads = {kind: _lead(leading, kind) for kind in CASUALTY_KINDS}
    fatalities_claim = _updated(leads["killed"], claims, all_units)
    injured_claim = _updated(leads["injured"], claims, all_units)
    # A risen toll is a total ("rose to nine after two more of the wounded died"): nothing is added.
    fatalities, injured = (
        claim.value if claim is not None and claim is not leads[kind] else _lead_value(claims, claim)
        for claim, kind in ((fatalities_claim, "killed"), (injured_claim, "injured")))
    if incident.share > 1:
        # A total over several incidents is no figure of any one of them (unknown stays null).
        fatalities = injured = None
    source_claim = _source_claim(claims, [fatalities_claim, injured_claim])
    source, source_role = (source_claim.source, source_claim.source_role) if source_claim else (None, None)
    # A round-up's "authorities in the central state of X" over incidents each told by its own
    # official: where the body sits says nothing of which one speaks.  (Of one incident, "officials in
    # Kiev" are the source as named: gold-format.md.)
    round_up = any(unit.shared for unit in incident.units)
    bare = source_claim.source if source_claim is not None else None
    if bare and round_up:
        bare = _without_seat(bare)
    if source_claim is not None and (_is_generic(bare) or _force_body(bare) or _unnamed_people(bare)):
        source, source_role = _specific_source(incident, bare, source, source_role)
    elif source is not None and _unnamed_person(source, person_names):
        source, source_role = _named_speaker(incident, source, person_names) or (source, source_role)
    # "..., a monitoring group said": a body the sentence brings in refers back to no name before it.
    refers_back = source is not None and source_claim is not None and not _introduced(
        source, source_claim.evidence.sentence)
    if source is not None and source_claim is not None and refers_back and _group_description(source):
        # "..., the group said": the armed group the report named before the statement.
        # ... or the incident's actor, when a proper name ("The Houthis fired ..., the movement said").
        named_actor = actor1 if actor1 and _named(actor1) else None
        source = _group_named_before(incident, source_claim.evidence.start) or named_actor or source
    if source is not None and source_claim is not None and refers_back and _body_description(source):
        # "Amnesty International demanded an inquiry ... The organisation said ...": the body named
        # before ("the rights group", "the charity", or "the group" where no armed group was named).
        source = _organisation_named_before(incident, source_claim.evidence.start) or source
    if source is None:
        # "..., killing six, state media reported", "the state news agency SANA reported": a state
        # outlet speaks for the state, so the figures are attributed to it (gold-format.md: "the
        # person or body the figures are attributed to"); a private outlet quoted by another news
        # report ("Al Jazeera reported") is where the report read them, not their source.
        # A headline's figure carries no attribution ("Two killed in drone strike"): the body's
        # same figure names the outlet.
        figures = [c for c in (fatalities_claim, injured_claim) if c is not None]
        figures += [c for c in claims if c not in figures and not c.in_title and any(
            c.kind == t.kind and c.value == t.value for t in figures)]
        source = next((c.via for c in figures if c.source is None and c.via and _state_outlet(c)), None)
    verified = _verified(all_units)
    for claim in claims:
        claim.verified = verified
    time = incident.time
    if time is None or incident.time_is_report:
        time = _time_told_later(incident, acts_only=time is not None) or time
    if time is not None and time is incident.time and incident.time_is_report and any(
            time.start in unit.spoken_times for unit in incident.units) and _acts_definite(incident):
        # "The charity said on Saturday that the bombing of its hospital had killed 15": the day of
        # a statement about an act told as known is not the act's day, which the report leaves open.
        time = None
    if time is None:
        # "Drones struck a warehouse in Izmail at about 3 a.m.": the hour alone dates the act to
        # the report's day.
        time = next((unit.clock for unit in incident.units if unit.clock is not None and not unit.history), None)
    precision: DatePrecision | None = time.precision if time is not None else None
    undated_no_figure = time is None and not any(c.kind in CASUALTY_KINDS and c.value is not None for c in claims)
    if undated_no_figure and (not _locations(incident) or all(
            unit.lemmas & _RECORD_LEMMAS for unit in incident.units if not unit.is_title)):
        # "Security forces have been accused of mass killings" under a dateline, "rights groups have
        # documented the killing of thousands in West Darfur": no day, no figure, and no place but
        # the dateline's or only a charge or a record of the past: background, not an incident.
        return None
    text = " ".join(unit.text for unit in incident.units)
    actor2 = "Civilians" if event_type == "Violence against civilians" or _civilians().search(text) else None
    return Event(
        date=time.date if time is not None else None,
        date_precision=precision,
        locations=locations,
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor1=actor1,
        actor2=actor2,
        fatalities=fatalities,
        injured=injured,
        source=source,
        source_role=source_role,
        verified=verified,
        claims=claims,
        statements=_statements(all_units, person_names),
        triggers=sorted({t.text.lower() for t in triggers}),
        evidence=[sentence_evidence(unit) for unit in incident.units],
        time_of_day=_time_of_day(time),
        targets=_targets(incident),
    )


# "Ukraine war: missiles hit Kharkiv", "Gaza–Israel clashes (November 2019): air strikes kill 22":
# a topic label before a colon at the head of a report names a story, not what this report tells.
# (Digits only inside brackets: "Israel–Hamas clashes (May 2021):"; elsewhere a digit before a colon
# is a clock time or a figure.  A label with a leading year, "2011 Egyptian protests:", is still
# the item's context for typing: its protests type the clashes told after it.)
_LABEL = re.compile(r"^\s*(?:[^.:!?\d(]|\([^()\n]{1,30}\)){3,100}?:\s")
# Any topic label, a leading year allowed, for the doer: "2011 Egyptian protests:" names no one who acted.
_TOPIC_LABEL = re.compile(r"^\s*(?:(?:19|20)\d\d\s)?(?:[^.:!?\d(]|\([^()\n]{1,30}\)){3,100}?:\s")
# A label that names the story of an item with no act of its own may carry a year or a bracket
# ("2011 Egyptian protests:", "Clashes (May 2021):") and stack ("Civil war: International response
# to the war: ..."); a clock time has no space after its colon.
_STORY_LABELS = re.compile(r"^(?:\s*[^.:!?\n]{3,100}?:\s)+")


# Verbs that tell an act as a charge or a record of the past, not as news (WordNet 3.0 accuse.v.01,
# allege.v.01, document.v.02).
_RECORD_LEMMAS = frozenset({"accuse", "allege", "document"})


def _label_only(units: list[Unit], political: bool) -> Unit | None:
    """The report's first unit when its acts lie only in a topic label and nothing after the label
    speaks of an act or a toll ("2011 Egyptian protests: the US vice-president drew criticism
    ..."): the label names the story this item belongs to, not an incident it reports.  A label
    with a toll or act after it ("Kabul bombing: death toll rises to 40") is kept, and so is the
    common name of one incident followed by a claim of it ("Kabul hotel attack: X claims
    responsibility", ``consolidate.naming``)."""
    first = next((unit for unit in units if unit.index == 0 and not unit.history), None)
    match = _STORY_LABELS.match(first.text) if first is not None else None
    if first is None or match is None:
        return None
    end = first.start + match.end()
    strong = first.strong_triggers(political)
    if not strong or any(t.start >= end for t in strong):
        return None
    if any(c.start >= end for c in first.casualties) or any(
            t.start >= end for t in first.triggers if t.category in ("casualty", "generic")):
        return None
    if first.start == 0 and heading_name_span(first.text) is not None and _claims_it(first.text[match.end():]):
        return None  # "2015 Bamako hotel attack: AQIM claims responsibility": a named incident's claim
    return first


@lru_cache(maxsize=1)
def _claim_of_responsibility() -> re.Pattern[str]:
    """"claim responsibility", "admitted responsibility", "claimed credit" (actor_cues.json claim and
    responsibility, the ACLED codebook's and CAMEO's claim verbs), whoever claims."""
    cues = actor_cues()
    verbs = "|".join(sorted(cues.claim))
    objects = "|".join(sorted(cues.responsibility - {"it"}))
    return re.compile(rf"\b(?:{verbs})\w*\s+(?:\w+\s+)?(?:{objects})\b", re.I)


def _claims_it(text: str) -> bool:
    return bool(_claim_of_responsibility().search(text)) and not re.search(r"\b(?:no|not|nobody|none)\b", text, re.I)


def topic_label_end(text: str) -> int | None:
    """Where a topic label that opens ``text`` ends ("Sinai insurgency: ...", "Israel–Hamas clashes
    (May 2021): ..."), as an offset into ``text``; None when it opens with none."""
    match = _TOPIC_LABEL.match(text)
    return match.end() if match else None


def _label_ends(units: list[Unit]) -> list[int]:
    """Where a topic label ends, for the report's first unit (headline or lede) when it has one."""
    return [unit.start + match.end() for unit in units if unit.index == 0 and (match := _LABEL.match(unit.text))]


NEAR_SENTENCES = 3


def _time_told_later(incident: Incident, acts_only: bool = False) -> TimeMention | None:
    """The day of an act whose own sentences give none, from a sentence near them that speaks of an
    act ("A car bomb killed seven in X. The blast happened on Friday near a hotel"; "A vehicle packed
    with explosives was detonated this morning in Gao. At least fifty died."): the nearest such
    sentence within a few of the incident's first sentence in the body (a headline stands apart).
    Wire copy puts each sentence in a paragraph of its own, so the paragraph does not bound it.
    ``acts_only``: the incident has a day, of a statement or update; only an act's day replaces it."""
    body = [unit for unit in incident.units if not unit.is_title]
    first = body[0] if body else incident.units[0]
    near = [unit for unit in incident.context if not unit.is_title and unit.triggers
            and 0 < abs(unit.index - first.index) <= NEAR_SENTENCES and unit.event_time is not None
            and not (acts_only and unit.event_time_is_report)]
    if not near:
        return None
    return min(near, key=lambda unit: (abs(unit.index - first.index), unit.index < first.index)).event_time


def _targets(incident: Incident) -> list[str]:
    """What was hit, outside the sources' names ("hospital officials" names no target)."""
    found = set()
    # The sentence that named the act before names what it hit ("the bombing of a market in X").
    told = [incident.told_before] if incident.told_before is not None and not incident.places() else []
    for unit in [*incident.units, *told]:
        sources = [(a.start - unit.start, a.end - unit.start) for a in unit.attributions]
        for match in _target_sites().finditer(unit.text):
            if not any(start <= match.start() < end for start, end in sources):
                found.add(match.group(1).lower())
    return sorted(found)


def _time_of_day(time: TimeMention | None) -> str | None:
    """"Saturday evening", "overnight": the part of the day, which tells two strikes on one day apart."""
    if time is None:
        return None
    found = _TIME_OF_DAY.search(time.text)
    return found.group(1).lower() if found else None


_QUOTES = re.compile(r"[\"“”]")


def _gives_a_view(unit: Unit) -> bool:
    """Whether a sentence gives a speaker's view rather than news: a quote that condemns the act, or a
    demand or promise ("must stop", "should be punished", "will not go unpunished")."""
    quotes = " ".join(m.group() for m in re.finditer(r"[\"“][^\"“”]*[\"”]", unit.text))
    if set(re.findall(r"[a-z]+", quotes.lower())) & _view_words():
        return True  # '"We condemn this cowardly attack," said X'
    return bool(_VIEW_MODALS.search(unit.text))


@lru_cache(maxsize=1)
def _view_words() -> frozenset[str]:
    """Words of condemnation that make a quote a view (speech_verbs.json view_words)."""
    return frozenset(word_list("speech_verbs.json", "view_words"))


_VIEW_MODALS = re.compile(r"\b(?:must|should|ought\s+to|will\s+(?:not|never)|would\s+(?:not|never)|won't|"
                          r"cannot\s+be\s+(?:allowed|tolerated))\b", re.I)


def _quoted(unit: Unit, position: int) -> bool:
    """Whether a position of the report lies inside quoted speech in its sentence."""
    return len(_QUOTES.findall(unit.text[: position - unit.start])) % 2 == 1


def _locations(incident: Incident) -> list[Location]:
    places = incident.places() or incident.area
    named = _settlement_named_later(incident) or _finer_place_named_later(incident)
    if named is not None and places:
        places = [named, *places]
    if not places:
        # "Wiranto, who was visiting the town of Pandeglang, survived the attack": a later
        # sentence that refers back to the act names the place.
        for unit in incident.context:
            if unit.triggers and unit.places:
                places = [p.location for p in unit.places]
                break
        else:
            places = [p.location for p in incident.told_before.places] if incident.told_before else []
    elif all(place.feature == "country" for place in places):
        # "Missiles hit energy facilities in Ukraine ... The strikes hit a power plant at Burshtyn":
        # where the act's sentences name only a country, a sentence just after that tells the act
        # again names the place, in that country.
        countries = {place.country for place in places}
        first = min(unit.index for unit in incident.units)
        for unit in sorted(incident.context, key=lambda u: u.index):
            finer = [p.location for p in unit.places if p.location.feature != "country"
                     and p.location.country in countries and not _in_speakers_role(p, unit)
                     and not _landmark_mention(unit, p)]
            # ... or tells of its doers or its dead ("in central Mali ... Troops came upon the
            # fighters outside X town", "The victims in X district were farmers").
            if (unit.triggers or _names_a_doer(unit.text) or _names_the_hurt(unit.text)) and finer and (
                    0 < unit.index - first <= 3):
                places = [*finer, *places]
                break
    seen: list[Location] = []
    for location in places:
        if any(_same_place(location, other) for other in seen):
            continue
        seen.append(location)
    finer = [loc for loc in seen if loc.feature != "country"]
    if finer:
        seen = finer
    # A sea or river named with the town the act hit ("a terminal on the Black Sea coast at X") is
    # the place only when no town is named.
    if any(loc.feature == "city" for loc in seen):
        seen = [loc for loc in seen if not is_water_body(loc)]
    region_names = {(loc.country, _base(loc.name)) for loc in seen if loc.feature == "region"}
    # ("Belgorod, the capital of Russia's Belgorod region": a town set off as its region's seat is
    # the town.)
    seats = {(p.location.country, p.location.name) for unit in incident.units for p in unit.places
             if p.location.feature == "city" and _SEAT_AFTER.match(unit.text, p.mention.end - unit.start)}
    seen = [loc for loc in seen if loc.feature != "city" or (loc.country, _base(loc.name)) not in region_names
            or (loc.country, loc.name) in seats]
    # Most specific first: a town the gazetteer knows before a name kept only at its country ("War
    # in Donbass: a shell hit a plant in Donetsk"); a village kept inside a region the text names
    # ("the hamlet of X in Borno State's Y district") is as specific as a town the gazetteer knows,
    # and keeps its place in the text; a district kept inside a region comes before that region
    # ("Katsina state's X district").
    # A headline sums up the report ("Settlers torch cars in X; drone strike kills two in Y"): its
    # places come after those of the body's sentences.
    has_body = any(unit.places for unit in incident.units if not unit.is_title)
    titled = {(loc.name, loc.country) for unit in incident.units if unit.is_title for p in unit.places
              for loc in [p.location]} - {(p.location.name, p.location.country) for unit in incident.units
                                          if not unit.is_title for p in unit.places}
    measured = [(unit, p) for unit in incident.units for p in unit.places]
    # A place is a landmark for the reader (_landmark_mention) only where no sentence names it as a
    # place: "between Damboa and Biu" then "20 km south of Damboa", "stormed the town of X" then "a
    # convoy driving to X". A headline does not count, as it places the act by the town its
    # readers know ("Nine killed in raid near X").
    references = {(p.location.name, p.location.country) for unit, p in measured if _landmark_mention(unit, p)}
    references -= {(p.location.name, p.location.country) for unit, p in measured
                   if not unit.is_title and not _landmark_mention(unit, p)}
    # The ends of a road stay landmarks wherever else they are named: "the X-Y border crossing" and
    # "the X sector" name a border post, not the town the shells hit.
    references |= {(p.location.name, p.location.country) for unit, p in measured if _road_end(unit, p)}
    if named is not None:
        # "a village near Kaduna ... The victims in X district": once the village's place is named,
        # the town it was near is a landmark.
        references |= {(p.location.name, p.location.country) for unit, p in measured
                       if _near_unnamed_settlement(p, unit) and not _same_place(p.location, named)}
    # A landmark needs another place to stand beside: "south of Krasnohorivka, Donetsk Oblast" names
    # only the town the act was near and the first-level region that holds it.
    landmarks = [loc for loc in seen if (loc.name, loc.country) in references]
    others = [loc for loc in seen if (loc.name, loc.country) not in references and not (
        loc.feature == "country" or (loc.feature == "region" and loc.admin1 == loc.name and any(
            mark.country == loc.country and mark.admin1 == loc.admin1 for mark in landmarks)))]
    if not others:
        references = set()
    finest = (named.name, named.country) if named is not None else None
    # "Mogadishu's Hodan district": a part kept at a town of the list (precision 2, the town's
    # point) is finer than the town, wherever the text names it.
    parts = {(loc.name, loc.country) for loc in seen if loc.precision == 2 and loc.feature == "city" and any(
        other is not loc and other.feature == "city" and other.precision == 1 and (other.lat, other.lon) == (
            loc.lat, loc.lon) for other in seen)}
    # "In Kharkiv, bombs hit the Saltivka neighbourhood": a part of a town the gazetteer knows, held by
    # the town its sentence names, is finer than that town.
    towns = {p.mention.start for _, p in measured if p.location.feature == "city"}
    # So is the part after "the <town> suburb of" ("the Lagos suburb of Ikorodu").
    parts |= {(p.location.name, p.location.country) for unit, p in measured if p.mention.container in towns
              and p.location.feature == "city" and (p.mention.text.split()[-1].lower() in TOWN_PARTS or (
                  _PART_OF_BEFORE.search(unit.text[: max(0, p.mention.start - unit.start)])))}
    # So is the settlement a possessive town or unit holds ("Dori's outlying village of X", "Djugu
    # territory's village of Y").
    parts |= {(p.location.name, p.location.country) for unit, p in measured
              if _owned_settlement().search(unit.text[max(0, p.mention.start - unit.start - 60) :
                                                       p.mention.start - unit.start])}
    # A landmark comes after every place that is not one, a district before the city it is north of.
    return sorted(seen, key=lambda loc: ((loc.name, loc.country) in references,
                                         (loc.name, loc.country) not in parts,
                                         {"city": 0, "region": 1, "country": 2}[loc.feature],
                                         (loc.name, loc.country) != finest,
                                         has_body and (loc.name, loc.country) in titled,
                                         loc.precision == 3 and (loc.admin1 is None or (
                                             loc.feature == "region" and not _inside_region(loc)))))


@lru_cache(maxsize=1)
def _owned_settlement() -> re.Pattern[str]:
    """"Dori's outlying village of", "Djugu territory's village of": a settlement a possessive
    place holds (place_frames.json settlement_nouns), right before its name."""
    nouns = "|".join(sorted(frame_words()["settlement_nouns"]))
    return re.compile(rf"[A-Z][\w-]*(?:\s+[a-z]+)?['’]s\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\s+of\s+$")


_PART_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(SUBURB_NOUNS)) + r")\s+of\s+$", re.I)


def _landmark_mention(unit: Unit, place: ResolvedPlace) -> bool:
    """Whether a sentence names a place only as a landmark for the reader, not as where the act was.

    "in Balcad, about 30 km north of Mogadishu": the town a distance is measured from; "a bus
    travelling from Quetta to Karachi was stopped near Khuzdar": the ends of a route; "a base along
    the Bama–Konduga road", "the road linking the village to Bol": the towns a road joins; "Furcy, a
    hamlet in the hills above Haiti's capital": the place a description set off after another name
    measures that name by.
    """
    before = unit.text[: place.mention.start - unit.start]
    return bool(_DISTANCE_FROM.search(before[-70:]) or _ROUTE_END.search(before[-60:])
                or _road_end(unit, place) or _APPOSITIVE_LANDMARK.search(before[-80:]))


def _road_end(unit: Unit, place: ResolvedPlace) -> bool:
    """"the Bama–Konduga road", "the road linking the village to Bol": a town a road joins."""
    before = unit.text[: place.mention.start - unit.start]
    after = unit.text[place.mention.end - unit.start :]
    return bool(_ROAD_AFTER.match(after) or _ROAD_LINKS.search(before[-80:])
                or (_ROAD_JOIN_BEFORE.search(before[-40:]) and _ROAD_WORD_AFTER.match(after)))


_ROUTE_END = re.compile(r"\b(?:travel+(?:ing|ed)|head(?:ing|ed)|driving|drove|journeying|on\s+(?:its|their|his|her|"
                        r"the)\s+way|bound|en\s+route)\s+(?:from|to|for)\s+"
                        r"(?:(?!(?:near|in|at|outside|close|by|when|where)\b)[\w'-]+\s+){0,5}?(?:(?:to|for)\s+)?$",
                        re.I)
_ROAD_WORDS = r"(?:road|highway|route|axis|corridor|railway|motorway|expressway|pipeline|border\s+crossing)"
_ROAD_LINKS = re.compile(rf"\b{_ROAD_WORDS}\s+(?:that\s+|which\s+)?(?:link|connect|join)(?:s|ed|ing)?\s+"
                         r"(?:(?:[\w'’-]+\s+){0,4}?(?:to|with|and)\s+)?(?:the\s+(?:\w+\s+)?(?:city|town|village|"
                         r"capital)\s+of\s+)?$", re.I)
_ROAD_AFTER = re.compile(rf"\s*[–—-]\s*[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){{0,2}}\s+{_ROAD_WORDS}\b")
_ROAD_JOIN_BEFORE = re.compile(r"[A-Z][\w'’.]*\s*[–—-]\s*$")
_ROAD_WORD_AFTER = re.compile(rf"\s+{_ROAD_WORDS}\b", re.I)
_APPOSITIVE_LANDMARK = re.compile(r"[A-Z][\w'’-]*,\s+(?:a|an|the)\s+[^,;.]{0,60}?\b(?:above|below|overlooking|near|"
                                  r"outside|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+"
                                  r"(?:the\s+)?$")
# "30 km north of X", "north of X" (not "the north of X", which is inside X), "60 km north of the
# regional capital X", "north of the city of X": X is a landmark. Only lower-case describing words may come
# between, and no preposition: in "40 km south of Jos in Y", Y is a place of its own.
_DISTANCE_FROM = re.compile(r"(?:\b\d+(?:[.,]\d+)?\s*(?:km|kms|kilomet(?:re|er)s?|miles?)\s+"
                            r"(?:\(\s*\d+\s*miles?\s*\)\s+)?"
                            r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
                            r"(?:of|from)|(?<!the )\b(?:north|south|east|west|north-?east|north-?west|south-?east|"
                            r"south-?west)\s+of)\s+(?:the\s+)?(?:(?!(?:in|at|near|and|or)\b)(?-i:[a-z][\w-]*)\s+){0,3}?"
                            r"(?:(?-i:[a-z][\w-]*),\s+)?$", re.I)


@lru_cache(maxsize=1)
def _some_settlement() -> re.Pattern[str]:
    """"a village", "a remote hamlet": a settlement the sentence leaves unnamed (place_frames.json
    settlement_nouns)."""
    nouns = "|".join(sorted(map(re.escape, frame_words()["settlement_nouns"]), key=len, reverse=True))
    return re.compile(rf"\b(?:a|an|one)\s+(?:\w+\s+)?({nouns})\b", re.I)


def _settlement_named_later(incident: Incident) -> Location | None:
    """"a raid on a village in Y territory ... The attackers struck the village of X": the
    settlement the act sentence leaves unnamed, named in a sentence just after it, in the same
    country."""
    first = incident.units[0]
    some = _some_settlement().search(" ".join(unit.text for unit in incident.units))
    if some is None:
        return None
    noun = some.group(1).lower()
    countries = {p.location.country for unit in incident.units for p in unit.places}
    for unit in sorted(incident.context + incident.units[1:], key=lambda u: u.index):
        # The later sentence must tell the act ("the attackers struck the village of X"), not only
        # name a village ("survivors fled to the village of X").
        if not 0 < unit.index - first.index <= 2 or not (any(t.category != "casualty" for t in unit.triggers)
                                                         or _names_a_doer(unit.text)):
            continue
        for place in unit.places:
            written = re.escape(place.mention.text)
            if place.location.feature == "city" and place.location.country in countries and re.search(
                    rf"\bthe {noun} of {written}|\b{written},? (?:a|the) {noun}\b|\b{written} {noun}\b", unit.text,
                    re.I):
                return place.location
    return None


def _coarse(place: ResolvedPlace, unit: Unit) -> bool:
    """A region, or a unit named after its town ("Koro cercle", "Maru local government area")."""
    if place.location.feature == "region":
        return True
    if place.location.feature != "city":
        return False
    last = place.mention.text.split()[-1].lower()
    after = unit.text[place.mention.end - unit.start :].lower()
    return last in frame_words()["town_unit_nouns"] or bool(_unit_after().match(after))


@lru_cache(maxsize=1)
def _unit_after() -> re.Pattern[str]:
    """A unit phrase or a town's unit noun right after a name ("X district", "X local government
    area"; place_frames.json unit_phrases and town_unit_nouns), compiled once."""
    words = frame_words()
    phrases = sorted({*words["unit_phrases"], *words["town_unit_nouns"]}, key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(phrase) for phrase in phrases) + r")\b")


def _finer_place_named_later(incident: Incident) -> Location | None:
    """"Gunmen killed nine villagers in Lubero territory ... The attackers entered Kipese village":
    where the act sentence names only a district, region or unit, the town or village that a
    sentence just after it places the act in (it tells the act or names its doer), inside that
    unit: its first-level region, or, for a name the gazetteer lacks, its country (gold-format.md:
    most specific first)."""
    lead = next((unit for unit in incident.units if not unit.is_title and unit.places), None)
    if lead is None:
        return None
    held = [p for p in lead.places if p.location.feature != "country"]
    if not held or not all(_coarse(p, lead) or is_water_body(p.location) or _near_unnamed_settlement(p, lead)
                           or _landmark_mention(lead, p) for p in held):
        return None
    for unit in sorted(incident.context + incident.units, key=lambda u: u.index):
        if not 0 < unit.index - lead.index <= 3 or unit.is_title or not (
                any(t.category != "casualty" for t in unit.triggers) or _names_a_doer(unit.text)
                or _names_the_hurt(unit.text)):
            continue
        # "said X, president of civil society in the Bapere sector": a speaker's role is no place of the act.
        for place in unit.places:
            location = place.location
            if any(_same_place(location, p.location) for p in held) or _in_speakers_role(place, unit) or (
                    _landmark_mention(unit, place)):
                continue
            if location.feature == "city" and not _coarse(place, unit):
                # A lake holds the towns of its shore in the country the report names.
                if any(location.country == p.location.country and (
                        location.admin1 is None or location.admin1 == p.location.admin1
                        or (is_water_body(p.location) and p.location.admin1 is None)) for p in held):
                    return location
            elif _sub_unit(location) and any(
                    (p.location.feature == "region" or _near_unnamed_settlement(p, lead)) and not _sub_unit(p.location)
                    and not is_water_body(p.location) and p.location.country == location.country
                    and p.location.admin1 == location.admin1 for p in held):
                # "in Helmand province ... a patrol in Nad Ali district": a district of the region.
                return location
    return None


def _territory_subject(incident: Incident, triggers: list[TriggerMention]) -> str | None:
    """The words before a territory act in its clause ("Government forces" of "Government forces took
    control of the town of X"), where no actor was named: enough to tell a state force taking a
    place back from an armed group taking it (typing._government), never reported as actor1."""
    taken = [t for t in triggers if t.category == "territory"]
    if not taken:
        return None
    unit = next((u for u in incident.units if u.start <= taken[0].start < u.end), None)
    if unit is None:
        return None
    before = re.split(r"[,;:]|\b(?:and|but|while|after|when)\b", unit.text[: taken[0].start - unit.start])[-1]
    words = before.strip()
    return words if 0 < len(words.split()) <= 4 else None


def _killing_told_first(incident: Incident, triggers: list[TriggerMention]) -> bool:
    """Whether the incident's sentences give people killed before the first word of an abduction
    ("Bandits stormed X, killing eight villagers and abducting 25 others")."""
    if not any(t.category == "abduction" for t in triggers):
        return False
    taken = [t.start for unit in incident.units if not unit.is_title for t in unit.triggers
             if t.category == "abduction"] or [t.start for t in triggers if t.category == "abduction"]
    killed = [c.start for unit in incident.units if not unit.is_title for c in unit.casualties
              if c.kind == "killed" and (c.value or c.vague) and c.part_of is None]
    return bool(killed) and min(killed) < min(taken)


def _told_of_doers_or_dead(incident: Incident, country: str | None) -> list[Location]:
    """"MANILA (AP) - Troops killed five rebels in a remote village ... Soldiers came upon the rebels
    outside X town": where the act's sentences name no place and the dateline would place it, a
    sentence just after that tells of its doers or its dead names the place, in the dateline's
    country (the dateline tells where the reporter is, not where the act was)."""
    first = min(unit.index for unit in incident.units)
    for unit in sorted(incident.context, key=lambda u: u.index):
        if not 0 < unit.index - first <= 3 or not (_names_a_doer(unit.text) or _names_the_hurt(unit.text)):
            continue
        found = [p.location for p in unit.places if p.location.feature != "country" and p.location.country == country
                 and not _in_speakers_role(p, unit) and not _landmark_mention(unit, p)]
        if found:
            return found
    return []


def _near_unnamed_settlement(place: ResolvedPlace, unit: Unit) -> bool:
    """"a village near X", "a camp on the outskirts of X", "a hamlet 20 km south of X": a town the
    sentence measures an unnamed settlement by (place_frames.json settlement_nouns), a landmark
    until a later sentence names the settlement."""
    if place.location.feature != "city":
        return False
    before = unit.text[max(0, place.mention.start - unit.start - 90) : place.mention.start - unit.start]
    return bool(_near_settlement().search(before))


@lru_cache(maxsize=1)
def _near_settlement() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, frame_words()["settlement_nouns"]), key=len, reverse=True))
    return re.compile(rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})s?\s+(?:just\s+|about\s+|some\s+)?"
                      r"(?:near|outside|close\s+to|on\s+the\s+outskirts\s+of|"
                      r"(?:\d+\s*(?:km|kilomet(?:re|er)s|miles)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of)"
                      r"\s+(?:the\s+(?:\w+\s+)?(?:city|town)\s+(?:of\s+)?)?$", re.I)


@lru_cache(maxsize=1)
def _the_hurt() -> re.Pattern[str]:
    """"the victims", "the wounded" (actor_nouns.json hurt_nouns), compiled once."""
    return re.compile(rf"\b[Tt]he\s+(?:{alternation(word_list('actor_nouns.json', 'hurt_nouns'))})\b")


def _names_the_hurt(text: str) -> bool:
    """"The victims in X district were ...": the act's dead or hurt, named as such (actor_nouns.json
    hurt_nouns), in a sentence that tells of them."""
    return bool(_the_hurt().search(text))


def _in_speakers_role(place: ResolvedPlace, unit: Unit) -> bool:
    """Whether a place is named in the words set off after a speaker ("said X, president of civil
    society in the Y sector") or in the role the parse gave the speaker."""
    for attribution in unit.attributions:
        if attribution.source_role and place.mention.text in attribution.source_role:
            return True
        between = unit.text[attribution.end - unit.start : place.mention.start - unit.start]
        if attribution.end <= place.mention.start and re.match(r"^\s*,[^.;]*$", between):
            return True
    return False


def _names_a_doer(text: str) -> bool:
    """"The assailants entered the village": an armed doer (armed_actors.json) in the sentence."""
    state, non_state = armed_actor_words()
    return bool(set(re.findall(r"[a-z]+", text.lower())) & (state | non_state))


def _inside_region(location: Location) -> bool:
    """A region-kind name the gazetteer lacks, kept inside a first-level region ("X district")."""
    return location.feature == "region" and location.geonameid is None and location.admin1 is not None and (
        location.admin1 != location.name)


def _base(name: str) -> str:
    return re.sub(r"\s+(?:oblast|region|province|governorate|city)$", "", name.lower())


def _same_place(one: Location, other: Location) -> bool:
    if one.geonameid is not None and one.geonameid == other.geonameid:
        return True
    return one.name == other.name and one.country == other.country and one.feature == other.feature


def sentence_evidence(unit: Unit) -> Evidence:
    """A whole sentence as evidence: its span without the spaces and line break around it, so the
    span's slice of the text is the evidence's text."""
    sentence = unit.text.strip()
    start = unit.start + len(unit.text) - len(unit.text.lstrip())
    return Evidence(sentence, start, start + len(sentence), sentence)


def _claims(incident: Incident, person_names: list[str]) -> list[Claim]:
    claims: list[Claim] = []
    units = sorted(incident.units + incident.context, key=lambda unit: unit.index)
    earlier: list[AttributionMention] = list(incident.earlier)
    # Frames of other incidents stand only behind an office named again ("the governor added"),
    # never behind a pronoun or "the statement", which point at this incident's own speakers.
    outside = frozenset(id(a) for a in incident.earlier)
    course = {id(unit) for unit in incident.course}
    # A summary that joined one of its parts ("Nine soldiers died in two ambushes, security sources
    # said. Four were killed near X, while five died near Y"): its speaker gives the parts' figures.
    summary = incident.summed_by if incident.summed_by is not None and incident.summed_by.attributions else None
    for position, unit in enumerate(units):
        for mention in [] if id(unit) in course else unit.casualties:
            attribution = _attribution_for(unit, mention, units[position + 1 :], earlier, outside)
            if attribution is None and mention.value == 0 and position and (
                    units[position - 1].index == unit.index - 1):
                attribution = _told_on(units[position - 1], earlier, outside)
            if attribution is None and summary is not None and summary.index < unit.index:
                attribution = _frame_for(summary.end, summary.attributions, earlier, outside)
            whole = next((c for c in reversed(claims) if c.kind == mention.kind), None)
            if mention.part_of and whole is not None and mention.value is not None:
                evidence = Evidence(unit.text.strip(), mention.start, mention.end,
                                    unit.text[mention.start - unit.start : mention.end - unit.start])
                whole.breakdowns.append(Breakdown(mention.value, mention.part_of, evidence))
                continue
            claims.append(_claim(unit, mention, attribution, person_names))
        earlier.extend(unit.attributions)
    return claims


def _attribution_for(unit: Unit, mention: CasualtyMention, following: list[Unit],
                     earlier: list[AttributionMention], outside: frozenset[int] = frozenset()
                     ) -> AttributionMention | None:
    """The source of one figure: the nearest speech frame of its sentence, else the next
    sentence of the same paragraph when that one has a frame and no figure or number of its own.

    The official, person or body the figure is attributed to wins over an outlet that
    reports it ("the ministry said ..., the Herald reported"); the outlet is kept as via.
    """
    if unit.attributions:
        return _frame_for(mention.start, unit.attributions, earlier, outside)
    for later in following[:1]:
        # A sentence with figures of its own ("MSF claims 14 of the victims were patients")
        # speaks of those, not of the sentence before.  Wire copy gives each sentence a paragraph:
        # a sentence that names the figures ("The toll was given by X") attributes them there too.
        if (later.paragraph == unit.paragraph or _names_the_figures(later.text)) and later.attributions and (
                not later.casualties) and not _numbers_outside_sources(later):
            return _frame_for(later.start, later.attributions, earlier + unit.attributions, outside)
    return None


def _told_on(previous: Unit, earlier: list[AttributionMention], outside: frozenset[int]
             ) -> AttributionMention | None:
    """The speaker whose account "nobody was hurt" with no frame of its own goes on telling: that of
    the sentence just before it, when that sentence tells the act with a frame and no figure ("A
    drone hit a depot in X overnight, the governor said. Nobody was hurt."). Only a figure of none:
    that no one was hurt is what the authority reports; a count in a sentence of its own ("176
    people on board were killed") is left unattributed, as the Wikinews gold leaves it."""
    if not previous.attributions or previous.casualties or _numbers_outside_sources(previous):
        return None
    return _frame_for(previous.end, previous.attributions, earlier[: len(earlier) - len(previous.attributions)],
                      outside)


def _numbers_outside_sources(unit: Unit) -> bool:
    """Numbers of a sentence other than those inside its sources' names ("two security sources")
    and other than clock times, years and distances ("at 8 a.m.", "in 2019", "15 km from"), which
    count nothing.  A duration ("two hours later") still speaks of something of its own."""
    sources = [(a.start - unit.start, a.end - unit.start) for a in unit.attributions]
    return any(not any(start <= n.start < end or 0 <= start - n.end <= 1 for start, end in sources)
               and not _MEASURE_AFTER.match(unit.text, n.end) and not _YEAR_NUMBER.fullmatch(unit.text[n.start:n.end])
               and not _CLOCK.search(unit.text[max(0, n.start - 3) : n.end + 3])
               for n in find_numbers(unit.text))


# What after a number makes it a clock time or a distance, not a count.
_MEASURE_AFTER = re.compile(r"[.:]?\d*\s*(?:a\.?m\b\.?|p\.?m\b\.?|gmt\b|utc\b|h\b|o'clock\b|km\b|kms\b|"
                            r"kilomet(?:re|er)s?\b|miles?\b|met(?:re|er)s?\b)", re.I)
_YEAR_NUMBER = re.compile(r"(?:19|20)\d{2}")
_CLOCK = re.compile(r"\d:\d\d")


def _names_the_figures(text: str) -> bool:
    """"The toll was given by ...", "Those figures were confirmed by ...": a sentence about the
    figures just given (a determiner and a figure noun of speech_verbs.json figure_nouns)."""
    nouns = figure_giving()[1]
    return any(match.group(2).lower() in nouns for match in _FIGURE_PHRASE.finditer(text))


_FIGURE_PHRASE = re.compile(r"\b(the|these|those|this|that|its|their)\s+(?:death\s+|casualty\s+|latest\s+)?(\w+)",
                            re.I)


def _frame_for(position: int, attributions: list[AttributionMention], earlier: list[AttributionMention],
               outside: frozenset[int] = frozenset()) -> AttributionMention | None:
    resolved = [(a, _resolve_anaphora(a, earlier, outside)) for a in attributions]
    named = [(a, r) for a, r in resolved if r is not None and not r.outlet]
    outlets = [r for _, r in resolved if r is not None and r.outlet]
    if not named:
        return outlets[0] if outlets else None

    def distance(pair: tuple[AttributionMention, AttributionMention | None]) -> int:
        frame = pair[0]
        return abs((frame.cue_start if frame.cue_start >= 0 else frame.start) - position)

    chosen = min(named, key=distance)[1]
    assert chosen is not None
    if chosen.via is None and outlets:
        chosen = dataclasses.replace(chosen, via=outlets[0].source)
    return chosen


def _resolve_anaphora(mention: AttributionMention, earlier: list[AttributionMention],
                      outside: frozenset[int] = frozenset()) -> AttributionMention | None:
    """"he said", "the governor added", "Gladkov said" name the source given before.

    The resolved mention keeps its own position and channel; an unresolved pronoun is None.
    """
    antecedent = _antecedent(mention, earlier, outside)
    if antecedent is None:
        return None if mention.pronoun else mention
    return dataclasses.replace(antecedent, start=mention.start, end=mention.end, cue=mention.cue,
                               channel=mention.channel or antecedent.channel, pronoun=False)


def _one_person_for(pronoun: str, source: str) -> bool:
    """"he"/"she" after "a police official said" or "a resident told AFP": one person named by a
    generic singular noun (WordNet noun.person), whom the pronoun takes up; "officials" or "the
    police" are not one person and stay behind "he"."""
    words = re.findall(r"[\w']+", re.split(r"\s+(?:in|of|from|at|for)\s+", source)[0])
    return pronoun.lower() in ("he", "she") and bool(words) and words[-1].islower() and (
        not words[-1].endswith("s")) and is_person_noun(words[-1])


def _antecedent(mention: AttributionMention, earlier: list[AttributionMention],
                outside: frozenset[int] = frozenset()) -> AttributionMention | None:
    if mention.document or mention.pronoun:
        earlier = [p for p in earlier if id(p) not in outside]
    if mention.document:
        # "the state government said ... according to the statement": any body told before.
        return next((p for p in reversed(earlier) if not p.pronoun and not p.outlet), None)
    if mention.pronoun:
        return next((p for p in reversed(earlier) if not p.pronoun and (
            not p.generic or _one_person_for(mention.source, p.source))), None)
    words = mention.source.split()
    if len(words) > 2:
        return None
    head = words[-1]
    # Another incident's speaker stands behind one person named by office ("the governor", "the
    # colonel": WordNet noun.person), never behind a body named again ("police", "the army").
    person = not head[:1].isupper() and not head.endswith("s") and is_person_noun(head.lower())
    for previous in reversed(earlier):
        if previous is mention or previous.source == mention.source or (id(previous) in outside and not person):
            continue
        if head[:1].isupper():
            # "Gladkov said": a surname names the one given in full before; "the Defense Department"
            # is a body of its own, not the "state security department" named before it.
            if previous.source.split()[-1] == head and len(previous.source.split()) > len(words):
                return previous
            continue
        if previous.source_role and head in previous.source_role.lower().split():
            return previous
        if previous.source.lower().split()[-1] == head and len(previous.source.split()) > len(words):
            return previous
    return None


_NEWS_AGENCY = re.compile(r"\bnews\s+agency\b", re.I)
_STATE_OUTLET = re.compile(r"\b(?:state|state-run|state-owned|state-controlled|government|government-run|"
                           r"official|public)\b[\w\s'-]{0,30}$", re.I)


def _state_outlet(claim: Claim) -> bool:
    """Whether the outlet a claim was read from is described as the state's ("state media", "the
    state news agency SANA", "the official IRNA news agency", "state-run television"), or is a
    country's news agency by its name ("the National News Agency", "the Ukrinform news agency"):
    the agencies of a country's own press that its officials give figures to, unlike a paper or a
    broadcaster that another report quotes ("Al Jazeera reported")."""
    assert claim.via is not None
    if _NEWS_AGENCY.search(claim.via):
        return True
    sentence = claim.evidence.sentence
    at = sentence.find(claim.via)
    return at >= 0 and bool(_STATE_OUTLET.search(sentence[max(0, at - 40) : at + len(claim.via)].split(",")[-1]))


def _claim(unit: Unit, mention: CasualtyMention, attribution: AttributionMention | None,
           person_names: list[str]) -> Claim:
    sentence = unit.text.strip()
    evidence = Evidence(sentence, mention.start, mention.end,
                        unit.text[mention.start - unit.start : mention.end - unit.start])
    breakdowns = [
        Breakdown(b.value, b.description, Evidence(sentence, b.start, b.end,
                                                   unit.text[b.start - unit.start : b.end - unit.start]))
        for b in mention.breakdowns
    ]
    outlet = attribution is not None and attribution.outlet and not attribution.via
    source = _full_name(attribution.source, person_names) if attribution and not outlet else None
    via = (attribution.source if outlet else attribution.via) if attribution else None
    return Claim(
        kind=mention.kind, value=mention.value, qualifier=mention.qualifier, evidence=evidence,
        low=mention.low, high=mention.high, vague=mention.vague, breakdowns=breakdowns,
        source=source, source_role=attribution.source_role if attribution and not outlet else None,
        channel=attribution.channel if attribution else None, via=via,
        hedges=[h.text for h in unit.hedges if h.kind == "hedge"], in_title=unit.is_title,
    )


def _full_name(source: str, person_names: list[str]) -> str:
    """"Gladkov" -> "Vyacheslav Gladkov" when the report names him in full."""
    if " " in source.strip():
        return source
    longer = [name for name in person_names if name.split()[-1] == source and name != source]
    return max(longer, key=len) if longer else source


def _fill_roles(claims: list[Claim], incident: Incident, person_names: list[str]) -> None:
    """"Gladkov said..." after "Belgorod Governor Vyacheslav Gladkov said...": the role carries over."""
    roles: dict[str, str] = {}
    for unit in sorted(incident.units + incident.context, key=lambda unit: unit.index):
        for attribution in unit.attributions:
            if attribution.source_role:
                roles.setdefault(_full_name(attribution.source, person_names), attribution.source_role)
    for claim in claims:
        if claim.source and not claim.source_role:
            claim.source_role = roles.get(claim.source)


def _lead(claims: list[Claim], kind: str) -> Claim | None:
    """The figure the report leads with: the headline's, else the first in the text.  A headline's
    count with no number ("kills four, wounds dozens", "kills several") is the headline's shorthand
    for the number its lead gives, so the text leads then; in the text a count with no number
    leads as it stands (gold-format.md: "dozens" is null)."""
    of_kind = [c for c in claims if c.kind == kind]
    titled = [c for c in of_kind if c.in_title and (c.value is not None or (
        c.qualifier == "range" and c.low is not None))]
    ranked = titled or [c for c in of_kind if not c.in_title] or of_kind
    return ranked[0] if ranked else None


_ADDITIVE = re.compile(r"^(?:\w+\s+){0,2}?(?:[\w-]+)\s+(?:others?|more)\b(?!\s+than)", re.I)


def _updated(lead: Claim | None, claims: list[Claim], units: list[Unit]) -> Claim | None:
    """The lead figure, or the last larger figure of its kind the report gives later as the toll's
    rise ("killing six ... The death toll later rose to 11", "the number of dead had climbed to
    14", "pulled two more bodies from the rubble, bringing the toll to 11"): an update is no
    disagreement between sources, and ACLED and UCDP code the latest toll (gold-format.md keeps
    the lead only where sources disagree).  A verb of a toll's change (speech_verbs.json
    toll_change, WordNet increase.v.01) in the later figure's sentence, or a participle that brings
    the toll to it, marks it."""
    if lead is None or lead.value is None:
        return lead
    # "The governor initially reported three dead ... said on Wednesday that eight were now
    # confirmed killed": a lead told as a first count gives way to a larger one told later.
    rises = [unit for unit in units if unit.lemmas & toll_change_lemmas()]
    first_count = _FIRST_COUNT.search(_before_figure(lead)) is not None
    later = [c for c in claims if c.kind == lead.kind and not c.in_title and c.value is not None
             and c.value > lead.value and c.evidence.start > lead.evidence.end
             and (any(unit.start <= c.evidence.start < unit.end for unit in rises) or _names_the_toll(c)
                  or (first_count and c.evidence.sentence != lead.evidence.sentence)
                  or (first_count and _LATER_COUNT.search(c.evidence.sentence) is not None))]
    # "He later revised the toll down to nine", "but later lowered the figure to 24": a figure told
    # as revised later replaces the lead, smaller or larger (the speaker's count now).
    revised = [c for c in claims if c.kind == lead.kind and not c.in_title and c.value is not None
               and c.value != lead.value and c.evidence.start > lead.evidence.end
               and _REVISED_LATER.search(c.evidence.sentence) is not None]
    later = sorted(later + revised, key=lambda c: c.evidence.start)
    return later[-1] if later else lead


def _before_figure(claim: Claim) -> str:
    """The words of the claim's sentence in its clause before its figure ("The governor initially
    reported" of "... initially reported three dead"), up to 60 characters."""
    sentence = claim.evidence.sentence
    at = sentence.find(claim.evidence.text)
    before = sentence[max(0, at - 60) : at] if at >= 0 else ""
    return re.split(r"[,;:]", before)[-1]


# A figure told as the first count of a toll that changed ("initially reported", "first said", "the
# preliminary toll"), and a later one told as the count now ("were now confirmed", "by evening").
_FIRST_COUNT = re.compile(r"\b(?:initially|originally|first\s+(?:said|reported|put|gave|told|counted)|"
                          r"(?:initial|preliminary|earlier)\s+(?:toll|figures?|reports?|counts?|tallies|tally))\b",
                          re.I)
# A figure a speaker revises later: "later revised the toll down to nine", "but later lowered the
# figure to 24" (speech_verbs.json toll_revising, with "later").
_REVISED_LATER = re.compile(r"\blater\s+(?:\w+\s+)?(?:revised|lowered|reduced|corrected|adjusted|cut|raised|"
                            r"increased|updated)\s+(?:the|its|their)\b", re.I)
_LATER_COUNT = re.compile(r"\b(?:now|later|by\s+(?:evening|nightfall|the\s+evening|the\s+end\s+of))\b", re.I)


def _names_the_toll(claim: Claim) -> bool:
    return bool(TOLL_BROUGHT_TO.search(claim.evidence.text))


def _lead_value(claims: list[Claim], lead: Claim | None) -> int | None:
    """The lead figure, plus an immediately following "N others"/"N more" of the same kind.

    "killed a photojournalist ... At least five other civilians also died" is six.  A range ("between
    30 and 50") gives its low bound, the most conservative figure as ACLED codes it (the claim keeps
    both bounds for UCDP's low/high).
    """
    if lead is not None and lead.value is None and lead.qualifier == "range" and lead.low is not None:
        return lead.low
    if lead is None or lead.value is None:
        return None
    if lead.in_title:
        return lead.value
    following = [c for c in claims if c.kind == lead.kind and c.evidence.start > lead.evidence.start]
    if following and following[0].value is not None and _adds_to(following[0]) and (
        following[0].evidence.start - lead.evidence.end < 400
    ):
        return lead.value + following[0].value
    return lead.value


# "Four soldiers were also killed", "two policemen also died": more dead beside those told before.
_ALSO_COUNTED = re.compile(r"\balso\b", re.I)


def _adds_to(following: Claim) -> bool:
    """Whether a figure after the lead counts other people of the same incident: "N others/more",
    "N soldiers were also killed".  (A side's own losses told beside the dead it inflicted, "killed
    30 militants and lost two soldiers", stay apart: the lead figure is the incident's.)"""
    return bool(_ADDITIVE.search(following.evidence.text) or _ALSO_COUNTED.search(following.evidence.text))


def _source_claim(claims: list[Claim], leads: list[Claim | None]) -> Claim | None:
    """The claim whose source is the event's: the lead figure's (or the same figure's where the
    report attributes it later); with no lead figure, the first attributed claim. A lead figure
    that nobody is said to give leaves the event unattributed: the source of another figure
    ("MSF claims 14 of the victims were patients") is not the source of the lead."""
    for lead in leads:
        if lead is None:
            continue
        same = [c for c in claims if c.kind == lead.kind and c.value == lead.value and c.source and not c.in_title]
        if same:
            return same[0]
        if lead.source:
            return lead
    if any(lead is not None and lead.value is not None for lead in leads):
        return None
    casualties = [c for c in claims if c.source and c.kind in CASUALTY_KINDS]
    if casualties:
        return casualties[0]
    return next((c for c in claims if c.source), None)


def _without_seat(source: str) -> str:
    """A source without the place it is in ("police in the state of X" -> "police"); also without
    the words "regional", "local", "provincial" that only say which level of the state speaks."""
    bare = re.split(r"\s+in\s+", source, maxsplit=1)[0]
    return re.sub(r"\b(?:regional|local|provincial|state|district|municipal|city)\s+(?=authorities|officials\b)",
                  "", bare)


def _group_description(source: str) -> bool:
    """"the group", "the rebel group", "the ethnic armed group", "the movement": a source that names
    an armed group only by a noun of groups (armed_actors.json group_nouns: those that are no part
    of a state or a coalition's name), alone or after an armed adjective (group_adjectives)."""
    words = _description_words(source)
    if not words or words[-1] not in _group_heads():
        return False
    # "the group", "the ethnic armed group", "the rebel movement"; "the rights group", "the monitoring
    # group" are no armed group's.
    return len(words) == 1 or bool(set(words[:-1]) & set(word_list("armed_actors.json", "group_adjectives")))


def _body_description(source: str) -> bool:
    """"the group", "the rights group", "the organisation", "the medical charity": a source that
    names a body only by a noun for bodies (actor_nouns.json body_nouns) and lower-case words."""
    words = _description_words(source)
    return bool(words) and words[-1] in word_list("actor_nouns.json", "body_nouns")


def _introduced(source: str, sentence: str) -> bool:
    """"..., a local rights group said": a source written with the indefinite article is a body the
    sentence introduces, so "group" or "organisation" there refers back to no name before it."""
    return re.search(rf"\b(?:a|an)\s+{re.escape(source)}\b", sentence, re.IGNORECASE) is not None


def _description_words(source: str) -> list[str]:
    """The words of a source named only by lower-case words after "the" ("the rebel group" ->
    ["rebel", "group"]); empty when any word is a name ("the Wagner group")."""
    words = re.findall(r"[\w'-]+", source)
    if words and words[0].lower() == "the":
        words = words[1:]
    return words if all(word.islower() for word in words) else []


def _organisation_named_before(incident: Incident, at: int) -> str | None:
    """The organisation the parser found last before character ``at`` in the incident's sentences,
    their context and the sentence that named the act before (Unit.organisations), else the last
    unlabelled proper-name subject (Unit.named_subjects), or None."""
    units = incident.units + incident.context + ([incident.told_before] if incident.told_before else [])
    found = [(start, name) for unit in units for start, name in unit.organisations if start < at]
    # A proper-name subject the parser left unlabelled, when it found no organisation at all.
    found = found or [(start, name) for unit in units for start, name in unit.named_subjects if start < at]
    return max(found)[1] if found else None


@lru_cache(maxsize=1)
def _group_heads() -> frozenset[str]:
    # A coalition, alliance or front is often named by that word alone ("the Saudi-led coalition"),
    # and an army, force or wing may be the state's: only the nouns of a group as such.
    return frozenset(word_list("armed_actors.json", "group_nouns")) - {
        "alliance", "coalition", "front", "army", "force", "forces", "wing"}


def _group_named_before(incident: Incident, at: int) -> str | None:
    """The armed group whose name (as the report tells it: Unit.armed_names) stands last before
    character ``at`` in the incident's sentences and their context, or None."""
    best: tuple[int, str] | None = None
    for unit in incident.units + incident.context:
        if unit.start >= at:
            continue
        text = unit.text[: at - unit.start]
        for name in unit.armed_names:
            for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                if best is None or unit.start + match.start() > best[0]:
                    best = (unit.start + match.start(), name)
    return best[1] if best else None


def _is_generic(source: str | None) -> bool:
    return bool(source) and bool(re.search(r"\b(?:officials|sources?|authorities)\b", source or ""))


def _unnamed_people(source: str | None) -> bool:
    """"local youth leaders", "community elders": people named only by a plural of what they
    are (WordNet noun.person); one of them named later with words of that description ("X, who
    leads a youth association") is the source as named (_specific_source)."""
    words = re.findall(r"[A-Za-z]+", source or "")
    if len(words) < 2 or not words[-1].islower() or not words[-1].endswith("s"):
        return False
    return is_person_noun(words[-1][:-1]) and not _named(source or "")


def _force_body(source: str | None) -> bool:
    """"police", "the military", "the army": a state force named only by what it is, whose
    spokesman the report names later ("said Lieutenant Colonel X, spokesman for the army's 6th
    Infantry Division"); the figure's source is then the person as named (gold-format.md)."""
    words = [w.lower() for w in re.findall(r"[\w'-]+", source or "")]
    # A force named with its country ("Colombia's army", "Pakistani police") stays as named: the
    # Wikinews measurement set keeps such a body where a spokesman is named later.
    force_words = frozenset().union(*_force_kinds())
    return bool(words) and all(word in force_words or word == "the" for word in words)


@lru_cache(maxsize=1)
def _force_kinds() -> tuple[frozenset[str], ...]:
    """The words each state force goes by, one standing for the others ("the military" is "the
    army"): data/lexicons/actor_nouns.json "force_kinds"."""
    path = resources.files("eventwire") / "data" / "lexicons" / "actor_nouns.json"
    return tuple(frozenset(kind) for kind in json.loads(path.read_text(encoding="utf-8"))["force_kinds"])


_NOT_CONTENT = frozenset({"officials", "official", "sources", "source", "authorities", "the", "of", "in", "a", "an",
                          "for", "and", "local", "said"})


def _body(source: str) -> bool:
    """A body, not a person: its head (last word) a common noun that names no person (WordNet
    noun.person: "resident", "witness" are persons; "department", "administration" are not),
    also capitalised in the body's proper name ("the X Counter Terrorism Department"), where it is
    a noun of a group or agent (WordNet noun.group) and not a surname."""
    words = re.findall(r"[\w'-]+", source)
    if not words or is_person_noun(words[-1].lower()):
        return False
    return words[-1][:1].islower() or is_agent_noun(words[-1].lower())


def _named(source: str) -> bool:
    """A source with a proper name in it ("Imran Qureshi", "the Zamora state security department"),
    not a common noun capitalised at the head of a sentence ("Police", "Authorities")."""
    words = re.findall(r"[\w'-]+", source)
    return any(w[:1].isupper() for w in words[1:]) or (bool(words) and words[0][:1].isupper() and (
        words[0].lower() not in common_words()))


def _specific_source(incident: Incident, generic: str | None, source: str | None, role: str | None
                     ) -> tuple[str | None, str | None]:
    """"Russia defence officials" become "the Defence Ministry" when the report names it: a named
    source sharing a content word of its name, role or the words set off after it with the generic
    one; for a bare "authorities" or "officials", the one named source of the incident's sentences.
    A state force named only by what it is ("police", "the military") gives way the same way to
    its spokesman named later, "the army" and "the military" being one force."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", generic or "")} - _NOT_CONTENT
    # "Ukrainian officials" are bare officials: a demonym says whose, not which office (and no body of
    # another country, "Russia's Defence Ministry", speaks for them).
    whose = _countries_named(generic or "")
    words -= {demonym.lower() for demonym in demonyms()}
    for kind in _force_kinds():
        if words & kind:
            words |= kind
    named_here: list[AttributionMention] = []
    office_holders: list[AttributionMention] = []
    round_up = any(unit.shared for unit in incident.units)
    for unit in sorted(incident.units + incident.context, key=lambda u: u.index):
        for attribution in unit.attributions:
            # "Kupwara district police", "Kano State police" keep a generic head, but a name says which.
            if attribution.source.startswith(generic or "\0") or attribution.pronoun or attribution.outlet or (
                    not _named(attribution.source)) or (attribution.generic and not words & set(
                        re.findall(r"[a-z]+", attribution.source.lower()))):
                continue
            if unit.claimed and unit.lemmas & actor_cues().claim:
                continue  # "The Islamic State group claimed responsibility, saying ...": the doer's claim
            owner = unit.text[max(0, attribution.start - unit.start - 25) : attribution.end - unit.start]
            if whose and (other := _countries_named(owner)) and not other & whose:
                continue
            # Its name, its role, and the words set off after it ("X, head of the farmers' union in Y").
            after = unit.text[attribution.end - unit.start : attribution.end - unit.start + 60].split(".")[0]
            named = {w.lower() for w in re.findall(r"[A-Za-z]+", f"{attribution.source} {attribution.source_role or ''}"
                                                   f" {after}")}
            if words & named:
                return attribution.source, attribution.source_role
            named_here.append(attribution)
            # "said district police chief X", "X, the state police spokesman, said": its title in
            # WordNet's office holders (office_nouns.json), read from the role and the words before.
            before = unit.text[max(0, attribution.start - unit.start - 40) : attribution.start - unit.start]
            titled = {w.lower() for w in re.findall(r"[A-Za-z]+", f"{attribution.source_role or ''} {before}")}
            # (Of one incident told alone, only one who tells of the act or its figures: '"It is an
            # attack on the nation," the prime minister said' gives a view, not the figures. In a
            # round-up, each incident's official speaks for it.)
            tells = round_up or bool(unit.casualties) or any(
                t.category != "casualty" and not _quoted(unit, t.start) for t in unit.triggers)
            if titled & (office_nouns() | _OFFICE_WORDS) and not _body(attribution.source) and tells:
                office_holders.append(attribution)
    # A bare "officials" gives way only to a body ("the Zamora state security department"), never to a
    # person quoted for colour ("said resident Moussa Diarra").
    bodies = [a for a in named_here if _body(a.source)]
    if not words and len({a.source for a in bodies}) == 1:
        return bodies[0].source, bodies[0].source_role
    # ... and, with no body named, to the one office holder who speaks of the incident (a round-up's
    # "officials said" over incidents each told by its own police chief or governor).
    if not words and not bodies and len({a.source for a in office_holders}) == 1:
        return office_holders[0].source, office_holders[0].source_role
    return source, role


def _countries_named(text: str) -> set[str]:
    """The countries a text names by a people's word ("Ukrainian") or a country's possessive
    ("Russia's"), as ISO codes."""
    codes: set[str] = set()
    for match in re.finditer(r"\b([A-Z][a-z]+)(?:['’]s)?\b", text):
        word = match.group(1)
        codes |= demonyms().get(normalize_name(word), frozenset())
        if match.group().endswith(("'s", "’s")):
            codes |= {p.country for p in load_gazetteer().lookup(word) if p.feature == "country" and p.country}
    return codes


_OTHER_ONE = frozenset({"another", "other", "second", "different"})


def _unnamed_person(source: str | None, person_names: list[str]) -> bool:
    """"a police officer", "the Taliban spokesman", "a Jubaland security official": one person named
    only by a role (its head a singular WordNet noun.person, no word of a person's name in it)."""
    words = re.findall(r"[\w'-]+", source or "")
    if not words or set(words) & _name_words(person_names):
        return False
    head = _role_head(words)
    if not head.islower() or head.endswith("s"):
        return False
    if is_person_noun(head):
        return True
    # "a local volunteer group", "a rights monitor": one non-state body named only by what it is
    # (actor_cues.json "civil_bodies"); the state's bodies ("police", "the health ministry") are the
    # source as the report gives them.
    state, non_state = armed_actor_words()
    lowered = {word.lower() for word in words}
    if _state_unit(words):
        return True
    return head in word_list("actor_cues.json", "civil_bodies") and not lowered & (
        state | non_state | actor_cues().state)


def _state_unit(words: list[str]) -> bool:
    """"the military's media wing", "the junta's information team": a part of a state force named
    only by what it is and whose it is (actor_cues.json state_units), not the force itself."""
    if not words or words[-1] not in word_list("actor_cues.json", "state_units"):
        return False
    owners = {word.lower().removesuffix("'s") for word in words[:-1]}
    return bool(owners & (armed_actor_words()[0] | actor_cues().state))


_ROLE_PREPOSITIONS = frozenset({"of", "for", "at", "in", "with", "on"})


def _role_head(words: list[str]) -> str:
    """The noun a role is headed by: the last word before its first preposition ("head" of "head of
    the regional military administration", "spokesman" of "spokesman for the army")."""
    cut = next((i for i, word in enumerate(words) if word in _ROLE_PREPOSITIONS and i > 0), len(words))
    return words[cut - 1]


def _name_words(person_names: list[str]) -> set[str]:
    return {word for name in person_names for word in name.split()}


def _a_persons_name(source: str, person_names: list[str]) -> bool:
    """A person's name as the model found it: a whole name, or words it tagged as parts of names
    ("Oleksandr", "Prokudin" as two entities)."""
    words = source.split()
    return source in person_names or (len(words) >= 2 and all(w[:1].isupper() for w in words)
                                      and set(words) <= _name_words(person_names))


def _proper_body_name(name: str) -> bool:
    """"El Fasher Resistance Committee", "Kivu Rights Network": two or more words, each capitalised
    but for the small words of names; not one word at a sentence's start ("Residents")."""
    words = name.split()
    return len(words) >= 2 and words[-1][:1].isupper() and all(
        word[:1].isupper() or word in ("of", "for", "on", "and", "the", "de", "al") for word in words)


# A role that names an office holder without the office ("an official", "a security officer").
_OFFICE_WORDS = frozenset({"official", "officer", "functionary", "authority", "head"})
# Words of a role that say nothing of who holds it.
_NOT_ROLE = frozenset({"the", "a", "an", "of", "in", "for", "and", "said", "local"})


def _named_speaker(incident: Incident, role: str, person_names: list[str]) -> tuple[str, str | None] | None:
    """The named person a role stands for.  Wire style gives a source's role in the lead ("..., a
    police officer said") and the name when the report quotes the person again ("police officer
    Abdullahi Nur told Reuters", "said Samuel Kakule, president of civil society in the area"):
    the figure's source is the person as named (gold-format.md).  A named person speaking in the
    incident's sentences whose name, role or the words set off after it share a content word of
    the role; None when there is none or several."""
    # "the head of the town's referral hospital": the settlement owning the office says where, not
    # who (a police officer "in the town" is someone else).
    words = {w.lower().removesuffix("s") for w in re.findall(r"[A-Za-z]{3,}", role)} - _NOT_ROLE - (
        frame_words()["settlement_nouns"])
    # "a local official said" ... "The district commissioner, X, told reporters": an official
    # named later by the title of the office held (office_nouns.json, WordNet).
    head = _role_head(re.findall(r"[\w'-]+", role)).lower()
    office = head in _OFFICE_WORDS
    # "a local rights group said" ... "The Kivu Justice Network said": a non-state body named only by
    # what it is (actor_cues.json civil_bodies) is the one non-state body the report names speaking,
    # whatever words its name uses.
    civil = head in word_list("actor_cues.json", "civil_bodies")
    # ... and "the military's media wing said" ... "The Inter-Services Public Relations said": the
    # one body the report names speaking, which may carry the force's own words ("Army").
    force_unit = _state_unit(re.findall(r"[\w'-]+", role))
    state, non_state = armed_actor_words()
    armed = state | non_state | actor_cues().state
    found: dict[str, str | None] = {}
    for unit in sorted(incident.units + incident.context, key=lambda u: u.index):
        for attribution in unit.attributions:
            # "the camp's Emergency Response Room": the body's name without the common noun owning it.
            name = re.sub(r"^[a-z][\w-]*'s\s+(?=[A-Z])", "", _full_name(attribution.source, person_names))
            # A body's proper name: capitalised through its head ("El Fasher Resistance Committee").
            named_body = _proper_body_name(name)
            # An outlet's name only for a force's own media office that shares its words ("the junta's
            # information team" ... "the True News Information Team").
            outlet = attribution.outlet and not (force_unit and words & {
                w.lower().removesuffix("s") for w in re.findall(r"[A-Za-z]{3,}", name)})
            if attribution.pronoun or name == role or outlet or not (
                    _a_persons_name(name, person_names) or named_body):
                continue
            if force_unit and unit.lemmas & (actor_cues().claim | actor_cues().deed):
                continue  # "The Baloch Liberation Army said it carried out the bombing": the other side
            after = unit.text[attribution.end - unit.start : attribution.end - unit.start + 80].split(".")[0]
            before = unit.text[max(0, attribution.start - unit.start - 40) : attribution.start - unit.start]
            told = {w.lower().removesuffix("s") for w in re.findall(
                r"[A-Za-z]{3,}", f"{attribution.source} {attribution.source_role or ''} {before} {after}")}
            # "Another police officer, Captain Ali Hussein, said ...": someone else in the same role.
            # A body's name ends in a common noun ("Network", "Room"); a person's in a surname.
            name_head = _role_head(name.split()).lower()
            body_name = named_body and not _a_persons_name(name, person_names) and (
                name_head in common_words() or name_head.removesuffix("s") in common_words())
            civil_name = body_name and (force_unit or (civil and not {w.lower() for w in name.split()} & armed))
            # (An office holder stands for "a local official" only when telling the incident, not
            # when giving a view: '"We will not rest," said Senator X', "X said the killings must stop".)
            office_match = office and told & office_nouns() and not _gives_a_view(unit)
            if (words & told or office_match or civil_name) and not {
                    w.lower() for w in re.findall(r"[A-Za-z]+", before)} & _OTHER_ONE:
                found.setdefault(name, attribution.source_role or role)
    if found and civil:
        # The first non-state body named speaking is the one described: bodies quoted after it
        # ("The United Nations says the conflict has uprooted ...") speak of the background.
        name = next(iter(found))
        return name, found[name]
    if len(found) != 1:
        return None
    name, named_role = next(iter(found.items()))
    return name, named_role


def _verified(units: list[Unit]) -> bool | None:
    kinds = {h.kind for unit in units for h in unit.hedges}
    if "unverified" in kinds:
        return False
    if "verified" in kinds:
        return True
    return None


def _statements(units: list[Unit], person_names: list[str]) -> list[Statement]:
    statements: list[Statement] = []
    earlier: list[AttributionMention] = []
    for unit in units:
        for index, attribution in enumerate(unit.attributions):
            resolved = _resolve_anaphora(attribution, earlier + unit.attributions[:index])
            sentence = unit.text.strip()
            if resolved is None or any(s.source == _full_name(resolved.source, person_names) and s.text == sentence
                                       for s in statements):
                continue
            statements.append(Statement(
                source=_full_name(resolved.source, person_names), text=sentence,
                evidence=sentence_evidence(unit),
                source_role=resolved.source_role, channel=attribution.channel or resolved.channel,
                via=resolved.via, hedges=[h.text for h in unit.hedges],
            ))
        earlier.extend(unit.attributions)
    return statements

