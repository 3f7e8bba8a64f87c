"""Sentence units: a sentence with everything the components found in it.

A clause headed by "before", "after" or "since" speaks of another incident: its places,
triggers and times are set aside, unless it carries the only time of its sentence ("the
attacks came after Russia unleashed its biggest assault on Friday"), when the sentence
is about that incident.  Places that are the subject of an act ("Moscow launched") or
part of a source ("officials in Kiev said") are actors, not locations.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from eventwire.consolidate.naming import heading_name_span
from eventwire.extract.actors import Blame, names_armed_group, yielded_to, yielding_lemmas
from eventwire.extract.background import background_ranges, described_past_ranges, find_cues
from eventwire.extract.clauses import split_clauses
from eventwire.extract.scope import frame_ranges, frames
from eventwire.geo.frames import demonyms, frame_words, in_speaking_clause
from eventwire.geo.matcher import ACT_LEMMAS, ACT_NOUNS, PLACE_ACTS, PLACE_NOUNS, round_up_label
from eventwire.geo.names import normalize_name
from eventwire.geo.resolve import ResolvedPlace
from eventwire.nlp.attribution import AttributionMention, is_outlet
from eventwire.nlp.cache import doc_sentences, doc_text, span_text
from eventwire.nlp.casualties import ACTIVE_OBJECT, COMMUNIQUE_KILLING, TOLL_BROUGHT_TO, CasualtyMention
from eventwire.nlp.hedges import HedgeMention
from eventwire.nlp.lexicons import (
    alternation,
    armed_actor_words,
    arrest_words,
    civilian_when_hit,
    folded,
    is_abstract_noun,
    is_agent_noun,
    is_collective_noun,
    is_person_noun,
    is_thing_noun,
    listed_armed_groups,
    political_cue_pattern,
    political_cue_words,
    speech_lemmas,
    taking_words,
    toll_change_lemmas,
    toll_revising_lemmas,
    word_list,
)
from eventwire.nlp.lines import item_label_colon
from eventwire.nlp.numbers import find_numbers
from eventwire.nlp.triggers import TriggerMention, accident_cause, generic_act, legacy_ordnance, load_lexicon
from eventwire.time.expressions import TimeMention, counts_from_a_day, days_counted_back, find_clock_time

# ("Djibo fell to the jihadists": a place that falls is where the change of territory happened.)
_SUBJECT_OK_VERBS = frozenset({"come", "be", "suffer", "see", "witness", "face", "experience", "remain", "become",
                               "endure", "undergo", "shake", "rock", "hit", "strike", "wake", "fall"})
# A political target in the same sentence as the attack: data/lexicons/political_targets.json.
_KILL_FORM = re.compile(r"kill(?:s|ed|ing)?", re.I)
_WOUND_FORM = re.compile(r"(?:wounded|injured|hurt)", re.I)
_PASSIVE_END = re.compile(r"\b(?:was|were|been|being|be|are|is)\s+(?:\w+\s+)?$", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|being)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:\n]|\b(?:said|says|told|after|when|while|as)\b", re.I)
# What opens an aside set off by commas between a doer and its act: a relative pronoun, a participle,
# an adverb, a quantifier of the doers or a preposition of manner or company ("Troops, backed by
# militia fighters, killed ...", "The gunmen, who wore fatigues, shot ...", "Rebels, some on
# motorbikes, raided ...", "Kenyan troops, with the help of the United States, killed ...").
_ASIDE_OPENING = re.compile(r"\s*(?:who|whom|whose|which|some|many|most|all|both|each|including|along|together|"
                            r"among|with|alongside|under|aboard|amid|despite|\w+ed|\w+ing|\w+ly)\b", re.I)


def _doer_clause(before: str, act: str) -> str:
    """The clause before an act where its doer is named: the text after the last clause break, or,
    when the act follows an aside set off by commas, the clause before the asides ("Army troops,
    backed by militia fighters, killed ..." gives "Army troops"). A supporter named in an aside is
    no doer; an ``act`` in -ing right after a comma tells the result of the act before."""
    parts = _CLAUSE_BREAK.split(before)
    if parts[-1].strip() or len(parts) < 3 or not _ASIDE_OPENING.match(parts[-2]) or act.lower().endswith("ing"):
        # "Militants stormed X, killing 11": the result of the act before, no act of its own.
        return parts[-1]
    for part in reversed(parts[:-1]):
        if part.strip() and not _ASIDE_OPENING.match(part):
            return part
    return parts[-1]


# How many words open a clause where its subject is named ("Al-Shabaab fighters on motorbikes").
_SUBJECT_WORDS = 5


def _result_subject(before: str, act: str) -> str | None:
    """"Jihadists swept through three villages, killing 30": a killing told as the result of the
    clause before it ("..., killing N") is done by that clause's subject, named in its first words
    (asides set off by commas skipped). None when the act is no such result or the clause is passive."""
    if not act.lower().endswith("ing"):
        return None
    parts = _CLAUSE_BREAK.split(before)
    if parts[-1].strip() or len(parts) < 2:
        return None
    clauses = [part for part in parts[:-1] if part.strip()]
    # The sentence's first clause is no aside, whatever its first word ("Armed men rode in, ...").
    while len(clauses) > 1 and _ASIDE_OPENING.match(clauses[-1]):
        clauses.pop()
    subject = clauses[-1].split()[:_SUBJECT_WORDS]
    asides = len(clauses) > 1 and _ASIDE_OPENING.match(clauses[-2])
    while len(clauses) > 1 and _ASIDE_OPENING.match(clauses[-2]):
        clauses.pop(-2)
    if asides and len(clauses) > 1:
        # "On Sunday, insurgents, some on horseback, rode into X, killing 12": the subject stands
        # before the asides, the verb after them.
        subject = clauses[-2].split()[-_SUBJECT_WORDS:] + subject
    text = " ".join(subject)
    return None if _PASSIVE.search(text) else text


# A country's adjective and up to two nouns before the act noun: "Israeli gunfire", "Pakistani
# border-post fire".
_NATIONAL_MODIFIER = re.compile(r"\b([A-Z][a-z]+)((?:\s+[a-z][a-z-]*){0,2})\s+$")


def _national_fire(before: str) -> bool:
    """"Israeli gunfire killed two men", "Ethiopian gunfire": a country's adjective (demonyms.tsv,
    demonym_adjectives.tsv) on the act noun itself names that state's forces as the shooters; words
    between them are nouns of the same phrase, never function words (spaCy's English stop words:
    "a Nigerian trader died in gunfire" names the victim)."""
    match = _NATIONAL_MODIFIER.search(before)
    if match is None or normalize_name(match.group(1)) not in demonyms():
        return False
    return not any(word in STOP_WORDS or word.endswith(("ed", "ing")) for word in match.group(2).split())


def _without_asides(text: str, act: int) -> str:
    """The text with the asides set off by commas before the act at offset ``act`` taken out: they
    describe who acts ("Fighters, backed by army troops, attacked ...": the troops are no target).
    Asides after the act ("..., killing five soldiers, ...") name its victims and stay."""
    return re.sub(r"(?<=[A-Za-z]),([^,;.]*),(?=\s*[a-z])", lambda m: " " if m.end() <= act and _ASIDE_OPENING.match(
        m.group(1)) else m.group(), text)


def _past_aside(after: str) -> str:
    """The text after an act or doer word with an aside that opens it cut off ("The gunmen, who wore
    army fatigues, shot ...": the fatigues are no target); the same text when none opens it."""
    aside = re.match(r"\s*,([^,;.]*),", after)
    if aside is None or not _ASIDE_OPENING.match(aside.group(1)):
        return after
    return after[aside.end():]


# A count: a number of its own ("five", "12"), not a digit inside a name ("M23 rebels", "Brigade 313").
_COUNT_END = re.compile(r"(?:(?<![\w-])\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                        r"several|many|some|scores|hundreds)\b)[\w\s-]{0,20}$", re.I)
# The audience of a statement: "told reporters", "told a news conference", "telling journalists".
_AUDIENCE = re.compile(r"(?:told|tells|tell|telling)\s+((?:a|the)?\s*(?:[\w-]+\s+){0,2}?[\w-]+?)"
                       r"(?=[,.;]|\s+(?:on|in|at|that|after|before|during|by|via|over|$))", re.I)
# The agent of a passive killing: "killed by Israeli fire", "killed by suspected jihadists".
_BY_AGENT = re.compile(r"^\s+(?:\w+\s+){0,4}?by\s+((?:[\w'-]+[ \t]*){1,4})", re.I)
# Where the object of "killed" ends: "four villagers | in Kukawa on Monday, police said".
_VICTIMS_END = re.compile(r"[,;.:]|\s(?:in|near|at|on|from|during|after|outside|inside|across|when|while|by)\s", re.I)
_OBJECT_END = re.compile(r"[,;.:]|\s(?:in|near|at|on|from|during|after|outside|inside|across|when|while)\s", re.I)
# The verbs of the lexicon's act words that do not say how, as a doer's act ("forces struck a depot").
_STRIKE_VERB = re.compile(r"struck|hits?|hitting|target(?:s|ed|ing)", re.I)
_WORD = re.compile(r"armed\s[a-z]+|[a-z]+(?:\s(?:forces|men|guards?|members))?")
# The verb of bombing (not the noun "bomb", which troops may find or defuse): done by state forces,
# from the air.
_STATE_BOMBING = "bombed"
# "The army said it ...", "The Houthis said they had ...": the speaker (group 1, its clause) of a
# statement whose subject pronoun does the act that follows.
_SPEAKER_PRONOUN = re.compile(r"(?:^|[,;:]\s*)([^,;:]*?)\s+(?:said|says|announced|claimed|stated|confirmed)\s+"
                              r"(?:that\s+)?(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?$", re.I)
# Characters after an act within which a noun is read as its object.
_OBJECT_SPAN = 30
# An attack word that names the doer, not the act ("gunmen", "knifeman"): among the counted victims
# it is no act ("four gunmen are dead").
_DOER_NOUN = re.compile(r"\w+m[ae]n", re.I)
STRONG_CATEGORIES = frozenset({"suicide", "chemical", "ied", "grenade", "air", "shelling", "interception", "clash",
                               "territory", "abduction", "riot", "protest", "attack", "looting", "arrest"})
# The CAMEO 17 words of the vague riot group that destroy property, not people ("torched",
# "burned", "set fire to"); looting is a trigger category of its own.
PROPERTY_ACT = re.compile(r"(?:torch|burn|set)", re.I)


def _words(name: str, section: str, gap: str = " ") -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(word_list(name, section), gap)})\b", re.I)


@lru_cache(maxsize=1)
def _fire_noun() -> re.Pattern[str]:
    """Shooting named as the agent of a passive killing ("by Israeli fire", "by sniper fire"):
    data/lexicons/act_nouns.json, "fire_nouns"."""
    return _words("act_nouns.json", "fire_nouns")


@lru_cache(maxsize=1)
def _military_target() -> re.Pattern[str]:
    """An armed side's members, posts or movements (data/lexicons/target_nouns.json, "military")."""
    return _words("target_nouns.json", "military")


@lru_cache(maxsize=1)
def _no_armed_side() -> re.Pattern[str]:
    """Words of the armed side that name none: members who no longer serve ("two former soldiers",
    "retired policemen", "ex-soldiers"), the clothes doers wore ("in military fatigues"), the side a
    civilian is said to help ("an army informant", "accusing him of collaborating with the army")
    and a convoy of civilians ("a convoy of passenger vehicles", "a convoy carrying pilgrims", "an
    aid convoy")."""
    forces = alternation(word_list("target_nouns.json", "military") + word_list("actor_nouns.json", "forces_victims"))
    helpers = alternation(word_list("target_nouns.json", "helpers"))
    suspicion = alternation(word_list("target_nouns.json", "suspicion_cues"))
    clothing = alternation(word_list("target_nouns.json", "clothing"))
    return re.compile(
        rf"\b(?:former|retired|ex-)\s*(?:[\w-]+\s+)?(?:{forces})\b"
        # "gunmen in military fatigues", "dressed in police uniforms": how the doers were dressed.
        rf"|\b(?:{forces}|police)(?:-style)?\s+(?:{clothing})\b"
        # "an army informant", "on suspicion that he helped the police ...": whom a civilian victim
        # was said to help, to the end of the clause.
        rf"|\b(?:{forces})\s+(?:{helpers})\b|\b(?:{suspicion})\b[^.;]*"
        r"|\b(?:passenger|aid|humanitarian|civilian|relief|commercial|fuel|food|wedding|funeral)\s+convoys?\b"
        r"|\bconvoys?\s+(?:of|carrying|transporting|with)\s+(?:[\w-]+\s+){0,3}?(?:passengers?|civilians?|pilgrims?|"
        r"vehicles|buses|cars|travell?ers|traders|aid|refugees|displaced|families|mourners|worshippers)\b", re.I)


def _armed_side_words(text: str) -> str:
    """``text`` with the words that name no armed side (_no_armed_side) blanked, offsets kept."""
    return _no_armed_side().sub(lambda match: " " * len(match.group()), text)


@lru_cache(maxsize=1)
def _responders() -> re.Pattern[str]:
    """Forces as the subject of a verb of responding ("troops were later deployed", "soldiers had been
    sent", "police arrived"): they respond to the act, they are not its target ("two soldiers were
    killed" is no such verb)."""
    words = alternation(word_list("target_nouns.json", "military"))
    adverb = r"(?:\w+ly\s+|later\s+|then\s+|also\s+)?"
    return re.compile(rf"\b(?:{words})\s+{adverb}(?:(?:were|was|had|have|has|are|is)\s+(?:been\s+)?{adverb})?"
                      r"(?:deployed|sent|dispatched|rushed|mobili[sz]ed|called|arrived|responded|reinforced|pursued|"
                      r"cordoned|sealed)\b", re.I)


@lru_cache(maxsize=1)
def _forces() -> re.Pattern[str]:
    """Members of armed forces counted among the victims (data/lexicons/actor_nouns.json, "forces_victims")."""
    return _words("actor_nouns.json", "forces_victims")


@lru_cache(maxsize=1)
def _forces_member() -> re.Pattern[str]:
    """One member of an armed force as the target ("shot dead a soldier"; data/lexicons/actor_nouns.json,
    "forces_member"): the attack is in scope, but one soldier hit makes no fight between armed sides."""
    return _words("actor_nouns.json", "forces_member")


@lru_cache(maxsize=1)
def _crowd() -> re.Pattern[str]:
    """Demonstrators or a mob: where they act, "stormed" and "torched" are riot words (docs/typing.md;
    data/lexicons/demonstration_words.json, "crowd")."""
    return _words("demonstration_words.json", "crowd")


@lru_cache(maxsize=1)
def _scene() -> re.Pattern[str]:
    """Before a demonstration word, what makes it the scene of another act: a preposition of place or
    time or a verb of going or being there (data/lexicons/demonstration_words.json, "scene"), then at
    most a determiner and two modifiers."""
    words = alternation(word_list("demonstration_words.json", "scene"), gap=r"\s+")
    return re.compile(rf"\b(?:{words})\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:[\w-]+\s+){{0,2}}$",
                      re.I)


