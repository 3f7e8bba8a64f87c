"""Choosing the place a mention means, with the report as context.

Each candidate gets a score with the reasons for it, so that ``eventwire geocode`` can show
an analyst why a place was chosen:

- population (log scale): a city of 700,000 beats a village of 656 of the same name;
- a country the report names, or the dateline's country;
- a region the report names that contains the candidate ("Kramatorsk ... Donetsk region");
- the "X, Y" pattern: the name right after it is a region or country containing it;
- nearness to the places the report names unambiguously;
- a capital; the name as written rather than a former or foreign name;
- ``--country``: the country the analyst says.

A name followed by "region"/"oblast"/"province" (or listed after "the regions of")
resolves to the first-level region; a country name to the country.  The words around a name
(``eventwire.geo.frames``) restrict it: a demonym or possessive country before it keeps only
that country's candidates; a name the gazetteer lacks is placed at its container; a water body
takes a coastal state only when the text names one.  A town carries its name as written
("Nabatieh", not GeoNames' "Nabatîyé et Tahta").
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwire.geo.build import admin2_written_after, stem_candidates
from eventwire.geo.gazetteer import OBLAST_COUNTRIES, Gazetteer, Place
from eventwire.geo.matcher import PART_WORDS, REGION_WORDS, TOWN_PARTS, PlaceMention
from eventwire.geo.names import normalize_name, same_name
from eventwire.nlp.pipeline import common_words
from eventwire.records import Location

NEAR_KM = 150.0
_WEIGHTS = {"country": 1.5, "region": 3.0, "qualifier": 4.0, "near": 2.0, "capital": 0.5, "as_written": 0.5,
            "requested": 10.0, "soft": 0.75}


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    mention: PlaceMention
    location: Location


@dataclass(slots=True)
class Candidate:
    """A place a mention may mean, its score and why."""

    place: Place
    score: float
    reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Context:
    """What the report as a whole says about where it is."""

    countries: Counter[str]
    regions: set[tuple[str, str]]
    anchors: list[tuple[int, Place]]
    qualifiers: dict[int, list[Place]]
    requested_country: str | None = None
    own_country: dict[int, tuple[str, int]] = field(default_factory=dict)
    # Countries the text points at without naming a place of them (demonyms, a lake's shores).
    soft: Counter[str] = field(default_factory=Counter)
    # The towns of the name right before a qualifier ("Tierralta, Cordoba"): the region that holds
    # one of them is the qualifier meant.
    held: dict[int, list[Place]] = field(default_factory=dict)

    def country_weight(self, country: str, index: int | None) -> int:
        """How strongly the rest of the text names ``country`` (a mention does not vouch for itself)."""
        weight = self.countries.get(country, 0)
        own = self.own_country.get(index if index is not None else -1)
        if own is not None and own[0] == country:
            weight -= own[1]
        return min(weight, 2)


SMALL_TOWN = 20_000
# A town matched only by another spelling, in a country the text does not point at, is taken only
# when it is a city this large ("Kiev").
_FOREIGN_SPELLING_MAX = 100_000
# A place too small to stand in the way of a town's own alternate name (_sole_holder).
_HAMLET = 2_000


def resolve_mentions(mentions: list[PlaceMention], gazetteer: Gazetteer, dateline_place: str | None = None,
                     country: str | None = None) -> list[ResolvedPlace]:
    """The place of each mention; a mention the context cannot support is left out (unknown, not a guess)."""
    mentions = _without_foreign_namesake_regions(mentions, gazetteer)
    context = build_context(mentions, gazetteer, dateline_place, country)
    _add_unknown_containers(mentions, context, gazetteer)
    resolved = []
    by_start: dict[int, Location] = {}
    # The names placed by a container, by their normalised spelling.
    placed: dict[str, Location] = {}
    unknown: list[PlaceMention] = []
    for index, mention in enumerate(mentions):
        if mention.water is not None:
            resolved.append(ResolvedPlace(mention, _water_location(mention, context)))
            continue
        if not mention.candidates or mention.container is not None:
            unknown.append(mention)
            continue
        containers = _phrase_containers(mention, mentions, gazetteer)
        if (unit := _second_level(mention, mentions, context, gazetteer, containers)) is not None:
            by_start[mention.start] = unit
            resolved.append(ResolvedPlace(mention, unit))
            if not any(place.country == unit.country and place.admin1 == unit.admin1 for place in mention.candidates):
                # The name said bare elsewhere ("... shot dead in Kech" over "Kech district") is the
                # unit, not a namesake town abroad; a town of the name inside the unit stays a town.
                placed[normalize_name(_without_unit_word(mention.text))] = unit
            continue
        ranked = rank_candidates(mention, context, index)
        if mention.hint and not any(c.place.country in mention.hint for c in ranked):
            # "the Pakistani city of X" where the gazetteer knows X only elsewhere: keep the name in PK.
            location = _contained_in_country(mention, context, gazetteer)
            if location is not None:
                resolved.append(ResolvedPlace(mention, location))
            continue
        if containers and (ranked[0].place.feature == "city" or (
                ranked[0].place.feature == "region"
                and not {c.place.country for c in ranked} & {q.country for q in containers})):
            # "X village in Chad's Salamat province" where the gazetteer has the name only in
            # Kenya: a candidate inside the named container, else the name kept at it ("Oran
            # district of Bauchi State" is no Algerian province; a region of the container's own
            # country is left to the ranking, as in a list "the regions of Bryansk, Oryol and
            # Kursk").  A town the gazetteer has inside the region its own phrase names ("Toma town
            # in Kota department of the Boucle du Mouhoun region") needs no other support.
            inside = [c for c in ranked if _in_any(c.place, containers)]
            if inside:
                location = to_location(mention, inside[0])
            else:
                holder = max(containers, key=lambda q: q.feature == "region")
                location = _contained(mention, _place_location(holder))
            placed[normalize_name(mention.text)] = location
            by_start[mention.start] = location
            resolved.append(ResolvedPlace(mention, location))
        elif _supported(ranked[0], mention, context, index, gazetteer) or (
                mention.label and len({candidate.place.country for candidate in ranked}) == 1):
            # A round-up label names the item's place; a name the gazetteer knows in one country only
            # needs no other place of that country in the report.
            location = to_location(mention, ranked[0])
            by_start[mention.start] = location
            resolved.append(ResolvedPlace(mention, location))
        elif (exact := _supported_as_written(ranked, mention, context, index, gazetteer)) is not None:
            # "a farm near Kaura": a larger namesake of another spelling ranks first but has no
            # support; the town of this very name does.
            location = to_location(mention, exact)
            by_start[mention.start] = location
            resolved.append(ResolvedPlace(mention, location))
        elif mention.framed and not any(p.feature != "city" for p in mention.candidates) and (
                kept := _bare_district(mention, context, gazetteer) or _in_report_country(
                    mention, context, gazetteer, index, framed=True)) is not None:
            # "Kech district", "near Baga" where the gazetteer has only a namesake of another
            # spelling or far away: the name is kept in the report's country (and holds the names
            # the text places in it: "Kadisau village of Faskari area").
            by_start[mention.start] = kept
            resolved.append(ResolvedPlace(mention, kept))
    for mention in _containers_first(unknown):
        container = by_start.get(mention.container) if mention.container is not None else None
        # (Only the regions of the phrase: a country or a town's country says less than a unit
        # of that name the report points at.)
        phrase = [q for q in _phrase_containers(mention, mentions, gazetteer) if q.feature == "region"] if (
            container is None) else []
        ranked = rank_candidates(mention, context) if mention.candidates and not mention.region else []
        inside = [c for c in ranked if container is not None and _within(c.place, container)]
        # (Of this very spelling: "Kenieba" in Mali's Kayes region is no Keneba in Gambia that only a
        # looser transliteration matches.)
        known = [c for c in ranked if normalize_name(c.place.name) == normalize_name(_written(mention.text))] if (
            container is not None) else [c for c in ranked if same_name(c.place.name, _written(mention.text))]
        if inside:
            location = to_location(mention, inside[0])
        elif known and not mention.possessive and _supported(known[0], mention, context, -1, gazetteer) and (
                container is None or not any(c.place.country == container.country for c in known)) and not (
                container is not None and _only_containers_country_named(container, known, context,
                                                                         mentions.index(mention))):
            # "Bamenda, the capital of the Northwest Region": the gazetteer knows the town by this
            # very name, and only in other countries than the container's, so the container is
            # more likely resolved wrong than the town (a namesake in the container's country,
            # another oblast's Novoselivka, leaves the name at the container).
            location = to_location(mention, known[0])
        elif (unit := _second_level(mention, mentions, context, gazetteer, [container] if container is not None
                                    else phrase)) is not None:
            location = unit
        elif container is not None:
            location = _contained(mention, container)
            placed[normalize_name(mention.text)] = location
        elif phrase and (_second_level(mention, mentions, context, gazetteer, []) is not None or _bare_district(
                mention, context, gazetteer) is not None):
            # "in Ekiti village in Plateau State": a name the matcher keeps with no candidate of its
            # own lies in the region its phrase names after it, not in a unit of that name elsewhere.
            location = _contained(mention, _place_location(phrase[0]))
            placed[normalize_name(mention.text)] = location
        else:
            location = _contained_in_country(mention, context, gazetteer) or _bare_district(
                mention, context, gazetteer) or _in_report_country(mention, context, gazetteer)
        if location is not None:
            by_start[mention.start] = location
            resolved.append(ResolvedPlace(mention, location))
    return _one_reading_per_name(mentions, resolved, placed)


def _one_reading_per_name(mentions: list[PlaceMention], resolved: list[ResolvedPlace],
                          placed: dict[str, Location]) -> list[ResolvedPlace]:
    """A name the report once places by its container ("the X favela in Rio de Janeiro") means that
    place wherever the report repeats it bare ("monitors police operations in X"), not a namesake
    abroad: one reading per name in a report (Gale, Church and Yarowsky's one sense per
    discourse), which toponym resolvers rely on too. Sorted by position in the text."""
    if not placed:
        return sorted(resolved, key=lambda place: place.mention.start)
    by_mention = {place.mention.start: place for place in resolved}
    for mention in mentions:
        location = placed.get(normalize_name(mention.text))
        if location is None or mention.water is not None or mention.role != "place" or (
                mention.container is not None or mention.within):
            continue
        by_mention[mention.start] = ResolvedPlace(mention, location)
    return sorted(by_mention.values(), key=lambda place: place.mention.start)


def _supported_as_written(ranked: list[Candidate], mention: PlaceMention, context: Context, index: int,
                          gazetteer: Gazetteer) -> Candidate | None:
    """The best-ranked town whose own name is the name as written and that has support, when a
    namesake of another spelling ranked above it; None when there is none.

    Only for a name that place words frame ("near X", "in X") and in a country the text points at,
    or in a text that points at none ("Nigerian soldiers ... near Baga" is no Catalan Bagà).
    """
    written = _written(mention.text)
    if not mention.framed or (ranked and same_name(ranked[0].place.name, written)) or (
            " " not in written and written.lower() in common_words()):
        return None  # "took over Freedom Plaza": an English word is no town of that name
    pointed = set(context.soft) | {code for code in context.countries if context.country_weight(code, index) > 0}

    def fits(candidate: Candidate) -> bool:
        return candidate.place.feature == "city" and same_name(candidate.place.name, written) and (
            not pointed or candidate.place.country in pointed)
    return next((c for c in ranked[1:] if fits(c) and _supported(c, mention, context, index, gazetteer)), None)


def _only_containers_country_named(container: Location, known: list[Candidate], context: Context, index: int
                                   ) -> bool:
    """"Kilia, a village in Congo's Ituri province" in a report whose other places are all in Congo
    and none in Ukraine: the container the text gives is not resolved wrong, so a namesake abroad
    (which vouches only for itself) does not win."""
    def named(country: str) -> bool:
        # The container's own region does not count: "Bamenda, the capital of the Northwest Region"
        # names no country, and the region may be resolved wrong (Iceland's Northwest).
        return context.country_weight(country, index) > 0 or context.soft.get(country, 0) > 0
    return container.country is not None and named(container.country) and not any(
        named(candidate.place.country) for candidate in known)


def _containers_first(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Mentions ordered so that a container placed by its own container comes before the names in it.

    "the village of X in Zamfara State's Y local government area": Y is placed by the possessive
    before it, and X inside Y, so Y must be resolved first.
    """
    pending = list(mentions)
    ordered: list[PlaceMention] = []
    while pending:
        waiting = {m.start for m in pending}
        ready = [m for m in pending if m.container not in waiting or m.container == m.start]
        if not ready:
            # Containers never form a cycle in a text; should one appear, keep the text order.
            ordered += pending
            break
        ordered += ready
        pending = [m for m in pending if m not in ready]
    return ordered


