"""Place mentions in a parsed report: gazetteer phrases, filtered by context.

The small English model mislabels many places (Belgorod as NORP, Oryol as PERSON), so
places come from the gazetteer; the model's entities and tags only decide doubtful
cases.  A single capitalised word is a place when the tagger calls it a proper noun and
no person or organisation name swallows it, or when the context says place ("in",
"near", "the town of", "X region", "the regions of A, B and C").
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from eventwire.geo.build import admin2_written_after, stem_candidates
from eventwire.geo.frames import (
    DISTANCE_UNITS,
    Role,
    WaterBody,
    acts_as_agent,
    country_hint,
    cue_countries,
    demonyms,
    frame_words,
    mention_role,
    names_a_people,
    owns_a_force,
    settlement_apposed,
    taken_from,
    water_body_at,
)
from eventwire.geo.gazetteer import Gazetteer, Place
from eventwire.geo.names import normalize_name, same_name, written_alike
from eventwire.nlp.cache import doc_text, span_text
from eventwire.nlp.lexicons import is_person_noun, killing_lemmas, names_a_listed_group, speech_lemmas
from eventwire.nlp.lines import opens_line
from eventwire.nlp.pipeline import common_words
from eventwire.nlp.triggers import find_triggers

MAX_WORDS = 6
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}")
# Lower-case words inside place names: "Port-au-Prince", "Rostov-on-Don", "Democratic Republic of the Congo".
NAME_CONNECTORS = frozenset({"au", "aux", "de", "del", "la", "le", "les", "el", "al", "of", "the", "on", "upon", "sur",
                             "du", "des", "di", "da", "do", "dos", "das", "y", "e", "i", "and", "an", "am", "im",
                             "ez", "ed", "es", "er", "ash", "at", "az", "as", "ad", "ul", "bin", "ibn", "ben"})
# "Sea of Azov", "Suez Canal": a name inside a water body's or landform's name is not the town.
# Words and macro-regions that GeoNames also lists as villages somewhere.
NOT_TOWNS = frozenset({"sea", "port", "city", "gulf", "canal", "north", "south", "east", "west", "central",
                       "northern", "southern", "eastern", "western", "northeast", "northwest", "southeast",
                       "southwest", "raion", "rayon", "zone", "krai", "district", "department", "regency", "cercle",
                       "county", "park", "grand", "beach", "square", "road", "street", "airport", "base", "camp",
                       "middle east", "near east", "far east", "baltic",
                       "balkans", "caucasus", "sahel", "levant", "maghreb", "horn of africa", "eastern europe",
                       "western europe", "central asia", "southeast asia", "latin america", "west africa",
                       "east africa", "north africa", "central africa", "republic", "kingdom", "federation"})
FEATURE_WORDS = frozenset({"sea", "river", "canal", "lake", "gulf", "bay", "strait", "ocean", "mountains", "mountain",
                           "valley", "desert", "island", "islands", "delta", "dam", "peninsula", "plateau", "basin"})
REGION_WORDS = frozenset({"region", "regions", "oblast", "oblasts", "province", "provinces", "governorate",
                          "governorates", "state", "prefecture"})
# Unit words after a name that the gazetteer knows as a first-level region ("Caqueta department").
UNIT_REGION_WORDS = frozenset({"department", "departement", "county", "district", "municipality", "prefecture"})
# "Tsuen Wan district", "Maidan Wardak province": words that may follow a name.
PART_WORDS = frozenset({"district", "districts", "county", "neighbourhood", "neighborhood", "area"})
PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "region", "province", "district", "outskirts",
                         "suburb", "suburbs", "centre", "center", "port", "area", "settlement", "municipality",
                         "hamlet", "neighbourhood", "neighborhood", "oblast", "governorate", "state", "county"})
# "the shelling of Kherson", "an attack on Sumy": the object of an act is a place.
ACT_NOUNS = frozenset({"attack", "attacks", "strike", "strikes", "shelling", "bombing", "bombings", "assault",
                       "raid", "raids", "offensive", "siege", "bombardment", "airstrike", "airstrikes", "struck",
                       "hit", "shelled", "bombed", "attacked", "targeted", "fire", "control", "evacuation", "capture",
                       "fall", "outskirts", "residents", "people", "mayor", "governor", "liberation", "occupation",
                       "defence", "defense", "battle", "centre", "center", "north", "south", "east", "west"})
# Verbs whose object is a place: "bomb Khartoum", "recapture Kherson", "occupied Crimea".
# Acts done to places, not to people: their one-word (or hyphenated) capitalised object followed by
# "in <container>" is a place whatever label the small model gives it ("attacked Djibasso in
# Burkina Faso", "raided Ngamdu-Kaje in Borno State"); a two-word person's name ("attacked Musa
# Bello in Kano") stays a person.
PLACE_ACTS = frozenset({"attack", "raid", "storm", "shell", "bomb", "bombard", "pound", "overrun", "besiege",
                        "capture", "seize", "retake", "recapture", "occupy", "invade", "enter", "surround"})
_MISLABELLED = frozenset({"ORG", "FAC", "PERSON"})
# Acts done to places and not to people: their object is a place whatever label the model gives
# a two-word name ("raided Bakin Kogi in Katsina"); "attacked" takes people too, so a two-word
# object of it is a place only inside a named region ("attacked Rafin Gora in Kaduna State").
_PLACES_ONLY = frozenset({"raid", "storm", "overrun", "besiege", "shell", "bombard", "pound", "invade", "occupy",
                         # (WordNet 3.0 raze.v.01, torch.v.01, ransack.v.01: done to places and things,
                         # never to a person named; what is looted is as often a shop's name.)
                         "raze", "torch", "ransack"})
ACT_LEMMAS = frozenset({"bomb", "shell", "strike", "hit", "attack", "target", "capture", "seize", "retake",
                        "recapture", "occupy", "liberate", "enter", "surround", "besiege", "evacuate", "annex",
                        "invade", "visit", "reach", "storm", "raid", "pound", "bombard", "shoot"})
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "over", "across", "around", "at", "into", "towards",
                                "toward", "from", "to", "throughout", "inside", "of"})
NEAR_CUES = re.compile(r"\b(?:near|outside|outskirts of|close to|north of|south of|east of|west of|"
                       r"\d+\s*(?:km|kilomet(?:re|er)s?|miles)\s+(?:from|of|north|south|east|west)|suburbs? of|"
                       r"north-?east of|north-?west of|south-?east of|south-?west of)\s+(?:the\s+)?"
                       r"(?:(?:city|town|village) of\s+)?$", re.I)
_SKIP_WORDS = frozenset({"the", "a", "an", "mr", "mrs", "ms", "dr", "president", "minister", "governor", "mayor",
                         "general", "saint", "st", "god", "allah", "islam", "islamic", "state", "european",
                         "union", "nato", "un", "national", "guard", "northern", "southern", "eastern", "western",
                         "old", "great",
                         "street", "road", "square", "bridge", "station", "airport", "university", "hospital",
                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december", "police", "army", "reuters",
                         "twitter", "telegram", "facebook", "christmas", "easter", "ramadan", "eid", "man",
                         "says", "home", "and", "media", "video",
                         "health", "press", "council", "court", "parliament", "congress", "senate", "house"})


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A gazetteer phrase in the text; ``region`` when the text says it is a region."""

    text: str
    start: int
    end: int
    token_start: int
    token_end: int
    candidates: tuple[Place, ...]
    regions: tuple[Place, ...]
    region: bool
    near: bool
    country_only: bool
    # What the words around the name say (eventwire.geo.frames): an outlet's seat or a launch
    # origin is not where the incident happened; ``hint``: the countries a demonym or possessive
    # before it names; ``container``: the character start of the place that contains a name the
    # gazetteer lacks ("X, a village in Y"); ``water``: a sea, gulf or lake.
    role: Role = "place"
    hint: frozenset[str] = frozenset()
    container: int | None = None
    water: WaterBody | None = None
    # ``container`` comes from a possessive before the name ("Sagaing region's X township"): the
    # text says outright that the region holds it, so a namesake elsewhere never wins.
    possessive: bool = False
    # ``framed``: strong place words around it ("in", "near", "the village of", "X district",
    # "Y region's X"), so that a name whose only gazetteer entries are implausible is kept by its
    # name rather than dropped.  ``within``: the character starts of the regions or countries named
    # after it in the same phrase ("X in Y town, Z province", "X, in Z state"), which contain it.
    # ``text_countries``: countries the whole text points at without naming a place: one-country
    # demonyms ("Nigerian troops") and the shores of a lake or sea it names (Lake Chad).
    framed: bool = False
    within: tuple[int, ...] = ()
    text_countries: tuple[str, ...] = ()
    # ``phrase``: words that name the place without its name ("the Somali capital"): the place
    # carries its own name, not the words.  ``unit``: a town's name with a unit word ("Kalehe
    # territory"): resolved as the town, kept as the unit.
    phrase: bool = False
    unit: bool = False
    # ``label``: a round-up item's place label ("Menaka: A roadside bomb ..."): the item's place
    # even in a report whose other items are in other countries.
    label: bool = False
    # ``neighbour``: a country named as the other side of a border ("a village near the border with
    # Niger"): it does not say which country the report's places lie in.
    neighbour: bool = False
    # ``unit_before``: a unit word and "of" right before the name ("the province of Loroum", "the
    # southern district of X"): the name may be a second-level unit (eventwire.geo.resolve).
    # ``region_before``: a region word so ("the central Mexican state of Guanajuato"): the region of
    # the name, not its town.
    unit_before: bool = False
    region_before: bool = False
    # ``speakers``: a country named as the possessor of the speaker ("Russia's TASS news agency
    # reported", "according to Lebanon's health ministry"): it points at the report's country
    # softly, and does not rule out a small town the gazetteer has only across a border.
    speakers: bool = False


def find_place_mentions(doc: Doc, gazetteer: Gazetteer, skip: list[tuple[int, int]] | None = None
                        ) -> list[PlaceMention]:
    """Place mentions in ``doc`` outside the character ranges in ``skip`` (e.g. the dateline)."""
    skip = skip or []
    found: list[tuple[PlaceMention, bool]] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        # "Northern Ireland", "Southern Kordofan", "Western Sahara": a capitalised compass adjective
        # starts a name only as part of one the gazetteer has whole (alone it is a direction,
        # "northern Mali", and "Central Mali" is Mali).
        compass = token.lower_ in _COMPASS_ADJECTIVES and token.text[:1].isupper() and token.i > token.sent.start
        can_start = _can_start(token)
        titled = not can_start and _titled_town(doc, i, gazetteer)
        if not (can_start or compass or titled) or any(start <= token.idx < end for start, end in skip):
            i += 1
            continue
        water = water_body_at(doc, i)
        if water is not None:
            end, body = water
            span = doc[i:end]
            found.append((PlaceMention(span_text(span), span.start_char, span.end_char, i, end, (), (), False, False,
                                       False, water=body), True))
            i = end
            continue
        if _tail_of_an_unknown_name(doc, i, gazetteer):
            # "Tinzawatene-Kal": the gazetteer's "Kal" is only the tail of a name it lacks, which
            # the unknown-name pass keeps whole.
            i += 1
            continue
        match = _longest_match(doc, i, gazetteer)
        if match is None or (compass and (match[0] - i < 2 or not any(p.feature in ("region", "country")
                                                                      for p in match[1]))):
            i += 1
            continue
        end, candidates = match
        if (tail := _particle_tail(doc, end)) > end:
            # "Agusan del Sur", "Surigao del Norte": a name the gazetteer lacks whole goes on past a
            # lower-case particle; neither its head nor its tail (Oman's Sur) is it.
            end, candidates = tail, ()
        if names_a_listed_group(doc[i:end].text) and not gazetteer.known_as(doc[i:end].text):
            # "seized the town from al-Shabaab": an armed group's name that only a place of another
            # spelling shares (Iran's Shabāb) is the group.
            i = end
            continue
        if (group_end := _listed_group_holding(doc, i, end)) is not None:
            # "fighters of Islamic State Sahel Province": a region inside a listed group's name.
            i = group_end
            continue
        mention, accepted = _make_mention(doc, i, end, candidates, gazetteer)
        role = mention_role(doc, i, mention.token_end)
        if role == "place" and owns_a_force(doc, mention.token_end) and not any(
                p.feature == "country" for p in candidates):
            # "Moscow's forces shelled X": a capital or region standing for the state that acts; a
            # country stays (it may be the only place the report gives).
            role = "seat"
        speakers = role == "place" and any(p.feature == "country" for p in candidates) and _speakers_country(
            doc, mention.token_end)
        if role == "place" and acts_as_agent(doc, i) and any(p.feature == "country" or p.capital
                                                            for p in candidates):
            # "drones launched by Russia", "a strike ordered by Washington": the state that acts.
            role = "seat"
        mention = dataclasses.replace(mention, role=role, speakers=speakers,
                                      label=round_up_label(doc, i, mention.token_end),
                                      hint=country_hint(doc, i, gazetteer),
                                      framed=mention.region or _place_context(doc, i, strong_only=True)
                                      or _after_region_possessive(doc, i) or round_up_label(doc, i, end) or (
                                          mention.token_end > end and doc[end].lower_ in PART_WORDS))
        mention = _compass_named_town(doc, _compass_region(doc, mention, gazetteer), gazetteer)
        found.append((mention, accepted))
        i = mention.token_end
    mentions = _mark_region_lists(doc, _accept_coordinated(doc, found), gazetteer)
    for index in range(1, len(mentions)):
        # "Islamic State of Iraq and Syria": a name listed with one inside a longer name is inside it too.
        previous = mentions[index - 1]
        if previous.role == "name" and doc_text(doc)[previous.end : mentions[index].start].strip() in ("and", "&"):
            mentions[index] = dataclasses.replace(mentions[index], role="name")
    # Capitals named by a phrase first: "the Hodan district of the capital" is held by it.
    mentions = _capital_phrases(doc, mentions, gazetteer, skip)
    mentions = _state_or_country(doc, _water_modifiers(doc, _with_unknown_names(doc, mentions, gazetteer, skip)))
    countries = _text_countries(doc, mentions)
    marked = [dataclasses.replace(m, within=_within_after(doc, mentions, index), text_countries=countries,
                                  neighbour=_across_a_border(doc, m), unit_before=_unit_word_before(doc, m),
                                  region_before=_region_word_before(doc, m))
              for index, m in enumerate(mentions)]
    # A name the text calls a village is framed as a place, and kept by its name when no town of
    # the gazetteer fits; a province or country of that name is no village, nor a large city that
    # only another spelling matches ("Yankara village" is not Ankara), which would otherwise point
    # the whole text at its country.
    marked = [_region_of_a_village(doc, m, gazetteer) for m in marked]
    marked = _venues_named_after_elsewhere(doc, marked)
    return [dataclasses.replace(m, framed=True, regions=(), candidates=tuple(
        c for c in m.candidates if c.feature == "city" and (
            c.population < _VILLAGE_NAMESAKE_MAX or normalize_name(c.name) == normalize_name(m.text))))
        if _called_a_village(doc, m, gazetteer) else m for m in marked]


# Words that may stand between a venue's name and its noun ("the Dubai Grand Hotel"), and between
# "in" and the town that holds it ("in the Somali town of X").
_MAX_VENUE_WORDS = 3
_MAX_HOLDER_WORDS = 5