def names_crowd(text: str) -> bool:
    """Whether a text names demonstrators or a mob (data/lexicons/demonstration_words.json, "crowd")."""
    return bool(_crowd().search(text))


@lru_cache(maxsize=1)
def _gathering() -> re.Pattern[str]:
    """A demonstration named as an event (a scene), not its people: "fired at demonstrators" names the
    target (data/lexicons/demonstration_words.json, "gathering"); used with fullmatch."""
    return re.compile(rf"(?:{alternation(word_list('demonstration_words.json', 'gathering'))})", re.I)


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
    # Who the sentence says claimed the act (extract/actors.find_claim): the incident's actor.
    claimed: str | None = None
    # The armed doer the sentence gives an act told before it (extract/actors.find_blame).
    blamed: Blame | None = None
    # The side a place passed to ("fell to Ukrainian forces": _territory_yielded), which types the
    # change of territory when no actor is named.
    taker: str | None = None
    # The next sentence gives this one's killing its armed doer (doers_told_next).
    doer_next: bool = False
    all_places: list[ResolvedPlace] = field(default_factory=list)
    # The next sentence gives this one's toll (_tolls_told_next): "Soldiers raided X. Three died."
    toll_next: bool = False
    # The sentence tells a way of fighting, not an act (_tells_a_pattern): "The army has responded
    # with air strikes and artillery".
    pattern: bool = False
    # Where a local witness who speaks is ("a volunteer in Bardhere said"): the incident's place
    # only when its own sentences name none (place_frames.json witness_nouns).
    witness_places: list[ResolvedPlace] = field(default_factory=list)
    # A round-up item's place label that opens the sentence ("Gitega: ..."), as character offsets
    # up to the colon: a new item, and no doer of its act.
    label: tuple[int, int] | None = None
    # The text (report part) this sentence is in names an accident or disaster cause.
    accident: bool = False
    # The report says its explosive was left from past fighting ("an old landmine"): no new act.
    legacy: bool = False
    # Starts of the time expressions the parse attaches to an act word of the sentence, and to a
    # verb of saying or of a toll's change ("said on Tuesday", "rose to 14 on Saturday").
    act_times: set[int] = field(default_factory=set)
    # The same with a casualty word as the act ("On Monday, a bomb killed four"): a new act's day.
    toll_times: set[int] = field(default_factory=set)
    report_times: set[int] = field(default_factory=set)
    # Of those, the days of a statement ("said on Saturday"), not of a toll's update.
    spoken_times: set[int] = field(default_factory=set)
    # A time of day with no day in a sentence that names none ("at about 3 a.m."): the report's day,
    # for an incident no sentence dates (time/expressions.find_clock_time).
    clock: TimeMention | None = None
    # The lemmas of the sentence (spaCy's), for closed word lists of verbs.
    lemmas: frozenset[str] = frozenset()
    # A clause of a sentence that tells several incidents (a round-up's lead).
    shared: bool = False
    # The clause whose act this one repeats with a figure and a place of its own, leaving out the
    # verb ("... in Djibo on Saturday and 15 in Barsalogho on Sunday"): another incident of that act.
    gapped_from: Unit | None = None
    # Act words already typed with figures this copy no longer carries (a summary stripped of its
    # figures to give its act to the part it joins, incidents._acts_of_the_summary).
    typed_acts: tuple[TriggerMention, ...] | None = None
    # The proper names the report tells are armed groups' (extract/actors.armed_group_names).
    armed_names: frozenset[str] = frozenset()
    # Where the act nouns that the sentence makes definite start ("the bombing", "last week's
    # airstrike"): an act told as known (incidents.told_as_known).
    known_acts: frozenset[int] = frozenset()
    # The organisations the parser finds in the sentence, outlets aside, as (start, name): the body
    # "the group said" refers back to (incidents._organisation_named_before).
    organisations: tuple[tuple[int, str], ...] = ()
    # Proper names the parser left unlabelled that are a clause's subject ("Médecins Sans
    # Frontières treated ...", "UNICEF staff reached ..."): the body when no organisation is found.
    named_subjects: tuple[tuple[int, str], ...] = ()
    # The last typing (_own_strong_triggers) with what it read: grouping, the summaries, the crime
    # test and the event each ask for it again.  A copy made by dataclasses.replace types anew.
    _typed: tuple[tuple[object, ...], tuple[TriggerMention, ...]] | None = field(
        default=None, init=False, repr=False, compare=False)

    def strong_triggers(self, political: bool) -> list[TriggerMention]:
        """The triggers that make this sentence report an incident, typed for ACLED (a clause that
        repeats the act before it has that act's); see :meth:`_own_strong_triggers`."""
        if self.typed_acts is not None:
            return list(self.typed_acts)
        # Everything typing reads of the unit; the figures by value, as they are not frozen.
        read = (political, self.start, self.text, tuple(self.triggers), tuple(self.attributions),
                tuple((c.kind, c.value, c.low, c.vague, c.start, c.end) for c in self.casualties),
                self.armed_names, self.lemmas, self.toll_next, self.doer_next, self.accident, self.legacy)
        if self._typed is None or self._typed[0] != read:
            self._typed = (read, tuple(self._own_strong_triggers(political)))
        own = list(self._typed[1])
        if not own and self.gapped_from is not None:
            return self.gapped_from.strong_triggers(political)
        return own

    def _own_strong_triggers(self, political: bool) -> list[TriggerMention]:
        """The triggers that make this sentence report an incident, typed for ACLED.

        A violence predicate is recognised by its lemma (the lexicon), never by the parse, and
        its evidence is a casualty figure or word in the same sentence:
        - typed, definite triggers (a car bomb, shelling, a clash) stand on their own; an attack
          word ("shot", "stabbed") needs a political actor, motive or target (docs/typing.md);
        - vague ones ("bombing", "helicopter", "bombarded", "stormed") need an act word or a
          casualty beside them and no accident cause (a helicopter crash);
        - a generic act (explosion, blast, strike, attack, raid, fighting, offensive) with a
          killed/injured figure is an incident unless the report names an accident or disaster
          cause: an explosion with no weapon is typed as ACLED codes it (Remote explosive/landmine/
          IED), a strike as an air strike, fighting as a clash, an attack on armed forces as a clash
          and on others as an attack.
        """
        # The speaker's title is no target: "a police official said" politicises nothing.
        political = political or political_target(self.without_sources())
        has_figure = self.toll_next or any(c.kind in ("killed", "injured") and (c.value or c.vague or c.low is not None)
                                           for c in self.casualties)
        evidence = has_figure or any(t.category == "casualty" for t in self.triggers)
        acts = [t for t in self.triggers if t.category == "generic"]
        # An attack on a checkpoint, post, base, soldiers or police is in scope whoever did it:
        # the target is an armed side (scope-and-types.md).
        # "three gunmen are dead": a doer word among the counted victims names no act.
        victims = [(c.start, c.end) for c in self.casualties if c.kind in ("killed", "injured")]
        found = [t for t in self.triggers if t.category in STRONG_CATEGORIES and not t.vague
                 and (political or t.category != "attack" or self._on_forces(t, member=True) or self._armed_doer(t))
                 and not (t.category == "attack" and _DOER_NOUN.fullmatch(t.text)
                          and any(start <= t.start < end for start, end in victims))]
        # Force used on a crowd ("fired tear gas and stun grenades at students protesting") types the
        # demonstration (Protest with intervention / Excessive force), never on its own.
        if any(t.category == "protest" for t in found) or _crowd().search(self.text):
            found += [t for t in self.triggers if t.category == "repression"]
            found.sort(key=lambda t: t.start)
        vague = [t for t in self.triggers if t.category in STRONG_CATEGORIES and t.vague]
        # "Armed gangs stormed the town": a vague act word whose doer is an armed group is an act.
        # State forces that storm or raid a place mostly search or arrest: only an armed group counts.
        # "Angry youths set fire to a police station": a riot word where a crowd acts is a riot.
        # "Junta aircraft bombed a school": a vague weapon and a vague act of another kind hold each
        # other up.
        if vague and (found or (not accident_cause(self.text) and (
                acts or evidence or len({t.category for t in vague}) > 1
                or any(self._names_the_incident(t) for t in vague)
                or any(self._armed_doer(t, non_state_only=t.text.lower() != _STATE_BOMBING) for t in vague)
                or (_crowd().search(self.text) and any(t.category == "riot" for t in vague))))):
            found = sorted(found + [self._manner(t) for t in vague], key=lambda t: t.start)
        found = self._without_scene(found, bool(acts))
        found = [self._against_forces(t) for t in found]
        # "Militants ambushed a convoy carrying pilgrims, killing 11": an ambush of no armed side is
        # an attack on civilians (ACLED), where a clash or firefight always has two armed sides.
        found = [dataclasses.replace(t, category="attack") if t.category == "clash" and t.text.lower().startswith(
            "ambush") and not self._on_forces(t) and not self._forces_attacked(t) and not self._armed_victims() else t
            for t in found]
        if _crowd().search(self.text):
            # "Rioters looted shops", "a mob ransacked the office": a crowd's looting is a riot.
            found = [dataclasses.replace(t, category="riot") if t.category == "looting" else t for t in found]
        if self.legacy:
            # Explosive remnants of war going off are an accident: the mine names no attack.
            found = [t for t in found if t.category not in ("ied", "grenade", "shelling")]
            acts = [t for t in acts if generic_act(t) != "explosive"]
        if found and self._launch_only(found, has_figure):
            return []
        if found:
            return found
        if self.accident:
            # "Gunmen killed six labourers at a coal mine": the accident word is the scene of an armed
            # doer's killing, not its cause.
            return self._armed_killing(doers_only=True)
        typed = [(trigger, generic_act(trigger)) for trigger in acts]
        if not has_figure:
            # "Ukrainian forces struck an ammunition depot", "Al-Shabaab fighters attacked the town":
            # an act whose doer is an armed actor happened whatever it cost (ACLED codes attacks
            # without fatalities); with no doer named, a bare act word with no casualty is no incident.
            # So is one whose passive subject is armed forces or their post ("a police station ... was
            # attacked by dissidents").
            named = [(trigger, act) for trigger, act in typed if self._names_the_incident(trigger)]
            typed = [(trigger, self._doer_act(trigger, act)) for trigger, act in typed
                     if self._armed_doer(trigger) or self._forces_attacked(trigger)]
            typed = [(trigger, act) for trigger, act in typed if act in ("strike", "assault")
                     and not (act == "assault" and self._state_search(trigger))] or named
            if not typed:
                return self._armed_killing() or self._blamed_killing()
        else:
            # "Israeli forces struck a house in Khan Younis, killing five": a word that does not say
            # how, done by an armed actor, with a toll, is that actor's strike or assault.
            typed = [(trigger, self._doer_act(trigger, act) if self._armed_doer(trigger) else act)
                     for trigger, act in typed]
        converted = []
        for trigger, act in typed:
            if act == "explosive":
                converted.append(dataclasses.replace(trigger, category="ied", vague=True))
            elif act == "strike":
                converted.append(dataclasses.replace(trigger, category="air", vague=True))
            elif act == "battle":
                converted.append(dataclasses.replace(trigger, category="clash", vague=True))
            elif act == "assault":
                # Forces named as responders ("..., adding that troops had been deployed") are no target.
                told = _without_asides(self.without_sources(), trigger.start - self.start)
                # "Taliban forces raided a hideout, killing six Islamic State fighters": armed victims too.
                category = "clash" if _military_target().search(_responders().sub(" ", _armed_side_words(told))) or (
                    self._armed_victims()) else "attack"
                converted.append(dataclasses.replace(trigger, category=category, vague=True))
        return converted or self._armed_killing() or self._blamed_killing()

    def _names_the_incident(self, trigger: TriggerMention) -> bool:
        """"2018 Strasbourg attack: A man wounded in the attack dies": the act word of the common
        name the press gave an incident, in a heading that opens the text
        (``consolidate.naming``), is that incident, whatever the sentence after it adds."""
        if self.start != 0:
            return False
        span = heading_name_span(self.text)
        return span is not None and span[0] <= trigger.start - self.start < span[1]

    def _blamed_killing(self) -> list[TriggerMention]:
        """"Five farmers were killed near Mubi on Sunday, police said. Police said Boko Haram
        fighters carried out the killings.": a killing the next sentence puts down to an armed
        actor is that actor's act, a clash when the victims are armed, else an attack."""
        if not self.doer_next:
            return []
        state, non_state = armed_actor_words()
        for trigger in self.triggers:
            if trigger.category != "casualty":
                continue
            clause = _doer_clause(self.text[: trigger.start - self.start], trigger.text).lower()
            armed = [m.group() for m in _WORD.finditer(clause) if _armed_word(m.group(), state | non_state)]
            category = "clash" if any(word not in civilian_when_hit() for word in armed) else "attack"
            return [dataclasses.replace(trigger, category=category, vague=True)]
        return []

    def _state_search(self, trigger: TriggerMention) -> bool:
        """"Police raided a wedding hall to enforce a ban": state forces who raid a place that is no
        armed side's mostly search or arrest (ACLED codes such raids only when someone is hurt or
        held); on an armed side it is a fight."""
        if not trigger.text.lower().startswith("raid") or self._armed_doer(trigger, non_state_only=True) or (
                not self._armed_doer(trigger)):
            return False
        _, non_state = armed_actor_words()
        after = self.without_sources()[trigger.end - self.start :][:_OBJECT_SPAN].lower()
        return not (_military_target().search(after) or any(_armed_word(m.group(), non_state)
                                                             for m in _WORD.finditer(after)))

    def _doer_act(self, trigger: TriggerMention, act: str | None) -> str | None:
        """The act of a word that does not say how ("struck", "hit", "targeted") done by an armed
        actor: state forces strike from afar (a strike: the weapon beside it decides, else an air
        strike as ACLED codes an unnamed strike); an armed group's is an assault."""
        if act is not None or not _STRIKE_VERB.fullmatch(trigger.text):
            return act
        return "assault" if self._armed_doer(trigger, non_state_only=True) else "strike"

    def _without_scene(self, found: list[TriggerMention], generic: bool) -> list[TriggerMention]:
        """A demonstration named as the scene of another act ("shot dead a councillor as he left a
        campaign rally", "a bomb went off at a rally") is no protest event: the act is the event
        (ACLED codes an attack at a rally as the attack).  The protest word is the scene when a
        place or time preposition or a verb of going there stands before it ("at", "during",
        "left", "attending"); force used on the crowd keeps it a protest.  ``generic``: the sentence
        has a generic act ("an explosion at a rally"), which then types the incident."""
        acts = [t for t in found if t.category not in ("protest", "repression")]
        if not (acts or generic) or any(t.category == "repression" for t in found):
            return found
        kept = []
        for trigger in found:
            before = self.text[max(0, trigger.start - self.start - 60) : trigger.start - self.start]
            if trigger.category == "protest" and _gathering().fullmatch(trigger.text) and _scene().search(before):
                continue
            kept.append(trigger)
        return kept

    def _launch_only(self, found: list[TriggerMention], has_figure: bool) -> bool:
        """"Russia launched 472 drones at Ukraine", "Iran fired 180 missiles towards Israel": weapons
        counted as launched, with no casualty and no verb of impact in the sentence, tell a launch
        with no reported impact (out of scope, scope-and-types.md); intercepted ones are counted
        as downed and stay (Disrupted weapons use)."""
        launched = [c for c in self.casualties if c.kind.endswith("_launched")]
        if has_figure or not launched or any(c.kind.endswith("_downed") for c in self.casualties):
            return False
        if any(t.category not in ("air", "shelling") for t in found):
            return False
        return not self.lemmas & impact_lemmas()

    def _armed_doer(self, trigger: TriggerMention, non_state_only: bool = False) -> bool:
        """"Gunmen opened fire on a wedding", "bandits shot dead ...", "... were shot by militants": an
        attack whose doer is an armed group or state force (data/lexicons/armed_actors.json, plural
        or collective nouns: "a gunman" alone is no group) is organised violence, in scope whatever
        the motive (scope-and-types.md)."""
        state, non_state = armed_actor_words()
        if non_state_only:
            state = frozenset()
        before = self.text[: trigger.start - self.start]
        clause = _doer_clause(before, trigger.text)
        armed = self._armed_in(clause, state | non_state)
        if armed and not _COUNT_END.search(clause[: max(armed)]) and not _PASSIVE_END.search(before):
            return True
        # "Armed men entered the village, shooting residents": the result's doer is the subject of
        # the clause before it.
        subject = _result_subject(before, trigger.text)
        if subject is not None and self._armed_in(subject, state | non_state):
            return True
        if self._armed_speaker(before, state | non_state):
            return True
        agent = _BY_AGENT.match(self.text[trigger.end - self.start :])
        return (agent is not None and bool(self._armed_in(agent.group(1), state | non_state))) or (
            not non_state_only and _national_fire(before))

    def _armed_people(self, trigger: TriggerMention) -> bool:
        """"Marines on a gunboat fired on ...", "policemen fired at ...": the clause before
        the act names a state force by its members (a noun.person noun of WordNet: soldiers,
        policemen, marines, border guards), not by its institution ("the army", "troops")."""
        state, _ = armed_actor_words()
        clause = _doer_clause(self.text[: trigger.start - self.start], trigger.text)
        previous = ""
        for match in _WORD.finditer(clause.lower()):
            word = match.group()
            singular = word[:-3] + "man" if word.endswith("men") else word.removesuffix("s")
            # "soldiers", "border guards", "navy sailors": the force's members, by the word itself,
            # by the two words together or by the force's word before a noun of persons.
            armed = _armed_word(word, state) or f"{previous} {word}" in state or (
                bool(previous) and _armed_word(previous, state))
            if word != singular and armed and is_person_noun(singular):
                return True
            previous = word
        return False

    def _armed_in(self, text: str, words: frozenset[str]) -> list[int]:
        """Where in ``text`` an armed actor is named: by a noun of the lexicon ("gunmen", "Ukrainian
        forces") or by a name the report tells is an armed group's ("the Houthis")."""
        found = [m.start() for m in _WORD.finditer(text.lower()) if _armed_word(m.group(), words)]
        return sorted(found + names_armed_group(text, self.armed_names))

    def _armed_speaker(self, before: str, words: frozenset[str]) -> bool:
        """"The Israeli military said it struck a depot", "The Houthis said they targeted a ship": the
        subject pronoun of the act, right after a speech verb, is the speaker, here an armed actor."""
        speaker = _SPEAKER_PRONOUN.search(before)
        return speaker is not None and bool(self._armed_in(speaker.group(1), words))

    def _armed_killing(self, doers_only: bool = False) -> list[TriggerMention]:
        """"Militants killed 12 soldiers", "Troops killed four gunmen in X": a killing whose doer, in
        the same clause before the verb, is an armed actor (ACLED's state forces or armed groups:
        data/lexicons/armed_actors.json) is an incident even with no act word; a clash when the
        victims are armed too, else an attack.  "Five soldiers killed" (a count before the noun)
        and "were killed" name victims, not doers.  ``doers_only``: only a doer the lexicon names
        counts, not armed victims of a passive, nor a doer word it lacks (the sentence names an
        accident: "four soldiers were killed when their helicopter crashed")."""
        state, non_state = armed_actor_words()
        for trigger in self.triggers:
            if trigger.category == "casualty" and COMMUNIQUE_KILLING.search(trigger.text):
                # "Security forces eliminated 11 khwarij", "five terrorists were neutralised": the
                # lexicon reads these words only of armed people killed, a fight with an armed side.
                return [dataclasses.replace(trigger, category="clash", vague=True)]
            if trigger.category == "casualty" and _WOUND_FORM.fullmatch(trigger.text) and _PASSIVE_END.search(
                    self.text[: trigger.start - self.start]):
                # "A woman was wounded by Russian fire", "two villagers were injured by gunmen": the
                # agent of the passive is an armed actor or its fire, as it is of "killed by".
                agent = _BY_AGENT.match(self.text[trigger.end - self.start :])
                if agent and (_fire_noun().search(agent.group(1)) or self._armed_in(agent.group(1), state | non_state)):
                    return [dataclasses.replace(trigger, category="attack", vague=True)]
                # "More than 20 soldiers had been wounded": members of an armed force or group hurt, a
                # fight with an armed side ("the police chief and two others were injured": one
                # member hurt beside others makes none).
                victims = _armed_side_words(_doer_clause(self.text[: trigger.start - self.start], trigger.text))
                if agent is None and (_forces_only(victims) or _armed_group(victims)):
                    return [dataclasses.replace(trigger, category="clash", vague=True)]
                continue
            if trigger.category != "casualty" or not _KILL_FORM.fullmatch(trigger.text):
                continue
            before = self.text[: trigger.start - self.start]
            subject = _result_subject(before, trigger.text)
            if subject is not None and self._armed_in(subject, state | non_state):
                # "Rebels entered the town overnight, killing four soldiers": the subject's act,
                # whatever verb tells how they came.
                return [self._killing_of(trigger, state | non_state)]
            written = _doer_clause(before, trigger.text)
            clause = written.lower()
            armed = [m for m in _WORD.finditer(clause) if _armed_word(m.group(), state | non_state)]
            named = names_armed_group(written, self.armed_names)
            if not _PASSIVE_END.search(before) and ((named and not _COUNT_END.search(clause[: max(named)])) or (
                    self._armed_speaker(before, state | non_state))):
                # "Al-Shabaab killed five civilians", "the army said it killed six militants": a doer
                # named by the name of its group, or the speaker as the pronoun's.
                return [self._killing_of(trigger, state | non_state)]
            if doers_only and (not armed or _PASSIVE_END.search(before)
                               or (_COUNT_END.search(clause[: armed[-1].start()])
                                   and ACTIVE_OBJECT.match(self.text[trigger.end - self.start :]) is None)):
                continue
            # "Three gunmen killed seven people": a count before the doers of an active verb whose
            # victims follow still names doers (casualties.py reads no figure of them either).
            counted_doers = ACTIVE_OBJECT.match(self.text[trigger.end - self.start :]) is not None
            if _PASSIVE_END.search(before) or (armed and not counted_doers and _COUNT_END.search(
                    clause[: armed[-1].start()])):
                # "Five soldiers (were) killed": armed victims, so a fight with an armed side ("two
                # former soldiers were killed": none).
                serving = [m for m in _WORD.finditer(_armed_side_words(clause))
                           if _armed_word(m.group(), state | non_state)]
                if any(m.group() not in civilian_when_hit() for m in serving):
                    return [dataclasses.replace(trigger, category="clash", vague=True)]
                # "Two Palestinians were killed by Israeli fire", "... by gunmen": the agent of the
                # passive is an armed actor or its fire.
                agent = _BY_AGENT.match(self.text[trigger.end - self.start :])
                if agent and (_fire_noun().search(agent.group(1)) or self._armed_in(agent.group(1), state | non_state)):
                    return [dataclasses.replace(trigger, category="attack", vague=True)]
                continue
            if not armed:
                # "Maoists killed two soldiers", "Naxalites killed three jawans": an act that kills an
                # armed side's members is in scope whoever the doer (scope-and-types.md), so a doer
                # word the lexicon lacks still makes it a clash, unless the report names an accident.
                killing = self._killing_of(trigger, state | non_state)
                doer = [m.group() for m in _WORD.finditer(clause)][-1:]
                # The doer is a person or group, or a name WordNet lacks ("Naxalites", "Houthis"),
                # never a thing ("a speeding truck killed two soldiers").
                if killing.category == "clash" and doer and not (
                        is_thing_noun(doer[0]) or is_thing_noun(doer[0].removesuffix("s"))) and not accident_cause(
                        self.text):
                    return [killing]
                continue
            return [self._killing_of(trigger, state | non_state)]
        return []

    def _killing_of(self, trigger: TriggerMention, armed: frozenset[str]) -> TriggerMention:
        """An armed doer's killing: a clash when its object names armed victims, else an attack."""
        victims = _armed_side_words(_OBJECT_END.split(self.text[trigger.end - self.start :], maxsplit=1)[0]).lower()
        # ("killed 10 security personnel": the forces' own words count as the armed actors' do.)
        armed_victims = any(_armed_word(m.group(), armed - civilian_when_hit()) for m in _WORD.finditer(victims)) or (
            bool(_forces().search(victims)))
        return dataclasses.replace(trigger, category="clash" if armed_victims else "attack", vague=True)

    def _manner(self, trigger: TriggerMention) -> TriggerMention:
        """"stormed", "torched" are riot words only where demonstrators or a mob act; where
        armed men do it they are an assault: on armed forces a clash, on others an attack.
        "fired on residents" is gunfire at people (an attack), not a bombardment."""
        if trigger.category == "shelling" and trigger.text.lower().startswith("fire"):
            target = self.text[trigger.end - self.start :].split(",")[0].split()[:6]
            if any(_gunfire_target(word) for word in target) or self._armed_doer(
                    trigger, non_state_only=True) or self._armed_people(trigger):
                # Gunfire: at people or what carries them ("a pilgrims' minibus", "the driver's car"),
                # or by gunmen, militants or bandits ("gunmen fired at the school gate") or by
                # soldiers or policemen, who carry small arms; state forces ("the army") firing at
                # a town may be shelling it.
                return self._against_forces(dataclasses.replace(trigger, category="attack", vague=False))
            return trigger
        if trigger.category == "ied" and trigger.text.lower() == _STATE_BOMBING and self._armed_doer(trigger) and (
                not self._armed_doer(trigger, non_state_only=True)):
            # "The army bombed a fuel depot", "the military said it bombed ...": state forces bomb from
            # the air (ACLED codes a state's bombing as an air strike, a bomb of an armed group as an IED).
            return dataclasses.replace(trigger, category="air")
        if trigger.category != "riot" or (_crowd().search(self.text) and not self._armed_doer(
                trigger, non_state_only=True)):
            # "Gunmen stormed a university hostel, killing four students": the crowd word names the
            # victims; armed men who storm a place attack it.
            return trigger
        if PROPERTY_ACT.match(trigger.text):
            # "militiamen looted and burned 60 shops": ACLED's Looting/property destruction, unless
            # the incident also hurt people (typing decides, eventwire.extract.typing).
            return dataclasses.replace(trigger, category="looting", vague=False)
        after = _responders().sub(" ", _armed_side_words(self.without_sources()[trigger.end - self.start :]))
        category = "clash" if _military_target().search(after) else "attack"
        return dataclasses.replace(trigger, category=category, vague=False)

    def without_sources(self) -> str:
        """The sentence with its sources' names and their audience blanked: "an army spokesman
        said" and "the governor told reporters" name no target."""
        text = self.text
        spans = [(attribution.start - self.start, attribution.end - self.start) for attribution in self.attributions]
        for attribution in self.attributions:
            # "An army spokesman, Lieutenant X, said": the role set off beside the name.
            role = attribution.source_role
            at = text.find(role) if role else -1
            if role and at >= 0:
                spans.append((at, at + len(role)))
            if attribution.cue_start >= 0:
                audience = _AUDIENCE.match(text, attribution.cue_start - self.start)
                if audience:
                    spans.append(audience.span(1))
        for start, end in spans:
            start, end = max(start, 0), max(end, 0)
            text = text[:start] + " " * (end - start) + text[end:]
        return text

    def _against_forces(self, trigger: TriggerMention) -> TriggerMention:
        """An attack ("opened fire", "gunned down") on a checkpoint, post, base, soldiers or police
        is a fight between armed sides (ACLED: Battles / Armed clash), unless a crowd is there."""
        if trigger.category == "attack" and self._on_forces(trigger) and not self._state_gunfire(trigger):
            return dataclasses.replace(trigger, category="clash")
        return trigger

    def _state_gunfire(self, trigger: TriggerMention) -> bool:
        """"Policemen fired on a minibus at a checkpoint": soldiers or policemen firing at no armed
        group attack; the checkpoint or post named is their own, the scene, not a target."""
        if "fire" not in trigger.text.lower() or not self._armed_people(trigger):
            return False
        return not _armed_group(self.text[trigger.end - self.start :].split(",")[0])

    def _armed_victims(self) -> bool:
        """Whether members of an armed side are counted among the killed or injured ("troops killed 14
        militants in an ambush", "militants killed four soldiers in an ambush"); "four former
        soldiers" are none."""
        # (Not into the doers of a passive: "were shot dead by gunmen".)
        text = _armed_side_words(self.text)
        victims = [_VICTIMS_END.split(text[c.start - self.start :], maxsplit=1)[0]
                   for c in self.casualties if c.kind in ("killed", "injured")]
        return any(_armed_group(text) or _forces().search(text) or _military_target().search(text)
                   for text in victims)

    def _on_forces(self, trigger: TriggerMention, member: bool = False) -> bool:
        """Whether armed forces are the target: named after the act (its object side) or counted
        among the killed or injured ("two soldiers were killed in the shooting"), with no crowd.

        ``member``: one member of a force counts too ("a gunman shot dead a soldier"), which puts an
        attack in scope but does not make it a clash."""
        forces = _forces_or_member if member else _forces_only
        if _crowd().search(self.text):
            return False
        before = self.text[: trigger.start - self.start]
        if _PASSIVE_END.search(before) and _BY_AGENT.match(self.text[trigger.end - self.start :]):
            # "A teacher was shot dead by troops at a checkpoint": the target of a passive act with
            # its doers named is its subject; the "by" phrase names the doers and what follows is
            # their scene.
            subject = _armed_side_words(_CLAUSE_BREAK.split(before)[-1])
            if _military_target().search(subject) or forces(subject) or _armed_group(subject):
                return True
        else:
            # The object side, without the sources ("..., police officers said" names no target).
            # After a doer word, the side begins at the act it does: "Gunmen from the CODECO militia
            # attacked a displacement camp" names their own group first, no target.
            start = trigger.end
            if _DOER_NOUN.fullmatch(trigger.text):
                start = next((t.end for t in self.triggers if t.start > trigger.end), start)
            after = _armed_side_words(_past_aside(self.without_sources()[start - self.start :]))
            # Forces named right after the act are its object ("gunned down six police officers");
            # further on they may be the responders ("... confronted by officers", "..., after which
            # troops were deployed").
            if _military_target().search(_responders().sub(" ", after)) or forces(
                    after[:_OBJECT_SPAN]) or _armed_group(after[:_OBJECT_SPAN]):
                return True
        # (Read with the words before the figure's span: "two retired policemen were shot" holds
        # "policemen were shot", whose "retired" stands before it.)
        victims = [_armed_side_words(self.text[: c.end - self.start])[c.start - self.start :] for c in self.casualties
                   if c.kind in ("killed", "injured")]
        return any(forces(text) for text in victims)

    def _forces_attacked(self, trigger: TriggerMention) -> bool:
        """"A police station in X was attacked", "an army convoy was ambushed": the subject of a
        passive act, in its clause, is an armed side or its post."""
        before = self.text[: trigger.start - self.start]
        return bool(_PASSIVE_END.search(before)) and bool(_military_target().search(_CLAUSE_BREAK.split(before)[0]))

    @property
    def event_time_is_report(self) -> bool:
        """Whether the sentence's time dates a statement or a toll's update, not the act: a day
        told with the act in a nearby sentence is the better one."""
        time = self.event_time
        return time is not None and time.start in self.report_times

    @property
    def event_time(self) -> TimeMention | None:
        """The time of the act: of the day/week expressions, the one the parse attaches to an act word
        ("searching on Monday for the pupils abducted last Friday": Friday), else the one nearest
        a trigger."""
        usable = [m for m in self.times if m.date is not None and not m.since and m.precision in ("day", "week")
                  and not _BY_DEADLINE.search(self.text[max(0, m.start - self.start - 12) : m.start - self.start])]
        if not usable:
            return None
        # "spread across eastern Syria this week, with nine killed in Dhiban on Wednesday": a day
        # the sentence names is the act's, inside the week the sentence also names.
        days = [m for m in usable if m.precision == "day"]
        if days and len(days) < len(usable):
            usable = days
        # "an overnight attack ... on Sunday": a day the sentence names outright beats a word
        # relative to the report's own day ("overnight", "last night", "today").
        named = [m for m in usable if not _RELATIVE_TO_REPORT.search(m.text) and m.start not in self.report_times]
        if named and len(named) < len(usable):
            usable = named
        attached = [m for m in usable if m.start in self.act_times]
        if len(attached) == 1:
            return attached[0]
        anchors = [t.start for t in self.triggers if t.category not in ("generic", "casualty")]
        anchors += [c.start for c in self.casualties]
        if not anchors:
            return usable[0]
        return min(usable, key=lambda m: min(abs(m.start - anchor) for anchor in anchors))