def _without_foreign_namesake_regions(mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """"Soum province" in a report on Burkina Faso is no other spelling of Ukraine's Sumy Oblast: a
    region the gazetteer knows only by another name than the one written, and only in countries the
    text does not name while it names others, is left unknown (kept in the report's country), never
    taken abroad.  A region written by its own name ("the Sumy region") or by one of its GeoNames
    alternate names ("North Kivu province" for Nord Kivu, in a report that names only Rwanda)
    stays whatever is named."""
    named = {place.country for mention in mentions if mention.country_only for place in mention.candidates}
    named |= {code for mention in mentions for code in mention.hint}
    if not named:
        return mentions
    kept = []
    for mention in mentions:
        written = _without_region_word(mention.text)
        if mention.region and mention.regions and not any(region.country in named for region in mention.regions) and (
                not any(same_name(_without_region_word(region.name), written) for region in mention.regions)) and (
                not {region.key for region in mention.regions} & gazetteer.known_as(written)):
            mention = dataclasses.replace(mention, regions=(), candidates=tuple(
                place for place in mention.candidates if place.feature != "region" or place.country in named))
        kept.append(mention)
    return kept


def _add_unknown_containers(mentions: list[PlaceMention], context: Context, gazetteer: Gazetteer) -> None:
    """"X in Northern Samar province" where the gazetteer lacks the province: the country the
    province is kept in (the report's) contains X too."""
    by_start = {m.start: m for m in mentions}
    for index, mention in enumerate(mentions):
        for start in mention.within:
            container = by_start[start]
            if container.candidates or not container.region:
                continue
            kept = _in_report_country(container, context, gazetteer)
            country = gazetteer.country(kept.country) if kept is not None and kept.country else None
            if country is not None:
                context.qualifiers.setdefault(index, []).append(country)


def _phrase_containers(mention: PlaceMention, mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[Place]:
    """The countries, and the regions named as regions ("Ituri province"), that the name's own
    phrase puts it in ("X village in Congo's Y province", "the town of X in central Mali"); for a
    town it lies by ("Kouri, about 20 km south of Djibo"), that town's country."""
    by_start = {m.start: m for m in mentions}
    places: list[Place] = []
    for start in mention.within:
        container = by_start[start]
        if container.region:
            # "Haiti's Centre department": the possessive or demonym says whose region of that name.
            places += [r for r in container.regions if r.country in container.hint] or list(container.regions)
        elif container.candidates and all(p.feature == "region" for p in container.candidates):
            # "Mir Ali, North Waziristan": a name the gazetteer knows only as regions contains.
            places += list(container.candidates)
        elif countries := [p for p in container.candidates if p.feature == "country"]:
            places += countries[:1]
        elif regions := [p for p in container.candidates if p.feature == "region" and any(
                q.feature == "city" and q.country == p.country for q in container.candidates)]:
            # "Progreso in Morelos": a name that is both a town and the region around it holds by
            # the region.
            places += regions
        elif towns := [p for p in container.candidates if p.feature == "city"]:
            country = gazetteer.country(max(towns, key=lambda p: p.population).country)
            places += [country] if country is not None else []
    # "X in Colombia's Cauca department": the region says more than its country, which holds
    # every namesake of X there.
    return [p for p in places if p.feature != "country" or not any(
        q.feature == "region" and q.country == p.country for q in places)]


def _in_any(place: Place, containers: list[Place]) -> bool:
    """Whether a place lies in one of the named countries or first-level regions."""
    return any(place.country == q.country and (q.feature == "country" or (q.admin1 is not None
                                                                         and place.admin1 == q.admin1))
               for q in containers)


def _place_location(place: Place) -> Location:
    return Location(place.name, place.country, place.admin1 if place.feature != "country" else None, place.lat,
                    place.lon, place.geonameid, 3, place.feature, place.name)


def _within(place: Place, container: Location) -> bool:
    """Whether a town lies in a region or country the text placed it in."""
    if place.country != container.country or place.feature != "city":
        return False
    return container.feature == "country" or (container.admin1 is not None and place.admin1 == container.admin1)


def _contained(mention: PlaceMention, container: Location) -> Location:
    """A name the gazetteer lacks, at the place that contains it ("X, a village in the Kherson region").

    Next to a town ("X, a suburb near Kyiv") it is placed at the town, as near it (precision 2),
    with no region: the town's region need not be the name's.
    """
    if container.feature == "city":
        return Location(_written(mention.text), container.country, None, container.lat, container.lon, None, 2,
                        "city", mention.text)
    admin1 = container.admin1 if container.feature != "country" else None
    name = mention.text if mention.region else _written(mention.text)
    return Location(name, container.country, admin1, container.lat, container.lon, None, 3,
                    "region" if mention.region else "city", mention.text)


def _contained_in_country(mention: PlaceMention, context: Context, gazetteer: Gazetteer) -> Location | None:
    """A name placed only by the demonym or possessive before it; None when that names no one country.

    A demonym of several countries ("Congolese": CD and CG) names the one of them the report
    names elsewhere, itself or by a region, and none when it names neither or both."""
    hint = mention.hint
    if len(hint) > 1:
        named = {code for code in context.countries if context.countries[code] > 0} | set(context.soft) | {
            code for code, _ in context.regions}
        hint = hint & named
    if len(hint) != 1:
        return None
    country = gazetteer.country(next(iter(hint)))
    if country is None:
        return None
    return Location(_written(mention.text), country.country, None, country.lat, country.lon, None, 3,
                    "region" if mention.region else "city", mention.text)


def _in_report_country(mention: PlaceMention, context: Context, gazetteer: Gazetteer, index: int | None = None, *,
                       framed: bool = False) -> Location | None:
    """A name in a place frame ("a base in X", "X district") with no container in the text: kept
    by its name in the country the report names most (the dateline's counts), at precision 3 with
    the country's point.  None when the report names no country: unknown stays unknown."""
    if mention.hint or (mention.candidates and not framed) or mention.container is not None:
        return None
    counts = Counter(context.countries)
    own = context.own_country.get(index if index is not None else -1)
    if own is not None:
        counts[own[0]] -= own[1]  # the name's own namesake does not vouch for it
    ranked = [(code, weight) for code, weight in counts.most_common(2) if weight > 0]
    if not ranked:
        ranked = context.soft.most_common(2)  # "Nigerian troops ... near X on Lake Chad": NG
    if not ranked:
        # "the village of X ..., Katsina state police said": the regions named say which country.
        ranked = Counter(code for code, _ in context.regions).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None  # two countries named as often: which one holds the name is not said
    country = gazetteer.country(context.requested_country or ranked[0][0])
    if country is None or _holds_a_place_elsewhere(mention, country.country, counts + context.soft, gazetteer):
        return None
    name = mention.text if mention.region else _written(mention.text)  # "Kharwandi district" keeps its kind
    return Location(name, country.country, None, country.lat, country.lon, None, 3,
                    "region" if mention.region else "city", mention.text)


def _holds_a_place_elsewhere(mention: PlaceMention, country: str, named: Counter[str], gazetteer: Gazetteer) -> bool:
    """"Chernobyl Exclusion Zone" in a report naming Russia most: the name holds a town of another
    country the report names (Ukraine), so it may lie there; not "Mir Ali" (Mir is a Belarusian
    town the report never names)."""
    for word in mention.text.split():
        if not word[:1].isupper() or len(word) < 3:
            continue
        towns = [p for p in gazetteer.lookup(word) if p.feature == "city"]
        if any(t.country != country and named.get(t.country, 0) > 0 for t in towns) and not any(
                t.country == country for t in towns):
            return True
    return False


def _second_level(mention: PlaceMention, mentions: list[PlaceMention], context: Context, gazetteer: Gazetteer,
                  containers: Sequence[Place | Location]) -> Location | None:
    """A name written with a unit word ("Buner district", "Loroum province", "the province of
    Davao del Sur") that GeoNames has as a second-level unit (admin2), in the container the text
    puts it in, else in a country the report points at (by a place, a demonym or a region), else in
    the only country that has a unit so called; kept by its written name at the unit's largest
    town, at precision 3 (a unit, not a town).  A first-level region of the name goes first
    ("Kherson region"), and so does a town's namesake unit of a province: "Sultan Kudarat
    province" is the province, not the town of that name in another region.  None when no unit
    fits or units of several countries do."""
    words = mention.text.split()
    written_after = len(words) >= 2 and words[-1].lower() in admin2_written_after()
    # "the southern province of Davao del Sur": a unit word before the name frames it as well.
    framed_before = mention.unit_before or (mention.region and not mention.candidates)
    if not (written_after or framed_before) or mention.regions or any(
            place.feature != "city" for place in mention.candidates) or any(
            container.feature == "city" for container in containers):
        return None  # (a district of a city is a part of the town: "the Tabarre district of Port-au-Prince")
    units = gazetteer.districts(_without_unit_word(mention.text) if written_after else mention.text)
    if containers:
        units = tuple(unit for unit in units if any(unit.country == container.country and (
            container.feature == "country" or container.admin1 in (None, unit.admin1)) for container in containers))
    elif mention.hint:
        units = tuple(unit for unit in units if unit.country in mention.hint)
    else:
        # A namesake of the unit's own name ("Kachhi" in the headline, a Georgian town) vouches for
        # no country.
        base = normalize_name(_without_unit_word(mention.text))
        weights = Counter(context.countries)
        for index, (code, weight) in context.own_country.items():
            if normalize_name(_without_unit_word(mentions[index].text)) == base:
                weights[code] -= weight
        named = {code for code, weight in weights.items() if weight > 0} | set(context.soft) | {
            code for code, _ in context.regions}
        if named:
            units = tuple(unit for unit in units if unit.country in named)
    units = tuple(unit for unit in units if (unit.country, unit.admin1) in context.regions) or units
    if not units or len({unit.country for unit in units}) > 1:
        return None
    unit = units[0]
    return Location(mention.text, unit.country, unit.admin1, unit.lat, unit.lon, None, 3, "region", mention.text)


def _bare_district(mention: PlaceMention, context: Context, gazetteer: Gazetteer) -> Location | None:
    """"killed four polio workers in Bajaur", "a market in Khyber": a name the matcher keeps as a place,
    written without a unit word, that GeoNames has as second-level units (admin2) of one country only, of
    that very spelling, and in a country the report points at if it points at any; kept by its
    written name at the unit's largest town, at precision 3.  None otherwise."""
    if mention.region or mention.water is not None or mention.container is not None:
        return None
    written = normalize_name(mention.text)
    units = [unit for unit in gazetteer.districts(mention.text) if normalize_name(unit.name) == written]
    if len({unit.country for unit in units}) != 1:
        return None
    unit = units[0]
    named = {code for code, weight in context.countries.items() if weight > 0} | set(context.soft)
    if named and unit.country not in named:
        return None
    return Location(mention.text, unit.country, unit.admin1, unit.lat, unit.lon, None, 3, "region", mention.text)


def _without_unit_word(text: str) -> str:
    """"Kota department" -> "Kota": the name without a trailing unit or region word."""
    words = text.split()
    if len(words) > 1 and words[-1].lower() in admin2_written_after() | REGION_WORDS | PART_WORDS:
        words = words[:-1]
    return " ".join(words)


def _water_location(mention: PlaceMention, context: Context) -> Location:
    """A sea or lake: no country unless the text names a state on its shores (the most named one)."""
    assert mention.water is not None
    body = mention.water
    named = [(context.countries.get(code, 0), code) for code in body.coastal if context.countries.get(code, 0)]
    country = max(named)[1] if named else None
    return Location(body.name, country, None, body.lat, body.lon, None, 3, "region", mention.text)


# A district is also a unit of its own, kept with its unit word ("Kurram district").
_TOWN_PART_WORDS = TOWN_PARTS - {"district"}


def _supported(best: Candidate, mention: PlaceMention, context: Context, index: int, gazetteer: Gazetteer) -> bool:
    """A small town found only by a spelling skeleton of its name, or far from every country the
    text names, is more likely another word ("Samar" is not Samara) than that town; one of the
    town's own alternate names, as written ("Jenin" for Janīn), is its name."""
    place = best.place
    if mention.region and place.feature == "city":
        # "Séno Province" where the gazetteer has no such region, only a Spanish hamlet of the stem:
        # a small town stands for a region only in a country the text names.
        return place.population >= 50_000 or context.country_weight(place.country, index) > 0 or (
            context.requested_country == place.country) or place.country in mention.hint
    if place.feature != "city":
        return True
    if context.country_weight(place.country, index) > 0 or context.requested_country == place.country:
        return True
    if place.country in mention.hint and same_name(place.name, _without_region_word(mention.text)):
        return True  # "the Israeli town of Shlomi" in a report on Lebanon: its own demonym places it
    # "Kohistan district" (a unit named after its town) is checked by the town's name.
    written = mention.text.rsplit(" ", 1)[0] if mention.unit else _without_region_word(mention.text)
    pointed = place.country in context.soft or context.country_weight(place.country, index) > 0
    if not same_name(place.name, written) and pointed and place.key in gazetteer.known_as(written):
        return True  # one of its own names ("Jenin" for Janīn) in a country the text points at
    if not same_name(place.name, written) and len(written.split()) >= 2 and place.key in gazetteer.known_as(
            written) and len(gazetteer.known_as(written)) == 1 and not any(
            context.country_weight(code, index) > 0 for code in context.countries if code != place.country):
        # "Dera Bugti" for Dera: a name of two words that is one place's own alternate name, and
        # no other place's, is that place when the text names no other country ("the hamlet of El
        # Plateado, Cauca" is no Mexican hamlet of that alternate name).
        return True
    # "the Kalaba area", "the Karama neighbourhood": a part of a town the text places elsewhere (a
    # district is also a unit of its own, kept with its unit word: "Kurram district").
    part = mention.text.rsplit(" ", 1)[-1].lower() in _TOWN_PART_WORDS
    if not same_name(place.name, written) and any(
            c.feature == "region" and c.country == place.country and same_name(c.name, written)
            for c in mention.candidates):
        return True  # "Jenin" for Janīn: the town's own region bears the name as written
    if not same_name(place.name, written):
        points = context.soft or any(context.country_weight(code, index) > 0 for code in context.countries)
        if points and place.country not in context.soft and (
                place.population < _FOREIGN_SPELLING_MAX or part):
            # "Baga" is not Bargarh, India, in a report on Lake Chad; "the Kalaba area" of a Yemeni
            # city is no Calamba, however large, when only another spelling matches.
            return False
        anchors = [p for i, p in context.anchors if i != index and p.lat is not None and p.lon is not None]
        if anchors and place.lat is not None and place.lon is not None and all(
                p.country != place.country and distance_km(p.lat, p.lon, place.lat, place.lon) > _ABROAD_KM  # type: ignore[arg-type]
                for p in anchors):
            # "BAMAKO (AFP) - Militants attacked Boni", "killed five soldiers in Tessit and four
            # gendarmes in Boni": another spelling of a town a continent away from the city the wire
            # files from and from every town the text places surely (Bonn) is not meant.
            return False
        # "Jowhar" for Jawhar, "Hudur" for Xuddur: the spelling the news uses is one of the town's
        # own alternate names in GeoNames, and no other place's, with no country named elsewhere;
        # a town, not a hamlet (a Yemeni hamlet of 0 people is no Darfur town's namesake).
        own = not points and place.population >= SMALL_TOWN // 2 and _sole_holder(place, written, gazetteer)
        return place.population >= 50_000 or own
    # Another country the rest of the text names (a mention's own reading vouches for nothing).
    names_countries = any(context.country_weight(code, index) > 0 for code in context.countries
                          if code != place.country)
    # "Bandits attacked a market in Isa ... across Sokoto State": where the rest of the text names
    # another country and never points at this one, a town under _FOREIGN_SPELLING_MAX far from it
    # is not meant (Isa, Japan), and the namesake there is.
    # The wire dateline's city does not count here: a Nairobi desk files on Somali towns. Nor does a
    # country near the town: "talks between Israel and Hamas ... in Deir al-Balah".
    filed_from = next((p.country for i, p in context.anchors if i == -1), None)
    named_far = [code for code in context.countries if code != place.country
                 and context.country_weight(code, index) > (1 if code == filed_from else 0)]
    unpointed = place.country not in context.soft and place.country not in mention.hint
    far = bool(named_far) and all(_far_from(place, code, gazetteer) for code in named_far)
    return not ((names_countries and (place.population < SMALL_TOWN or part)) or (
        far and unpointed and place.population < _FOREIGN_SPELLING_MAX))


# How far a town must lie from every country a text names to be a namesake abroad, not a town of
# a neighbour (km, from the country's point in the gazetteer).
_ABROAD_KM = 1_500.0


def _far_from(place: Place, code: str, gazetteer: Gazetteer) -> bool:
    """Whether a town lies more than _ABROAD_KM from a country's point (False when either has none)."""
    country = gazetteer.country(code)
    if country is None or place.lat is None or place.lon is None or country.lat is None or country.lon is None:
        return False
    return distance_km(place.lat, place.lon, country.lat, country.lon) > _ABROAD_KM


def _sole_holder(place: Place, written: str, gazetteer: Gazetteer) -> bool:
    """Whether ``written``, one of the town's own alternate names in GeoNames, names nothing else
    that could be meant: its other holders are places of the town's own country (the governorate
    named after it) or foreign hamlets of under a tenth of its people and under 2,000 ("Jenin" is
    Janīn, the West Bank town of 35,000, though a Polish village of 1,100 is called Jenin); a place
    with no population figure in GeoNames may be a town, so it stands in the way."""
    for key in gazetteer.known_as(written):
        if key == place.key:
            continue
        other = gazetteer.place(key)
        if other.country == place.country and other.feature == "region":
            continue
        if not 0 < other.population < min(_HAMLET, place.population // 10):
            return False
    return True


_COMPASS_NAME = re.compile(r"\b(?:north|south|east|west|central|centre|center)", re.I)


def build_context(mentions: list[PlaceMention], gazetteer: Gazetteer, dateline_place: str | None = None,
                  country: str | None = None) -> Context:
    countries: Counter[str] = Counter()
    regions: set[tuple[str, str]] = set()
    anchors: list[tuple[int, Place]] = []
    own: dict[int, tuple[str, int]] = {}
    soft = Counter(mentions[0].text_countries if mentions else ())
    for index, mention in enumerate(mentions):
        if mention.role in ("place", "refuge") and (code := _district_country(mention, gazetteer)) is not None:
            # "Bajaur district": a second-level unit of one country only points at that country as a
            # region does (a town named with it, "Khar", is then not Germany's Haar, "Khar" in Russian).
            countries[code] += 1
            own[index] = (code, 1)
            continue
        if mention.role not in ("place", "refuge") or mention.water is not None or not mention.candidates:
            continue  # an outlet's seat or a launch origin says nothing of where the incident is
        named_country = _named_country(mention)
        if named_country is not None and len(_countries_named(mention)) > 1:
            continue  # "Congo", "Korea": which state the context decides, so it vouches for neither
        if named_country is not None and mention.neighbour:
            continue  # "near the border with Niger": the country across the border
        if named_country is not None and mention.speakers:
            # "..., Russia's TASS news agency reported": the speaker's country points softly (a name
            # the gazetteer lacks is kept there), but a small town of the name across the border
            # ("Ukrainian shelling of Vasylivka") stays that town.
            soft[named_country.country] += 1
            continue
        if named_country is not None:
            countries[named_country.country] += 2
            own[index] = (named_country.country, 2)
            continue
        if mention.region:
            regions.update((p.country, p.name) for p in mention.regions)
            # (A region the gazetteer knows only by its town's name still says the country.)
            named_regions = mention.regions or mention.candidates
            # A compass-named region ("the Northwest Region") is many countries' and may be
            # resolved wrong (Iceland's Northwest): it points nowhere.
            if len({p.country for p in named_regions}) == 1 and not _COMPASS_NAME.search(mention.text):
                # "Sokoto State": a region of one country points at that country as a town does.
                countries[named_regions[0].country] += 1
                own[index] = (named_regions[0].country, 1)
            continue
        states = [p for p in mention.candidates if p.feature == "region" and _state_over_town(p, mention)]
        if states:
            # "Texas", "Virginia": a region named bare, whose towns the text may name too.
            regions.update((p.country, p.name) for p in states)
            countries[states[0].country] += 1
            own[index] = (states[0].country, 1)
            continue
        if mention.container is not None:
            continue  # "Mushu, a village about 15 km from Bokkos": its container says where it is
        towns = [p for p in mention.candidates
                 if p.feature == "city" and (not mention.hint or p.country in mention.hint)]
        # A town of the name as written votes before a larger one matched by another of its names
        # ("Maru" is a town in Nigeria before it is another name of Mary, Turkmenistan).
        towns = [p for p in towns if same_name(p.name, _without_region_word(mention.text))] or towns
        if towns and _unambiguous(towns):
            largest = max(towns, key=lambda p: p.population)
            anchors.append((index, largest))
            countries[largest.country] += 1
            own[index] = (largest.country, 1)
    if dateline_place:
        places = [p for p in gazetteer.lookup(dateline_place) if p.feature == "city"]
        if places:
            filed_from = max(places, key=lambda p: p.population)
            countries[filed_from.country] += 1
            # The city a wire files from is mostly near what it reports: of two namesakes ("Bishnupur
            # district" in Manipur and in West Bengal under an Imphal dateline), the nearer one.
            anchors.append((-1, filed_from))
    for mention in mentions:
        shared = _countries_named(mention) if mention.role == "place" else []
        if len(shared) > 1:
            # "Congo" alone: the more populous state points softly (a name the gazetteer lacks is
            # kept there when nothing else is named), and any town or region named decides.
            soft[max(shared, key=lambda p: p.population).country] += 1
    return Context(countries, regions, anchors, _qualifiers(mentions), country.upper() if country else None, own,
                   soft, _held(mentions))


def _district_country(mention: PlaceMention, gazetteer: Gazetteer) -> str | None:
    """The country of a name written with a second-level unit word ("Bajaur district", "Soum
    province") that the gazetteer knows only as GeoNames second-level units of one country, and
    as no town or region; None otherwise."""
    words = mention.text.split()
    if mention.candidates or mention.regions or mention.water is not None or len(words) < 2 or (
            words[-1].lower() not in admin2_written_after()):
        return None
    countries = {unit.country for unit in gazetteer.districts(_without_unit_word(mention.text))}
    return countries.pop() if len(countries) == 1 else None


def _unambiguous(towns: list[Place]) -> bool:
    largest = max(towns, key=lambda p: p.population)
    others = [p.population for p in towns if p is not largest]
    return not others or largest.population >= 10 * max(others)


def _qualifiers(mentions: list[PlaceMention]) -> dict[int, list[Place]]:
    """"Windsor Locks, Connecticut", "Kupiansk, Kharkiv region": what contains the name before it;
    and the regions or countries named after it in one phrase ("X in Y town, Z province")."""
    found: dict[int, list[Place]] = {}
    for index, (mention, following) in enumerate(itertools.pairwise(mentions)):
        if 0 < following.start - mention.end <= 2 and following.region:
            found[index] = list(following.regions)
        elif 0 < following.start - mention.end <= 2:
            found[index] = [p for p in following.candidates if p.feature in ("region", "country")]
    by_start = {m.start: m for m in mentions}
    for index, mention in enumerate(mentions):
        for start in mention.within:
            container = by_start[start]
            if container.region:
                # "Leyte province" where the gazetteer knows only the town: its country still holds.
                places = list(container.regions) or [p for p in container.candidates if p.feature == "city"
                                                      and same_name(p.name, _without_region_word(container.text))]
            else:
                places = [p for p in container.candidates if p.feature == "country"]
            found.setdefault(index, []).extend(p for p in places if p not in found.get(index, []))
    return found


def _held(mentions: list[PlaceMention]) -> dict[int, list[Place]]:
    """For a name right after another and a comma ("Tierralta, Cordoba"), the towns the name
    before may be: the qualifier is the region that holds one of them."""
    found: dict[int, list[Place]] = {}
    for index, (mention, following) in enumerate(itertools.pairwise(mentions), start=1):
        if 0 < following.start - mention.end <= 2:
            found[index] = [p for p in mention.candidates if p.feature == "city"]
    return found


def _countries_named(mention: PlaceMention) -> list[Place]:
    if mention.region:
        return []
    return [place for place in mention.candidates
            if place.feature == "country" and (not mention.hint or place.country in mention.hint)]


def _named_country(mention: PlaceMention, context: Context | None = None, index: int | None = None
                   ) -> Place | None:
    """The country a mention names: a country among the candidates means one of its names matched.

    A short name two states share ("Congo", "Korea") goes to the one the rest of the text points
    at (its towns, regions, other names), else to the more populous.
    """
    countries = _countries_named(mention)
    if len(countries) > 1 and context is not None:
        return max(countries, key=lambda p: (context.country_weight(p.country, index), p.population))
    return countries[0] if countries else None


def rank_candidates(mention: PlaceMention, context: Context, index: int | None = None) -> list[Candidate]:
    """The candidates of a mention, best first, each with the reasons of its score."""
    country = _named_country(mention, context, index)
    if country is not None:
        return [Candidate(country, 100.0, ["the text names the country"])]
    pool: list[Place]
    if mention.region:
        base = normalize_name(_without_region_word(mention.text))
        pool = list(mention.regions) or [p for p in mention.candidates
                                         if p.feature == "city" and normalize_name(p.name) == base]
    elif mention.region_before and (named := [p for p in mention.candidates if p.feature == "region"]):
        # "the central Mexican state of Guanajuato": the state, not its capital of the same name.
        pool = named
    else:
        pool = [p for p in mention.candidates if p.feature == "city"] or list(mention.candidates)
        # "near Beni", "outside X", "20 km from X": a point one is near is a town, never a region.
        pool += [p for p in mention.candidates if p.feature == "region" and not mention.near
                 and _state_over_town(p, mention)]
        # "Tierralta, Cordoba": a region that holds the town named right before it.
        held = context.held.get(index if index is not None else -1, [])
        pool += [p for p in mention.candidates if p.feature == "region" and p not in pool
                 and any(_contains(p, town) for town in held)]
    pool = pool or list(mention.candidates)
    if mention.hint:
        # A demonym or possessive before the name ("the Venezuelan city of X") decides the country.
        pool = [p for p in pool if p.country in mention.hint] or [
            p for p in mention.candidates if p.country in mention.hint] or pool
    qualifiers = context.qualifiers.get(index if index is not None else -1, [])
    ranked = [_score(place, mention, context, qualifiers, index) for place in pool]
    return sorted(ranked, key=lambda c: -c.score)


def _state_over_town(region: Place, mention: PlaceMention) -> bool:
    """"Virginia", "Ohio", "Borno" (Borno State): a region named so (its name without the word for
    its kind), where no large town of the name lies in it."""
    written = normalize_name(mention.text)
    # ("Lower Shabelle" for Lower Shabeelle: the same name but for its transliteration.)
    if normalize_name(region.name) != written and written not in stem_candidates(region.name) and not (
            same_name(region.name, mention.text)):
        return False
    towns = [p for p in mention.candidates if p.feature == "city"]
    if region.lat is None and any(t.country == region.country for t in towns):
        # A region the gazetteer knows only by name (no seat, no population: "Jenin" governorate)
        # never outranks the town of that name in its own country.
        return False
    return not any(t.population >= 200_000 or t.admin1 == region.name for t in towns)


def _score(place: Place, mention: PlaceMention, context: Context, qualifiers: list[Place], index: int | None
           ) -> Candidate:
    reasons = [f"population {place.population:,}" if place.population else "no population figure"]
    score = math.log10(place.population + 10)
    if place.feature == "region":
        score += 5.0 if mention.region else 4.0
        reasons.append("named as a region" if mention.region else "a region of that exact name")
        if mention.region and any(w in place.name.lower() for w in ("oblast", "region", "province", "krai")):
            score += 0.5
        if mention.region and (same_name(place.name, mention.text) or same_name(
                _without_region_word(place.name), _without_region_word(mention.text))):
            # "Kyiv Oblast" is the oblast, not "Kyiv City" of the same stem; "Bari region" is
            # Somalia's Bari, not Italy's Apulia, which holds a town Bari.
            score += 1.5
            reasons.append("the region's name as written")
        elif mention.region and place.name.endswith(" City") and mention.text.split()[-1].lower() in REGION_WORDS:
            score -= 1.5  # a city with region status is not the "Kyiv region" around it
            reasons.append("a city with region status, not the region named")
    weight = context.country_weight(place.country, index)
    if weight:
        score += _WEIGHTS["country"] * weight
        reasons.append(f"country {place.country} named in the text")
    elif place.country in context.soft:
        score += _WEIGHTS["soft"]
        reasons.append(f"country {place.country} pointed at by a demonym or a lake's shores")
    if place.admin1 and (place.country, place.admin1) in context.regions and place.feature == "city":
        score += _WEIGHTS["region"]
        reasons.append(f"in {place.admin1}, named in the text")
    held = context.held.get(index if index is not None else -1, [])
    if place.feature == "region" and any(_contains(place, town) for town in held):
        score += _WEIGHTS["qualifier"]
        reasons.append("holds the town named right before it")
    if any(_contains(q, place) for q in qualifiers):
        score += _WEIGHTS["qualifier"]
        reasons.append("the name after it contains it")
    elif any(q.country == place.country for q in qualifiers):
        # "X, Z province" where the gazetteer's regions are not the provinces: the country holds.
        score += _WEIGHTS["country"]
        reasons.append(f"in {place.country}, the country of the region named after it")
    near = _nearest_anchor(place, [anchor for owner, anchor in context.anchors if owner != index])
    if near is not None:
        distance, anchor = near
        score += _WEIGHTS["near"] * (1 - distance / NEAR_KM)
        reasons.append(f"{distance:.0f} km from {anchor.name}, named in the text")
    if place.capital:
        score += _WEIGHTS["capital"]
        reasons.append(f"capital of {place.country}")
    # "Koro cercle", "Kohistan district": a unit named after its town is written as the town.
    written = mention.text.rsplit(" ", 1)[0] if mention.unit else _without_region_word(mention.text)
    if same_name(place.name, written):
        score += _WEIGHTS["as_written"]
        reasons.append("its name as written")
    if context.requested_country is not None and place.country == context.requested_country:
        score += _WEIGHTS["requested"]
        reasons.append(f"--country {context.requested_country}")
    return Candidate(place, round(score, 3), reasons)


def _contains(container: Place, place: Place) -> bool:
    if container.country != place.country or container.key == place.key:
        return False
    return container.feature == "country" or (container.feature == "region" and place.admin1 == container.name)


def _nearest_anchor(place: Place, anchors: list[Place]) -> tuple[float, Place] | None:
    if place.lat is None or place.lon is None:
        return None
    best: tuple[float, Place] | None = None
    for anchor in anchors:
        if anchor.key == place.key or anchor.lat is None or anchor.lon is None:
            continue
        distance = distance_km(place.lat, place.lon, anchor.lat, anchor.lon)
        if distance < NEAR_KM and (best is None or distance < best[0]):
            best = (distance, anchor)
    return best


def to_location(mention: PlaceMention, chosen: Candidate) -> Location:
    place = chosen.place
    if mention.region and place.feature == "city":
        # "Oryol region" where the gazetteer knows the town but not the region by that name.
        base = _without_region_word(mention.text)
        name = f"{base} {'Oblast' if place.country in OBLAST_COUNTRIES else 'region'}"
        return Location(name, place.country, place.admin1 or name, place.lat, place.lon, None, 3, "region",
                        mention.text)
    if mention.unit and place.feature == "city":
        # "Kalehe territory": the unit around the town, at the town's point and region.
        return Location(mention.text, place.country, place.admin1, place.lat, place.lon, None, 3, "region",
                        mention.text)
    precision = 3 if place.feature != "city" else (2 if mention.near else 1)
    # A town carries the name the report writes when GeoNames has it by an alias or another
    # transliteration ("Nabatieh" for "Nabatîyé et Tahta", "Khan Younis" for "Khān Yūnis").
    name = _written(mention.text) if place.feature == "city" and not mention.phrase else place.name
    if place.feature == "region" and mention.region_before and normalize_name(_written(mention.text)) not in (
            stem_candidates(place.name)):
        name = _written(mention.text)  # "the Sudanese state of Sennar", which GeoNames spells Sinnār
    return Location(name, place.country, place.admin1, place.lat, place.lon, place.geonameid, precision,
                    place.feature, mention.text)


def _written(text: str) -> str:
    """The name as the report writes it, without a trailing "region"/"district"; capitals as a title."""
    words = text.split()
    if len(words) > 1 and words[-1].lower() in PART_WORDS and words[-1].islower():
        words = words[:-1]
    name = _without_region_word(" ".join(words))
    return name.title() if name.isupper() and len(name) > 3 else name


def _without_region_word(text: str) -> str:
    words = text.split()
    if len(words) > 1 and words[-1].lower() in REGION_WORDS:
        words = words[:-1]
    return " ".join(words)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