def _venues_named_after_elsewhere(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"the Lagos motor park in Kano", "the Odessa market in Donetsk": a gazetteer town before a venue
    noun (place_frames.json venue_nouns) with a place after "in" names the venue, often after a town
    elsewhere, and the place after "in" is where it is.  The town stays a place when the place
    after "in" may hold it (a region or country of the town's own country: "the Kaduna bus station
    in Kaduna state"), lies in the town's own first-level region (a suburb), or is a name the
    gazetteer lacks."""
    venues = frame_words()["venue_nouns"]
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.role != "place" or mention.water is not None or mention.region or not mention.candidates or any(
                place.feature == "country" for place in mention.candidates):
            continue  # ("the United States Embassy in X": the country owns the venue and stays in the text's countries)
        # The noun may close the name itself ("Liberty Square", "Serena Hotel").
        position = mention.token_end - 1 if doc[mention.token_end - 1].lower_ in venues else mention.token_end
        while position < min(len(doc), mention.token_end + _MAX_VENUE_WORDS) and doc[position].lower_ not in venues:
            if not (doc[position].is_alpha and doc[position].pos_ in ("PROPN", "NOUN")):
                break
            position += 1
        if position >= len(doc) or doc[position].lower_ not in venues:
            continue
        # The venue noun may be the first of two ("motor park", "bus station").
        after = position + 1 + (position + 1 < len(doc) and doc[position + 1].lower_ in venues)
        if after >= len(doc) or doc[after].lower_ != "in":
            continue
        holder = next((m for m in mentions[index + 1 :] if m.water is None and m.role == "place"
                       and after < m.token_start <= after + 1 + _MAX_HOLDER_WORDS), None)
        if holder is None or any(t.pos_ in ("VERB", "AUX", "PUNCT") for t in doc[after + 1 : holder.token_start]):
            continue
        if not holder.candidates and not holder.regions:
            continue  # a part of the town the gazetteer lacks ("in the Hodan district"): the town stays
        # A region or country of the town's own country (the province that holds it may be a second-level
        # unit the gazetteer does not file the town under), or a place in the town's own first-level
        # region (the town's suburb or district, "the Nairobi mall in Westlands"), keeps the town.
        town = not holder.region and any(other.feature == "city" for other in holder.candidates)
        if any(place.country == other.country and (not town or place.admin1 == other.admin1)
               for place in mention.candidates if place.feature == "city"
               for other in (*holder.candidates, *holder.regions)):
            continue
        result[index] = dataclasses.replace(mention, role="name")
    return result


_VILLAGE_NOUNS = frozenset({"village", "villages", "hamlet", "hamlets"})
# A village's namesake by another spelling above this size is another place (GeoNames population).
_VILLAGE_NAMESAKE_MAX = 100_000


def _region_of_a_village(doc: Doc, mention: PlaceMention, gazetteer: Gazetteer) -> PlaceMention:
    """"in a Kherson village", "a Sagaing village": a name between an article and "village" says
    which region holds the village; the region of that name, not its capital city."""
    end = mention.token_end
    if mention.region or end >= len(doc) or doc[end].lower_ not in _VILLAGE_NOUNS or mention.token_start == 0 or (
            doc[mention.token_start - 1].lower_ not in ("a", "an")):
        return mention
    written = _bare_name(mention.text)
    regions = tuple(place for place in (*mention.candidates, *mention.regions, *gazetteer.lookup(mention.text))
                    if place.feature == "region" and _bare_name(place.name) == written)
    if not regions:
        return mention
    unique = tuple(dict.fromkeys(regions))
    return dataclasses.replace(mention, region=True, regions=unique, candidates=unique)


def _bare_name(name: str) -> str:
    """A region's name without its unit and compass words ("Zamfara State" -> "zamfara", "eastern
    Congo" -> "congo")."""
    return normalize_name(" ".join(w for w in name.split()
                                   if w.lower() not in REGION_WORDS | UNIT_REGION_WORDS | DIRECTIONS))


def _called_a_village(doc: Doc, mention: PlaceMention, gazetteer: Gazetteer) -> bool:
    """"Yankara village", "the village of Yankara", "the hamlet of El Plateado"; not a region or
    country of that very name before the word ("a Zamfara village", "a Kharkiv region village",
    "villages of Myanmar's Maungdaw township"), which says where the village lies."""
    after = doc[mention.token_end].lower_ if mention.token_end < len(doc) else ""
    of = mention.token_start >= 2 and doc[mention.token_start - 1].lower_ == "of"
    # "Shewa village of North Waziristan": the region after a named village's "of" holds it.
    named = mention.token_start >= 3 and doc[mention.token_start - 3].pos_ == "PROPN"
    if not (after in _VILLAGE_NOUNS or (of and not named and doc[mention.token_start - 2].lower_ in _VILLAGE_NOUNS)):
        return False
    if after in _VILLAGE_NOUNS and _village_placed_after(doc, mention) and not mention.country_only:
        # "in Ekiti village, Plateau State", "Kano village in Zamfara State": with no article before
        # it and a place named after it, the name is the village's, though a region bears it too.
        return True
    written = _bare_name(mention.text)
    return not mention.region and not mention.country_only and not any(
        place.feature == "country" or (place.feature != "city" and _bare_name(place.name) == written)
        for place in (*mention.candidates, *mention.regions, *gazetteer.lookup(mention.text)))


def _village_placed_after(doc: Doc, mention: PlaceMention) -> bool:
    """Whether "<name> village" has a preposition of place (no article) before it and a capitalised
    place after ", " or "in" ("in Ekiti village, Plateau State")."""
    start, noun = mention.token_start, mention.token_end
    if start == 0 or doc[start - 1].lower_ not in ("in", "near", "at", "outside") or noun + 2 >= len(doc):
        return False
    return doc[noun + 1].lower_ in (",", "in") and doc[noun + 2].text[:1].isupper()


def _text_countries(doc: Doc, mentions: list[PlaceMention]) -> tuple[str, ...]:
    """Countries the text points at by one-country demonyms and by the shores of a lake or sea with
    few coastal states, once per hint: "Nigerian troops", "islands of Lake Chad" (NG twice); a
    demonym joined to a word of control or support ("Rwandan-backed") names a party, not where."""
    found: list[str] = []
    table = demonyms()
    control = frame_words()["control_words"]
    for token in doc:
        if token.text[:1].isupper() and token.is_alpha:
            codes = table.get(normalize_name(token.text))
            if codes is not None and len(codes) == 1 and not (
                    token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "–")
                    and doc[token.i + 2].lower_ in control) and not _attackers_weapon(doc, token.i + 1) and not (
                    _backer(doc, token.i, control)):
                # ("Rwandan-backed rebels" or "rebels backed by Rwandan troops" near Kalehe: the
                # backer's country, not the place's; "an Israeli drone strike" near a Lebanese
                # village: the attacker's.)
                found.extend(codes)
    for mention in mentions:
        if mention.water is not None and len(mention.water.coastal) <= _FEW_SHORES:
            found.extend(mention.water.coastal)
    return tuple(found)


def _backer(doc: Doc, index: int, control: frozenset[str]) -> bool:
    """Whether the demonym at ``index`` follows a word of control or support and "by" ("backed by
    Ugandan troops", "supported by the Eritrean army"): it names who stands behind a party."""
    before = [token.lower_ for token in doc[max(0, index - 3) : index] if token.lower_ not in ("the", "a")]
    return len(before) >= 2 and before[-1] == "by" and before[-2] in control


# A weapon or a strike that a demonym before it says whose it is ("an Israeli drone strike", "Russian
# missiles", "Turkish warplanes"): remote violence crosses borders, so the attacker's demonym says
# nothing of where the incident was (troops and forces, mostly on their own soil, still do).
_REMOTE_WEAPONS = frozenset({"drone", "drones", "strike", "strikes", "airstrike", "airstrikes", "air", "missile",
                             "missiles", "rocket", "rockets", "shell", "shells", "shelling", "artillery", "jets",
                             "warplanes", "warplane", "aircraft", "bombardment", "bombers", "helicopter",
                             "helicopters", "fire", "mortar", "mortars"})


def _attackers_weapon(doc: Doc, index: int) -> bool:
    return index < len(doc) and doc[index].lower_ in _REMOTE_WEAPONS


_FEW_SHORES = 4
# Words that may stand between a name and the region or country that contains it in one phrase:
# "X in Y town, Z province", "X, in the northern Z state".
_CHAIN_WORDS = frozenset({",", "in", "the", "of", "a", "an"})


def _within_after(doc: Doc, mentions: list[PlaceMention], index: int) -> tuple[int, ...]:
    """The regions and countries named after a name in the same phrase, which contain it."""
    mention = mentions[index]
    if mention.water is not None or mention.role != "place":
        return ()
    words = frame_words()
    fillers = _CHAIN_WORDS | DIRECTIONS | words["settlement_nouns"] | words["unit_nouns"] | PART_WORDS | {
        word for phrase in words["unit_phrases"] for word in phrase.split()} | {"area"}
    found: list[int] = []
    end = mention.token_end
    if _relative_position_after(doc, end):
        # "Kouri, about 20 km south of Djibo": the town it lies by places it in that town's country.
        following = next((m for m in mentions[index + 1 :] if m.water is None and m.role == "place"), None)
        return (following.start,) if following is not None and following.token_start - end <= 8 else ()
    country_before = False
    for following in mentions[index + 1 :]:
        between = doc[end : following.token_start]
        # "Santa Rosa in Colombia's Cauca department": a country's possessive joins its region.
        allowed = fillers | ({"'s", "’s"} if country_before else set())
        # "the X hillside community in Y", "the X oil field in Y": describing nouns of the name go on.
        if len(between) > 6 or not between or any(t.lower_ not in allowed and not (
                t.pos_ == "NOUN" and t.is_lower) for t in between) or (
                following.water is not None or following.role != "place"):
            break
        country_before = following.country_only or any(p.feature == "country" for p in following.candidates)
        if following.region or following.country_only or any(p.feature == "country" for p in following.candidates) or (
                following.candidates and all(p.feature == "region" for p in following.candidates)) or (
                _town_and_region(following) and (any(t.lower_ == "in" for t in between) or (
                    any(t.text == "," for t in between) and _has_town_in_region(mention, following)))):
            # "Palma, Cabo Delgado": a name that is only a region's, bare, holds the town before it;
            # "Progreso in Morelos": so does the region of a name that is both a town and the region
            # around it. After a comma only when the name has a town in that region: "Kano, Katsina"
            # lists two towns.
            found.append(following.start)
        end = following.token_end
    return tuple(found)


def _town_and_region(mention: PlaceMention) -> bool:
    """Whether a name is both a town and a first-level region of the town's country ("Rio de
    Janeiro", "Morelos", "Kherson")."""
    towns = {p.country for p in mention.candidates if p.feature == "city"}
    return any(p.feature == "region" and p.country in towns for p in mention.candidates)


def _has_town_in_region(mention: PlaceMention, container: PlaceMention) -> bool:
    """Whether one of the name's towns lies in a first-level region of the container's readings."""
    regions = {(p.country, p.admin1) for p in container.candidates if p.feature == "region"}
    return any(p.feature == "city" and (p.country, p.admin1) in regions for p in mention.candidates)


def _compass_region(doc: Doc, mention: PlaceMention, gazetteer: Gazetteer) -> PlaceMention:
    """"Northern Samar province", "Southern Leyte province": a region whose name begins with a
    compass word.  The gazetteer's region of the whole name if it has one; else only regions spelt
    as written; else the region is kept by its name, unresolved (never Samara Oblast by spelling)."""
    start = mention.token_start
    if not mention.region or start == 0 or not doc[start - 1].text[:1].isupper() or (
            doc[start - 1].lower_ not in DIRECTIONS):
        return mention
    direction = doc[start - 1]
    whole = doc[start - 1 : mention.token_end]
    if start >= 2 and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha and (
            not doc[start - 2].is_sent_start) and doc[start - 2].lower_ not in DIRECTIONS | TITLE_WORDS:
        # "Islamic State West Africa Province": the tail of a group's name, no region.
        return dataclasses.replace(mention, text=whole.text, start=whole.start_char, token_start=start - 1,
                                   role="name")
    regions = tuple(p for p in gazetteer.lookup(whole.text) if p.feature == "region")
    base = " ".join(w for w in mention.text.split() if w.lower() not in REGION_WORDS | UNIT_REGION_WORDS)
    if not regions:
        regions = tuple(p for p in mention.regions if same_name(p.name, base) or normalize_name(
            direction.text) in normalize_name(p.name))
    if regions:
        return dataclasses.replace(mention, text=whole.text, start=whole.start_char, token_start=start - 1,
                                   regions=regions, candidates=regions)
    return dataclasses.replace(mention, text=whole.text, start=whole.start_char, token_start=start - 1,
                               regions=(), candidates=())


#: Words that make a name a part of a town ("the Karama neighbourhood", "the Kalaba area").
TOWN_PARTS = frozenset({"neighbourhood", "neighborhood", "suburb", "quarter", "district", "area", "township",
                        "borough"})
#: The part nouns that never name an administrative unit: after a town ("the Lagos suburb of X")
#: they name a part of it, while "the Bajaur district of Khyber Pakhtunkhwa" names a unit of a region.
SUBURB_NOUNS = TOWN_PARTS - {"district", "area", "township"}


def _water_modifiers(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"the Danube port of X", "the Black Sea town of X", "the Dnipro river city of X": a river or
    sea named before a settlement word and "of" describes the town after it, which is the place."""
    settlement = frame_words()["settlement_nouns"]
    result = list(mentions)
    for index, (mention, following) in enumerate(itertools.pairwise(mentions)):
        between = doc[mention.token_end : following.token_start]
        words = [token.lower_ for token in between]
        if len(words) < 2 or len(words) > 4 or words[-1] != "of" or not any(w in settlement for w in words):
            continue
        # A name before a word of a town's parts ("the Martissant neighbourhood of Port-au-Prince",
        # "the Dahiyeh suburb of Beirut") is that part of the town after it, a place of its own.
        if mention.water is None and words[-2] in TOWN_PARTS:
            continue
        # "the Krasnopillia community of Sumy region", "the Bilohorivka village of Luhansk region": a
        # settlement of the region after it; only a town is described by what lies by it.
        if mention.water is None and following.region:
            continue
        # "in Shewa village of North Waziristan": a named settlement held by the region after it; a
        # describing river or sea takes the article ("the Danube port of").
        if mention.water is None and (mention.token_start == 0 or doc[mention.token_start - 1].lower_ != "the"):
            continue
        if all(w in settlement or w in FEATURE_WORDS or w == "of" or t.pos_ == "ADJ"
                             for w, t in zip(words, between, strict=True)) and following.water is None:
            result[index] = dataclasses.replace(mention, role="name")
    return result


def _state_or_country(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"Georgia": a country, and a state of another country.  The state when the text points at
    its country (names it, "Savannah, Georgia" with a town of that state, or words of that
    country's institutions: FBI, congressional) and no town of the country stands right before."""
    cues: set[str] | None = None
    result = list(mentions)
    for index, mention in enumerate(mentions):
        country = next((p for p in mention.candidates if p.feature == "country"), None)
        states = [p for p in mention.candidates if p.feature == "region" and country is not None
                  and p.country != country.country and same_name(p.name, mention.text)]
        if country is None or not states or mention.hint:
            continue
        state = states[0]
        previous = mentions[index - 1] if index > 0 else None
        adjacent = previous is not None and 0 < mention.start - previous.end <= 2
        if adjacent and previous is not None and any(
                p.country == country.country and p.feature == "city" for p in previous.candidates) and not any(
                p.admin1 == state.name and p.country == state.country for p in previous.candidates):
            continue  # "Tbilisi, Georgia"
        town_of_state = adjacent and previous is not None and any(
            p.admin1 == state.name and p.country == state.country for p in previous.candidates)
        names_state_country = any(
            other is not mention and any(p.feature == "country" and p.country == state.country
                                         for p in other.candidates) and other.country_only
            for other in mentions)
        if cues is None:
            cues = cue_countries(doc)
        if town_of_state or names_state_country or state.country in cues:
            result[index] = dataclasses.replace(mention, hint=frozenset({state.country}))
    return result


def _with_unknown_names(doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer,
                        skip: list[tuple[int, int]]) -> list[PlaceMention]:
    """Names the gazetteer lacks, in a place frame and with a known container, kept as places.

    "in Zarya, a village in the Kherson region", "the village of Dankolo in Zamfara state",
    "Kabarwe village in Ituri province", "in Mbulemvo, North Kivu", "Pakistan's Kurram district":
    the name is kept and placed at its container (a region or country the text names after it,
    or the demonym or possessive before it).  Without a container the name stays unknown.
    """
    words = frame_words()
    settlement, units = words["settlement_nouns"], words["unit_nouns"]
    # "the Kinama quarter", "the Gikondo ward": the parts of a town name the part, as a settlement
    # noun names the settlement.
    parts = words["part_nouns"] | TOWN_PARTS
    for index, mention in enumerate(mentions):
        # "Harris County, Texas": a unit the gazetteer knows only as a town's name is that unit,
        # placed at its container.
        unit_word = doc[mention.token_end - 1].lower_ in UNIT_REGION_WORDS
        part = doc[mention.token_end - 1].lower_ in TOWN_PARTS
        owner = _possessive_container(doc, mention.token_start, mentions, part) if mention.water is None else None
        # ("the city's Hodan district": a part of the town before the possessive, as a region holds a name.)
        town_owner = owner is not None and part and not any(p.feature in ("country", "region")
                                                             for p in owner.candidates)
        if not mention.region and mention.candidates and owner is not None and (owner.region or town_owner):
            mentions[index] = dataclasses.replace(mention, container=owner.start, possessive=True)
        elif not mention.region and owner is not None and not part and any(
                p.feature == "city" for p in mention.candidates) and (regions := tuple(
                    p for p in owner.candidates if p.feature == "region" and any(
                        t.feature == "city" and t.country == p.country and t.admin1 == p.admin1
                        for t in mention.candidates))):
            # "in Donetsk's Kostiantynivka", "Kaduna's Kajuru": the possessive is the region that
            # holds the town, not the namesake city there.
            mentions[mentions.index(owner)] = dataclasses.replace(owner, region=True, regions=regions)
            mentions[index] = dataclasses.replace(mention, container=owner.start, possessive=True)
        elif not mention.region and mention.water is None and mention.token_start >= 3 and (
                doc[mention.token_start - 1].lower_ == "of") and doc[mention.token_start - 2].lower_ not in parts and (
                holder := _region_before_settlement(
                    doc, mention.token_start, mentions, settlement, units)) is not None and holder is not mention:
            # "the Zamfara village of Kairu", "the Sagaing region village of Kani": the text says outright
            # that the region holds the village, so a namesake elsewhere (Texas, Japan) never wins, and
            # a region that is also its capital's name is the region.
            mentions[mentions.index(holder)] = _as_region(holder)
            mentions[index] = dataclasses.replace(mention, container=holder.start, possessive=True)
        elif not mention.region and unit_word and len(mention.text.split()) > 1:
            container = _container_after(doc, mention.token_end, mentions, settlement, strict=True)
            if container is not None:
                mentions[index] = dataclasses.replace(mention, region=True, container=container.start)
            elif part and mention.water is None and (town := _town_holding_part(doc, mention, mentions)) and any(
                    p.feature == "city" for p in town.candidates) and not town.region and not any(
                    p.feature == "country" for p in town.candidates):
                # "the Karari district of Omdurman": a district of the town named after it (not "the
                # Abyei district of Sudan", "the Purulia district of India's West Bengal state").
                mentions[index] = dataclasses.replace(mention, container=town.start)
        elif not mention.region and mention.water is None and (town := _town_holding_part(doc, mention, mentions)):
            # "the Al-Karama suburb of Homs": a part of the town named after it, whatever namesakes
            # the gazetteer has abroad.
            mentions[index] = dataclasses.replace(mention, container=town.start)
        elif not mention.region and mention.water is None and (
                town := _town_before_part(doc, mention.token_start, mentions, mention)):
            # "the Damascus suburb of Jaramana": the part named after the town and its part noun.
            mentions[index] = dataclasses.replace(mention, container=town.start)
        elif not mention.region and mention.water is None and part and (
                town := _town_of_the_sentence(doc, mention.token_start, mentions)):
            # "In Kharkiv, a bomb hit the X neighbourhood": the sentence's town, not a namesake elsewhere.
            mentions[index] = dataclasses.replace(mention, container=town.start)
        elif not mention.region and mention.water is None and _appositive_settlement(doc, mention.token_end):
            # "Kalaba, a town in Kasai province": the town of that name inside the container.
            container = _container_after(doc, mention.token_end, mentions, settlement, strict=True)
            if container is not None:
                mentions[index] = dataclasses.replace(mention, container=container.start)
    mentions = [_compass_named_unit(doc, mention, mentions, settlement, units) for mention in mentions]
    mentions = [_town_named_unit(doc, mention, mentions) for mention in mentions]
    taken = {index for m in mentions for index in range(m.token_start, m.token_end)}
    added: list[PlaceMention] = []
    i = 0
    while i < len(doc):
        glued_article = _glued_article(doc, i)
        if i in taken or not (doc[i].text[:1].isupper() or glued_article):
            # Every way an unknown name opens below is a capitalised word (most words are not), or
            # an Arabic article glued to one ("the village of al-Jufaina").
            i += 1
            continue
        compass = _compass_name_word(doc, i) and i + 1 not in taken
        # "entered Kipese village": the small model's NORP label on an unknown name right before a
        # settlement noun is no people's word (a demonym is; "a Fulani village" is no name).
        village_name = doc[i].ent_type_ == "NORP" and i + 1 < len(doc) and doc[i + 1].lower_ in settlement and (
            i == 0 or doc[i - 1].lower_ not in ("a", "an")) and _unknown_name_start(doc[i], labelled=True) and not (
            _faith_or_people_word(doc[i]))
        # "in Lower Shabelle's Sabiid area": after a known place's possessive, before a word of a
        # settlement, unit or part of one, a name whatever label the model gives it (NORP here too).
        village_name = village_name or (
            doc[i].ent_type_ == "NORP" and i >= 2 and doc[i - 1].lower_ in ("'s", "’s") and i - 2 in taken
            and i + 1 < len(doc) and doc[i + 1].lower_ in settlement | units | TOWN_PARTS
            and _unknown_name_start(doc[i], labelled=True) and not _faith_or_people_word(doc[i]))
        # "in La Guayacana", "near Al Hawl": a name that opens with its article.
        article = (doc[i].lower_ in _NAME_ARTICLES and doc[i].text[:1].isupper() and not doc[i].is_sent_start
                   and i + 1 < len(doc) and i + 1 not in taken and _unknown_name_start(doc[i + 1], labelled=True))
        # "Ah Lel Chaung village": a name may open with a two-letter syllable.
        syllable = _short_name_part(doc[i]) and not doc[i].is_sent_start and _name_word_after_syllables(
            doc, i + 1, taken)
        # "ransacked Kouakourou": the object of an act done only to places opens a name whatever
        # label the model gives it.
        place_object = i >= 1 and doc[i - 1].pos_ == "VERB" and doc[i - 1].lemma_.lower() in _PLACES_ONLY and (
            _unknown_name_start(doc[i], labelled=True))
        if i in taken or not (compass or village_name or article or syllable or glued_article or place_object
                              or _unknown_name_start(doc[i])) or any(
                a <= doc[i].idx < b for a, b in skip) or _settlement_title(doc, i, settlement):
            i += 1
            continue
        # Joints lengthen the name they join ("Tell al-Hawa" by two tokens, "Dasht-e-Barchi" by four).
        end, joined = i + 1, 0
        while end < len(doc) and end - i < 3 + compass + joined and end not in taken and (
                doc[end].lower_ not in settlement | units) and not _unit_phrase_at(doc, end) and not (
                _acronym(doc[end])) and (
            _unknown_name_start(doc[end]) or _short_name_part(doc[end]) or _compass_tail(doc, end, units) or (
                _particle_joint(doc, end)) or (
                doc[end].text == "-" and end + 1 < len(doc)
            and (_unknown_name_start(doc[end + 1]) or _hyphen_tail(doc, end))) or _article_joint(doc, end)
            or _ezafe_joint(doc, end)
        ):
            if _ezafe_joint(doc, end):
                joined += 4
                end += 4
            elif _article_joint(doc, end):
                joined += 2
                end += 2
            elif doc[end].text == "-" and _hyphen_tail(doc, end) and not _unknown_name_start(doc[end + 1]):
                end += 2  # "Gouna-Ba": the short tail joins the name
            elif doc[end].text == "-" or _particle_joint(doc, end):
                # "Ouro-Guire-Peul", "Complexo do Alemão": a hyphen or a particle lengthens the name
                # without a word of its own.
                joined += 1
                end += 1
            else:
                end += 1
        if compass and end == i + 1:
            i += 1
            continue
        if doc[end - 1].text == "-":
            end -= 1
        before = doc[i - 1].lower_ if i >= 1 else ""
        if before in _NEARNESS and i >= 2:
            before = doc[i - 2].lower_  # "in nearby Mushere"
        if _not_a_name_here(doc, i, end, settlement | units):
            i = end
            continue
        # "the village of X"; "Barangay X": a settlement noun written as the name's title.
        # "the villages of X and Y": a later name of the list is framed as the first is.
        settlement_of = (before == "of" and i >= 2 and (doc[i - 2].lower_ in settlement | units or (
            doc[i - 2].tag_ == "NNS" and doc[i - 2].lemma_.lower() in settlement | units) or (
            # "on the outskirts of Mir Ali", "the fringes of X": the land around a place, never a
            # person's or group's (the model may call the name a person).
            doc[i - 2].lower_ in words["side_nouns"] - words["side_nouns_of_anything"]))) or (
            i >= 1 and _settlement_title(doc, i - 1, settlement)) or _listed_after_places_of(doc, i) or (
            settlement_apposed(doc, i, end)) or (
            # "Kirkuk, X and Nineveh provinces": a list that a plural unit word closes.
            before in _LIST_JOINTS and _list_of_units_after(doc, end, units))
        # "Kabarwe village", "the Alishing District of Laghman Province"
        unit_after = end < len(doc) and (doc[end].lower_ in settlement | units | parts or _unit_phrase_at(
            doc, end)) and end not in taken
        # "the Zamzam displacement camp", "the Kalma IDP camp": a camp described by what it holds.
        unit_at = end if unit_after else _described_camp(doc, end, settlement | words["site_nouns"], taken)
        unit_after = unit_at is not None
        # "in a South Kordofan drone strike": a name before the act noun of an "in a" phrase.
        act_after = end < len(doc) and (_acronym(doc[end]) or doc[end].lower_ in ACT_NOUNS)
        # "an attack on Ungwan Rimi, Kaduna State": the object of an act noun is where it happened.
        act_on = before == "on" and i >= 2 and doc[i - 2].lower_ in ACT_NOUNS
        # "arrived at Dan Gulbi in Maru": a name after "at" with its container right after it.
        at_in = before == "at" and end < len(doc) and (doc[end].lower_ == "in" or (
            doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].lower_ == "in"))
        # "in Pakistan's Kurram Valley", "near Mexico's Sierra Tarahumara": a name a country or region
        # holds by its possessive, itself after "in", is placed as the name after "in" is.
        # (Not a name that qualifies a noun after it: "Russia's North Caucasus republic of Dagestan".)
        owned = before in ("'s", "’s") and (holder := _possessive_container(doc, i, mentions)) is not None and (
            holder.token_start >= 1 and doc[holder.token_start - 1].lower_ in ("in", "near", "outside")) and not (
            _qualifies_a_noun(doc, end))
        placed = before in ("in", "near", "outside") or act_on or at_in or owned or (
            (before == "the" or (before in ("a", "an") and act_after))
            and i >= 2 and doc[i - 2].lower_ in ("in", "near", "outside"))
        # "raided Gajiram in Borno State", "attacked Djibasso in Burkina Faso", "retook Adan Yabaal,
        # Somalia,": the object of an act verb, kept only with the container named right after it.
        act_object = i >= 1 and doc[i - 1].pos_ == "VERB" and doc[i - 1].lemma_.lower() in ACT_LEMMAS | PLACE_ACTS and (
            end < len(doc) and (doc[end].lower_ == "in" or (
                doc[end].text == "," and end + 1 < len(doc) and (
                    doc[end + 1].lower_ == "in" or doc[end + 1].text[:1].isupper()))
                or _relative_position_after(doc, end)))
        # "stormed Dogon Daji on Wednesday", "overran X after a battle": the object of an act done
        # only to places is a place with no container after it; resolution places it in the
        # report's country or region.
        bare_object = not act_object and i >= 1 and doc[i - 1].pos_ == "VERB" and (
            doc[i - 1].lemma_.lower() in _PLACES_ONLY) and not (end < len(doc) and doc[end].lower_ in ("'s", "’s"))
        act_object = act_object or bare_object
        # "near X", "a base in X", "an ambush in X": the model's person or organisation label on an
        # unknown village (or facility) does not outweigh these (the small model labels such names at random).
        near_site = before in ("near", "outside") or (before == "in" and i >= 2 and (
            doc[i - 2].lower_ in FACILITY_WORDS | ACT_NOUNS | settlement | words["site_nouns"]
            or doc[i - 2].lemma_.lower() in ACT_LEMMAS))
        # "killed 11 civilians in X", "shelled the market in X": "in" that the parse hangs on a verb of
        # killing or of an act done to places tells where it happened; the model's person or
        # organisation label on an unknown village does not outweigh it (nobody is killed "in" a person).
        # (The parse may hang "in" on the verb's object: "killed [11 civilians in X]".)
        act_in = before == "in" and i >= 1 and any(
            verb.pos_ == "VERB" and verb.lemma_.lower() in killing_lemmas() | ACT_LEMMAS
            for verb in (doc[i - 1].head, *((doc[i - 1].head.head,) if doc[i - 1].head.dep_ == "dobj" else ()))) and (
            # (Not a doer's name before the act noun: "killed in Hezbollah attacks", "in RSF shelling".)
            not _qualifies_a_noun(doc, end) and not names_a_listed_group(doc[i:end].text))
        # "Kurram district" keeps its unit word (it names the district); "the Tamou Kado area",
        # "Gwer East Local Government Area" name the place without it.
        name_end = end + 1 if unit_after and doc[end].lower_ in units else end
        if unit_after and _office_name(doc[i:name_end]):
            i = name_end
            continue
        if end == i + 1 and _faith_or_people_word(doc[i]) and (unit_after or (
                end < len(doc) and doc[end].lower_ in settlement | TOWN_PARTS)):
            i = end  # "in Druze village", "Plateau's Christian area": the place's faith, no name
            continue
        strict_free = settlement_of or unit_after
        # "Lakki Marwat: Gunmen shot dead ...": a round-up item's label is its place.
        # "took control of Alimbongo, about 20 kilometres south of Lubero": where a name lies by a town
        # says it is a place.
        strong = strict_free or _appositive_settlement(doc, end) or round_up_label(doc, i, end) or (
            _relative_position_after(doc, end))
        # "in Zangon Kataf, Kaduna state,", "recaptured Adan Yabaal, Somalia,": a name set off by commas
        # before a region of the gazetteer is placed in it, whatever label the model gives the name.
        # "near X in northern Mali", "in X in North Kivu province": so is a name placed by "in" and
        # followed at once by "in" and a known region or country.
        contained = end < len(doc) and (((placed or act_object) and doc[end].text == "," and _container_after(
            doc, end, mentions, settlement, strict=True) is not None) or (placed and doc[end].lower_ == "in" and (
                _container_after(doc, end, mentions, settlement, strict=False) is not None)))
        # (A landform a country or region holds by its possessive, "Pakistan's Swat Valley", is kept
        # at its holder: the report names no finer place.)
        if not (strong or placed or act_object) or _known_here(doc[i:end].text, strict_free, gazetteer) or (
                _not_a_settlement(doc[i:end]) and not (owned and _landform(doc[i:end]))) or (
                not strong and not contained and any(
                    t.ent_type_ in _NOT_PLACE_ENTITIES - ({"ORG", "FAC"} if near_site else set())
                    - _mislabelled_object(doc, i, end, mentions, act_object)
                    - (_MISLABELLED if at_in or act_in else frozenset())
                    - (_owned_labels(doc[i:end]) if owned else frozenset())
                    for t in doc[i:end])):
            # "in X" alone is weak: a person or organisation the model sees there is not a place.
            i = end
            continue
        unit_end = unit_at + (_unit_phrase_length(doc, unit_at) or 1) if unit_at is not None else name_end
        container = _container_after(doc, unit_end, mentions, settlement,
                                     strict=not (strict_free or near_site or act_object))
        if act_object and not (strong or placed or bare_object) and container is None:
            i = end
            continue
        # "Mogadishu's Hodan district": a part of a town held by the town before the possessive.
        # ("Khar, the main town of Bajaur district": a unit after "<settlement> of" holds the town
        # before it, so it is no part of that town.)
        part = unit_after and doc[end].lower_ in TOWN_PARTS and not settlement_of
        owner = _possessive_container(doc, i, mentions, part) if container is None else None
        container = container or owner or (_town_of_the_sentence(doc, i, mentions) if part else None) or (
            _town_before_part(doc, i, mentions))
        if container is None and settlement_of and (
                holder := _region_before_settlement(doc, i, mentions, settlement, units)) is not None:
            # "the Kaduna village of X": the state, not its capital of the same name ("the Tunis
            # suburb of X" is the town's).
            container = holder if doc[i - 2].lower_ in parts else _as_region(holder)
            mentions[mentions.index(holder)] = container
        hint = country_hint(doc, i, gazetteer) or (
            _country_of_the_sentence(doc, i, mentions) if container is None else frozenset())
        framed = strong or (placed and doc[i].pos_ == "PROPN") or bare_object
        if container is None and not hint and not framed:
            # Without a container, only a place frame ("a base in X", "the village of X", "X
            # district") keeps the name; resolution places it in the report's country.
            i = end
            continue
        span = doc[i:name_end]
        # A name the gazetteer lacks that begins with a compass word ("South Kordofan") is a
        # district or province far more often than a town: most specific first puts towns before it.
        added.append(PlaceMention(span_text(span), span.start_char, span.end_char, i, name_end, (), (),
                                  name_end > end or compass or _list_of_units_after(doc, end, units), False,
                                  False, hint=hint,
                                  container=container.start if container else None, possessive=owner is not None))
        i = name_end
    return sorted([*mentions, *added], key=lambda m: m.start)


def _as_region(mention: PlaceMention) -> PlaceMention:
    """The mention read as the region of its name when the gazetteer has one ("Kaduna" the state)."""
    if mention.region or mention.water is not None:
        return mention
    regions = tuple(p for p in mention.candidates if p.feature == "region")
    return dataclasses.replace(mention, region=True, regions=regions) if regions else mention


def _region_before_settlement(doc: Doc, i: int, mentions: list[PlaceMention], settlement: frozenset[str],
                              units: frozenset[str]) -> PlaceMention | None:
    """"the Plateau State village of X", "the Kassala state town of X", "the Kherson region village of
    X": the region (or country) named right before the settlement noun, a unit word between them
    allowed, holds the name after "of"."""
    at = i - 2  # the settlement noun before "of"
    if at < 1 or (doc[at].lower_ not in settlement and doc[at].lemma_.lower() not in settlement):
        return None
    before = at
    while before > 0 and doc[before - 1].lower_ in units:
        before -= 1
    # (The unit word may be the mention's own last word: "Plateau State".)
    return next((m for m in mentions if before <= m.token_end <= at and m.water is None
                 and m.role in ("place", "name") and (
                     m.region or any(p.feature in ("region", "country") for p in m.candidates))), None)


def _country_of_the_sentence(doc: Doc, i: int, mentions: list[PlaceMention]) -> frozenset[str]:
    """"In Somalia, fighters attacked a base near X": the one country a sentence names holds a name
    of it that the gazetteer lacks, whichever country the report names most; empty when the
    sentence names none or several."""
    sentence = doc[i].sent
    named = [m for m in mentions if sentence.start <= m.token_start < sentence.end and m.water is None
             and m.role == "place" and m.candidates[:1] and m.candidates[0].feature == "country"
             and not _across_a_border(doc, m)]
    fronted = [m for m in named if m.token_start == sentence.start + 1 and doc[sentence.start].lower_ == "in"]
    if fronted:
        # "In Niger, soldiers were killed near X, close to the border with Mali": the sentence's frame.
        return frozenset({fronted[0].candidates[0].country})
    codes = {m.candidates[0].country for m in named}
    return frozenset(codes) if len(codes) == 1 else frozenset()


_BORDER_NOUNS = frozenset({"border", "frontier", "borders", "frontiers"})


def _across_a_border(doc: Doc, mention: PlaceMention) -> bool:
    """"a village near the border with Niger", "close to the Niger frontier", "a village near
    Lebanon": the neighbour a border is shared with, not the country the place named before it
    lies in."""
    start, end = mention.token_start, mention.token_end
    before = [t.lower_ for t in doc[max(0, start - 3) : start]]
    if mention.candidates[:1] and mention.candidates[0].feature == "country" and (
            before[-1:] == ["near"] or before[-2:] == ["close", "to"]) and not (
            end < len(doc) and doc[end].lower_ in ("'s", "’s")):
        # "in a village near Lebanon": close to the country, so outside it ("near Syria's northern
        # border" is inside).
        return True
    after_border = end < len(doc) and doc[end].lower_ in _BORDER_NOUNS
    return after_border or (len(before) >= 2 and before[-1] == "with" and before[-2] in _BORDER_NOUNS) or (
        len(before) >= 3 and before[-1] == "the" and before[-2] == "with" and before[-3] in _BORDER_NOUNS)


def _town_of_the_sentence(doc: Doc, i: int, mentions: list[PlaceMention]) -> PlaceMention | None:
    """"In Khartoum, shells hit homes in the X neighbourhood": the one town a sentence names holds a part
    of a town it names with no container of its own ("In Taiz, Yemen's third city, ..."); None when
    the sentence names no town or several, or a region besides."""
    sentence = doc[i].sent
    inside = [m for m in mentions if sentence.start <= m.token_start < sentence.end and m.water is None
              and m.role == "place" and m.token_start != i and not any(p.feature == "country" for p in m.candidates)]
    towns = [m for m in inside if not m.region and any(p.feature == "city" for p in m.candidates)]
    return towns[0] if len(towns) == 1 and len(inside) == 1 else None


def _town_holding_part(doc: Doc, mention: PlaceMention, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The town after "the X suburb of", "the X quarter of", "the X neighbourhood in" that holds the
    part X names, or None (a region after the part word is left to the unit readings)."""
    end = mention.token_end
    if doc[end - 1].lower_ not in TOWN_PARTS:
        if end >= len(doc) or doc[end].lower_ not in TOWN_PARTS:
            return None
        end += 1
    if end >= len(doc) or doc[end].lower_ not in ("of", "in"):
        return None
    town = next((m for m in mentions if m.token_start == end + 1 and m.water is None and m.role == "place"), None)
    if town is None or town.region or town.unit or not any(p.feature == "city" for p in town.candidates) or (
            doc[town.token_end - 1].lower_ in frame_words()["unit_nouns"] | REGION_WORDS):
        return None  # "the Buleda area of Kech district": a unit holds it, whatever town it sounds like
    return town


def _town_before_part(doc: Doc, i: int, mentions: list[PlaceMention], part: PlaceMention | None = None
                      ) -> PlaceMention | None:
    """The town of "the <town> suburb of <name>" ("the Lagos suburb of Ikorodu", "the Kabul
    neighbourhood of X") that holds the part named from token ``i`` (``part``, when the gazetteer
    knows it); None for any other frame, and when the name after "of" is the larger town: "the
    Sabon Gari quarter of Kano" names the part first."""
    if i < 3 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in SUBURB_NOUNS:
        return None
    # The model may read the part noun into the town's name ("Kabul neighbourhood").
    town = next((m for m in mentions if m.token_end in (i - 2, i - 1) and m.token_start < i - 2
                 and m.water is None and not m.region and any(p.feature == "city" for p in m.candidates)), None)
    if town is None or (part is not None and _town_population(part) >= _town_population(town)):
        return None
    return town


def _town_population(mention: PlaceMention) -> int:
    return max((place.population or 0 for place in mention.candidates if place.feature == "city"), default=0)


def _known_here(name: str, unit_after: bool, gazetteer: Gazetteer) -> bool:
    """Whether an unknown-looking name is left to the gazetteer's reading: always, unless a unit or
    settlement noun frames it and the gazetteer knows it only by another spelling ("the Kalma refugee
    camp" is no American Calmar, which the gazetteer's reading would drop)."""
    if not gazetteer.has_name(normalize_name(name)):
        return False
    return not unit_after or any(same_name(place.name, name) for place in gazetteer.lookup(name))


def _described_camp(doc: Doc, end: int, nouns: frozenset[str], taken: set[int]) -> int | None:
    """The index of a settlement or site noun after one or two describing nouns ("displacement
    camp", "IDP camp", "displaced persons camp") right after an unknown name, or None.

    An all-capital name is a group's ("as ISWAP attacks base"), and an act noun describes no camp.
    """
    if end < 1 or doc[end - 1].is_upper:
        return None
    for index in range(end, min(end + 3, len(doc))):
        token = doc[index]
        if index in taken:
            return None
        if index > end and token.lower_ in nouns:
            return index
        if token.lower_ in ACT_NOUNS or token.lemma_.lower() in ACT_LEMMAS or not (
                (token.pos_ == "NOUN" and token.is_lower) or _acronym(token) or token.tag_ == "VBN"):
            return None
    return None


@lru_cache(maxsize=1)
def _unit_phrases() -> tuple[tuple[str, ...], ...]:
    """Nigeria's second-level unit written out or abbreviated after a name (place_frames.json
    unit_phrases), longest first."""
    return tuple(sorted((tuple(p.split()) for p in frame_words()["unit_phrases"]), key=len, reverse=True))


def _unit_phrase_length(doc: Doc, i: int) -> int:
    """The number of tokens of a unit phrase ("Local Government Area", "LGA") at token ``i``, or 0."""
    if i >= len(doc) or doc[i].lower_ not in _unit_phrase_starts():
        return 0
    return next((len(p) for p in _unit_phrases() if tuple(t.lower_ for t in doc[i : i + len(p)]) == p), 0)


@lru_cache(maxsize=1)
def _unit_phrase_starts() -> frozenset[str]:
    return frozenset(phrase[0] for phrase in _unit_phrases())


def _unit_phrase_at(doc: Doc, i: int) -> bool:
    return _unit_phrase_length(doc, i) > 0


def _acronym(token: Token) -> bool:
    """An all-capital abbreviation ("IED", "RSF"): after a name it is the act or a party, no part of
    a village's name."""
    return token.is_upper and token.is_alpha and len(token.text) <= 5


def _capital_phrases(doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer, skip: list[tuple[int, int]]
                     ) -> list[PlaceMention]:
    """"the Somali capital", "Sudan's capital", "the capital of Mali": the country's national
    capital (GeoNames' capital of the country), in place of the demonym or country mention."""
    found: list[PlaceMention] = []
    replaced: set[int] = set()
    for token in doc:
        if token.lower_ != "capital":
            continue
        i = token.i
        # "capital flows", "capital markets": money, not a city.
        money = i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN" and doc[i + 1].text.islower()
        if money or any(a <= token.idx < b for a, b in skip):
            continue
        code: str | None = None
        start = end = i
        before = doc[i - 1] if i >= 1 else None
        if before is not None and normalize_name(before.text) in demonyms() and before.text[:1].isupper():
            codes = demonyms()[normalize_name(before.text)]  # "the Somali capital"
            code = next(iter(codes)) if len(codes) == 1 else None
            start, end = i - 1, i + 1
        else:
            # "Sudan's capital" (the country before "'s"), "the capital of Mali" (after "of").
            possessive = before is not None and before.text in ("'s", "’s")
            of = not possessive and i + 2 < len(doc) and doc[i + 1].lower_ == "of"
            owner = next((m for m in mentions if (possessive and m.token_end == i - 1)
                          or (of and m.token_start == i + 2)), None)
            if owner is not None and of and owner.token_end < len(doc) and doc[owner.token_end].text in ("'s", "’s"):
                continue  # "the capital of Somalia's Bay region": the region's seat, named before it
            code = next((p.country for p in owner.candidates if p.feature == "country"), None) if owner else None
            if owner is not None:
                start, end = (owner.token_start, i + 1) if possessive else (i, owner.token_end)
            elif before is not None and before.lower_ == "the":
                # "Bujumbura: ... in the Ngagara quarter of the capital": the bare word names the
                # national capital the text named last before it.
                code = _last_capital_named(mentions, token.idx)
        capital = gazetteer.capital_of(code) if code else None
        if capital is None:
            continue
        if start >= 1 and doc[start - 1].lower_ == "the":
            start -= 1
        span = doc[start:end]
        replaced.update(m.start for m in mentions if start <= m.token_start < end)
        found.append(PlaceMention(span_text(span), span.start_char, span.end_char, start, end, (capital,), (), False,
                                  False, False, framed=True, phrase=True))
    if not found:
        return mentions
    return sorted([m for m in mentions if m.start not in replaced] + found, key=lambda m: m.start)


def _last_capital_named(mentions: list[PlaceMention], before: int) -> str | None:
    """The country of the last national capital named (by its own name) before character ``before``."""
    for mention in reversed([m for m in mentions if m.end <= before and m.role == "place"]):
        capitals = {p.country for p in mention.candidates if p.capital and same_name(p.name, mention.text)}
        if len(capitals) == 1:
            return capitals.pop()
    return None


# The largest town, as written, that a compass word before its name may only describe ("East
# Jerusalem", "West Mosul"): below it, "Eastern Samar" or "Upper Dir" is a name of its own.
_DESCRIBED_TOWN = 200_000


def _compass_named_town(doc: Doc, mention: PlaceMention, gazetteer: Gazetteer) -> PlaceMention:
    """"the Philippine province of Eastern Samar", "Upper Dir": a capitalised compass word before
    a smaller town's name begins a longer name the gazetteer lacks, which is kept whole and
    unresolved (placed by its frame, as any unknown name); the town of the shorter name, or a
    namesake abroad, is not meant. A large town's part ("East Jerusalem") stays the town."""
    start = mention.token_start
    if mention.region or mention.water is not None or start == 0 or not mention.candidates or (
            not _compass_name_word(doc, start - 1)):
        return mention
    base = mention.text
    if any(p.feature == "country" or (p.feature == "region" and same_name(p.name, base)) for p in mention.candidates):
        return mention  # "Northern Ukraine", "Southern Darfur": a direction in a country or region
    end = mention.token_end
    if end < len(doc) and doc[end].lower_ in frame_words()["unit_nouns"]:
        return mention  # "the South Gondar zone of Amhara": the unit, read with its container later
    if max((p.population for p in mention.candidates if same_name(p.name, base)), default=0) >= _DESCRIBED_TOWN:
        return mention
    whole = doc[start - 1 : mention.token_end]
    places = tuple(gazetteer.lookup(whole.text))
    return dataclasses.replace(mention, text=whole.text, start=whole.start_char, token_start=start - 1,
                               candidates=places, regions=tuple(p for p in places if p.feature == "region"),
                               hint=mention.hint or country_hint(doc, start - 1, gazetteer))


# The lower-case particles of Romance place names ("Agusan del Sur", "Rio Grande do Norte",
# "Cabo de Santo Agostinho", "Reggio di Calabria", "Villa de los Santos").
_NAME_PARTICLES = frozenset({"del", "de", "do", "da", "dos", "das", "di", "des", "du", "la", "los", "las"})


def _particle_tail(doc: Doc, end: int) -> int:
    """The end of a name that goes on past particles and capitalised words after ``end`` ("del
    Norte"), or ``end`` when none follows."""
    at = end
    while at + 1 < len(doc) and doc[at].lower_ in _NAME_PARTICLES and doc[at].is_lower:
        following = at + 1
        while following < len(doc) and doc[following].lower_ in _NAME_PARTICLES and doc[following].is_lower:
            following += 1
        if following >= len(doc) or not (doc[following].is_alpha and doc[following].text[:1].isupper()):
            break
        at = following + 1
        while at < len(doc) and doc[at].is_alpha and doc[at].text[:1].isupper():
            at += 1
    return at


def _compass_name_word(doc: Doc, i: int) -> bool:
    """A capitalised compass word that begins a name ("West Darfur", "Upper Nile"), not a
    sentence's first word (where any word is capitalised)."""
    token = doc[i]
    return (token.lower_ in DIRECTIONS and token.text[:1].isupper() and not token.is_sent_start
            and i + 1 < len(doc) and _unknown_name_start(doc[i + 1]))


# The Persian and Urdu joint of a compound name ("Dasht-e-Barchi", "Pul-e-Khumri", "Dera-i-Ismail").
_EZAFE = frozenset({"e", "i", "ye"})


def _ezafe_joint(doc: Doc, hyphen: int) -> bool:
    """"-e-" written tight inside a name: the name goes on past it ("Dasht-e-Barchi")."""
    return (hyphen + 3 < len(doc) and doc[hyphen].text == "-" and doc[hyphen + 1].lower_ in _EZAFE
            and doc[hyphen + 2].text == "-" and doc[hyphen + 3].text[:1].isupper()
            and not any(doc[k].whitespace_ for k in range(hyphen - 1, hyphen + 3)))


def _article_joint(doc: Doc, i: int) -> bool:
    """"al-" inside an Arabic name the gazetteer lacks ("Tell al-Hawa"): the name goes on."""
    return (doc[i].lower_ in ARTICLES and i + 2 < len(doc) and doc[i + 1].text == "-"
            and _unknown_name_start(doc[i + 2]))


def _town_named_unit(doc: Doc, mention: PlaceMention, mentions: list[PlaceMention]) -> PlaceMention:
    """"Kalehe territory" where the gazetteer knows the town Kalehe: the unit, a region-level place
    at the town (resolution keeps the town's point and region)."""
    end = mention.token_end
    if (mention.region or mention.water is not None or mention.container is not None
            or not any(p.feature == "city" for p in mention.candidates)):
        return mention
    units = frame_words()["town_unit_nouns"]
    if end - mention.token_start > 1 and doc[end - 1].lower_ in units:
        end -= 1  # the span already holds the unit word ("Kohat district")
    elif end >= len(doc) or doc[end].lower_ not in units or any(m.token_start == end for m in mentions):
        return mention
    span = doc[mention.token_start : end + 1]
    towns = tuple(p for p in mention.candidates if p.feature == "city")
    return dataclasses.replace(mention, text=span_text(span), end=span.end_char, token_end=end + 1, candidates=towns,
                               framed=True, unit=True)


def _compass_named_unit(doc: Doc, mention: PlaceMention, mentions: list[PlaceMention], settlement: frozenset[str],
                        units: frozenset[str]) -> PlaceMention:
    """"the South Gondar zone of Amhara": a known name with a compass word before it and a unit
    noun after it names that unit, not the town; it is kept by its name at its container."""
    start, end = mention.token_start, mention.token_end
    if (mention.region or mention.water is not None or start < 1 or end >= len(doc)
            or not _compass_name_word(doc, start - 1) or doc[end].lower_ not in units):
        return mention
    container = (_container_after(doc, end + 1, mentions, settlement, strict=False)
                 or _possessive_container(doc, start - 1, mentions))
    if container is None:
        return mention
    span = doc[start - 1 : end + 1]
    return PlaceMention(span_text(span), span.start_char, span.end_char, start - 1, end + 1, (), (), True, False, False,
                        container=container.start, possessive=container.token_end < start)


def _office_name(span: Span) -> bool:
    """"Punjab's Counter Terrorism Department", "the Home Department": a name the model labels an
    organisation whose words are all common English words (the lemmatizer's, WordNet's index) is
    an office, though its last word is a unit word; a place's name has a word of its own
    ("Kurram district")."""
    return any(t.ent_type_ == "ORG" for t in span) and all(
        t.is_punct or t.lower_ in common_words() or t.lemma_.lower() in common_words() for t in span)


def _not_a_settlement(span: Span) -> bool:
    """A continent, macro-region or seat of power ("in Europe", "in the Sahel"), or a landform
    ("Danube Delta"): no place to keep by its name."""
    return normalize_name(span_text(span)) in frame_words()["not_places"] or span[-1].lower_ in FEATURE_WORDS


def _owned_labels(span: Span) -> frozenset[str]:
    """The model's labels not held against a name a place holds by its possessive: a person's, and an
    organisation's or product's when no word of the name is an English word ("Idlib's Sarmada", but
    not "Nigeria's Senate")."""
    if any(t.lower_ in common_words() for t in span):
        return frozenset({"PERSON"})
    return frozenset({"PERSON", "ORG", "PRODUCT", "FAC"})


def _landform(span: Span) -> bool:
    """A name whose last word is a kind of landform ("Swat Valley", "Nuba Mountains")."""
    return normalize_name(span_text(span)) not in frame_words()["not_places"] and span[-1].lower_ in FEATURE_WORDS


_NOT_PLACE_ENTITIES = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC"})


def _settlement_title(doc: Doc, i: int, settlement: frozenset[str]) -> bool:
    """"Barangay Tapian", "Kebele Harawa": a settlement noun written capitalised before a name, as
    its title; the name after it is the settlement."""
    return (doc[i].lower_ in settlement and doc[i].text[:1].isupper() and i + 1 < len(doc)
            and _unknown_name_start(doc[i + 1], labelled=True))


def _unknown_name_start(token: Token, labelled: bool = False) -> bool:
    """A word that may be (part of) a place name the gazetteer lacks: capitalised, not a date or a demonym.

    The small model calls unknown villages persons or organisations ("Kabarwe"), so those labels
    only count against a name in the weak frame "in X"; ``labelled``: its NORP label is not held
    against it either."""
    excluded = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY") + (() if labelled else ("NORP",))
    # "in Mahaday, north of Jowhar": the small model also calls unknown names dates; a date's own
    # words are English words (months, weekdays, "Ramadan": WordNet), a village's are not.
    mislabelled_date = token.ent_type_ in ("DATE", "TIME") and token.lower_ not in common_words()
    return (token.text[:1].isupper() and token.is_alpha and len(token.text) >= 3 and not token.is_sent_start
            and token.lower_ not in _SKIP_WORDS and token.lower_ not in DIRECTIONS
            and normalize_name(token.text) not in demonyms()
            and (token.ent_type_ not in excluded or mislabelled_date))


def _particle_joint(doc: Doc, end: int) -> bool:
    """"Complexo do Alemão", "Cidade de Deus": a lower-case name particle between two capitalised
    words of a name the gazetteer lacks."""
    return doc[end].lower_ in _NAME_PARTICLES and doc[end].is_lower and end + 1 < len(doc) and (
        doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper() and not doc[end + 1].is_sent_start)


def _compass_tail(doc: Doc, end: int, units: frozenset[str]) -> bool:
    """"Gwer West Local Government Area", "Jos North LGA", "Ado East district": a capitalised compass
    word that ends a unit's name, right before its unit word."""
    return doc[end].text in ("North", "South", "East", "West", "Central") and end + 1 < len(doc) and (
        doc[end + 1].lower_ in units or _unit_phrase_at(doc, end + 1))


def _short_name_part(token: Token) -> bool:
    """A two-letter syllable inside a name ("Lin Ta Lu", "Nam Ka Dung"): written in title case and
    no English function word (spaCy's stop words: "in", "on", "of")."""
    text = token.text
    return len(text) == 2 and text.isalpha() and text[0].isupper() and text[1].islower() and (
        text.lower() not in STOP_WORDS) and token.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")


def _name_word_after_syllables(doc: Doc, i: int, taken: set[int]) -> bool:
    """Whether a name word of three letters or more follows from token ``i`` on, after any more
    two-letter syllables ("Pa Zi Gyi")."""
    while i < len(doc) and i not in taken and _short_name_part(doc[i]):
        i += 1
    return i < len(doc) and i not in taken and _unknown_name_start(doc[i])


def _possessive_container(doc: Doc, start: int, mentions: list[PlaceMention], part: bool = False
                          ) -> PlaceMention | None:
    """"Zamfara state's X district", "Sagaing region's X township": the region before the possessive;
    ``part``: the name is a part of a town ("Mogadishu's Hodan district"), so a town holds it too."""
    if start < 2 or doc[start - 1].text not in ("'s", "’s"):
        return None
    if part and start >= 3 and doc[start - 2].lower_ in ("city", "town") and doc[start - 3].lower_ == "the":
        # "the city's Tierra Blanca neighbourhood": the part of the town the text named last before it.
        return next((m for m in reversed(mentions) if m.token_end <= start - 3 and m.water is None
                     and m.role == "place" and not m.region and any(p.feature == "city" for p in m.candidates)),
                    None)
    features = ("region", "country", "city") if part else ("region", "country")
    return next((m for m in mentions if m.token_end == start - 1 and m.water is None and m.role == "place"
                 and (m.region or any(p.feature in features for p in m.candidates))), None)


def _container_after(doc: Doc, end: int, mentions: list[PlaceMention], settlement: frozenset[str], *,
                     strict: bool) -> PlaceMention | None:
    """The known place right after a name that contains it: ", a village in [the] Y", "in Y", ", Y".

    ``strict`` (the name had only "in" before it): the place must follow a comma.
    """
    following = next((m for m in mentions if m.token_start >= end and m.water is None and m.role == "place"), None)
    if following is None or following.token_start - end > 10:
        return None
    between = doc[end : following.token_start]
    if any(token.text in (".", "!", "?") or "\n" in token.text for token in between):
        return None  # "near X, a local official said.\n\nIn Cameroon, ...": the next sentence's place
    allowed = settlement | frame_words()["part_nouns"] | {
        ",", "a", "an", "the", "in", "of", "near", "northern", "southern", "eastern", "western", "central", "north",
        "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "restive",
        # ", about 30 km south of Zaria": a distance to the town it lies by.
        "about", "some", "around", "roughly", "nearly", "outside", "from",
        # "X commune on the edge of Goma", "X locality on the outskirts of Y": a part of the town.
        "on", "at"} | DISTANCE_UNITS | frame_words()["side_nouns"]
    # "a remote locality in", "a forested area of": describing adjectives (or participles) are no obstacle,
    # and in a description set off by commas that says what the name is ("X, a farming locality in
    # Y", "X, a mainly Christian village in Y") any words are.
    described = len(between) >= 3 and between[0].text == "," and between[1].lower_ in ("a", "an", "the") and any(
        token.lower_ in _description_nouns() for token in between) and any(
        token.lower_ in ("in", "of", "from") for token in between[-3:])
    if len(between) > 7 and not described:
        return None  # only a description set off by commas ("X, a market village about 12 km from Y") is long
    if not described and any(token.lower_ not in allowed and token.pos_ != "ADJ" and token.tag_ != "VBN"
                             and not token.like_num for token in between):
        return None
    after = following.token_end
    inner = next((m for m in mentions if m.token_start == after + 1 and m.water is None and m.role == "place"), None)
    if inner is not None and doc[after].lower_ in ("'s", "’s"):
        # "X, a village in Somalia's Bari region": the region the country's possessive names.
        following = inner
    if strict and (not between or between[0].text != ","):
        return None
    if not between:
        return None
    return following


# ", east of Khan Younis", ", about 30 km south of Zaria", ", near Gusau": where a name lies, told by
# a town it lies by.
# ", about 20 km south of X", ", east of X", ", near X", ", some 10 miles from X" ("from" only after a distance).
_RELATIVE_POSITION = re.compile(
    r",\s+(?:(?:about|some|around|roughly|nearly|just)\s+)?(?:\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|miles)\s+"
    r"(?:from|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
    r"near|outside|close\s+to)\s+(?:the\s+\w+\s+of\s+)?[A-Z]")


def _relative_position_after(doc: Doc, end: int) -> bool:
    """Whether a name is followed by where it lies by a town (", east of Khan Younis")."""
    return end < len(doc) and doc[end].text == "," and bool(
        _RELATIVE_POSITION.match(doc_text(doc)[doc[end].idx : doc[end].idx + 80]))


def _accept_coordinated(doc: Doc, found: list[tuple[PlaceMention, bool]]) -> list[PlaceMention]:
    """A doubtful name listed with accepted places ("Dnipro, Kharkiv and Kiev") is a place too."""
    accepted = [ok for _, ok in found]
    changed = True
    while changed:
        changed = False
        for index, (mention, _) in enumerate(found):
            if accepted[index] or not _plausible_in_list(doc, mention):
                continue
            for neighbour in (index - 1, index + 1):
                if 0 <= neighbour < len(found) and accepted[neighbour]:
                    if found[neighbour][0].country_only and _party_named(doc, mention):
                        continue  # "talks between Israel and Hamas": parties, not a list of places
                    left, right = sorted((mention, found[neighbour][0]), key=lambda m: m.start)
                    if _coordinated(doc, left, right):
                        accepted[index] = changed = True
                        break
    return [mention for (mention, _), ok in zip(found, accepted, strict=True) if ok]


def _party_named(doc: Doc, mention: PlaceMention) -> bool:
    """A name the model calls an organisation or a person whose gazetteer readings are all towns:
    beside a country ("Israel and Hamas", "Russia and Wagner") it names a party, not a place."""
    span = doc[mention.token_start : mention.token_end]
    return bool(mention.candidates) and all(place.feature == "city" for place in mention.candidates) and any(
        token.ent_type_ in ("ORG", "PERSON") for token in span)


def _plausible_in_list(doc: Doc, mention: PlaceMention) -> bool:
    span = doc[mention.token_start : mention.token_end]
    # "Mir Ali, North Waziristan": the tail of a longer name the gazetteer lacks is no list item.
    return all(token.pos_ in ("PROPN", "NOUN", "ADJ") or not token.is_alpha for token in span) and not (
        mention.candidates and _inside_longer_name(doc, mention.token_start, mention.token_end))


_COMPASS_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central"})


# Title words that open some towns' own names ("General Santos", "President Roxas"), not only
# persons' titles; as a name's start they need the whole name in the gazetteer.
_TITLE_STARTS = frozenset({"general", "president", "governor", "saint", "st"})


def _titled_town(doc: Doc, i: int, gazetteer: Gazetteer) -> bool:
    """Whether a capitalised title word at ``i`` opens a town's own name that the gazetteer has whole
    ("General Santos City"), not a person's title ("President Santos")."""
    token = doc[i]
    if token.lower_ not in _TITLE_STARTS or not token.text[:1].isupper() or i + 1 >= len(doc):
        return False
    match = _longest_match(doc, i, gazetteer)
    if match is None or match[0] - i < 2:
        return False
    written = doc[i : match[0]].text
    return any(p.feature == "city" and (same_name(p.name, written) or same_name(f"{p.name} City", written))
               for p in match[1])


# How many words a listed group's name may have around a place name inside it ("Islamic State
# West Africa Province").
_GROUP_NAME_REACH = 4


def _listed_group_holding(doc: Doc, start: int, end: int) -> int | None:
    """The end of an armed group's name that holds the name at ``start:end``: a UCDP-listed name
    before it with only capitalised words between, the name going on in capitalised words ("Islamic
    State Sahel Province", "Islamic State West Africa Province": a listed group's branch), or None."""
    for first in range(max(0, start - _GROUP_NAME_REACH), start):
        # The group's words run into the place's ("claimed by the Taliban. Kabul police said" does not).
        if not doc[first].text[:1].isupper() or not all(t.is_alpha or t.text == "-" for t in doc[first:start]):
            continue
        for last in range(start, first, -1):
            if names_a_listed_group(doc[first:last].text) and all(
                    token.text[:1].isupper() for token in doc[last:start]):
                group_end = end
                while group_end < len(doc) and doc[group_end].text[:1].isupper() and doc[group_end].is_alpha:
                    group_end += 1
                return group_end
    return None


def _speakers_country(doc: Doc, end: int) -> bool:
    """Whether the name ending at token ``end`` is the possessor of a speaker: "Russia's TASS news
    agency reported", "according to Ukraine's air force" (the possessed noun is the subject of a
    verb of saying, or the object of "according to")."""
    if end >= len(doc) or doc[end].text not in ("'s", "’s") or doc[end - 1].dep_ != "poss":
        return False
    possessed = doc[end - 1].head
    if possessed.dep_ in ("nsubj", "nsubjpass") and possessed.head.lemma_.lower() in speech_lemmas():
        return True
    preposition = possessed.head
    return possessed.dep_ == "pobj" and preposition.lower_ == "to" and preposition.i >= 1 and (
        doc[preposition.i - 1].lower_ == "according")


def _can_start(token: Token) -> bool:
    text = token.text
    if token.lower_ in ARTICLES and token.i + 1 < len(token.doc) and token.nbor().text == "-":
        return True  # "al-Fashir"
    # "DR Congo": the upper-case DR is the country's, not a doctor's title ("Dr", "Dr.").
    return bool(text) and text[0].isupper() and text[0].isalpha() and (token.lower_ not in _SKIP_WORDS or text == "DR")


_APOSTROPHE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)+")


def _longest_match(doc: Doc, start: int, gazetteer: Gazetteer) -> tuple[int, tuple[Place, ...]] | None:
    # The longest run of tokens that may stand in a name, read once (this runs for every
    # capitalised token of every report): a length past it can never match.
    tokens = []
    for token in doc[start : min(len(doc), start + MAX_WORDS)]:
        # "Ma'rib", "Sana'a", "Ba'qubah": an ayn written as an apostrophe inside one word.
        worded = token.is_alpha or bool(_APOSTROPHE_WORD.fullmatch(token.text))
        if not (worded or token.text in ("-", "'", "’") or _ABBREVIATION.fullmatch(token.text)) or (
                worded and token.is_lower and token.lower_ not in NAME_CONNECTORS):
            break
        tokens.append(token)
    text = doc_text(doc)
    for length in range(len(tokens), 0, -1):
        last = tokens[length - 1]
        if length > 1 and not last.text[0].isupper():
            continue
        written = text[tokens[0].idx : last.idx + len(last.text)]
        if "\n" in written:
            continue
        name = normalize_name(written)
        if len(name) >= 3 and gazetteer.has_name(name):
            candidates = tuple(gazetteer.lookup(written))
            if candidates:
                return start + length, candidates
    return None


def _make_mention(doc: Doc, start: int, end: int, candidates: tuple[Place, ...], gazetteer: Gazetteer
                  ) -> tuple[PlaceMention, bool]:
    """The mention and whether its context makes it a place on its own."""
    span = doc[start:end]
    following = doc[end] if end < len(doc) else None
    if span[-1].lower_ in REGION_WORDS and len(span) > 1:
        # The gazetteer knows "Belgorod Oblast" as one name.
        start_region = [p for p in candidates if p.feature == "region"]
        prefix = doc_text(doc)[max(0, span.start_char - 60) : span.start_char]
        # "Islamic State West Africa Province": the tail of a longer proper name is no region.
        return PlaceMention(span_text(span), span.start_char, span.end_char, start, end, candidates,
                            tuple(start_region), True, bool(NEAR_CUES.search(prefix)), False), not _inside_longer_name(
                                doc, start, end)
    region = following is not None and following.lower_ in REGION_WORDS
    # "Caqueta department", "Lamu county": a unit word after a name the gazetteer has as a region.
    unit_region = following is not None and following.lower_ in UNIT_REGION_WORDS and any(
        p.feature == "region" for p in candidates)
    region = region or unit_region
    if _PEOPLES_REPUBLIC.match(doc_text(doc)[span.end_char :]) and not any(p.feature == "country" for p in candidates):
        # "Donetsk People's Republic": the region the self-proclaimed entity claims.
        claimed = tuple(p for p in gazetteer.lookup(f"{span_text(span)} region") if p.feature == "region")
        end_char = span.end_char + _PEOPLES_REPUBLIC.match(doc_text(doc)[span.end_char :]).end()  # type: ignore[union-attr]
        last = next((t.i for t in doc[end:] if t.idx + len(t.text) >= end_char), len(doc) - 1)
        return PlaceMention(doc_text(doc)[span.start_char : end_char], span.start_char, end_char, start, last + 1,
                            candidates, claimed, True, False, False), bool(claimed)
    part = following is not None and following.lower_ in PART_WORDS
    token_end = end + 1 if region or part else end
    regions: tuple[Place, ...] = ()
    if region:
        regions = tuple(p for p in gazetteer.lookup(doc[start : end + 1].text) if p.feature == "region")
        regions = regions or tuple(p for p in candidates if p.feature == "region")
        regions = _without_respelt_regions(span_text(span), regions, candidates, gazetteer)
    prefix = doc_text(doc)[max(0, span.start_char - 60) : span.start_char]
    mention = PlaceMention(
        doc[start:token_end].text, span.start_char, doc[token_end - 1].idx + len(doc[token_end - 1]),
        start, token_end, candidates, regions, region, bool(NEAR_CUES.search(prefix)),
        all(place.feature == "country" for place in candidates),
    )
    # "Kech district", "the Wana area", "Sagaing region's Kani township": a unit word after the name or
    # a region's possessive before it says place as strongly as "in".
    framed = part or _after_region_possessive(doc, start) or _inside_named_container(
        doc, end, candidates, gazetteer) or _after_placed_possessive(doc, start, end, gazetteer)
    return mention, _accepted(doc, span, start, end, region or framed, candidates, gazetteer)


def _without_respelt_regions(written: str, regions: tuple[Place, ...], candidates: tuple[Place, ...],
                             gazetteer: Gazetteer) -> tuple[Place, ...]:
    """The regions a name before a unit word ("X province") names, by how closely each is written so.

    A region of the very spelling comes first ("Bari region" is Somalia's Bari before Apulia, which
    holds a town Bari). Failing one, a town of that name whose own first-level region is written
    alike is the seat the province is named after ("Saada province" is Yemen's Şa‘dah, not Mayotte's
    Sada, which only a looser transliteration matches; "Hajja province" is Ḩajjah). Failing that,
    "Soum province" is Burkina Faso's second-level unit of that very spelling, not Ukraine's Sumy
    Oblast: the regions are dropped (the unit is read later) when GeoNames has a second-level unit
    spelt as written and no region is."""
    base = normalize_name(written)
    exact = tuple(p for p in regions if base == normalize_name(p.name) or base in stem_candidates(p.name))
    if exact:
        return exact + tuple(p for p in regions if p not in exact)
    seats = [p for p in candidates if p.feature == "city" and p.admin1 and written_alike(p.admin1, written)]
    named_after = tuple(dict.fromkeys(
        region for seat in seats for region in gazetteer.lookup(seat.admin1 or "")
        if region.feature == "region" and region.country == seat.country and region.admin1 == seat.admin1))
    if named_after:
        return named_after
    if regions and any(normalize_name(unit.name) == base for unit in gazetteer.districts(written)):
        return ()
    return regions


def _inside_named_container(doc: Doc, end: int, candidates: tuple[Place, ...], gazetteer: Gazetteer) -> bool:
    """"raided Gajiram in Borno State", "Djugu, Ituri": a town of the gazetteer that lies in the
    region or country named right after it is that town, whatever label the model gave the name."""
    i = end
    if i < len(doc) and doc[i].lower_ in (",", "in"):
        i += 1
    else:
        return False
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i < len(doc) and doc[i].lower_ in _COMPASS_ADJECTIVES:
        i += 1  # "attacked Tin-Akoff in northern Burkina Faso"
    towns = [p for p in candidates if p.feature == "city"]
    if not towns:
        return False
    for length in (3, 2, 1):
        words = doc[i : i + length]
        if len(words) < length or not words[0].text[:1].isupper():
            continue
        for container in gazetteer.lookup(words.text):
            if container.feature == "region" and any(
                    t.country == container.country and t.admin1 == container.admin1 for t in towns):
                return True
            if container.feature == "country" and any(t.country == container.country for t in towns):
                return True
    return False


def _countrys_own_region(doc: Doc, start: int, candidates: tuple[Place, ...], gazetteer: Gazetteer) -> bool:
    """"Burkina Faso's Sahel region": a name that is otherwise a macro-region or a word, written as a
    region of the country whose possessive comes right before it."""
    if start < 2 or doc[start - 1].text not in ("'s", "’s"):
        return False
    before = doc_text(doc)[max(0, doc[start - 1].idx - 40) : doc[start - 1].idx].lower()
    for place in candidates:
        country = gazetteer.country(place.country) if place.feature == "region" else None
        if country is not None and before.endswith(country.name.lower()):
            return True
    return False


def _hyphenated_name_goes_on(doc: Doc, end: int, gazetteer: Gazetteer) -> bool:
    """A hyphen written tight after the name and before a capitalised word the gazetteer does not
    know ("Pont-Cassé", "Boulel-Peulh"); two known places joined by one ("the Gaza-Israel border")
    are each a place, and so are "the Chaman-Spin Boldak crossing" and the like."""
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return False
    if _ezafe_joint(doc, end):
        return True  # "Dasht-e-Barchi": the gazetteer's "Dasht" is only its head
    after = doc[end + 1]
    if not (after.is_alpha and after.text[:1].isupper()):
        return False
    # "Ouro-Guire-Peul": a name followed by two more parts tied by hyphens is the head of one name,
    # whatever parts the gazetteer knows ("Guiré" is a town in Ivory Coast); two known places tied
    # by one hyphen are two places.
    return _longest_match(doc, end + 1, gazetteer) is None or _hyphen_joined_parts(doc, end) >= 2


def _hyphen_joined_parts(doc: Doc, end: int) -> int:
    """How many capitalised words follow ``end`` each after a hyphen written tight ("-Guire-Peul": 2)."""
    count = 0
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and (
            not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper()):
        count += 1
        end += 2
    return count


# Nouns of a way between two towns named by its ends ("the Gao-Ansongo road"): WordNet road.n.01
# and its kin in wire copy.
_ROAD_NOUNS = frozenset({"road", "highway", "route", "axis", "motorway", "expressway", "corridor"})


def _road_end(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the name is one end of a road named by its two towns joined by a hyphen ("the
    Gao-Ansongo road", "the Maiduguri-Damboa highway"): ACLED places an incident on such a road at
    a town it runs between."""
    # (A hyphen or an en dash: "the Tyre–Naqoura road".)
    if end + 1 < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        other = _longest_match(doc, end + 1, gazetteer)
        return other is not None and other[0] < len(doc) and doc[other[0]].lower_ in _ROAD_NOUNS
    if end < len(doc) and doc[end].lower_ in _ROAD_NOUNS and start >= 2 and doc[start - 1].text in ("-", "–") and not (
            doc[start - 1].whitespace_ or doc[start - 2].whitespace_):
        return any((match := _longest_match(doc, head, gazetteer)) is not None and match[0] == start - 1
                   for head in range(max(0, start - 4), start - 1))
    return False


def _faith_or_people_word(token: Token) -> bool:
    """"Christian", "Druze", "Fulani": a word that names a member of a faith or people (WordNet
    noun.person), so a description of a village ("in Christian village"), never its name ("Kipese
    village", which the small model may label a people too, names no person)."""
    return is_person_noun(token.lower_)


def _tail_of_an_unknown_name(doc: Doc, start: int, gazetteer: Gazetteer) -> bool:
    """A capitalised word written tight after a hyphen whose head is a capitalised word the gazetteer
    does not know ("Tinzawatene-Kal", "Bourzanga-Hama"): the tail of one name.  Two known places
    joined by a hyphen ("the Gao-Ansongo road", "the Gaza-Israel border") are each a place, and an
    article before the hyphen opens the name ("Al-Bab")."""
    if start < 2 or doc[start - 1].text != "-" or doc[start - 1].whitespace_ or doc[start - 2].whitespace_:
        return False
    head = doc[start - 2]
    return head.is_alpha and head.text[:1].isupper() and head.lower_ not in ARTICLES and (
        _longest_match(doc, start - 2, gazetteer) is None)


def _after_region_possessive(doc: Doc, start: int) -> bool:
    """"Zamfara state's X", "Sagaing region's X": the name after a region word's possessive."""
    return start >= 2 and doc[start - 1].text in ("'s", "’s") and doc[start - 2].lower_ in (
        REGION_WORDS | UNIT_REGION_WORDS | {"district", "division"})


def _after_placed_possessive(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """"in Sudan's Nuba Mountains", "near Nigeria's Sambisa Forest": a name a country or region
    holds by its possessive, the holder itself after "in", "near" or "outside", when the name ends
    its noun phrase (not "Russia's North Caucasus republic")."""
    if start < 3 or doc[start - 1].text not in ("'s", "’s") or _qualifies_a_noun(doc, end):
        return False
    first = start - 2
    while first > 0 and start - 2 - first < 2 and doc[first - 1].text[:1].isupper() and doc[first - 1].is_alpha:
        first -= 1
    # ("struck Zaporizhzhia's Orikhiv": the holder as the object of an act verb frames it as "in" does.)
    if first < 1 or not (doc[first - 1].lower_ in ("in", "near", "outside") or (
            doc[first - 1].pos_ == "VERB" and doc[first - 1].lemma_.lower() in ACT_LEMMAS | PLACE_ACTS)):
        return False
    holder = doc[first : start - 1].text
    return any(p.feature in ("country", "region") for p in gazetteer.lookup(holder)) or bool(
        gazetteer.districts(holder))


def _qualifies_a_noun(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` qualifies a noun after it ("Russia's North
    Caucasus republic"); a settlement or unit word after it is the name's own ("Parachinar town")."""
    if end >= len(doc) or doc[end].pos_ not in ("NOUN", "PROPN"):
        return False
    words = frame_words()
    return doc[end].lower_ not in words["settlement_nouns"] | words["unit_nouns"]


def _accepted(doc: Doc, span: Span, start: int, end: int, region: bool, candidates: tuple[Place, ...],
              gazetteer: Gazetteer) -> bool:
    """Whether a gazetteer phrase is a place here: first the reasons it is not, then the evidence it is."""
    is_country = any(place.feature == "country" for place in candidates)
    written = span_text(span)
    if written.lower() in NOT_TOWNS and not (region and _countrys_own_region(doc, start, candidates, gazetteer)):
        return False
    if _names_a_feature(doc, start, end) or _inside_longer_name(doc, start, end):
        return False
    if _nickname(doc, start, end) or _given_name_before_nickname(doc, end):
        return False  # 'Joaquín "El Chapo" Guzmán': a person's name with a nickname in quotes
    described = frame_words()["settlement_nouns"] | TOWN_PARTS
    noun = doc[end] if len(span) == 1 and end < len(doc) else span[1] if len(span) == 2 else None
    if _faith_or_people_word(span[0]) and noun is not None and (
            noun.lower_ in described or noun.lemma_.lower() in described):
        # "kill 21 in Christian village": the village's faith, not Christian County; "the Christian
        # area" is no alternate name of a town.
        return False
    if any(p.feature == "city" for p in candidates) and _road_end(doc, start, end, gazetteer):
        return True  # "on the Maiduguri-Damboa highway": both towns, whatever label the model gives them
    if _hyphenated_name_goes_on(doc, end, gazetteer):
        return False  # "Pont-Cassé": the gazetteer's "Pont" is only the head of a name it lacks
    if span_text(span).isupper() and len(span_text(span)) <= 4 and not is_country:
        return False  # "ABS", "JAM": acronyms, not towns
    if len(span) == 1 and normalize_name(span_text(span)) in demonyms() and not is_country and end < len(doc) and (
            doc[end].is_alpha):
        return False  # "the Malian army", "Sudanese troops": a people's adjective, not Malyan or Sudanese town
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ not in ARTICLES:
        return False  # the tail of a hyphenated name
    labels = {token.ent_type_ for token in span}
    labelled = bool(labels & {"GPE", "LOC"})
    # A populated town spelt as news spells it ("Qabatiya" for Qabāţīyah) is written as its own name;
    # a hamlet of no recorded people is only by its own spelling (a Yemeni "Aţ Ţawīlah" is no "Tawila").
    as_written = [p.population for p in candidates if same_name(p.name, span_text(span)) or (
        p.population > 0 and written_alike(p.name, span_text(span)))]
    largest_as_written = max(as_written, default=0)
    largest = max((p.population for p in candidates), default=0)
    strong = region or _place_context(doc, start, strong_only=True) or _appositive_settlement(doc, end) or (
        settlement_apposed(doc, start, end))
    weak = _place_context(doc, start)
    # "Jolo Cathedral", "London Bridge" name the town; "Freedom Plaza" does not name a village.
    facility = _facility_follows(doc, end) and (labelled or largest_as_written >= 50_000)
    if is_country or strong or round_up_label(doc, start, end):
        return True
    # ("Tank shelling killed two": an English word the model tags a common noun names the weapon.)
    english_noun = len(span) == 1 and span[0].lower_ in common_words() and span[0].pos_ == "NOUN" and not labelled
    if largest_as_written >= 20_000 and _names_an_incident(doc, start, end) and not english_noun:
        return True  # "the Quetta market blast": a town that names an incident, whatever label it has
    if largest_as_written >= 20_000 and _site_of_the_town(doc, start, end):
        return True  # "the Kunduz hospital", "the Bauchi prison": a town's site, whatever label it has
    if not as_written and not labelled and not (weak and largest >= 50_000):
        return False  # only a former or foreign name matches ("Molotov" was Perm): too weak on its own
    if len(span) == 1 and span[0].lower_ in common_words() and not labelled and not facility and (
        largest < 1_000_000
    ) and not (weak and span[0].pos_ == "PROPN" and largest_as_written >= 50_000):
        # "Justice", "Concord", "Mobile": an English word, unless the context says place; a proper
        # noun that is the object of an act or follows "to/from/at" and names a town of 50,000 as
        # written is that town ("militants attacked Gao": WordNet also lists GAO, an office).
        return False
    if labelled or facility or _mislabelled_town(doc, span, candidates):
        return True
    if weak and largest >= 20_000:
        return True
    if as_written and start >= 1 and (doc[start - 1].lemma_.lower() in _PLACES_ONLY or _fallen_on(doc, start)):
        # "insurgents shelled Kukawa", "gunmen stormed X", "jets dropped two bombs on X": whatever label
        # the model gives
        return True
    if as_written and start >= 2 and doc[start - 1].lower_ == "of" and (
            doc[start - 2].lower_ in frame_words()["place_act_nouns"]):
        return True  # "Ukrainian shelling of Vasylivka", "the fall of X": whatever label the model gives
    if as_written and all(p.feature == "region" for p in candidates) and end < len(doc) and (
            doc[end].text in ("'s", "’s")) and "PERSON" not in labels:
        # "Khyber Pakhtunkhwa's police chief", "Kherson's governor": a region written as the
        # gazetteer writes it, holding what follows it, whatever label the model gives the pair.
        return True
    other_entity = labels & {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "FAC", "LAW", "PRODUCT", "NORP"}
    return not other_entity and _looks_like_place(span)


def _mislabelled_object(doc: Doc, start: int, end: int, mentions: list[PlaceMention], act_object: bool
                        ) -> frozenset[str]:
    """The model's labels that do not count against an unknown name that is the object of an act on places."""
    if not act_object:
        return frozenset()
    lemma = doc[start - 1].lemma_.lower()
    if lemma in _PLACES_ONLY:
        return _NOT_PLACE_ENTITIES
    if lemma in PLACE_ACTS and (end == start + 1 or any(token.text == "-" for token in doc[start:end])
                                or _region_at(mentions, end + 1)):
        return _MISLABELLED
    return frozenset()


_MILITARY_UNITS = frozenset({"division", "brigade", "battalion", "regiment", "corps", "command", "squadron"})


def _hyphen_tail(doc: Doc, hyphen: int) -> bool:
    """"Gouna-Ba", "Kafr-Ya": a short capitalised part written tight after a hyphen."""
    tail = doc[hyphen + 1]
    return (not doc[hyphen - 1].whitespace_ and not doc[hyphen].whitespace_ and tail.is_alpha
            and tail.text[:1].isupper() and len(tail.text) >= 2)


def _not_a_name_here(doc: Doc, start: int, end: int, unit_words: frozenset[str]) -> bool:
    """Capitalised words that name no place the gazetteer lacks: a people's or kind's word in an
    indefinite description ("a Peul hamlet"), the tail of a longer proper name ("Islamic State West
    Africa Province"), or a numbered military unit ("the army's 6th Infantry Division")."""
    before = doc[start - 1] if start >= 1 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and before.lower_ in ("a", "an") and after is not None and after.lower_ in unit_words:
        return True
    if names_a_people(doc, start, end):
        return True  # "members of the Masalit community", "Fano militias"
    if before is not None and before.text[:1].isupper() and before.is_alpha and not before.is_sent_start and (
            before.lower_ not in DIRECTIONS) and before.lower_ not in unit_words:
        # ("Barangay Tapian": a settlement noun as the name's title is no part of a longer name.)
        return True
    last = doc[end - 1].lower_
    unit = after.lower_ if after is not None else ""
    ordinal = before is not None and (before.like_num or before.ent_type_ == "ORDINAL"
                                      or bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", before.text)))
    if last in _MILITARY_UNITS or unit in _MILITARY_UNITS:
        return ordinal or (before is not None and before.text in ("'s", "’s"))
    # "the army's 34th Military Region": a numbered command, not a region of the map.
    return ordinal and (last in REGION_WORDS or unit in REGION_WORDS)


def _region_at(mentions: list[PlaceMention], token: int) -> bool:
    """Whether a region named as one ("Kaduna State", "Ituri province") starts at this token."""
    return any(m.token_start == token and m.region for m in mentions)


@lru_cache(maxsize=1)
def _description_nouns() -> frozenset[str]:
    """The nouns that say what a name set off before its container is: a settlement, a part, a site
    or an administrative unit ("a village in", "a rural district of", "a tehsil of")."""
    words = frame_words()
    return frozenset(words["settlement_nouns"] | words["part_nouns"] | words["site_nouns"] | words["unit_nouns"]
                     | words["town_unit_nouns"] | {word for phrase in words["unit_phrases"]
                                                   for word in phrase.lower().split()})


def _appositive_settlement(doc: Doc, end: int) -> bool:
    """"X, a village in ...", "X, the northern town ...", "X, a mountainous area of ...", "X, a rural
    district of ...": the words after the name say it is a settlement, a part or an administrative
    unit of the container named next."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    nouns = _description_nouns()
    # The description's words up to its first preposition or comma ("a rice-growing locality in").
    for token in doc[end + 2 : end + 8]:
        # "Ahmed Ali, the district commissioner", "X, the village head": a unit noun before a noun
        # of a person (WordNet noun.person) only says whose office that person holds ("a village
        # west of X" is still a village).
        if token.lower_ in nouns and not _office_of_a_unit(doc, token.i):
            return True
        if token.pos_ == "ADP" or token.text == ",":
            return False
    return False


def _office_of_a_unit(doc: Doc, i: int) -> bool:
    """Whether the unit or settlement noun at ``i`` names the unit of a person's office ("district
    commissioner", "village head", "county chairman")."""
    following = doc[i + 1] if i + 1 < len(doc) else None
    return following is not None and following.pos_ == "NOUN" and following.lower_ not in DIRECTIONS and (
        is_person_noun(following.lemma_.lower()))


ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "az", "at", "ed", "ez", "es"})
# Two-letter articles that open place names of Spanish, French and Arabic ("La Guayacana", "El
# Mango", "Le Cap", "Al Hawl"), and the Arabic "Um" ("mother of": "Um Sumeima", "Um Rawaba"): too
# short for a name word on their own.
_NAME_ARTICLES = frozenset({"la", "las", "los", "le", "les", "el", "al", "um"})
# The Arabic article as English news writes it before a name, assimilated or not ("al-", "ad-", "as-").
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "at", "an", "az", "ash", "ed", "er", "es"})


def _glued_article(doc: Doc, i: int) -> bool:
    """"al-Jufaina", "el-Geneina": a lower-case Arabic article joined by a hyphen, with no space, to
    a capitalised word."""
    return (doc[i].lower_ in _ARABIC_ARTICLES and doc[i].text.islower() and i + 2 < len(doc)
            and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_
            and doc[i + 2].text[:1].isupper())


def _names_a_feature(doc: Doc, start: int, end: int) -> bool:
    before = doc[max(0, start - 2) : start]
    after = doc[end] if end < len(doc) else None
    if after is not None and after.lower_ in FEATURE_WORDS and (after.text[:1].isupper() or (
            after.lower_ == "river" and not (end + 1 < len(doc) and doc[end + 1].lower_ in REGION_WORDS))):
        # "north of the Niger river", "the Congo River": the river, not the country ("Cross River
        # State" is a region).
        return True
    return len(before) == 2 and before[0].lower_ in FEATURE_WORDS and before[1].lower_ == "of"


def _mislabelled_town(doc: Doc, span: Span, candidates: tuple[Place, ...]) -> bool:
    """A town the small model calls a person or product ("Kherson", "Oryol", "Kursk").

    A one-word entity that is the main name of a town of 20,000 or more, with no title before
    it and not the speaker of a sentence, is taken as the town.
    """
    if len(span) != 1:
        return _mislabelled_long_name(doc, span, candidates)
    token = span[0]
    if token.ent_iob_ == "B" and token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I" and (
        doc[token.i + 1].is_alpha
    ):
        return False
    if token.ent_iob_ == "I":
        return False
    if token.i > 0 and doc[token.i - 1].lower_ in TITLE_WORDS | {"mr", "mrs", "ms", "dr"}:
        return False
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in ("say", "tell", "add", "write"):
        return False
    return any(place.population >= 20_000 and same_name(place.name, span_text(span))
               for place in candidates)


def _mislabelled_long_name(doc: Doc, span: Span, candidates: tuple[Place, ...]) -> bool:
    """A many-word region or town the small model calls a person, mostly as a sentence's subject
    ("Krasnoyarsk Krai has seen ...", "Les Cayes remained tense").

    Taken as the place when the model's entity is exactly the span (not part of a longer name,
    "Juan Carlos La Rioja"), every word of it is capitalised, no title comes before it, it does not
    speak, and it is, as written, the main name of a region or town of 100,000 people or more: a
    person whose whole name is a large place's is rare enough to lose.
    """
    first, last = span[0], span[-1]
    if first.ent_iob_ != "B" or (last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I"):
        return False
    if any(token.is_alpha and not token.text[:1].isupper() for token in span):
        return False
    if first.i > 0 and doc[first.i - 1].lower_ in TITLE_WORDS | {"mr", "mrs", "ms", "dr", "senator"}:
        return False
    if last.dep_ in ("nsubj", "nsubjpass") and last.head.lemma_.lower() in ("say", "tell", "add", "write"):
        return False
    return any(place.population >= 100_000 and place.feature in ("region", "city")
               and same_name(place.name, span_text(span)) for place in candidates)


def _looks_like_place(span: Span) -> bool:
    if len(span) == 1:
        token = span[0]
        if token.pos_ != "PROPN" or (token.is_sent_start and token.ent_type_ not in ("GPE", "LOC")):
            return token.ent_type_ in ("GPE", "LOC")
        return token.ent_type_ not in ("PERSON", "NORP", "ORG") or token.ent_type_ == ""
    return all(token.pos_ == "PROPN" or not token.is_alpha for token in span) or any(
        token.ent_type_ in ("GPE", "LOC") for token in span
    )


def round_up_label(doc: Doc, start: int, end: int) -> bool:
    """"Gitega: Two people were killed ...": a name that opens a line and ends in a colon labels a
    round-up's item with its place (or a headline with its topic's, "El Fasher: nine killed as
    ..."), whatever label the model gives the name."""
    return opens_line(doc, start) and end < len(doc) and doc[end].text == ":"



def _place_context(doc: Doc, start: int, strong_only: bool = False) -> bool:
    """Whether the words before a name say it is a place.

    Strong: "in X", "near X", "the town of X".  Weak (enough for a known town, not for a
    former name or an English word): "to X", "at X", "the shelling of X", "bomb X".
    """
    index = start - 1
    # "in nearby Bokkos", "in neighbouring Kaura": a word of nearness before the name.
    if index >= 1 and doc[index].lower_ in _NEARNESS:
        index -= 1
    if index >= 0 and doc[index].lower_ == "the":
        index -= 1
    if index < 0:
        return False
    previous = doc[index]
    if previous.lower_ in STRONG_PREPOSITIONS:
        return True
    if previous.lower_ == "of" and index >= 1 and (
            _names_places(doc[index - 1]) or doc[index - 1].lower_ in frame_words()["side_nouns"]):
        return True  # "the town of X", "the towns of X and Y", "the northern edge of X"
    if _listed_after_places_of(doc, start):
        return True
    if _route_end(doc, index):
        return True
    if previous.lower_ == "from" and taken_from(previous):
        return True  # "gunmen abducted 14 villagers from X": where they were seized
    if previous.lower_ == "from" and index >= 1 and doc[index - 1].lower_ in DISTANCE_UNITS:
        return True  # "a village about 15 km from X": the town a place lies by
    if strong_only:
        return False
    if previous.lower_ in WEAK_PREPOSITIONS:
        return True
    if previous.lemma_.lower() in ACT_LEMMAS and previous.pos_ in ("VERB", "ADJ"):
        return True
    if previous.lower_ in ("of", "on", "against") and index >= 1:
        return doc[index - 1].lower_ in ACT_NOUNS or _fallen_on(doc, start)
    return False


def _fallen_on(doc: Doc, start: int) -> bool:
    """"dropped a guided bomb on X", "fired rockets on X": the name after "on" is where a weapon fell."""
    return start >= 2 and doc[start - 1].lower_ == "on" and doc[start - 2].lower_ in _PROJECTILES


# Nouns of what is dropped or fired, whose "on" names where it fell (ACLED's Explosions/Remote violence
# weapons, as English news names them).
_PROJECTILES = frozenset({"bomb", "bombs", "missile", "missiles", "rocket", "rockets", "shell", "shells", "drone",
                          "drones", "munition", "munitions", "explosives", "grenade", "grenades", "mortar", "mortars"})


_NEARNESS = frozenset({"nearby", "neighbouring", "neighboring", "adjacent", "adjoining"})
_ROUTE_NOUNS = frozenset({"road", "highway", "route", "motorway", "railway", "corridor", "track", "stretch"})
_ROUTE_LINKS = frozenset({"between", "linking", "connecting", "joining", "from"})


def _route_end(doc: Doc, index: int) -> bool:
    """"the road between X and Y", "the highway linking X with Y", "the route from X to Y": the
    ends of a route noun are places whatever label the model gives the names (it often reads two
    Arabic or African town names as a person's)."""
    link = index
    if doc[index].lower_ in ("and", "with", "to") and index >= 1:
        # The second end: walk back over the first end's words to the link word.
        link = next((i for i in range(index - 1, max(-1, index - 6), -1) if doc[i].lower_ in _ROUTE_LINKS), -1)
    if link < 1 or doc[link].lower_ not in _ROUTE_LINKS:
        return False
    return any(token.lemma_.lower() in _ROUTE_NOUNS for token in doc[max(0, link - 3) : link])


def _names_places(token: Token) -> bool:
    """A settlement or unit noun, in either number: "the town of X", "the towns of X and Y"."""
    return token.lower_ in _place_nouns() or token.lower_ in REGION_WORDS or (
        token.tag_ == "NNS" and token.lemma_.lower() in _place_nouns() | REGION_WORDS)


# Words that may stand between the names of one list: "the villages of A, B and C".
_LIST_JOINTS = frozenset({",", "and", "&"})


def _listed_after_places_of(doc: Doc, start: int) -> bool:
    """A later name of a list after a plural place noun and "of": "the Nigerian cities of Gombe and
    Bauchi", "the villages of A, B and C": the plural says each listed name is such a place."""
    if start < 1 or doc[start - 1].lower_ not in _LIST_JOINTS:
        return False
    for index in range(start - 2, max(-1, start - 16), -1):
        token = doc[index]
        if token.lower_ == "of":
            return index >= 1 and doc[index - 1].tag_ == "NNS" and _names_places(doc[index - 1])
        if not (token.lower_ in _LIST_JOINTS or token.lower_ in NAME_CONNECTORS or token.text == "-"
                or (token.is_alpha and token.text[:1].isupper())):
            return False
    return False


def _list_of_units_after(doc: Doc, end: int, units: frozenset[str]) -> bool:
    """"Kirkuk, X and Diyala provinces": a name in a list that a plural unit word closes is a
    region or district, as each other name of the list is."""
    for token in doc[end : end + 16]:
        if token.tag_ == "NNS" and token.lemma_.lower() in units | REGION_WORDS:
            return True
        if not (token.lower_ in _LIST_JOINTS or token.lower_ in NAME_CONNECTORS or token.text == "-"
                or (token.is_alpha and token.text[:1].isupper())):
            return False
    return False


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    """"the commune of X", "the locality of X", "the township of X", "the Kinama quarter of X":
    PLACE_NOUNS with the settlement and part nouns of place_frames.json and the parts of a town."""
    return PLACE_NOUNS | frame_words()["settlement_nouns"] | frame_words()["part_nouns"] | TOWN_PARTS


STRONG_PREPOSITIONS = frozenset({"in", "near", "outside", "over", "across", "around", "inside", "throughout"})
WEAK_PREPOSITIONS = frozenset({"towards", "toward", "to", "from", "at", "into", "via", "off"})


_PEOPLES_REPUBLIC = re.compile(r"\s+People['’]s\s+Republic\b")
DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                        "upper", "lower", "greater", "occupied", "northeastern", "northwestern", "southeastern",
                        "southwestern"})
FACILITY_WORDS = frozenset({"cathedral", "airport", "mosque", "church", "hospital", "base", "prison", "station",
                            "university", "square", "bridge", "market", "stadium", "port", "harbour", "harbor",
                            "hotel", "school", "embassy", "consulate", "refinery", "camp", "barracks", "mall",
                            "synagogue", "temple", "police", "city", "town", "district", "road", "street",
                            "avenue", "plaza", "park", "gardens", "hall"})
TITLE_WORDS = frozenset({"president", "governor", "mayor", "minister", "general", "commander", "chief", "king",
                         "prime", "senator", "police", "army", "in", "the"})


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """"Ukrainska Pravda", "Bradley International Airport", "Saint Francis": part of a longer name.

    "Jolo Cathedral" and "London Bridge" still name the place: a facility word after it is fine,
    and so is an acronym ("a Kismayo IED blast": the act, not the name).
    """
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if after is not None and _capitalised_name_word(after) and not _facility_follows(doc, end) and (
        after.lower_ not in REGION_WORDS | PART_WORDS
    ) and not _unit_phrase_at(doc, end) and not _acronym(after):
        return True
    if after is not None and _article_joint(doc, end):
        return True  # "Tell el-Nasr": a known "Tell" begins a longer Arabic name.
    if before is not None and before.ent_type_ == "NORP" and before.text[:1].isupper() and (
        before.ent_iob_ != "O" and before.i + 1 == start and doc[start].ent_type_ == "NORP"
    ) and before.lower_ not in DIRECTIONS:
        return True  # "Arab Spring": the demonym and the word form one name.
    # ("Barangay Tamontaka": a settlement noun as the name's title begins no longer name.)
    # ("attacked Let Yet Kone village": before a settlement noun, a capitalised word inside the
    # sentence continues the name whatever tag the model gives an English word of it.)
    settled = after is not None and after.lower_ in frame_words()["settlement_nouns"]
    return before is not None and (_capitalised_name_word(before) or (
        settled and before.text[:1].isupper() and before.is_alpha and not before.is_sent_start
        and before.ent_type_ in ("", "GPE", "LOC", "PERSON", "ORG"))) and not before.is_sent_start and (
        before.lower_ not in TITLE_WORDS and before.lower_ not in DIRECTIONS
    ) and not _settlement_title(doc, start - 1, frame_words()["settlement_nouns"])


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def _nickname(doc: Doc, start: int, end: int) -> bool:
    """A name in quotes between two capitalised words ('Ismael "El Mayo" Zambada'): a person's
    nickname, as the press writes one between the given name and the surname."""
    if start < 2 or end + 1 >= len(doc):
        return False
    opening, closing = doc[start - 1], doc[end]
    given, surname = doc[start - 2], doc[end + 1]
    return opening.text in _QUOTES and closing.text in _QUOTES and given.text[:1].isupper() and (
        given.is_alpha and surname.is_alpha and surname.text[:1].isupper())


def _given_name_before_nickname(doc: Doc, end: int) -> bool:
    """The name before a quoted nickname and a surname ('Joaquin' of 'Joaquin "El Chapo" Guzman')."""
    if end >= len(doc) or doc[end].text not in _QUOTES:
        return False
    closing = next((token.i for token in doc[end + 1 : end + 5] if token.text in _QUOTES), None)
    return closing is not None and closing > end + 1 and _nickname(doc, end + 1, closing)


def _names_an_incident(doc: Doc, name_start: int, end: int) -> bool:
    """"the Quetta blast", "the Quetta market blast", "the Tillaberi ambush", "the Azaz roundabout
    car bombing": the name qualifies an act noun (a trigger of the lexicon that is no casualty
    word), at most one lower-case noun between, as the press names an incident after its town
    (the small model often makes the whole phrase an organisation).  A name that is itself the
    start of the act's words ("Tank fire hit a house") is the weapon, no town."""
    if any(t.start == 0 for t in find_triggers(doc[name_start : end + 2].text.lower())):
        return False
    for start in (end, end + 1):
        if start >= len(doc) or (start > end and not (doc[end].pos_ == "NOUN" and doc[end].text.islower())):
            return False
        if not doc[start].text.islower():
            return False
        text = doc[start : start + 2].text
        if any(t.start == 0 and t.category != "casualty" for t in find_triggers(text)):
            return True
    return False


def _site_of_the_town(doc: Doc, start: int, end: int) -> bool:
    """"the Quetta market", "the Kunduz hospital": the town's name between "the" and a site word
    written in lower case (FACILITY_WORDS), as news names a town's one hospital or prison."""
    return start >= 1 and doc[start - 1].lower_ == "the" and end < len(doc) and (
        doc[end].text.islower() and doc[end].lower_ in FACILITY_WORDS)


def _facility_follows(doc: Doc, end: int) -> bool:
    """"Jolo Cathedral", "Baghdad International Airport": a facility named after the place."""
    for token in doc[end : end + 3]:
        if not token.text[:1].isupper():
            return False
        if token.lower_ in FACILITY_WORDS:
            return True
    return False


def _capitalised_name_word(token: Token) -> bool:
    """A capitalised word that continues a proper name (not a sentence's first word or a title)."""
    return (token.text[:1].isupper() and token.is_alpha and not token.is_sent_start
            and token.lower_ not in REGION_WORDS and token.lower_ not in _SKIP_WORDS
            and (token.pos_ == "PROPN" or token.ent_iob_ == "I"))


def _mark_region_lists(doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """"the regions of Bryansk, Oryol and Kursk" / "the Kherson, Mykolaiv and Dnipropetrovsk regions"."""
    result = list(mentions)
    groups: list[list[int]] = []
    for index, mention in enumerate(mentions):
        if groups and _coordinated(doc, mentions[groups[-1][-1]], mention):
            groups[-1].append(index)
        else:
            groups.append([index])
    for group in groups:
        first, last = mentions[group[0]], mentions[group[-1]]
        after_token = doc[last.token_end] if last.token_end < len(doc) else None
        plural_after = last.region and doc[last.token_end - 1].lower_ in ("regions", "provinces", "oblasts",
                                                                          "governorates", "districts")
        # "the regions of Bryansk, Oryol and Kursk", not "the Mopti region of Mali" (a region's
        # name before its word: what follows "of" is its container).
        of_regions = re.search(r"(\S+\s+)?(?:region|province|oblast|governorate|(regions|provinces|oblasts|"
                               r"governorates)) of\s+(?:the\s+)?$",
                               doc_text(doc)[max(0, first.start - 40) : first.start])
        named = (of_regions.group(1) or "").strip() if of_regions is not None else ""
        # A plural ("the western Russian regions of X, Y") is a list whatever stands before it.
        named_before = of_regions is not None and not of_regions.group(2) and named[:1].isupper() and (
            normalize_name(named) not in demonyms())
        is_region_list = (of_regions is not None and not named_before) or plural_after or (
            after_token is not None and after_token.lower_ in ("regions", "provinces", "oblasts"))
        for index in group:
            mention = mentions[index]
            # "Kirkuk, X and Nineveh provinces", "Zamfara, Kebbi and Sokoto states": a plural region
            # word closing the list makes each name before it a region, even where a name the
            # gazetteer lacks breaks the chain of known ones.
            if not (is_region_list or _list_of_units_after(doc, mention.token_end, frozenset())):
                continue
            base = re.sub(r"\s+\w+$", "", mention.text) if mention.region else mention.text
            regions = tuple(p for p in gazetteer.lookup(f"{base} region") if p.feature == "region")
            result[index] = dataclasses.replace(mention, regions=regions or mention.regions, region=True)
    return result


# "the province of X", "the restive northern district of X"; not "the Tabarre district of X",
# where the name before the unit word is the unit and X its town.
_UNIT_OF = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+){0,3}?(?P<unit>[a-z]+)\s+of\s+(?:the\s+)?$")


def _unit_word_before(doc: Doc, mention: PlaceMention) -> bool:
    """"the province of Loroum", "the southern district of X": a unit word and "of" right before."""
    match = _UNIT_OF.search(doc_text(doc)[max(0, mention.start - 50) : mention.start])
    return match is not None and match.group("unit").lower() in admin2_written_after()


# "the central Mexican state of X", "the southern province of X": a region word and "of" right
# before the name, after "the" and up to three words (lower case, or a people's adjective).
_REGION_OF = re.compile(r"\b[Tt]he\s+(?P<words>(?:[\w-]+\s+){0,3}?)(?P<unit>[a-z]+)\s+of\s+$")


def _region_word_before(doc: Doc, mention: PlaceMention) -> bool:
    """"the central Mexican state of Guanajuato", "the province of Kandahar": a first-level region
    word and "of" right before the name (REGION_WORDS, singular)."""
    match = _REGION_OF.search(doc_text(doc)[max(0, mention.start - 60) : mention.start])
    if match is None or match.group("unit") not in REGION_WORDS or match.group("unit").endswith("s"):
        return False
    return all(word[:1].islower() or normalize_name(word) in demonyms() for word in match.group("words").split())


def _coordinated(doc: Doc, left: PlaceMention, right: PlaceMention) -> bool:
    between = doc_text(doc)[left.end : right.start].strip().lower()
    return between in (",", "and", ", and", "or", ", or", "as well as")