# "calm had returned by Saturday morning", "the toll had risen to 20 by Sunday": a day a state was
# reached by, not the day of an act.
_BY_DEADLINE = re.compile(r"\bby\s+(?:late\s+|early\s+)?$", re.I)


def _forces_only(text: str) -> bool:
    return _forces().search(text) is not None


def _forces_or_member(text: str) -> bool:
    return _forces().search(text) is not None or _forces_member().search(text) is not None


def _armed_group(text: str) -> bool:
    """"shot dead two militants", "three rebels were gunned down": members of a non-state armed group
    (data/lexicons/armed_actors.json; not those that name civilians when hit, "herders") are an
    armed side, so the act on them is a fight."""
    _, non_state = armed_actor_words()
    armed = non_state - civilian_when_hit()
    return any(_armed_word(m.group(), armed) for m in _WORD.finditer(text.lower()))


def _armed_word(words: str, armed: frozenset[str]) -> bool:
    """"armed men", "security forces" as listed; "Ukrainian forces", "rebel fighters" by their head;
    people the text calls armed ("armed youths", "armed villagers": WordNet person or group nouns)
    as an armed group, save thieves ("armed robbers": out-of-scope-frames.json criminal_doers)."""
    head = words.split()[-1]
    if words in armed or head in armed:
        return True
    if not words.startswith("armed ") or not armed & armed_actor_words()[1]:
        return False
    singular = head[:-3] + "man" if head.endswith("men") else head.removesuffix("s")
    return singular not in frames().criminal_doers and (is_agent_noun(head) or is_agent_noun(singular))


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _definite_acts(sentence: Span, triggers: list[TriggerMention]) -> frozenset[int]:
    """The starts of the act nouns made definite: a definite article or demonstrative among their
    premodifiers ("the deadly bombing", "the U.S. airstrikes", whichever word the parser hangs the
    article on), or a possessive ("Saturday's airstrikes", "last week's raid"). Read from the parse
    and, where the parser took the noun for a verb ("the U.S. airstrikes on X has risen"), from the
    words before it: the article or possessive, then at most three names or abbreviations."""
    found = set()
    for trigger in triggers:
        tokens = [token for token in sentence if trigger.start <= token.idx < trigger.end]
        if not tokens:
            continue
        head = tokens[-1]
        before = doc_text(sentence.doc)[max(sentence.start_char, trigger.start - 60) : trigger.start]
        if (head.pos_ in ("NOUN", "PROPN") and any(
                (token.dep_ == "det" and token.lower_ in _DEFINITE) or token.dep_ == "poss"
                for token in head.subtree if token.i < head.i)) or _DEFINITE_BEFORE.search(before):
            found.add(trigger.start)
    return frozenset(found)


_DEFINITE_BEFORE = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(_DEFINITE))})|\w['’]s)\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}$")


@lru_cache(maxsize=1)
def _political_targets() -> re.Pattern[str]:
    """The lexicon data/lexicons/political_targets.json as one pattern: each word in the singular,
    its regular plural ("journalists", "activists") or its listed irregular plural ("councilmen"),
    save words that in the plural mostly name a statement's source ("officials said");
    "MP" stays case-sensitive (it is also a common abbreviation in lower case)."""
    path = resources.files("eventwire") / "data" / "lexicons" / "political_targets.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    irregular: dict[str, str] = data["plural"]
    forms = []
    for word in sorted(data["words"], key=len, reverse=True):
        body = r"\s+".join(map(re.escape, word.split()))
        plural = irregular.get(word)
        if word in data["singular_only"]:
            alternatives = body
        elif plural is None:
            alternatives = body + r"(?:e?s)?"
        else:
            alternatives = body + "|" + r"\s+".join(map(re.escape, plural.split()))
        forms.append(alternatives if word.isupper() else f"(?i:{alternatives})")
    return re.compile(r"\b(?:" + "|".join(forms) + r")\b")


_RELATIVE_TO_REPORT = re.compile(r"\b(?:overnight|last night|tonight|today|this (?:morning|afternoon|evening)|"
                                 r"yesterday|earlier today)\b|^\d{1,2}[:.]\d{2}$", re.I)
# A live blog's entry: a clock time and a dash at the head of the paragraph ("10:42 —", "14:05 GMT -").
_LIVE_STAMP = re.compile(r"^\s*(\d{1,2}[:.]\d{2})(?:\s*(?:GMT|UTC|CET|EET|local time|[ap]\.?m\.?))?\s*[—–-]\s+",
                         re.I)


def _gunfire_target(word: str) -> bool:
    """A word of what was fired on that names people: a plural noun of people ("residents") or a
    common noun of a person, also as a modifier or possessor ("a pilgrims' minibus", "the driver's
    car"); names ("Khan Younis") are no people."""
    if _people_word(word):
        return True
    lower = word.strip(".;:\"'").removesuffix("'s").removesuffix("’s")
    return lower.islower() and is_person_noun(lower)


def _people_word(word: str) -> bool:
    """A plural noun of people ("residents", "worshippers", "villagers"), by WordNet's noun.person
    (data/lexicons/agent_nouns.json)."""
    lower = word.lower().strip(".;:\"'")
    if lower in word_list("actor_nouns.json", "civilians") or lower in word_list("demonstration_words.json", "crowd"):
        return True
    if not lower.endswith("s") or len(lower) < 4:
        return False
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1]
    return is_person_noun(singular)


@lru_cache(maxsize=8)
def _act_words(section: str) -> frozenset[str]:
    """One section of data/lexicons/act_nouns.json as a set, built once."""
    return frozenset(word_list("act_nouns.json", section))


@lru_cache(maxsize=1)
def impact_lemmas() -> frozenset[str]:
    """Verbs of a launched weapon's impact (data/lexicons/act_nouns.json impact_lemmas)."""
    return frozenset(word_list("act_nouns.json", "impact_lemmas"))


@lru_cache(maxsize=1024)
def political_target(text: str) -> bool:
    """Whether a text names a political target (a mayor, an embassy, protesters ...).

    (Cached: a sentence's triggers are typed several times over, and each asks it again.)"""
    return bool(_political_targets().search(text))


def political_cue(units: list[Unit]) -> bool:
    """Whether the report makes its attacks political: a perpetrator or motive cue anywhere,
    or a political target named in a sentence about an attack."""
    current = [unit for unit in units if not unit.history]
    told = " ".join(unit.text for unit in current)
    # (Most reports hold no cue word: the pattern is not run over them.)
    lowered = folded(told)
    if any(word in lowered for word in political_cue_words()) and political_cue_pattern().search(told):
        return True
    return any(unit.triggers and political_target(unit.without_sources()) for unit in current)


def build_units(doc: Doc, places: list[ResolvedPlace], published: date | None, skip: list[tuple[int, int]]
                ) -> list[Unit]:
    units: list[Unit] = []
    paragraph = 0
    sentences = doc_sentences(doc)
    # The components' findings, sentence by sentence, read once (every ``doc._`` read goes through
    # spaCy's extension lookup).
    all_triggers, all_casualties, all_hedges = doc._.ew_triggers, doc._.ew_casualties, doc._.ew_hedges
    all_times, all_attributions = doc._.ew_times, doc._.ew_attributions
    # A report that dates one "overnight" to its own day ("... overnight, officials said on Thursday")
    # is a morning report: its every "overnight" is the night that ended that day.
    morning = published is not None and any(m.text.lower() == "overnight" and m.date == published
                                             for times in all_times for m in times)
    for index, sentence in enumerate(sentences):
        if span_text(sentence).strip() == "":
            continue
        if index > 0 and "\n" in doc_text(doc)[sentences[index - 1].start_char : sentence.start_char]:
            paragraph += 1
        if any(start <= sentence.start_char and sentence.end_char <= end for start, end in skip):
            continue  # a dateline set apart from its lead (nlp/pipeline.py) tells no incident
        in_sentence = [p for p in places if sentence.start_char <= p.mention.start < sentence.end_char
                       and not any(start <= p.mention.start < end for start, end in skip)]
        unit = Unit(
            index=len(units), start=sentence.start_char, end=sentence.end_char, text=span_text(sentence),
            paragraph=paragraph, is_title=False,
            triggers=_with_interceptions(sentence, _with_arrests(sentence, _with_takings(sentence, [
                t for t in all_triggers[index]
                if not _abstract_target(sentence, t, all_times[index]) and not _denied_act(sentence, t)
                and not _arms_taken(sentence, t)
                and not _in_source(all_attributions[index], t)]))),
            casualties=list(all_casualties[index]),
            hedges=list(all_hedges[index]),
            # A wire dateline's date ("KABUL, Afghanistan, Aug 12 -") dates the report, not an act.
            times=[dataclasses.replace(m, date=published) if morning and m.text.lower() == "overnight" else m
                   for m in all_times[index] if not any(a <= m.start < b for a, b in skip)],
            attributions=list(all_attributions[index]), places=in_sentence, all_places=in_sentence,
        )
        unit.lemmas = frozenset(token.lemma_.lower() for token in sentence)
        yielded = _territory_yielded(sentence, unit.triggers, in_sentence)
        if yielded:
            unit.triggers = sorted(unit.triggers + [trigger for trigger, _ in yielded], key=lambda t: t.start)
            unit.taker = yielded[0][1]
        unit.known_acts = _definite_acts(sentence, unit.triggers)
        unit.organisations = tuple(
            (ent.start_char + (4 if ent.text.startswith("The ") else 0), ent.text.removeprefix("The "))
            for ent in sentence.ents if ent.label_ == "ORG" and not is_outlet(ent.text))
        unit.named_subjects = _unlabelled_named_subjects(sentence, in_sentence)
        colon = item_label_colon(doc, sentence.start)
        if colon is not None:
            unit.label = (sentence.start_char, doc[colon].idx + 1)
        line_start = doc_text(doc).rfind("\n", 0, sentence.start_char) + 1
        stamp = _LIVE_STAMP.match(doc_text(doc)[line_start : sentence.end_char])
        if stamp and published is not None and not unit.times:
            # "10:42 — Russian forces dropped a bomb on ...": a live blog's entry of the report's day
            # (the parser may make the stamp a sentence of its own).
            unit.times = [TimeMention(line_start + stamp.start(1), line_start + stamp.end(1), stamp.group(1),
                                      published, "day")]
        if not unit.times:
            unit.clock = find_clock_time(span_text(sentence), published, sentence.start_char)
        _set_aside_references(sentence, unit, published)
        _previous_day_of_a_named_day(unit)
        _drop_statement_times(sentence, unit)
        _day_before_statement(unit, _unframed_acts(sentence, unit, published))
        # "Speaking at a rally in Lahore, the minister said ...": the clause tells where a statement
        # was made; its "rally" is no act of the incident.
        if any(token.tag_ == "VBG" for token in sentence):
            unit.triggers = [t for t in unit.triggers if not _in_speaking_clause_at(sentence, t.start)]
        # "told a rally in X that ...", "said at a campaign rally that ...": the rally is where the
        # statement was made, no demonstration the sentence reports.
        unit.triggers = [t for t in unit.triggers if not (t.category == "protest" and _speech_venue(sentence, t))]
        unit.act_times, with_tolls = _act_times(sentence, unit)
        # (A wire dateline's date dates the report, not an act: "PORT-AU-PRINCE, Aug. 5 —".)
        unit.toll_times = {start for start in with_tolls if not any(a <= start < b for a, b in skip)}
        _drop_actor_places(sentence, unit)
        _set_aside_described_past(sentence, unit)
        unit.history = _is_history(sentence, unit, published, all_times[index]) or _ongoing(sentence, unit)
        unit.pattern = not unit.history and _tells_a_pattern(sentence, unit)
        for piece in split_clauses(sentence, unit):
            piece.index = len(units)
            units.append(piece)
    for position in range(1, len(units)):
        unit = units[position]
        _previous_day_of_a_named_day(unit, units[position - 1])
        if units[position - 1].history and not unit.history and not unit.times and _WAR_ANAPHOR.match(unit.text):
            # "... ending more than a year of hostilities that began in 2023. The fighting killed more
            # than 4,000 people": the war the sentence before told as history, and its toll.
            unit.history = True
    # An accident or disaster named in a sentence covers it and the sentences after it that name no
    # place of their own ("A gas tanker exploded in X. The blast killed 12."), not a new incident
    # told elsewhere in the report ("Floods killed 20 in X. In Y, militants attacked a post").
    for position, unit in enumerate(units):
        unit.accident = accident_cause(unit.text) or (position > 0 and units[position - 1].accident
                                                      and not unit.places)
    # A cause told after the explosion ("An explosion killed three at a depot in X. Officials blamed
    # a gas leak."): a sentence naming the cause and no place of its own explains the explosion told
    # just before it, back to the sentence that placed it, when none of them names a weapon.
    for position, unit in enumerate(units):
        if unit.places or not accident_cause(unit.text):
            continue
        for back in range(position - 1, max(-1, position - 4), -1):
            before = units[back]
            if before.history or any(t.category not in ("generic", "casualty") for t in before.triggers):
                break
            before.accident = True
            if before.places:
                break
    if any(legacy_ordnance(unit.text) for unit in units if not unit.history):
        for unit in units:
            unit.legacy = True
    _name_repeated_weapons(units)
    _tolls_told_next(units)
    return units


# What the sentence of the toll may tell besides it: what burned ("houses were set ablaze"); an
# act of its own ("two men were shot dead") makes it a sentence of its own.
_TOLL_NEXT_CATEGORIES = frozenset({"casualty", "looting", "riot"})


def _tolls_told_next(units: list[Unit]) -> None:
    """"Soldiers carried out a raid in Batibo on Sunday. Three civilians were killed, a rights group
    said.", "Troops came under fire near X on Tuesday. Three soldiers were wounded.": a toll in the
    next sentence of the paragraph, with no act, place or day of its own, is the toll of the act
    word the sentence before told at its place."""
    for before, after in itertools.pairwise(units):
        if before.history or after.history or before.paragraph != after.paragraph or before.is_title:
            continue
        # (A generic act word, or a vague one that needs a toll beside it: "Troops came under fire
        # near X. Three soldiers were wounded.")
        if not before.places or not any(t.category == "generic" or (t.vague and t.category in STRONG_CATEGORIES)
                                        for t in before.triggers) or any(
                c.kind in ("killed", "injured") for c in before.casualties):
            continue
        if after.places or after.times or any(t.category not in _TOLL_NEXT_CATEGORIES for t in after.triggers):
            continue
        if any(c.kind in ("killed", "injured") and c.value for c in after.casualties):
            before.toll_next = True


def doers_told_next(units: list[Unit]) -> None:
    """"Seven traders were killed in Bunia on Monday. The mayor said CODECO militiamen were behind the
    killings.": a killing with a figure and no act word, whose next sentence in the paragraph gives
    the killing an armed doer and tells no toll of its own, is that doer's act (_blamed_killing)."""
    for before, after in itertools.pairwise(units):
        if before.history or after.history or before.paragraph != after.paragraph or after.blamed is None:
            continue
        if any(c.kind in ("killed", "injured") and c.value for c in after.casualties):
            continue
        if any(c.kind == "killed" and (c.value or c.vague) for c in before.casualties):
            before.doer_next = True


# A sentence opening on a definite noun of a war or campaign as a whole ("The fighting killed ...",
# "The conflict has displaced ..."), which refers back to the one told before it.
_WAR_ANAPHOR = re.compile(r"\s*(?:The|That|This|These|Those)\s+(?:\w+\s+)?(?:fighting|war|wars|conflict|hostilities|"
                          r"violence|insurgency|offensive|campaign|siege|uprising|rebellion|crisis)\b")


def _name_repeated_weapons(units: list[Unit]) -> None:
    """"A Russian glide bomb attack on X ... The bomb struck the district": a vague weapon word that
    repeats the head of a weapon the report named before ("the bomb" after "glide bomb", "the
    drone" after "a Shahed drone") is that weapon, not another kind."""
    named: list[TriggerMention] = []
    for unit in units:
        replaced = []
        for trigger in unit.triggers:
            head = trigger.text.lower().split()[-1].removesuffix("s") if trigger.vague else ""
            earlier = next((t for t in reversed(named) if head and head in
                            (word.removesuffix("s") for word in t.text.lower().split()[1:])), None)
            replaced.append(dataclasses.replace(trigger, category=earlier.category, vague=earlier.vague)
                            if earlier is not None else trigger)
        unit.triggers = replaced
        # A weapon named in more than one word ("glide bomb") names its kind even where it is vague.
        named += [t for t in unit.triggers if (not t.vague or " " in t.text)
                  and t.category not in ("casualty", "generic")]


def _with_takings(sentence: Span, triggers: list[TriggerMention]) -> list[TriggerMention]:
    """The sentence's triggers and its takings of people by force: "Armed men seized three aid
    workers", "two engineers were snatched at gunpoint", "a trader was taken away by gunmen" are
    abductions (ACLED Abduction/forced disappearance: kidnapping by an organised actor).  A taking
    verb (data/lexicons/triggers.json "taking", from WordNet) whose object is a person counts when
    its doer is a non-state armed actor or the sentence says "at gunpoint"; police who seize a
    suspect arrest him.  Parse-dependent: with no parse of the object, nothing is added."""
    lexicon = taking_words()
    force = any(token.lower_ in lexicon.force for token in sentence)
    _, non_state = armed_actor_words()
    covered = {(t.start, t.end) for t in triggers if t.category == "abduction"}
    added = []
    for token in sentence:
        lemma = token.lemma_.lower()
        # "taken away", "carried off"; "taken at gunpoint" says the force itself.
        if token.pos_ != "VERB" or not (lemma in lexicon.verbs or (lemma in lexicon.particle_verbs and (force or any(
                child.dep_ in ("prt", "advmod") and child.lower_ in lexicon.particles for child in token.children)))):
            continue
        passive = any(child.dep_ == "auxpass" for child in token.children)
        victims = [child for child in token.children if child.dep_ == ("nsubjpass" if passive else "dobj")]
        if token.dep_ == "relcl" and (not victims or victims[0].tag_ in ("WP", "WDT")):
            # "Two Kenyans who were seized by gunmen": the victim is the noun the clause is about.
            victims = [token.head]
        if not any(_a_person(victim) for victim in victims):
            continue
        doers = ([grand for child in token.children if child.dep_ == "agent" for grand in child.children
                  if grand.dep_ == "pobj"] if passive else [child for child in token.children if child.dep_ == "nsubj"])
        # The doer's own words ("armed men", "rebel fighters"), not the phrases hanging on it.
        armed = any(_armed_word(" ".join([*(t.lower_ for t in doer.lefts if t.dep_ in ("amod", "compound")),
                                          doer.lower_]), non_state) for doer in doers)
        span = (token.idx, token.idx + len(token.text))
        if (force or armed) and span not in covered:
            added.append(TriggerMention("abduction", token.text, *span))
    return sorted(triggers + added, key=lambda t: t.start) if added else triggers


# The verbs of data/lexicons/act_nouns.json downed_verbs by lemma, with the particle a phrasal one
# needs ("shot down", "brought down"); "destroy" only of a weapon named, never of a pronoun.
_DOWNING = {"intercept": None, "down": None, "shoot": "down", "bring": "down", "destroy": None, "neutralise": None,
            "neutralize": None, "repel": None}
_WEAPON_PRONOUNS = frozenset({"it", "they", "them", "both", "all", "most"})


def _with_interceptions(sentence: Span, triggers: list[TriggerMention]) -> list[TriggerMention]:
    """The sentence's triggers and the downing of a weapon it names ("Houthis launched a missile at
    Tel Aviv; it was intercepted", "a drone launched from Lebanon toward Nahariya was shot down",
    "air defences shot it down"): a verb of downing whose object, or passive subject, is a munition
    among the sentence's weapon triggers (act_nouns.json downed_weapons: no aircraft that carries
    people) or a pronoun after one (ACLED: Disrupted weapons use).  The lexical patterns of
    triggers.json cover a weapon right before or after the verb; this reads the parse for one
    further off.  Parse-dependent: with no such argument, nothing is added."""
    munitions = _act_words("downed_weapons")
    weapons = [t for t in triggers if t.category in ("air", "shelling") and any(
        token.lemma_.lower() in munitions for token in sentence.doc.char_span(
            t.start, t.end, alignment_mode="expand") or ())]
    if not weapons or any(t.category == "interception" for t in triggers):
        return triggers
    # "Air defences failed to intercept the missile", "could not shoot down the drone": triggers.json
    # exclude holds the downings that did not happen.
    excluded = [(m.start() + sentence.start_char, m.end() + sentence.start_char)
                for m in load_lexicon().exclude.finditer(span_text(sentence))]
    added = []
    for token in sentence:
        lemma = token.lemma_.lower()
        negated = any(child.dep_ == "neg" for child in token.children)
        if token.pos_ != "VERB" or lemma not in _DOWNING or negated or any(
                start <= token.idx < end for start, end in excluded):
            continue
        particle = _DOWNING[lemma]
        if particle and not any(child.dep_ == "prt" and child.lower_ == particle for child in token.children):
            continue
        passive = any(child.dep_ == "auxpass" for child in token.children)
        held = [child for child in token.children if child.dep_ == ("nsubjpass" if passive else "dobj")]
        weapon = any(t.start <= arg.idx < t.end for arg in held for t in weapons)
        pronoun = lemma != "destroy" and any(arg.lower_ in _WEAPON_PRONOUNS and arg.idx > weapons[0].start
                                             for arg in held)
        if weapon or pronoun:
            added.append(TriggerMention("interception", token.text, token.idx, token.idx + len(token.text)))
    return sorted(triggers + added, key=lambda t: t.start) if added else triggers


def _territory_yielded(sentence: Span, triggers: list[TriggerMention], places: list[ResolvedPlace]
                       ) -> list[tuple[TriggerMention, str]]:
    """A place passing to an armed side, told from the place or the side that lost it, as a
    territory trigger and the words naming the side (ACLED: Government regains / Non-state actor
    overtakes territory): "Kidal fell to separatist rebels", "the town fell into the hands of
    al-Shabaab", "Government forces lost the town of X to the rebels", "the army lost control of
    X to militants", "X came under the control of Houthi fighters".

    A verb of yielding (act_nouns.json yielding_lemmas) or "come", not negated, whose taker is an
    armed actor (armed_actors.json, or a group's name) and whose place is a place found in the
    sentence (``places``) or a settlement or site noun (place_frames.json): before the verb in its
    clause, or for "lose" between the verb and its taker.  The taker is read from the parse
    (extract/actors.yielded_to) or, where the parse gives none, from the words right after the verb
    ("to", "into the hands of", "under the control of"); "the toll fell to 12" and "lost two
    soldiers to sniper fire" have no such place or taker."""
    if any(t.category == "territory" for t in triggers):
        return []
    state, non_state = armed_actor_words()
    nouns = frame_words()["settlement_nouns"] | frame_words()["site_nouns"]
    text = span_text(sentence)
    added = []
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ not in ("VERB", "AUX") or lemma not in yielding_lemmas() | {"come"} or any(
                child.dep_ == "neg" for child in token.children):
            continue
        at, end = token.idx - sentence.start_char, token.idx + len(token.text) - sentence.start_char
        clause_after = _CLAUSE_BREAK.split(text[end:], maxsplit=1)[0]
        parsed = yielded_to(token)
        if parsed is not None and (lemma != "come" or parsed.head.lower_ == "of"):
            taker_at = parsed.left_edge.idx - sentence.start_char
            taker = text[taker_at : parsed.right_edge.idx + len(parsed.right_edge.text) - sentence.start_char]
        else:
            found = (_LOST_TO if lemma == "lose" else _YIELDED_TO).search(clause_after)
            if found is None:
                if _post_fell(token):
                    # "The base near Lashio fell on Saturday": an armed side's post that falls has
                    # changed hands, whoever took it (the report names the taker elsewhere).
                    added.append((TriggerMention("territory", token.text, token.idx, token.idx + len(token.text)), ""))
                continue
            taker_at, taker = end + found.start(1), found.group(1)
        if not (any(_armed_word(m.group(), state | non_state) for m in _WORD.finditer(taker.lower()))
                or listed_armed_groups(taker)):
            continue
        # Where the place is told: before the verb in its clause, or between "lost" and its taker.
        start, stop = (end, taker_at) if lemma == "lose" else (
            at - len(_CLAUSE_BREAK.split(text[:at])[-1]), at)
        span = text[start:stop].lower()
        named = any(start <= p.mention.start - sentence.start_char < stop for p in places)
        if named or any(word in nouns for word in re.findall(r"[a-z]+", span)):
            added.append((TriggerMention("territory", token.text, token.idx, token.idx + len(token.text)), taker))
    return added


def _post_fell(verb: Token) -> bool:
    """"The base near Lashio fell on Saturday": "fall" with an armed side's post as its subject and
    no place it fell on ("shells fell on the camp") or state it fell into ("the camp fell silent")."""
    def a_day(preposition: Token) -> bool:  # "fell on Saturday"
        return any(obj.ent_type_ in ("DATE", "TIME") for obj in preposition.children if obj.dep_ == "pobj")

    if verb.lemma_.lower() != "fall" or any(child.dep_ in ("acomp", "oprd", "attr") or (
            child.dep_ == "prep" and child.lower_ in ("on", "onto", "upon", "into", "to", "below", "behind", "short",
                                                      "from", "under", "back", "apart") and not a_day(child))
            for child in verb.children):
        return False
    posts = word_list("target_nouns.json", "fallen_posts")
    return any(child.dep_ == "nsubj" and child.lemma_.lower() in posts for child in verb.children)


# The taker right after a verb of yielding, when the parse gives none: "fell to jihadist fighters",
# "fell into the hands of X", "came under the control of X"; after "lost ...": "to the rebels".
_YIELDED_TO = re.compile(r"^\s+(?:to|into\s+the\s+hands\s+of|under\s+(?:the\s+)?(?:full\s+)?control\s+of)\s+"
                         r"((?:[\w'-]+\s+){0,3}[\w'-]+)", re.I)
_LOST_TO = re.compile(r"\bto\s+((?:[\w'-]+\s+){0,3}[\w'-]+)", re.I)


def _with_arrests(sentence: Span, triggers: list[TriggerMention]) -> list[TriggerMention]:
    """The sentence's triggers and its arrests that ACLED codes (Strategic developments / Arrests:
    detaining significant individuals, or politically significant mass arrests): a verb of taking
    into custody (data/lexicons/triggers.json "arrest", from WordNet) whose held people are
    members or suspects of an armed group ("nine alleged members of Los Tiguerones", "four
    suspected militants", "a bomb maker of the BIFF"), political targets ("two members of
    parliament", "a journalist"), or many held by an armed side other than the police ("troops
    detained at least 25 people").  "Police arrested two suspects" in a crime is no event.
    Parse-dependent: with no parse of who was held, nothing is added."""
    lexicon = arrest_words()
    state, non_state = armed_actor_words()
    added = []
    described: list[tuple[int, int]] = []
    for token in sentence:
        if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.verbs:
            continue
        passive = any(child.dep_ == "auxpass" for child in token.children)
        held = [child for child in token.children if child.dep_ == ("nsubjpass" if passive else "dobj")]
        if not held or held[0].tag_ in ("WP", "WDT", "PRP"):
            continue  # "who were detained", "arrested him": the people are told elsewhere
        held_text = " ".join(t.text for t in held[0].subtree)
        held_lower = f" {held_text.lower()} "
        doers = ([grand for child in token.children if child.dep_ == "agent" for grand in child.children
                  if grand.dep_ == "pobj"] if passive else [child for child in token.children if child.dep_ == "nsubj"])
        doer_text = " ".join(t.text for doer in doers for t in doer.subtree).lower()
        doer_words = set(re.findall(r"[a-z]+", doer_text))
        members = any(re.search(rf" {re.escape(noun)}s?\b", held_lower) for noun in lexicon.members) or bool(
            set(re.findall(r"[a-z]+", held_lower)) & (non_state - civilian_when_hit())) or bool(
            listed_armed_groups(held_text))
        armed_doer = bool(doer_words & (state | non_state) - lexicon.police)
        # The count of the people held, not an age ("a 22-year-old man"): a number the held noun governs.
        counts = [n.value for child in held[0].children if child.dep_ == "nummod"
                  for n in find_numbers(child.text) if n.value is not None]
        mass = armed_doer and bool(counts) and max(counts) >= lexicon.mass_count and token.lemma_.lower() != "capture"
        if (members or political_target(held_text) or mass) and any(
                _a_person(h) or h.like_num or any(c.like_num for c in h.children) for h in held):
            added.append(TriggerMention("arrest", token.text, token.idx, token.idx + len(token.text)))
            subtree = list(held[0].subtree)
            described.append((subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)))
    if not added:
        return triggers
    # "a bomb maker of the Abu Sayyaf", "suspects in last week's bombing": the act words that
    # describe who was held are no act of the sentence; a demonstration they were held at is
    # ("23 protesters at a march").
    kept = [t for t in triggers if t.category in ("protest", "riot") or not any(
        start <= t.start < end for start, end in described)]
    return sorted(kept + added, key=lambda t: t.start)


def _a_person(token: Token) -> bool:
    """A person or people: a name, a nationality ("two Kenyans"), a pronoun, a WordNet noun.person or
    a group of people ("Red Cross staff", "a family": first sense noun.group)."""
    return (token.ent_type_ in ("PERSON", "NORP") or token.lower_ in ("him", "her", "them", "he", "she", "they")
            or (token.pos_ in ("NOUN", "PROPN") and (is_person_noun(token.lemma_)
                                                     or is_collective_noun(token.lemma_))))


def _denied_act(sentence: Span, trigger: TriggerMention) -> bool:
    """"no strikes were reported", "there was no attack": an act word the sentence says did not
    happen ("no casualties" is a figure, zero, and stays)."""
    if trigger.category == "casualty":
        return False
    before = [token for token in sentence if token.idx < trigger.start]
    if before and before[-1].lower_ == "no":
        return True
    # "arrested ... without a shot fired", "took the town without firing a shot", "without any
    # fighting": an act the sentence says was done without.
    for distance, token in enumerate(reversed(before[-4:])):
        if token.lower_ == "without":
            between = before[len(before) - distance :]
            return all(t.pos_ in ("DET", "ADJ", "ADV", "NUM") or t.tag_ == "VBG" for t in between)
    return False


def _in_source(attributions: list[AttributionMention], trigger: TriggerMention) -> bool:
    """"the air force said", "a helicopter pilot told reporters": a weapon or manner word inside the
    name of who speaks is no act of the sentence."""
    return trigger.vague and any(a.start <= trigger.start and trigger.end <= a.end for a in attributions)


_WEAPON_CATEGORIES = frozenset({"grenade", "shelling", "air", "ied"})


def _arms_taken(sentence: Span, trigger: TriggerMention) -> bool:
    """"Soldiers recovered two pistols and four grenades", "troops seized a cache of rockets",
    "police arrested two men with hand grenades": a weapon word that a verb of taking or finding
    arms takes (act_nouns.json seizing_verbs), or that arrested people were found with, names arms
    seized, not used; and "seized AK-47 rifles" takes arms (act_nouns.json seized_things), not a
    place.  Parse-dependent: with no such verb over the word, the trigger stays."""
    # (A rocket-propelled grenade is a clash's weapon word, vague: triggers.json.)
    if trigger.category not in _WEAPON_CATEGORIES | {"territory"} and not (trigger.category == "clash"
                                                                           and trigger.vague):
        return False
    token = _head_token(sentence, trigger.start)
    if token is None:
        return False
    verbs = _act_words("seizing_verbs")
    if trigger.category == "territory":
        things = _act_words("seized_things")
        taken = [child for child in token.children if child.dep_ in ("dobj", "nsubjpass")]
        return token.lemma_.lower() in verbs and any(
            t.lemma_.lower() in things for child in taken for t in [child, *child.conjuncts])
    current = token
    for _ in range(6):
        head = current.head
        if head is current:
            return False
        held = head.head
        if current.dep_ == "pobj" and head.lower_ == "with" and (
                (held.pos_ == "VERB" and held.lemma_.lower() in arrest_words().verbs)
                or (held.pos_ == "NOUN" and is_person_noun(held.lemma_))):
            return True  # "arrested two men with hand grenades": the arms they were caught with
        # ("rocket-propelled grenades": a participle inside the noun phrase is no clause's verb.)
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("amod", "acl", "compound"):
            return head.lemma_.lower() in verbs and current.dep_ in ("dobj", "nsubjpass", "conj")
        current = head
    return False


def _abstract_target(sentence: Span, trigger: TriggerMention, times: Sequence[TimeMention] = ()) -> bool:
    """"attacked the government's budget plan", "butchered funding", "kill the bill", "an attack on
    the policy": a generic act, attack or killing word whose object (a verb's direct object, a
    noun's "on"/"against" phrase) is something no weapon can hit (WordNet: agent_nouns.json
    "abstract") is a figure of speech.  Only an object the parse finds counts against the act; none
    found leaves it an act.  A time the object lies in (``times``, or the model's date and time
    entities) is when, never what: "an attack on Friday night", "a raid on Monday morning"."""
    if trigger.category not in ("generic", "attack", "casualty"):
        return False
    head = _head_token(sentence, trigger.start)
    if head is None:
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if head.pos_ == "NOUN":
        objects += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "upon")
                    for g in c.children if g.dep_ == "pobj"]
    return any(o.pos_ == "NOUN" and is_abstract_noun(o.lemma_) and o.ent_type_ not in ("DATE", "TIME")
               and not any(t.start <= o.idx < t.end for t in times) for o in objects)


# "a day after", "two days after", "hours after" right after a statement's day: the act's day,
# counted back from the statement's ("X said on Tuesday, a day after militants overran a base").
_DAYS_AFTER = re.compile(r",\s+(?:(?P<count>a|one|two|three)\s+days?|hours|only\s+hours|just\s+hours)\s+after\b", re.I)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}
# A weekday, a month or a figure: a time expression that names its own day.
_NAMES_A_DAY = re.compile(r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|"
                          r"sep|oct|nov|dec)[a-z]*\b|yesterday|today", re.I)


def _previous_day_of_a_named_day(unit: Unit, before: Unit | None = None) -> None:
    """"Officials told reporters on Monday that a car bomb had exploded the previous day": "the
    previous day" counts back from the day the sentence names before it (the statement's or
    another act's), not from the report's; one that opens the sentence ("On Monday, rebels shelled
    X. The previous night, drones struck Y") counts back from the last day of the sentence
    ``before`` it."""
    for position, mention in enumerate(unit.times):
        if not counts_from_a_day(mention):
            continue
        named = next((m for m in reversed(unit.times[:position]) if _names_its_day(m)), None)
        if named is None:
            # "The previous day, jihadists ambushed a patrol ..., the ministry said on Sunday": the day
            # of the statement told after it, in its sentence.
            named = next((m for m in unit.times[position + 1 :] if _names_its_day(m) and any(
                mention.end <= a.cue_start <= m.start for a in unit.attributions)), None)
        if named is None and before is not None and position == 0 and not mention.text[:1].islower() and (
                not unit.text[: mention.start - unit.start].strip()):
            named = next((m for m in reversed(before.times) if _names_its_day(m)), None)
        elif before is not None:
            continue  # told inside the sentence: read with its own sentence's days, once
        back = days_counted_back(mention)
        if named is not None and named.date is not None and back is not None:
            unit.times[position] = dataclasses.replace(mention, date=named.date - timedelta(days=back))


def _names_its_day(mention: TimeMention) -> bool:
    return mention.date is not None and mention.precision == "day" and not counts_from_a_day(mention)


# How far ", a day after" may stand from the day it counts from (characters).
_DAY_GAP = 80


def _day_before_statement(unit: Unit, acts: list[TriggerMention]) -> None:
    """The act told after a statement's "a day after" is dated back from the statement's day.

    So is one told after the day of a clause that tells no act ("Residents buried their dead on
    Tuesday, a day after gunmen killed 12 villagers"): that day is no act's, and is replaced.
    ``acts``: the sentence's triggers that can be acts (those a decision or plan covers are not).
    """
    if not unit.times or unit.times[0].date is None or unit.times[0].precision != "day":
        return
    day = unit.times[0]
    match = _DAYS_AFTER.search(unit.text, day.end - unit.start)
    # ("decided on Tuesday to send jets to join air strikes, a day after ...": words between the
    # day and ", a day after" that tell no act, a decided course's aside, leave the day the clause's.)
    if match is None or (match.start() - (day.end - unit.start) > 2 and (
            match.start() - (day.end - unit.start) > _DAY_GAP or any(
                day.end <= t.start < unit.start + match.start() for t in acts if t.category != "casualty")
            or any(day.end <= c.start < unit.start + match.start() for c in unit.casualties))):
        return
    if any(t.start < unit.start + match.end() or _NAMES_A_DAY.search(t.text) for t in unit.times[1:]):
        return  # "... two days after, on Monday, ...": the act's own day is named
    # Times after it that name no day ("in an overnight raid") tell the hour of the act's day.
    statement = day.start in unit.report_times
    after = unit.start + match.end()
    if not statement and (any(t.start < after and t.category != "casualty" for t in acts)
                          or any(c.start < after for c in unit.casualties)):
        # "Troops retook the town on Tuesday, a day after ...", "Four died on Tuesday, a day
        # after ...": the day is that act's ("buried their dead" tells none).
        return
    days = _COUNTS[match.group("count").lower()] if match.group("count") else 0
    assert day.date is not None
    earlier = TimeMention(unit.start + match.start() + 1, unit.start + match.end(), match.group().strip(", "),
                          day.date - timedelta(days=days), "day")
    unit.times = [day, earlier] if statement else [earlier]


# The nouns of a short span before "after" ("a day after", "hours after"): the act is recent.
_SHORT_SPANS = frozenset({"day", "days", "hours", "hour", "minutes", "moments", "shortly", "night", "morning",
                          "evening", "soon", "just"})


def _reference_ranges(sentence: Span, triggers: list[TriggerMention], times: list[TimeMention],
                      main_acts: list[TriggerMention] | None = None) -> list[tuple[int, int]]:
    """Clauses that speak of another incident: "before the attack on X", "after Moscow launched...".
    ``main_acts``: the triggers that can be acts of the main clause (all by default)."""
    ranges = []
    for token in sentence:
        retaliation = _retaliation_phrase(token)
        if retaliation:
            # "struck targets inside Syria in response to recent bombings in Baghdad", "shelled X to
            # avenge an air strike on Y": the act answered is another incident.
            start = min(t.idx for t in retaliation)
            end = max(t.idx + len(t.text) for t in retaliation)
            if any(start <= trigger.start < end for trigger in triggers):
                ranges.append((start, end))
            continue
        if token.lower_ in ("before", "after", "since", "following", "than") and token.dep_ in ("prep", "mark"):
            subtree = list(token.subtree) if token.dep_ == "prep" else list(token.head.subtree)
            if token.dep_ == "mark" and token.head == sentence.root:
                continue
            if _course_of_the_act(token, subtree, triggers, times):
                continue
            governor = token.head if token.dep_ == "prep" else token.head.head
            if token.lower_ == "since" and (any(child.dep_ == "aux" and child.lower_ in ("has", "have", "'ve", "’ve")
                                                for child in governor.children) or _PERFECT_BEFORE.search(
                    doc_text(sentence.doc)[sentence.start_char : token.idx])):
                # "has killed 57 people since clashes erupted on Sunday": where a count in the perfect
                # runs from, no other incident (eventwire.extract.background tells a recent span from
                # a running total).
                continue
            if governor.lemma_.lower() in speech_lemmas() and governor.pos_ == "VERB" and (
                    token.i >= 1 and token.nbor(-1).lower_ in _SHORT_SPANS):
                # "X said on Monday, a day after rebels overran the base": the statement is made a
                # day after the act, which is the news, not an earlier incident beside it.
                continue
            if _after_a_day_of_no_act(sentence, token, triggers if main_acts is None else main_acts):
                continue
            start = min(t.idx for t in subtree)
            end = max(t.idx + len(t.text) for t in subtree)
            if any(start <= trigger.start < end for trigger in triggers):
                ranges.append((start, end))
    return ranges


# A verb in the perfect: "have been killed", "has died", "has left", "have now lost".
PERFECT = (r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?"
           r"(?:[a-z]+(?:ed|en)|left|lost)\b")
# A count told in the perfect before "since": "have been killed in X since", "has left 40 dead since".
_PERFECT_BEFORE = re.compile(PERFECT + r"[^.;]*$", re.I)


def _retaliation_phrase(token: Token) -> list[Token]:
    """The phrase that names the act an act answers: "in retaliation for X", "in response to X", "as
    a reprisal for X" (the preposition's subtree) or "to avenge X" (the verb's); empty otherwise."""
    if token.lower_ in ("in", "as") and token.dep_ == "prep" and any(
            child.dep_ == "pobj" and child.lower_ in word_list("act_nouns.json", "retaliation_nouns") and any(
                grand.dep_ == "prep" and grand.lower_ in ("for", "to", "against") for grand in child.children)
            for child in token.children):
        return list(token.subtree)
    if token.pos_ == "VERB" and token.lemma_.lower() in word_list("act_nouns.json", "retaliation_verbs"):
        # "to avenge an air strike on X": what is avenged; "retaliated for X": what follows "for"
        # ("crowds retaliated by burning the police station" tells the answer itself).
        avenged = token.lemma_.lower() == "avenge"
        answered = [child for child in token.children
                    if (child.dep_ == "dobj" and avenged) or (child.dep_ == "prep" and child.lower_ == "for")]
        return [t for child in answered for t in child.subtree]
    return []


def _course_of_the_act(word: Token, phrase: list[Token], triggers: list[TriggerMention],
                       times: list[TimeMention]) -> bool:
    """"Gunmen broke into the jail ... and freed 90 prisoners after a shootout with wardens that
    left two wardens dead", "Rebels overran a post after a firefight": a fight named with an
    indefinite article and no day of its own right after the act is how the act went, not an
    earlier incident."""
    if word.lower_ != "after" or word.dep_ != "prep":
        return False
    noun = next((child for child in word.children if child.dep_ == "pobj"), None)
    if noun is None or not any(child.dep_ == "det" and child.lower_ in ("a", "an") for child in noun.children):
        return False
    start, end = min(t.idx for t in phrase), max(t.idx + len(t.text) for t in phrase)
    inside = [t for t in triggers if start <= t.start < end]
    return any(t.category == "clash" and t.start <= noun.idx < t.end for t in inside) and all(
        t.category in ("clash", "casualty", "generic") for t in inside) and not any(
        start <= t.start < end for t in times)


def _after_a_day_of_no_act(sentence: Span, after: Token, triggers: list[TriggerMention]) -> bool:
    """"Soldiers patrolled the streets on Wednesday, a day after a gun battle left seven dead": what
    followed the act is told on its day, and the act after ", a day after" is the news, however the
    parse hangs "after" (here on "day", itself on the act's verb)."""
    start = sentence.start_char
    match = next((m for m in _DAYS_AFTER.finditer(span_text(sentence))
                  if start + m.end() == after.idx + len(after.text)), None)
    if match is None:
        return False
    return not any(t.start < start + match.start() and t.category != "casualty" for t in triggers)


def _unframed_acts(sentence: Span, unit: Unit, published: date | None) -> list[TriggerMention]:
    """The sentence's triggers but those a frame covers (a decision, a plan, a verdict:
    eventwire.extract.scope), asked only of a sentence with ", a day after" (few are)."""
    if not _DAYS_AFTER.search(unit.text):
        return unit.triggers
    framed = frame_ranges(sentence, unit.triggers, unit.casualties, unit.times, published)
    return [t for t in unit.triggers if not any(start <= t.start < end for start, end in framed)]


def _set_aside_references(sentence: Span, unit: Unit, published: date | None) -> None:
    # "The cabinet voted on Wednesday to join air strikes ..., a day after militants attacked X": an
    # act a decision or plan covers (eventwire.extract.scope) is no act of the main clause, so the
    # act after ", a day after" is the news.
    ranges = _reference_ranges(sentence, unit.triggers, unit.times, _unframed_acts(sentence, unit, published))
    if not ranges:
        return

    def inside(position: int) -> bool:
        return any(start <= position < end for start, end in ranges)

    # A trigger among the counted victims ("three gunmen are dead") is no act of the main clause.
    victims = [(c.start, c.end) for c in unit.casualties]
    main_acts = [t for t in unit.triggers if not inside(t.start) and t.category not in ("generic", "casualty")
                 and not (_DOER_NOUN.fullmatch(t.text) and any(start <= t.start < end for start, end in victims))]
    # ("with a United States consular convoy targeted": a country that qualifies a thing places nothing.)
    main_places = [p for p in unit.places if not inside(p.mention.start) and not (
        p.location.feature == "country" and _qualifies_a_thing(sentence, p))]
    main_tolls = [c for c in unit.casualties if not inside(c.start)]
    # An act word that does not say how ("The air force struck the port ... hours after a missile
    # ...") is an act of the main clause too.
    main_words = [t for t in unit.triggers if not inside(t.start) and t.category != "casualty"]
    if not main_acts and (not unit.casualties or (main_tolls and not main_places) or not (main_tolls or main_words)):
        # "died on Tuesday after being shot": the clause tells how, not another incident; so does
        # "Following a raid on a post near X, five are dead", a toll with no act or place of its own;
        # and a main clause that tells no act and no toll tells what followed the act, which is the
        # news ("Troops were deployed to Gwoza on Monday after gunmen attacked a market there,
        # killing seven"), at the clause's own place when it names one ("a curfew in Jos after armed
        # men killed 12 in nearby Bokkos").
        if not (main_words or main_tolls) and any(inside(t.start) for t in unit.triggers):
            # The act's own place and day, when its clause names them, not the consequence's ("a
            # curfew in Bokkos on Sunday after gunmen killed nine in nearby Mushere on Saturday").
            unit.places = [p for p in unit.places if inside(p.mention.start)] or unit.places
            # (After "two days after", "in an overnight raid" names no day of its own: the day is
            # counted back from the one before, _day_before_statement.)
            counted = _DAYS_AFTER.search(unit.text) is not None
            unit.times = [t for t in unit.times if inside(t.start) and (
                not counted or _NAMES_A_DAY.search(t.text))] or unit.times
        return
    main_times = [t for t in unit.times if not inside(t.start)]
    reference_times = [t for t in unit.times if inside(t.start) and not t.since]
    if not main_times and reference_times and all(
        not doc_text(sentence.doc)[max(0, t.start - 40) : t.start].lower().rstrip().endswith("since")
        for t in reference_times
    ):
        return
    unit.times = main_times
    unit.triggers = [t for t in unit.triggers if not inside(t.start)]
    unit.places = [p for p in unit.places if not inside(p.mention.start)]
    if main_acts or main_words:
        # "Youths torched a police station after a man died in custody": the death is the cause
        # the clause gives, the toll of another incident, not of the act of the main clause; so
        # beside an act word that does not say how ("Militants attacked a post in X, two days after
        # a roadside bomb killed four soldiers in Y").
        unit.casualties = [c for c in unit.casualties if not inside(c.start)]


def _drop_statement_times(sentence: Span, unit: Unit) -> None:
    """"officials said on Thursday that...", "the toll rose to 14 on Saturday": the day of the
    statement or of the update is not the day of the act.  Dropped when the sentence has another
    time; else kept and marked (``report_times``) so that the act's day told nearby wins.

    The parse may hang every time of a sentence on its speech verb ("killed eight in X, Y state, on
    Monday, a spokesman said on Tuesday"): then only the one written right after the verb is the
    statement's, and the others stay."""
    statement: dict[int, bool] = {}  # start -> written right after the verb
    spoken: set[int] = set()
    update = bool(TOLL_BROUGHT_TO.search(unit.text))
    for mention in unit.times:
        token = _head_token(sentence, mention.start)
        while token is not None and token.dep_ in ("pobj", "prep", "npadvmod", "amod", "compound", "nummod", "advmod"):
            if token.head == token:
                break
            token = token.head
        if token is not None and token.dep_ in ("dobj", "dative") and token.pos_ in ("NOUN", "PROPN") and (
                token.head.lemma_.lower() in frame_words()["audience_verbs"]):
            token = token.head  # "told a rally in Lahore on Sunday that ...": the parse hangs the day on the audience
        lemma = token.lemma_.lower() if token is not None else ""
        # Surface fallback: "the army said on Sunday it had recaptured ...", which the small model
        # often attaches to the reported verb.
        first = next((t for t in sentence if t.idx >= mention.start), None)
        before = first.nbor(-1) if first is not None and first.i > sentence.start else None
        direct = before is not None and before.tag_ in ("VBD", "VBZ", "VBP") and _statement_verb(before)
        # "Officials on Wednesday put the toll at five", "police on Monday said": the day between the
        # speaker and the verb.
        last = next((t for t in reversed(sentence) if t.idx < mention.end), None)
        after = last.nbor() if last is not None and last.i + 1 < sentence.end else None
        between = after is not None and after.tag_ in ("VBD", "VBZ", "VBP") and _statement_verb(after) and (
            first is not None and first.i > sentence.start and _subject_of(first.nbor(-1), after))
        # "A soldier wounded in the ambush died on Wednesday, raising the toll to four": the day of a
        # later death that brings the toll up dates the update, not the act.
        later_death = lemma in _DYING_LEMMAS and update
        if direct or between or later_death or lemma in speech_lemmas() or lemma in toll_change_lemmas():
            statement[mention.start] = direct
            if direct or between or lemma in speech_lemmas():
                spoken.add(mention.start)
        elif first is not None and first.i > sentence.start and in_speaking_clause(sentence.doc, first.i):
            statement[mention.start] = True  # "Speaking at a news conference on Thursday, X said"
    if statement and len(statement) == len(unit.times) and not all(statement.values()) and any(statement.values()):
        statement = {start: direct for start, direct in statement.items() if direct}
    kept = []
    for mention in unit.times:
        if mention.start in statement:
            if len(unit.times) > 1:
                continue
            unit.report_times.add(mention.start)
            if mention.start in spoken:
                unit.spoken_times.add(mention.start)
        kept.append(mention)
    unit.times = kept


# Verbs of dying (WordNet 3.0 die.v.01 and its troponyms that news uses of the wounded: succumb,
# perish, expire).
_DYING_LEMMAS = frozenset({"die", "succumb", "perish", "expire"})


def _subject_of(word: Token, verb: Token) -> bool:
    """``word`` ends the subject of ``verb`` ("officials", "IRNA" of "the agency IRNA"), not a noun
    of the act's phrase before it ("the attack in Bardera the day before rose to 17")."""
    for _ in range(2):
        if word.dep_ in ("nsubj", "nsubjpass") and word.head == verb:
            return True
        if word.head == word:
            return False
        word = word.head
    return False


def _statement_verb(token: Token) -> bool:
    """A verb of saying, of a toll's change or of revising a figure ("said", "rose", "put", "lowered")."""
    lemma = token.lemma_.lower()
    return lemma in speech_lemmas() or lemma in toll_change_lemmas() or lemma in toll_revising_lemmas()


ACT_HEAD_STEPS = 3


def _act_times(sentence: Span, unit: Unit) -> tuple[set[int], set[int]]:
    """The time expressions whose head, within a few steps up the parse, is an act word: first
    with a trigger other than a bare casualty word ("abducted ... last Friday", "the strike on
    Sunday"), then with any trigger, a casualty word too ("On Monday, a bomb killed four")."""
    acts = [(t.start, t.end, t.category == "casualty") for t in unit.triggers]
    found: set[int] = set()
    with_tolls: set[int] = set()
    for mention in unit.times:
        if mention.start in unit.report_times:
            continue  # a statement's or update's day, whatever the parse hangs it on
        token = _head_token(sentence, mention.start)
        for _ in range(ACT_HEAD_STEPS):
            if token is None or token.head == token:
                break
            token = token.head
            hits = [casualty for start, end, casualty in acts if start <= token.idx < end]
            if hits:
                with_tolls.add(mention.start)
            if hits and not all(hits):
                found.add(mention.start)
                break
    return found, with_tolls


# "... in the city", "shelled the town": a town told by its kind alone, which refers back to one named.
THE_TOWN = re.compile(r"\b(?:in|near|outside|on|of|across|around|at|attacked|stormed|raided|shelled|struck|hit|"
                      r"overran|besieged|bombed|pounded|targeted|seized|captured|entered)\s+the\s+"
                      r"(?:city|town|village|capital|port)\b(?!\s+of\b)", re.I)


def _drop_actor_places(sentence: Span, unit: Unit) -> None:
    """Places that are not where the act happened: an outlet's seat ("a Dubai-based channel"), a
    launch origin ("fired from Lebanon"), a place inside a source, a capital or country that
    acts or speaks ("Moscow said", "after Washington and Paris proposed": the subject, or a
    conjunct of it, of a verb) or is the party a verb addresses ("accused Moscow of")."""
    # A "source" that holds the act or its figure is a misparse ("An air strike killed 12 in X,
    # the ministry said" with "strike" as the subject of "said"): its places stay the incident's.
    acts = [t.start for t in unit.triggers if t.category not in ("generic", "casualty")]
    acts += [c.start for c in unit.casualties]
    sources = [a for a in unit.attributions if not any(a.start <= position < a.end for position in acts)]
    kept: list[ResolvedPlace] = []
    labels: list[ResolvedPlace] = []
    attributive: list[ResolvedPlace] = []
    for place in unit.places:
        if place.mention.role == "refuge" and place.location.feature == "city":
            # "Residents who escaped to X said ...": where people went places the act only when
            # nothing else does, as a local witness's town does.
            unit.witness_places.append(place)
        if place.mention.role == "seat" and place.location.feature == "city" and THE_TOWN.search(
                unit.text, place.mention.end - unit.start):
            # "The mayor told reporters in Kharkiv that a missile had killed nine people in the city":
            # the town a statement was made in is the one "the city" after it names, when nothing
            # else places the act.
            unit.witness_places.append(place)
        if place.mention.role != "place":
            continue
        if round_up_label(sentence.doc, place.mention.token_start, place.mention.token_end):
            labels.append(place)
            continue
        # ("the Kurdistan Region's Counter-Terrorism Directorate said": the possessive before a
        # source's name is the source's, though the name is given without it.)
        inside = next((a for a in sources if a.start <= place.mention.start < a.end or unit.text[
            place.mention.end - unit.start : a.start - unit.start].strip() in ("'s", "’s")), None)
        if inside is not None:
            if place.location.feature == "city" and (_local_witness(inside) or (
                    _local_office(inside) and (not _a_capital(place) or _town_office(inside)))):
                unit.witness_places.append(place)
            continue
        in_role = next((a for a in sources if _in_role(unit, a, place.mention.start)), None)
        if in_role is not None:
            # "The mayor of Kharkiv, X, said a drone hit the village of Y", "X, a spokesman for the
            # Kherson regional administration, said": the place of the speaker's office, set off
            # beside the name, places the act only when nothing else does.
            unit.witness_places.append(place)
            continue
        first = _head_token(sentence, place.mention.start)
        if first is not None and place.location.feature == "city" and _mourners_place(first):
            # "Families in Butembo mourned 22 villagers killed when militants raided X": where the
            # mourners are places the act only when nothing else does, as a witness's town does.
            unit.witness_places.append(place)
            continue
        head = first
        while head is not None and head.dep_ == "conj" and head.head != head and head.head.i < head.i:
            head = head.head  # "Washington and Paris proposed": Paris stands with the subject
        if first is not None and first.i > sentence.start and first.nbor(-1).pos_ == "VERB" and (
                first.nbor(-1).lemma_.lower() in ACT_LEMMAS | PLACE_ACTS):
            # "artillery shelled Kyaukme and fighters ambushed ...": right after an act verb the name is
            # its object, whatever subject the small model makes of it.
            kept.append(place)
            continue
        if head is not None and head.dep_ == "nsubj" and head.head.pos_ == "VERB" and (
            head.head.lemma_.lower() not in _SUBJECT_OK_VERBS
        ) and not any(t.start <= head.idx < t.end for t in unit.triggers if t.category != "casualty"):
            # (A subject headed by the act's own noun, "the Brussels bombings" that the parse makes
            # the subject of "says", names the act's place, not a party that speaks.)
            continue
        if head is not None and head.dep_ == "dobj" and place.location.feature != "region" and (
                head.head.lemma_.lower() in frame_words()["agent_object_lemmas"]):
            continue  # "Kyiv accused Moscow of targeting ports": a party, not a place
        if head is not None and place.location.feature == "country" and _helper(head):
            continue  # "intercepted with the help of the United States and France": parties, not places
        if place.location.feature == "country" and _qualifies_a_thing(sentence, place):
            attributive.append(place)  # "a United States consular convoy": as a demonym qualifies it
            continue
        if head is not None and head.dep_ == "poss" and place.location.feature == "country":
            if _country_owns_the_area(head):
                kept.append(place)  # "in Pakistan's tribal areas", "near Syria's northern border"
            continue
        if head is not None and head.dep_ == "poss" and _a_capital(place) and _state_body(head.head):
            continue  # "Kabul's foreign ministry condemned ...": the capital stands for the state
        kept.append(place)
    # "Gitega: Two people were killed ...": a round-up item's label is its place whatever the parse
    # makes of it, after the finer places its sentence names ("Moba: ... near Kirungu"); a region
    # label of a sentence that names towns only heads them ("Dnipropetrovsk region: ... Nikopol ...,
    # while a drone hit Marhanets": two acts, not one in the region).
    # A country that only qualifies a thing ("Bahrain security forces drove out protesters") places
    # the act when its sentence names no other place.
    kept = kept or ([] if labels else attributive)
    unit.places = kept + [label for label in labels if label not in kept and label.location.feature == "city"] if (
        kept) else labels


def _helper(name: Token) -> bool:
    """Whether a name is the helper in "with the help of X", "with support from X", "with the backing
    of X" (its conjuncts too, which the caller walks back to the first)."""
    preposition = name.head
    return name.dep_ == "pobj" and preposition.lower_ in ("of", "from") and (
        preposition.head.lemma_.lower() in word_list("act_nouns.json", "help_nouns"))


def _qualifies_a_thing(sentence: Span, place: ResolvedPlace) -> bool:
    """Whether a country's name qualifies the noun phrase after it ("a United States consular convoy",
    "a France army patrol", "a China Road company bus") rather than naming an area of it ("the Syria
    border", "the Afghanistan side"): its last word hangs on a later word of the phrase, whose head
    is a common noun."""
    name = next((t for t in sentence if t.idx + len(t.text) >= place.mention.end), None)
    if name is None or name.dep_ not in ("compound", "nmod", "amod") or name.head.i <= name.i:
        return False
    thing = name.head
    while thing.dep_ in ("compound", "nmod", "amod") and thing.head.i > thing.i:
        thing = thing.head
    return thing.pos_ == "NOUN" and thing.lemma_.lower() not in PLACE_NOUNS | _AREA_NOUNS


# Nouns of the area along or inside a country that its name before them may qualify.
_AREA_NOUNS = frozenset({"border", "frontier", "side", "coast", "coastline", "interior", "mainland", "territory"})


def _country_owns_the_area(possessor: Token) -> bool:
    """Whether a country's possessive holds the area a place word puts the act in ("in Pakistan's
    tribal areas", "near Syria's northern border", "across Mali's north"): a common noun after
    "in", "near", "across" or "throughout" that is no act, force or statement ("in Russia's war",
    "in Nigeria's army"); a name after the possessive is placed on its own ("Pakistan's Kurram
    district")."""
    area = possessor.head
    if area.pos_ != "NOUN" or area.dep_ != "pobj" or area.head.lower_ not in ("in", "near", "across", "throughout"):
        return False
    words = frame_words()
    return not (area.lemma_.lower() in words["possessor_force_nouns"] | words["statement_nouns"]
                or area.lemma_.lower() in ACT_LEMMAS or area.lower_ in ACT_NOUNS
                or any(t.pos_ == "PROPN" and t.i != possessor.i for t in area.lefts))


def _speaker_noun(source: AttributionMention) -> str | None:
    """The noun a speaker is named by before where it is ("volunteer" of "a volunteer in Bardhere",
    "police" of "Police in Kano"); None for a source quoted through another."""
    words = source.source.lower().replace(",", " ").split()
    cut = next((i for i, word in enumerate(words) if word in ("in", "of", "at", "from")), len(words))
    return words[cut - 1] if not source.via and cut > 0 else None


def _in_role(unit: Unit, source: AttributionMention, char: int) -> bool:
    """Whether report offset ``char`` lies in the role set off beside a source's name ("The mayor
    of Kharkiv, X, said", "X, the governor of Borno, said"), as :meth:`Unit.without_sources` finds it."""
    if not source.source_role:
        return False
    at = unit.text.find(source.source_role)
    return at >= 0 and unit.start + at <= char < unit.start + at + len(source.source_role)


def _local_witness(source: AttributionMention) -> bool:
    """A speaker who is one of the people of a place ("a volunteer in Bardhere", "residents of X",
    "a community leader in Dansadau"), not an office, an outlet or an official far away."""
    return _speaker_noun(source) in frame_words()["witness_nouns"]


def _local_office(source: AttributionMention) -> bool:
    """The police or officials of a town ("Police in Kano said ...": place_frames.json
    local_office_nouns): where they are is the place they speak of when the sentence names no
    other (a national capital's officials speak for the whole country, _a_capital)."""
    return _speaker_noun(source) in frame_words()["local_office_nouns"]


def _unlabelled_named_subjects(sentence: Span, places: list[ResolvedPlace]) -> tuple[tuple[int, str], ...]:
    """Subjects that are proper names with no entity label and no place ("Médecins Sans Frontières
    treated ..."), or an acronym naming a subject's body ("UNICEF staff reached ..."), as (start, name)."""
    found: list[tuple[int, str]] = []
    for token in sentence:
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if token.pos_ == "PROPN":
            words = [child for child in token.children if child.dep_ == "compound" and child.pos_ == "PROPN"
                     and child.i < token.i] + [token]
        else:
            words = [child for child in token.children if child.dep_ == "compound" and child.text.isupper()
                     and child.is_alpha and len(child.text) >= 2]
        if not words or any(word.ent_type_ for word in words) or words[-1].i - words[0].i + 1 != len(words):
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        name = doc_text(sentence.doc)[start:end]
        if any(start <= place.mention.start < end for place in places) or is_outlet(name):
            continue
        found.append((start, name))
    return tuple(found)


def _mourners_place(token: Token) -> bool:
    """A town in the subject of a verb of mourning ("Families in Butembo mourned ...", "Mourners in
    Quetta buried ..."; out-of-scope-frames.json commemorative, and burying)."""
    node = token
    for _ in range(4):
        if node.dep_ in ("nsubj", "nsubjpass"):
            verb = node.head
            lemma = verb.lemma_.lower()
            return verb.pos_ == "VERB" and (lemma in frames().commemorative or lemma == "bury")
        if node.head == node:
            return False
        node = node.head
    return False


def _state_body(noun: Token) -> bool:
    """A body or office of the state a capital's possessive names ("Moscow's defence ministry",
    "Tehran's envoy", "Kabul's forces"): a state body (actor_nouns.json state_bodies), a person noun
    (WordNet) or an armed actor's word, but not the town's own people and offices ("Kabul's mayor",
    "Kyiv's residents", place_frames.json) nor its parts ("Kabul's Khair Khana neighbourhood")."""
    if not noun.text.islower():
        return False
    local = frame_words()
    if noun.lower_ in local["local_office_nouns"] or noun.lower_ in local["witness_nouns"]:
        return False
    state, non_state = armed_actor_words()
    return noun.lower_ in state | non_state or noun.lemma_.lower() in word_list(
        "actor_nouns.json", "state_bodies") or is_person_noun(noun.lemma_.lower())


def _town_office(source: AttributionMention) -> bool:
    """A town's own office even in a capital ("Kabul's mayor", "police in Mogadishu"), not its
    officials or authorities, who in a capital speak for the whole country."""
    return _speaker_noun(source) not in ("official", "officials", "authorities")


def _a_capital(place: ResolvedPlace) -> bool:
    return any(candidate.capital and candidate.name == place.location.name for candidate in place.mention.candidates)


def _in_speaking_clause_at(sentence: Span, char: int) -> bool:
    first = next((token for token in sentence if token.idx >= char), None)
    return first is not None and in_speaking_clause(sentence.doc, first.i)


def _speech_venue(sentence: Span, trigger: TriggerMention) -> bool:
    """Whether an act word is what a speech verb is told to or spoken at: its object ("told a
    rally") or the object of "at", "to" or "before" on the verb ("said at a rally", "spoke to a
    march")."""
    token = _head_token(sentence, trigger.start)
    if token is None:
        return False
    if token.dep_ in ("dobj", "dative"):
        return token.head.lemma_.lower() in speech_lemmas()
    return token.dep_ == "pobj" and token.head.lower_ in ("at", "to", "before") and (
        token.head.head.lemma_.lower() in speech_lemmas())


def _head_token(sentence: Span, char: int) -> Token | None:
    token = next((t for t in sentence if t.idx >= char), None)
    if token is None:
        return None
    while token.dep_ in ("compound", "flat") and token.head != token and token.head.i > token.i:
        token = token.head
    return token


def _set_aside_described_past(sentence: Span, unit: Unit) -> None:
    """A relative clause that tells its noun's past ("the group, which seized X last week") loses
    its acts, figures, places and times (eventwire.extract.background.described_past_ranges)."""
    ranges = described_past_ranges(sentence, unit.times)
    if not ranges:
        return

    def inside(position: int) -> bool:
        return any(start <= position < end for start, end in ranges)

    unit.triggers = [t for t in unit.triggers if not inside(t.start)]
    unit.casualties = [c for c in unit.casualties if not inside(c.start)]
    unit.places = [p for p in unit.places if not inside(p.mention.start)]
    unit.times = [t for t in unit.times if not inside(t.start)]


_PRESENT = frozenset({"VBZ", "VBP"})


def _tells_a_pattern(sentence: Span, unit: Unit) -> bool:
    """"The junta has answered the uprising with jets and rocket launchers", "Insurgents often use roadside
    bombs against convoys": a sentence in the present or present perfect whose acts are all bare
    nouns (a plural or mass noun with no article, number or possessive: kinds of weapons, not an
    act) and that gives no day, place or figure tells how a war is fought, not the incident; a
    generic reading of a bare plural (Carlson 1977), marked by the tense of the sentence's verb."""
    acts = [t for t in unit.triggers if t.category not in ("generic", "casualty")]
    if not acts or unit.times or unit.places or any(c.value is not None for c in unit.casualties):
        return False
    for trigger in acts:
        tokens = [token for token in sentence if trigger.start <= token.idx < trigger.end]
        if not tokens or tokens[-1].tag_ not in ("NNS", "NN") or any(
                child.dep_ in ("det", "nummod", "poss") for child in tokens[-1].children):
            return False
    root = sentence.root
    auxiliaries = [child for child in root.children if child.dep_ in ("aux", "auxpass")]
    return root.tag_ in _PRESENT or (root.tag_ in ("VBN", "VBG") and bool(auxiliaries) and all(
        aux.tag_ in _PRESENT or aux.lower_ == "been" for aux in auxiliaries))


def _token_tag(sentence: Span, trigger: TriggerMention) -> str | None:
    token = next((t for t in sentence if trigger.start <= t.idx < trigger.end), None)
    return token.tag_ if token is not None else None


def _ongoing(sentence: Span, unit: Unit) -> bool:
    """"Rebels have been shelling the outskirts of Goma for weeks", "reports that soldiers have been
    blocking and looting farms": every act verb in the present perfect progressive (have/has been +
    -ing, itself or as the later verb of a pair) with no day and no figure tells a course of weeks
    or months, not an incident (ACLED codes the dated acts of such a course, not the course)."""
    # ("have been raping and killing women": a killing verb in the course is one of its acts.)
    acts = [t for t in unit.triggers if t.category != "casualty" or _token_tag(sentence, t) == "VBG"]
    if not acts or any(t.precision == "day" for t in unit.times) or any(
            c.value is not None or c.vague for c in unit.casualties):
        return False
    tokens = [next((t for t in sentence if trigger.start <= t.idx < trigger.end), None) for trigger in acts]
    verbs = [token for token in tokens if token is not None and token.tag_ == "VBG"]
    if not verbs:
        return False
    for trigger, token in zip(acts, tokens, strict=True):
        if token is not None and token.tag_ != "VBG" and (_DOER_NOUN.fullmatch(trigger.text) or any(
                token in verb.subtree for verb in verbs)):
            # ("Cartel gunmen have been kidnapping migrants", "have been planting roadside bombs": the
            # doers and what the verbs act with are no act of their own.)
            continue
        if token is None or token.tag_ != "VBG":
            return False
        # "have been besieging and looting villages": a later verb of the pair shares the first's
        # auxiliaries.
        while token.dep_ == "conj" and token.head.tag_ == "VBG" and not any(
                child.dep_ == "aux" for child in token.children):
            token = token.head
        auxiliaries = {child.lower_ for child in token.children if child.dep_ == "aux"}
        if "been" not in auxiliaries or not auxiliaries & {"have", "has", "'ve", "’ve"}:
            return False
    return True


# A participle that tells what the act of the clause before it did: "..., killing 10 civilians".
_RESULT_PARTICIPLES = frozenset({"killing", "wounding", "injuring", "leaving", "claiming", "hurting"})


def _with_result_clause(sentence: Span, span: tuple[int, int]) -> tuple[int, int]:
    """A background clause with the participle clause that follows it and tells its result
    ("Insurgents had stormed the town on May 10, killing 10 civilians": the toll is the earlier
    act's, not an undated toll of the incident)."""
    start, end = span
    after = [t for t in sentence if t.idx >= end]
    while after and after[0].is_punct and after[0].text == ",":
        after = after[1:]
    if not after or after[0].lower_ not in _RESULT_PARTICIPLES or after[0].idx - end > 3:
        return span
    return start, max(end, max(t.idx + len(t.text) for t in after[0].subtree))


# "The attack", "this ambush": an act word that refers back to the incident.
_THE_ACT = re.compile(r"\b(?:the|this|that)\s+$", re.I)


def _is_history(sentence: Span, unit: Unit, published: date | None,
                written: Sequence[TimeMention] = ()) -> bool:
    """Whether the whole sentence is background; background clauses of a sentence about the
    incident lose their triggers, figures, places and times (``eventwire.extract.background``).
    ``written``: every time the sentence names, also those set aside as a statement's day or a
    clause of reference, which still tell when a span began ("since clashes erupted on Sunday, a
    doctor said on Wednesday")."""
    span_times = [*unit.times, *(t for t in written if t not in unit.times)]
    # "The X Network, which has documented attacks since 2018, said ...": a cue between a named
    # speaker and its speech verb describes who speaks, not what the sentence tells.
    # Not so before a participle ("Militants have fired rockets at X since the year began, claiming
    # ..."): there the words between are the sentence's own clause.
    speakers = [(a.start, a.cue_start) for a in unit.attributions if a.start < a.cue_start
                and not a.cue.lower().endswith("ing")]
    cues = [cue for cue in find_cues(unit.text, unit.start, unit.times, unit.triggers, published, sentence)
            if not any(start <= cue.start < end for start, end in speakers)]
    # Verdicts, commemorations and disasters (eventwire.extract.scope) cover their acts the same way.
    frames = frame_ranges(sentence, unit.triggers, unit.casualties, unit.times, published)
    if not cues and not frames:
        return False
    background = [_with_result_clause(sentence, span) for span in background_ranges(
        sentence, cues, unit.triggers, span_times, published, unit.toll_times)]
    ranges = background + frames

    def inside(position: int) -> bool:
        return any(start <= position < end for start, end in ranges)

    def in_background(position: int) -> bool:
        # A frame takes the acts; its places and days may still be the incident's ("before the
        # jet crashed on Wednesday, Iran launched missiles").
        return any(start <= position < end for start, end in background)

    # What keeps a sentence about the incident: a typed act or a figure outside the background.
    acts = [t.start for t in unit.triggers if t.category not in ("generic", "casualty")]
    acts += [c.start for c in unit.casualties if c.value is not None or c.vague]
    # "The attack took place near X, as the convoy drove toward Y, which has been under blockade for
    # months": a generic act word and a place both outside the background tell where the act was.
    placed_act = not acts and any(t.category == "generic" and not inside(t.start) and _THE_ACT.search(
        unit.text[max(0, t.start - unit.start - 12) : t.start - unit.start]) for t in unit.triggers) and any(
        not inside(p.mention.start) for p in unit.places)
    if all(inside(position) for position in acts) and not placed_act:
        # A sentence with a cue and no act of its own is history too ("the city has been shelled
        # repeatedly", "the attack came on the anniversary of ...").
        return True
    unit.triggers = [t for t in unit.triggers if not inside(t.start)]
    unit.casualties = [c for c in unit.casualties if not inside(c.start)]
    unit.places = [p for p in unit.places if not in_background(p.mention.start)]
    unit.times = [t for t in unit.times if not in_background(t.start)]
    return False
