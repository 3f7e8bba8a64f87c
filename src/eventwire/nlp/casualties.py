"""Casualty and weapon-count mentions: a number, its qualifier and what it counts.

Works on plain sentence text so that it can be tested on sentences written by hand.
"21 people, including three children, were killed" gives one claim of 21 killed with a
breakdown of three children; "dozens of injuries" gives an injured claim with no value.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from eventwire.nlp.cache import span_text
from eventwire.nlp.lexicons import (
    alternation,
    armed_actor_words,
    is_agent_noun,
    is_collective_noun,
    is_person_noun,
    killing_lemmas,
    phrasal_killing,
    word_list,
)
from eventwire.nlp.numbers import NumberMention, find_numbers, words_to_number
from eventwire.nlp.triggers import inflections, irregular_forms
from eventwire.records import Qualifier

KIND_AFTER = [
    ("killed", r"killed|dead|died|die|deaths?|fatalities|lives|murdered|slain|executed|massacred|"
               r"stabbed to death|shot dead|shot and killed|beaten to death|burned to death|perished|lost their lives|"
               r"martyred|embraced martyrdom|"
               # Military communiqués' words for killing fighters ("11 terrorists were neutralised",
               # "eliminated 30 militants"; WordNet 3.0 liquidate.v.02 {liquidate, neutralize}, a kind
               # of kill.v.01): counted only with a people's noun (COMMUNIQUE_KILLING).
               r"eliminated|neutrali[sz]ed|liquidated|"
               # "succumbed to their injuries": died of wounds (WordNet succumb.v.02 "die from the effect of").
               r"succumbed(?:\s+to\s+(?:their|his|her)\s+(?:\w+\s+)?(?:injuries|wounds))?|"
               # "12 bodies were recovered": the bodies counted are the dead.
               r"bodies|corpses"),
    ("injured", r"injured|injuries|wounded|wounds|hurt|hospitali[sz]ed|injuring|wounding|"
                # Wounds told as their treatment or as what the people suffered: "four others were
                # receiving treatment", "six people with gunshot wounds", "three neighbours sustained
                # shrapnel wounds", "twelve were admitted to hospital".
                r"(?:receiving|being|were\s+being)\s+treated|receiving\s+(?:medical\s+)?treatment|"
                r"treated\s+for\s+(?:\w+\s+)?(?:wounds|injuries)|with\s+(?:\w+\s+){0,2}?(?:wounds|injuries)|"
                r"(?:suffered|sustained|received|suffering|sustaining)\s+(?:\w+\s+){0,2}?(?:wounds|injuries)|"
                r"(?:admitted|rushed|brought|taken|evacuated)\s+to\s+(?:a\s+|the\s+)?(?:\w+\s+){0,2}?hospitals?|"
                # "30 protesters had been treated in hospital", "15 needed hospital treatment", "23
                # people sought medical help": treatment of the hurt, told by where or that they sought it.
                r"(?:been\s+)?treated\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:\w+\s+){0,2}?(?:hospitals?|clinics?)|"
                r"(?:needed|required|sought|seeking|needing|requiring)\s+(?:hospital\s+|medical\s+)"
                r"(?:treatment|help|care|attention)"),
    ("missing", r"missing|unaccounted for"),
    ("abducted", r"abducted|kidnapped|taken hostage|hostages|seized"),
    ("arrested", r"arrested|detained|arrests|detentions"),
    ("drones", r"(?:\w+[- ])?(?:drones|uavs|unmanned aerial vehicles)"),
    ("missiles", r"(?:\w+[- ])?(?:missiles|rockets)"),
]
KIND_BEFORE = [
    ("killed", r"killing|killed|kills|kill|shot dead|shooting dead|gunned down|gunning down|massacred|massacring|"
               r"eliminat(?:ed|ing)|neutrali[sz](?:ed|ing)|liquidat(?:ed|ing)|"
               r"executed|executing|slaughtered|slaughtering|slew|slain|murdered|murdering|beheaded|beheading|"
               r"(?:the )?deaths? of|(?:the )?(?:bodies|remains|corpses) of(?: the| some)?|"
               r"(?:death )?toll\b[^.;:\d]{0,80}?\b(?:rose|rises|rising|risen|climbed|climbs|climbing|increased|"
               r"increasing|jumped|reached|reaches|stands|stood|is|was)"
               r"(?: to| at)?|(?:death )?toll of|left|leav(?:e|es|ing)|lost|los(?:e|es|ing)|"
               # "claimed the lives of", "cost the lives of", "took the lives of"
               r"(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|t(?:ook|aking|akes|aken)) the lives of|"
               r"rais(?:e|es|ed|ing) (?:the|its) (?:death )?toll (?:from [^.;:\d]{0,80}?)?to"),
    # "medics treated 14 people", "crews treated nine": those treated after an act are its injured.
    ("injured", r"injuring|injured|injures|wounding|wounded|wounds|hurting|hurt|treated|treating"),
    ("abducted", r"abducting|abducted|kidnapping|kidnapped|seized"),
    ("arrested", r"arresting|arrested|detaining|detained"),
]
# What happened to counted weapons, by kind; the verbs of each are data/lexicons/act_nouns.json "<kind>_verbs".
_WEAPON_KINDS = ("downed", "launched")
QUALIFIERS_BEFORE: list[tuple[Qualifier, str]] = [
    ("at least", r"at least|no fewer than|no less than|a minimum of"),
    ("more than", r"more than|over|upwards of|in excess of|exceeded|exceeding"),
    ("about", r"about|around|approximately|roughly|some|nearly|almost|close to|an estimated|estimated|"
              r"up to around"),
    ("up to", r"up to|as many as|at most"),
    ("less than", r"less than|fewer than|under"),
]
# What may stand between a number and its kind word besides the counted nouns (data/lexicons/
# actor_nouns.json "counted"): "others", auxiliaries, adverbs, nationality adjectives.
_FILLER_REST = (
    r"others?|more|further|additional|of them|of those|"
    r"were|was|are|is|have|has|had|been|being|be|reportedly|reported|declared|pronounced|also|believed|"
    r"confirmed|feared|thought|"
    r"said|to|later|since|so far|in total|total|all|either|or|now|already|seriously|critically|severely|slightly|"
    r"lightly|badly|fatally|mortally|gravely|of|Ukrainian|Russian|"
    r"\w+ian|\w+ese|\w+i|\w+ish|security|military|government|pro-\w+|local|foreign|other|"
    r"people's|who|of (?:the|his|her|their|its|our|my|[A-Z]\w+'s?)(?: \w+)?|"
    # Any other lower-case plural noun names the counted ("villagers", "gendarmes", "pupils"): the
    # kind word after it still has to say killed or injured.
    r"(?-i:[a-z]{3,}s|[a-z]{2,}men)|"
    # A people's plural: "Palestinians", "Israelis", "Afghans", "Sudanese".
    r"(?-i:[A-Z][a-z]{2,}(?:ians|ans|is|ese))|"
    # A group's or place's name before the counted noun: "two Hezbollah fighters", "five al-Shabaab
    # militants", "12 Kyiv residents", one word of several ("two Frontier Corps personnel").
    r"(?-i:(?:al-|el-)?[A-Z][\w'-]+(?=(?:\s+[A-Z][\w'-]+)*\s+[a-z]))"
)
_NO_FIGURE_AFTER = re.compile(
    r"^(?:-|\s)?(?:year|years?[- ]old|%|percent|per cent|km|kilomet|miles?|metres|meters|am\b|pm\b|"
    r"a\.m|p\.m|hours?|days?|weeks?|months?|minutes?|times|dollars|euros|tons|tonnes|storey|floors?|"
    r"st\b|nd\b|rd\b|th\b|:\d)",
    re.I,
)
_RANGE = re.compile(r"^\s*(?:to|-|–|and)\s*$", re.I)
_BREAKDOWN_INCLUDING = re.compile(r"(?:including|among them|among whom|of whom)\s*$", re.I)
_BREAKDOWN_OF_THEM = re.compile(r"^\s+(?:of them|of whom|of those)\b(?P<rest>[^,;.()—–]*)", re.I)
_NONE_PATTERN = re.compile(
    r"\bno (?:immediate |reported |serious )?(?:reports? of )?(?P<what>casualties|deaths|fatalities|injuries)\b|"
    r"\bwithout (?:any )?(?P<what3>casualties)\b|"
    r"\b(?:no(?:-| )one|nobody|none(?:\s+of(?:\s+[\w'’-]+){1,4}?)?)\s+(?:was|were|had been|has been)\s+"
    r"(?:immediately\s+|reportedly\s+|seriously\s+)?"
    r"(?:reported\s+)?(?P<what2>killed|hurt|injured|wounded|harmed)(?:\s+or\s+(?P<what5>injured|hurt|wounded))?\b|"
    r"\b(?:no(?:-| )one|nobody)\s+(?P<what4>died)\b|"
    # "No lives were lost", "no loss of life", "no one lost their life": nobody died.
    r"\bno\s+(?:human\s+)?(?P<what6>lives?)\s+(?:was|were|had been|has been|have been)\s+lost\b|"
    r"\bno\s+(?:\w+\s+)?loss\s+of\s+(?:human\s+)?(?P<what7>life|lives)\b|"
    r"\b(?:no(?:-| )one|nobody)\s+lost\s+(?:their|his|her)\s+(?P<what8>li(?:fe|ves))\b",
    re.I,
)
# "They said they suffered no casualties", "its forces had no losses": one side's own losses, said
# beside the dead of the other side; no figure of the incident.
_SIDE_WITHOUT_LOSSES = re.compile(r"\b(?:they|we|it|its|their|our)\b(?:\s+[\w-]+){0,2}?\s+(?:had\s+)?"
                                  r"(?:suffered|sustained|incurred|had)\s+$", re.I)
# "No one was hurt", "none of the tanker's sailors were injured": nobody was harmed at all, so nobody
# died either; "no one was killed" and
# "no deaths" say nothing of the injured, and "no injuries" nothing of the dead.
_NONE_KINDS = {"casualties": ("killed", "injured"), "hurt": ("killed", "injured"), "injured": ("killed", "injured"),
               "wounded": ("killed", "injured"), "harmed": ("killed", "injured"), "killed": ("killed",),
               "died": ("killed",), "deaths": ("killed",), "fatalities": ("killed",), "injuries": ("injured",),
               "life": ("killed",), "lives": ("killed",)}


@dataclass(slots=True)
class BreakdownMention:
    value: int
    description: str
    start: int
    end: int


@dataclass(slots=True)
class CasualtyMention:
    """A figure in a sentence; offsets are into the text given to :func:`find_casualties`."""

    kind: str
    value: int | None
    qualifier: Qualifier
    start: int
    end: int
    low: int | None = None
    high: int | None = None
    vague: str | None = None
    breakdowns: list[BreakdownMention] = field(default_factory=list)
    part_of: str | None = None


_PART_OF = re.compile(
    r"^\s+of (?:the|those) (?P<whole>dead|killed|victims|injured|wounded|casualties)"
    # "of the injured officers", "of the wounded soldiers": the hurt named by who they were.
    r"(?:\s+(?!(?:were|was|are|is|have|has|had)\b)(?-i:[a-z]+s|[a-z]+men))?\s+(?:were|was|are|is)?\s*"
    r"(?P<what>[^,;.]{0,60})",
    re.I,
)
_PART_KIND = {"dead": "killed", "killed": "killed", "victims": "killed", "injured": "injured", "wounded": "injured",
              "casualties": "killed"}




@lru_cache(maxsize=1)
def _filler() -> str:
    """A word that may stand between a number and its kind word: a counted noun (lexicon) or _FILLER_REST."""
    return rf"(?:{alternation(word_list('actor_nouns.json', 'counted'))}|{_FILLER_REST}|{_qualifying_noun()})"


def _qualifying_noun() -> str:
    """A lower-case noun qualifying the counted plural after it: "45 junta troops", "six rebel
    fighters", "eleven suspected militants"; not a verb, a function word (spaCy's English stop
    words) or a word before the wounds ("suffered serious injuries", "21 deaths and dozens of")."""
    stop = "|".join(sorted((re.escape(word) for word in STOP_WORDS if word.isalpha()), key=len, reverse=True))
    return (r"(?-i:(?:suspected|alleged|armed|unarmed|unidentified|masked|retired|"
            rf"(?!(?:{stop})\b)(?![a-z]+(?:ed|ing)\b)[a-z]{{3,}})"
            r"(?=\s+(?!(?:wounds|injuries|deaths|casualties|fatalities|lives|burns|dozens|hundreds|scores)\b)"
            r"(?:[a-z]{3,}s|[a-z]{2,}men)\b))")


@lru_cache(maxsize=1)
def _weapon_verbs() -> str:
    """The weapon verbs as named groups, one per kind: ``w_downed``, ``w_launched``."""
    return "|".join(f"(?P<w_{kind}>{alternation(word_list('act_nouns.json', f'{kind}_verbs'))})"
                    for kind in _WEAPON_KINDS)


@lru_cache(maxsize=2)
def _phrasal_killed(ing: bool) -> str:
    """The phrasal verbs of killing as they stand after their victims ("were gunned down", "mown
    down") or, with ``ing``, before them ("gunning down"): data/lexicons/killing_verbs.json."""
    forms = sorted(f"{form}\\s+{particle}" for verb, particle in phrasal_killing()
                   for form in inflections(verb, irregular_forms())
                   if form != verb and form.endswith("ing") == ing and (ing or form.endswith("ed") or form in
                                                       irregular_forms().get(verb, [])))
    return "|".join(forms)


def _with_phrasal(kinds: list[tuple[str, str]], before: bool) -> list[tuple[str, str]]:
    """``kinds`` with the phrasal verbs of killing joined to "killed"; before a count a verb may
    also stand in its -ing form ("gunning down four farmers")."""
    phrasal = f"{_phrasal_killed(False)}|{_phrasal_killed(True)}" if before else _phrasal_killed(False)
    return [(name, f"{pattern}|{phrasal}" if name == "killed" else pattern) for name, pattern in kinds]


@lru_cache(maxsize=1)
def _kind_after_pattern() -> re.Pattern[str]:
    return re.compile(
        # A closing quote may end the counted words ('said "around 300 civilians" were killed').
        rf"^(?:[\"”’']?[\s,]+|\s*\((?:[^()]*)\)\s*)?(?:{_filler()}[\"”’']?[\s,]+){{0,6}}(?:(?P<kind>"
        + "|".join(f"(?P<a{i}>{p})" for i, (_, p) in enumerate(_with_phrasal(KIND_AFTER, before=False)))
        + r"))\b",
        re.I,
    )


@lru_cache(maxsize=1)
def _kind_before_pattern() -> re.Pattern[str]:
    return re.compile(
        r"(?:(?P<kind>" + "|".join(f"(?P<b{i}>{p})" for i, (_, p) in
                                   enumerate(_with_phrasal(KIND_BEFORE, before=True)))
        + r")|(?P<weapon>" + _weapon_verbs()
        + r"))(?:\s+(?:the\s+)?(?:lives of|a total of|a further|another)|"
        # "killed a family of five", "wiped out an entire family of six": the family counted.
        + r"\s+(?:an?|the)\s+(?:whole\s+|entire\s+)?(?:[a-z]+\s+)?family\s+of)?\s+$",
        re.I,
    )


# A figure given as the toll that the news just told raised: "..., bringing the death toll from the
# strike to 14", "..., taking the number of dead to 12" (what it tells is an update of the toll).
TOLL_BROUGHT_TO = re.compile(r"\b(?:bringing|taking|pushing|raising)\s+(?:the|its|their)\s+(?:[a-z]+\s+)?"
                             r"(?:toll|number)\b", re.I)
# The old figure of a revised toll, which the new one after "to" replaces: "rose from 20 to 31".
_FROM_FIGURE = r"\s+from\s+(?:about\s+|around\s+|at\s+least\s+)?\d[\d,]*"
# A toll noun: "the death toll", "the number of people killed", "the number of wounded".
_TOLL_NOUN = (r"(?:(?:death|casualty|fatality)\s+)?(?:toll|number\s+(?:of\s+)?(?:[a-z]+\s+){0,2}?"
              r"(?:(?P<injured>injured|wounded|injuries)|killed|dead|deaths|fatalities|victims))\b")
# A toll and its change verb, the number following: "the death toll from ... rose to",
# "the number of people killed in ... climbed to", "the number of wounded reached".
_TOLL_BEFORE = re.compile(
    r"\b" + _TOLL_NOUN + r"[^.;:\d]{0,160}?"
    r"\b(?:rose|rises|rise|rising|risen|climbed|climbs|climb|climbing|increased|increases|increase|increasing|"
    r"jumped|jumps|reached|reaches|reach|stands|stood|hit|hits|soared|soars|mounted|mounts|grew|grows|"
    r"fell|falls|fall|falling|fallen|dropped|drops|drop|declined|decreased|"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)?(?:revised|lowered|raised|corrected|updated))"
    r"(?:\s+(?:up|down|upwards?|downwards?))?(?:" + _FROM_FIGURE + r")?(?:\s+to|\s+at)?\s+$",
    re.I,
)
# A toll changed by the verb before it, the old figure after "from" if given: "officials raised the
# death toll from Tuesday's bombing from 12 to 19", "lowered the number of dead ... from 47 to 41",
# "raised the toll of the bombing to 15", "bringing the death toll to 14", "the number killed".
# ("revised the figure down to one": a revised figure is the toll's.)
_TOLL_REVISED = re.compile(
    r"\b(?:rais|lower|revis|increas|reduc|correct|updat|adjust|cut|bring|brought|tak|took|push)\w*\s+"
    r"(?:the|its|their)\s+(?:official\s+)?(?:" + _TOLL_NOUN + r"|(?:death\s+)?figure\b)[^.;:\d]{0,160}?"
    r"(?:\s+(?:up|down|upwards?|downwards?))?(?:" + _FROM_FIGURE + r")?\s+to\s+$",
    re.I,
)
# A toll given by the verb before it: "the health ministry put the death toll at 27", "officials put the
# number of dead at 12 and the number of injured at 30", "the army estimated the number of militants
# killed at 40".
_TOLL_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating|set|sets|setting)\s+"
    r"(?:[^.;:]{0,100}?\band\s+)?"
    r"(?:(?:the|its|their)\s+(?:(?:death|casualty|fatality)\s+)?(?:toll|number\s+of\s+(?:[a-z]+\s+){0,2}?"
    r"(?:(?P<injured>injured|wounded|injuries)|killed|dead|deaths|fatalities|victims))\b[^.;:\d]{0,60}?"
    # "... at 12 and the injured at 30", "... at 15 and of injured at 22": the second figure's group.
    r"|(?<=\band\s)(?:the\s+|of\s+(?:the\s+)?)(?P<injured2>injured|wounded))"
    r"\s+at\s+$",
    re.I,
)
_QUALIFIER_BEFORE = re.compile(
    r"(?:" + "|".join(f"(?P<q{i}>{p})" for i, (_, p) in enumerate(QUALIFIERS_BEFORE)) + r")\s+$", re.I
)


@lru_cache(maxsize=1)
def _weapon_before() -> re.Pattern[str]:
    return re.compile(r"(?P<verb>" + _weapon_verbs() + r")\b[^.;]{0,40}$", re.I)


@lru_cache(maxsize=1)
def _weapon_after_verb() -> re.Pattern[str]:
    return re.compile(
        r"^[^.;]{0,60}?\b(?:were|was|had been|have been)\s+(?:\w+\s+)?(?P<verb>" + _weapon_verbs() + r")\b", re.I)


# A part of a group told before: "of them", "of those", "of the eight", "of the hostages".
_OF_A_GROUP = re.compile(r"^\s+of\s+(?:them|those|whom|the\s+[\w-]+(?:\s+(?-i:[a-z]+s|[a-z]+men))?)(?=\s)", re.I)
# The words after a part of the hurt that say it died: "(of them) later died", "died on the way".
_DIED_AFTER = re.compile(r"^\s*(?:(?:have|has|had)\s+)?(?:(?:later|subsequently|since|also|then)\s+)?"
                         r"(?:died|succumbed)\b", re.I)


def find_casualties(text: str, numbers: list[NumberMention] | None = None) -> list[CasualtyMention]:
    """Every figure in ``text`` with the kind it counts (killed, injured, drones downed...)."""
    numbers = find_numbers(text) if numbers is None else numbers
    mentions: list[CasualtyMention] = []
    used: set[int] = set()
    for index, number in enumerate(numbers):
        if index in used or _NO_FIGURE_AFTER.match(text[number.end :]) or _is_date_part(text, number) or (
                _is_age(text, number)):
            continue
        part = _PART_OF.match(text[number.end :])
        if part and number.value is not None:
            whole = _PART_KIND[part.group("whole").lower()]
            if whole == "injured" and _DIED_AFTER.match(part.group("what")):
                # "One of the wounded died on the way to hospital": the part that died is dead.
                mentions.append(CasualtyMention("killed", number.value, "exact", number.start, number.end + part.end()))
                continue
            # "Two of the dead were teenagers": a part of a figure given earlier.
            mentions.append(CasualtyMention(whole, number.value, "exact", number.start, number.end + part.end(),
                                            part_of=part.group("what").strip() or part.group("whole")))
            continue
        of_group = _OF_A_GROUP.match(text[number.end :])
        if of_group and number.value is not None and _DIED_AFTER.match(text[number.end + of_group.end() :]):
            # "Five of them have since died", "Three of the eight later died", "Two of the hostages
            # died": whoever the group were, the part that died is dead.
            end = number.end + of_group.end()
            mentions.append(CasualtyMention("killed", number.value, "exact", number.start, end))
            used.update(j for j in range(index + 1, len(numbers)) if numbers[j].start < end)
            continue
        breakdown_target = _breakdown_owner(text, number, mentions)
        of_them = _BREAKDOWN_OF_THEM.match(text[number.end :])
        if breakdown_target is not None and breakdown_target.kind == "injured" and number.value is not None and (
                of_them is not None and _DIED_AFTER.match(of_them.group("rest"))):
            # "Two people were hurt ...; one of them later died": those of the hurt who died are dead.
            mentions.append(CasualtyMention("killed", number.value, "exact", number.start, number.end + of_them.end()))
            continue
        if breakdown_target is not None:
            description, end = _breakdown_description(text, number)
            if number.value is not None:
                breakdown_target.breakdowns.append(BreakdownMention(number.value, description, number.start, end))
            continue
        group = _coordinated(text, numbers, index)
        if group:
            mention = _coordinated_mention(text, [number] + [numbers[j] for j in group])
            if mention is not None:
                mentions.append(mention)
                used.update(group)
                continue
        low = high = None
        last = number
        qualifier: Qualifier = "exact"
        if index + 1 < len(numbers):
            following = numbers[index + 1]
            between = text[number.end : following.start]
            before = text[max(0, number.start - 8) : number.start].lower()
            is_range = _RANGE.match(between) and (between.strip().lower() != "and" or "between" in before)
            if is_range and _revised_from(text, number, following):
                continue  # "the toll rose from 20 to 31": the old figure, replaced by the next one
            if is_range and number.value is not None and following.value is not None and following.value > number.value:
                low, high, last, qualifier = number.value, following.value, following, "range"
                used.add(index + 1)
        start = number.start
        kind, kind_start = _kind_before(text, number)
        kind_end = last.end
        if kind is not None:
            start = min(start, kind_start)
        else:
            kind, kind_end = _kind_after(text, last)
        if kind is None:
            continue
        animals = re.match(r"\s+([a-z]+)\b", text[last.end :])
        if animals and animals.group(1) in word_list("actor_nouns.json", "livestock"):
            continue  # "bandits killed 40 cattle", "40 head of cattle": no people
        if qualifier != "range":
            qualifier, qualifier_start = _qualifier(text, number)
            start = min(start, qualifier_start)
            if re.match(r"^\s*(?:people\s+)?or more\b|^-plus\b|^\+", text[number.end :], re.I):
                qualifier = "at least"
        value = None if number.vague else (high if qualifier == "range" else number.value)
        if qualifier == "range":
            value = None
        mentions.append(
            CasualtyMention(kind, value, qualifier, start, max(kind_end, last.end), low, high,
                            number.text if number.vague else None)
        )
    mentions.extend(_none_mentions(text))
    mentions.extend(_downed_of_launched(text, numbers, mentions))
    mentions.sort(key=lambda mention: mention.start)
    return mentions


def _downed_of_launched(text: str, numbers: list[NumberMention], found: list[CasualtyMention]
                        ) -> list[CasualtyMention]:
    """"Russia launched 58 drones ..., and 41 of them were shot down": a number with no weapon noun
    of its own, after a count of weapons launched, that the sentence says were downed counts those
    weapons downed (ACLED: Disrupted weapons use)."""
    launched = [m for m in found if m.kind.endswith("_launched") or m.kind in ("drones", "missiles")]
    taken = {(m.start, m.end) for m in found}
    extra: list[CasualtyMention] = []
    for number in numbers:
        if number.value is None or not launched or number.start < launched[0].end or any(
                start <= number.start < end for start, end in taken):
            continue
        match = _downed_after().match(text[number.end :])
        if match is None:
            continue
        weapon = launched[-1].kind.split("_")[0]
        extra.append(CasualtyMention(f"{weapon}_downed", number.value, "exact", number.start,
                                     number.end + match.end()))
    return extra


@lru_cache(maxsize=1)
def _downed_after() -> re.Pattern[str]:
    verbs = alternation(word_list("act_nouns.json", "downed_verbs"))
    return re.compile(rf"\s*(?:of\s+(?:them|those|these|the\s+\w+)\s+)?(?:were|was|had\s+been|have\s+been)\s+"
                      rf"(?:\w+\s+)?(?:{verbs})\b", re.I)


# "two policemen and six attackers", "seven rebels, two soldiers and a civilian": between one
# counted noun phrase and the next number, people words then a comma or "and".
_COORDINATION = re.compile(
    r"^(?P<nouns>(?:\s+[\w'-]+){1,3}?)(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:at least\s+|some\s+)?$", re.I
)


# A counted noun phrase that is the subject of a speech verb: "two security sources told", "three
# officials said" (the surface forms of the commonest reporting verbs of data/lexicons/speech_verbs.json).
_SPEAKERS_AFTER = re.compile(
    r"^(?:\s+[\w'-]+){1,3}?\s+(?:said|says|say|told|tell|tells|reported|reports|confirmed|confirm|added|stated|"
    r"wrote|posted|announced)\b", re.I)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|at\s+least\s+)?$", re.I)


def _revised_from(text: str, old: NumberMention, new: NumberMention) -> bool:
    """``old`` is the figure a revised toll changed from: "rose from 20 to 31", "lowered the number
    of dead from 47 to 41" (not the range "20 to 31 people were killed")."""
    if not _FROM_BEFORE.search(text[max(0, old.start - 20) : old.start]):
        return False
    head = text[max(0, new.start - 220) : new.start]
    return bool(_TOLL_BEFORE.search(head) or _TOLL_REVISED.search(head))


def _coordinated(text: str, numbers: list[NumberMention], index: int) -> list[int]:
    """Indices of the numbers coordinated after ``numbers[index]``, each counting other people
    ("killing four rebels and one soldier"): [] when the next number is no such conjunct."""
    group: list[int] = []
    current = index
    while current + 1 < len(numbers):
        between = text[numbers[current].end : numbers[current + 1].start]
        if _BARE_JOINT.fullmatch(between) and _shared_noun_respectively(text[numbers[current + 1].end :]):
            # "killing seven and four soldiers respectively": numbers that share the noun after the
            # last of them, handed out in order.
            group.append(current + 1)
            current += 1
            continue
        match = _COORDINATION.match(between)
        after = text[numbers[current + 1].end :]
        if not match or _KIND_WORD.search(match.group("nouns")) or not (_names_people(match.group("nouns")) or (
                _members_of_a_group(match.group("nouns")) and _people_follow(after))):
            break  # "21 dead, 110 injured": two figures, each with its own kind word
        if _BREAKDOWN_OF_THEM.match(after) or _PART_OF.match(after) or _NO_FIGURE_AFTER.match(after):
            break  # "seven people, two of them children": a part, not another group
        if _SPEAKERS_AFTER.match(after):
            break  # "killing seven soldiers, two security sources told Reuters": the speakers, no victims
        counted = re.match(r"\s+([a-z][a-z-]+)\b", after)
        if counted and counted.group(1) in word_list("actor_nouns.json", "livestock"):
            break  # "killed three villagers and 25 cows": animals, no people
        group.append(current + 1)
        current += 1
    return group


# A joint with no noun of its own between two numbers: "seven and four", "12, 7 and 5".
_BARE_JOINT = re.compile(r"\s*(?:,|,?\s+and)\s+")
# The rest of a list of bare numbers, its shared noun phrase and "respectively".
_SHARED_NOUN = re.compile(r"(?:(?:,|,?\s+and)\s+[\w-]+)*\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s*,?\s+respectively\b", re.I)


def _shared_noun_respectively(after: str) -> bool:
    """Whether the text after a number of a bare list goes on to a noun phrase counting people and
    "respectively" ("... and four soldiers respectively")."""
    match = _SHARED_NOUN.match(after)
    return match is not None and _names_people(match.group(1))


def _names_people(words: str) -> bool:
    """Whether a short noun phrase ("policemen", "Houthi fighters", "government troops") counts
    people: its last word a person or agent noun (WordNet noun.person/noun.group lexicon)."""
    last = words.split()[-1].lower()
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-2] + "an" if last.endswith("men") else (
        last[:-1] if last.endswith("s") else last)
    return bool(_known_filler().match(last)) or is_person_noun(singular) or is_person_noun(last) or (
        is_agent_noun(singular) or is_agent_noun(last))


# A group's name standing for its members: "VDP", "Wazalendo", "al-Shabaab" (one or two capitalised words).
_GROUP_NAME = re.compile(r"^\s*(?:(?:al|el)-)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s*$")


def _members_of_a_group(words: str) -> bool:
    """"Fifteen Wazalendo and two soldiers", "34 VDP and six soldiers": a group's name counts its
    members when the next conjunct counts people (no word list knows every militia's name)."""
    return bool(_GROUP_NAME.match(words)) and not _MONTH_AFTER.match(" " + words.strip())


def _people_follow(after: str) -> bool:
    """Whether the nouns after the next number of a coordination count people ("... and six soldiers")."""
    nouns = _PART_NOUNS.match(after)
    return nouns is not None and _names_people(nouns.group(1))


def _coordinated_mention(text: str, parts: list[NumberMention]) -> CasualtyMention | None:
    """One figure for a coordinated toll, the sum of its parts, each kept as a breakdown:
    "left three officers and five attackers dead" is 8 killed (three officers, five attackers).
    The kind is the word before the first number or after the last; when both are there and
    differ ("killed 3 soldiers and 5 civilians were hurt") the numbers are no one toll: None."""
    first, last = parts[0], parts[-1]
    if any(p.vague or p.value is None for p in parts):
        return None
    breakdowns = []
    for part, following in zip(parts, [*parts[1:], None], strict=True):
        stop = following.start if following is not None else len(text)
        nouns = _PART_NOUNS.match(text[part.end : stop])
        assert part.value is not None
        breakdowns.append(BreakdownMention(part.value, nouns.group(1).strip() if nouns else "", part.start,
                                           part.end + (nouns.end() if nouns else 0)))
    before, before_start = _kind_before(text, first)
    # The kind word after the last group's nouns ("... and one trader dead").
    tail = _kind_after_pattern().match(text[breakdowns[-1].end : breakdowns[-1].end + 80])
    after = next((name for i, (name, _) in enumerate(KIND_AFTER) if tail and tail.group(f"a{i}")), None)
    after_end = breakdowns[-1].end + tail.end() if tail else last.end
    if after is not None and after not in ("killed", "injured", "abducted", "arrested", "missing"):
        return None
    if before is not None and after is not None and before != after:
        return None
    kind = before or after
    if kind is None:
        return None
    qualifier, qualifier_start = _qualifier(text, first)
    start = min(first.start, before_start if before is not None else first.start, qualifier_start)
    value = sum(p.value or 0 for p in parts)
    if len(parts) > 2 and breakdowns[0].description.lower() in ("people", "persons") and (
            sum(p.value or 0 for p in parts[1:]) <= (first.value or 0)) and re.match(
            r"^\s*(?:,|—|–|-)", text[breakdowns[0].end : parts[1].start]):
        # "Twelve people, eight civilians and four police officers, were killed": the first figure is the
        # toll, the list set off after it counts its parts.
        value, breakdowns = first.value or 0, breakdowns[1:]
    return CasualtyMention(kind, value, qualifier, start, max(after_end, breakdowns[-1].end), breakdowns=breakdowns)


_KIND_WORD = re.compile(r"\b(?:" + "|".join(p for _, p in KIND_AFTER) + r")\b", re.I)


# The nouns of one group of a coordinated toll, up to the comma, "and" or the kind word after it.
_PART_NOUNS = re.compile(
    r"^((?:\s+[\w'-]+){1,3}?)(?=\s*,|\s+and\b|\s+(?:were|was|are|is|have|had|dead|died|killed|injured|wounded|hurt)\b|\s*[.;]|$)"
)


def _is_date_part(text: str, number: NumberMention) -> bool:
    if number.value is not None and 1900 <= number.value <= 2100 and number.text.isdigit():
        return True
    # Whole month names only: "slaughtered 14" holds "aug", "12 marines" holds "mar".  The patterns
    # are compiled once: one per number text churned the regex cache (a tenth of a second per
    # thousand reports).
    before = text[max(0, number.start - 12) : number.start]
    after = text[number.end : number.end + 12]
    return bool(_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after))


def _is_age(text: str, number: NumberMention) -> bool:
    """A person's age set off by commas after the name or noun ("Corporal Luis Herrera, 31, was
    killed", "Mariam Saleh, 9, and her brother", "a woman, 62, died"): the news style (AP
    Stylebook, "ages") of an age, never a count."""
    if number.value is None or not number.text.isdigit() or number.value > 110:
        return False
    before = text[max(0, number.start - 40) : number.start]
    # "two men, aged 58 and 71", "children aged between 4 and 12", "farmers, aged 40 to 55".
    return bool(_AGED_BEFORE.search(before)) or (
        bool(_AGE_BEFORE.search(before)) and bool(_AGE_AFTER.match(text[number.end :])))


_AGED_BEFORE = re.compile(r"(?<!all )\b(?:aged|ages)\s+(?:between\s+|from\s+)?"
                          r"(?:\d{1,3}\s*(?:,|and|to|or|-|–)\s*){0,4}$", re.I)
_AGE_BEFORE = re.compile(r"[A-Za-zÀ-ɏ'’.)-],\s*$")
_AGE_AFTER = re.compile(r"\s*(?:[,;.)]|and\b)")


_MONTH_WORD = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
               r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH_WORD}\s+$", re.I)
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}", re.I)


# A part of the counted set inserted between the figure and its kind word, set off by commas,
# dashes or brackets: ", including three children,", " — most of them from one family —",
# " (two of them officers)"; any one-word quantifier or number before "of them".
_PART_INSERT = (r"\s*(?:,|—|–|\s-|\()\s*(?:including|among them|among whom|"
                r"(?:a few|a third|a quarter|\w+)\s+of\s+"
                r"(?:them|whom|those))[^,;.()—–]{0,60}?(?:,|—|–|\s-|\))")
_INSERTED_BREAKDOWN = re.compile(r"^" + _PART_INSERT, re.I)
_NOUNS_THEN_INSERT = re.compile(r"^(\s*[\w'-]+(?:\s+[\w'-]+)?)" + _PART_INSERT, re.I)


@lru_cache(maxsize=1)
def _known_filler() -> re.Pattern[str]:
    """A filler word that is no open-class guess: the pattern without its any-plural-noun alternative."""
    return re.compile(f"^{_filler()}$".replace("(?-i:[a-z]{3,}s|[a-z]{2,}men)|", ""), re.I)


def _counts_people(between: str) -> bool:
    """Whether the plural nouns between a number and its kind word name people ("villagers",
    "gendarmes"), by WordNet's noun.person (data/lexicons/agent_nouns.json), not things ("two
    rockets killed five")."""
    for word in re.findall(r"\b(?:[a-z]{3,}s|[a-z]{2,}men)\b", between):
        if _known_filler().match(word):
            continue
        singular = word[:-3] + "y" if word.endswith("ies") else word[:-2] + "an" if word.endswith("men") else word[:-1]
        if not (is_person_noun(singular) or is_person_noun(word) or is_agent_noun(singular)):
            return False
    return True


_THE_DEAD_OF = re.compile(r"\b(?:bod(?:y|ies)|remains|corpses?)\s+of\s+(?:the\s+|some\s+)?$", re.I)


# Kind words after a number that may be the active verb of the people counted ("Three gunmen killed
# seven people"), an object after them (not a time: "killed the previous day"), and the auxiliaries
# that make them passive instead.
_ACTIVE_ACT = re.compile(r"killed|murdered|massacred|executed|wounded|injured|hurt|shot dead|stabbed to death|"
                         r"beaten to death|burned to death|shot and killed", re.I)
ACTIVE_OBJECT = re.compile(r"\s+(?!(?:a|an|the)\s+(?:previous|preceding|next|following|same|day|night|week|month|"
                           r"year|morning|evening|weekend)\b)(?:a|an|the|his|her|their|its|at least|more than|"
                           r"about|some|several|dozens|scores|hundreds|one|two|three|four|five|six|seven|eight|"
                           r"nine|ten|eleven|twelve|\d+)\b", re.I)
_AUXILIARY = re.compile(r"\b(?:was|were|been|being|be|are|is|had|have|has|reportedly|reported)\b", re.I)


def _kind_after(text: str, number: NumberMention) -> tuple[str | None, int]:
    window = text[number.end : number.end + 120]
    inserted = _INSERTED_BREAKDOWN.match(window)
    if inserted:
        # "21 people, including three children, were killed": read past the insertion.
        window = " " * inserted.end() + window[inserted.end() :]
    if re.match(r"^\s*\w+", window) and not inserted:
        window = _NOUNS_THEN_INSERT.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), window)
    match = _kind_after_pattern().match(window)
    if not match or not _counts_people(window[: match.start("kind")]):
        return None, number.end
    if _ACTIVE_ACT.fullmatch(match.group("kind")) and ACTIVE_OBJECT.match(window[match.end() :]) and not (
            _AUXILIARY.search(window[: match.start("kind")])):
        # "Three gunmen killed seven people", "Two attackers wounded a guard": the number counts the
        # doers of an active verb whose victims follow, not its victims.
        return None, number.end
    if COMMUNIQUE_KILLING.fullmatch(match.group("kind")) and not _people_after(window[: match.start("kind")]):
        return None, number.end  # "Eleven militants were eliminated"; "two were eliminated" (a game) is none
    for i, (name, _) in enumerate(KIND_AFTER):
        if match.group(f"a{i}"):
            if name == "injured" and _THE_DEAD_OF.search(text[max(0, number.start - 30) : number.start]):
                return None, number.end  # "the bodies of six people were taken to hospital"
            if name in ("drones", "missiles"):
                return _weapon_kind(text, number, name, number.end + match.end()), number.end + match.end()
            return name, number.end + match.end()
    return None, number.end


def _weapon_kind(text: str, number: NumberMention, noun: str, end: int) -> str:
    before = _weapon_before().search(text[max(0, number.start - 60) : number.start])
    after = _weapon_after_verb().match(text[end:])
    for match in (before, after):
        if match:
            for verb in _WEAPON_KINDS:
                if match.group(f"w_{verb}"):
                    return f"{noun}_{verb}"
    return f"{noun}_launched" if re.search(r"\bfrom\s+(?:some\s+|about\s+)?$", text[:number.start]) else noun


_INVERTED_KIND = re.compile(
    r"(?:^|[.;:]\s+|,\s+|\band\s+|\b(?:those|people|civilians|the)\s+)(?<!among the )(?<!among those )"
    r"(?P<kind>killed|dead|wounded|injured|hurt)(?:\s+(?:in|during|by)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"\s+(?:were|are|was|is)\s+$", re.I)


def _kind_before(text: str, number: NumberMention) -> tuple[str | None, int]:
    window_start = max(0, number.start - 60)
    window = text[window_start : number.start]
    qualifier = _QUALIFIER_BEFORE.search(window)
    if qualifier:
        window = window[: qualifier.start()]
    match = _kind_before_pattern().search(window)
    if not match or match.group("weapon"):
        # "The death toll from Sunday's suicide bombing at a market in Quetta rose to 23": the toll
        # noun can stand far before its verb, and the weapon of the act between them ("the toll from
        # the air strike on X at 27") is no count of weapons.
        wide_start = max(0, number.start - 220)
        wide = text[wide_start : number.start]
        qualifier = _QUALIFIER_BEFORE.search(wide)
        head = wide[: qualifier.start()] if qualifier else wide
        toll = _TOLL_BEFORE.search(head) or _TOLL_PUT_AT.search(head) or _TOLL_REVISED.search(head)
        if toll:
            kind = "injured" if toll.group("injured") or toll.groupdict().get("injured2") else "killed"
            return kind, wide_start + toll.start()
    if not match:
        # "Killed were 12 people", "Dead are at least eight", "Wounded in the blast were 19": the kind
        # word fronted before its copula; "Among the dead were six children" counts a part only.
        inverted = _INVERTED_KIND.search(window)
        if inverted and (window_start == 0 or inverted.start() > 0):  # a cut window has no real start
            kind = "killed" if inverted.group("kind").lower() in ("killed", "dead") else "injured"
            return kind, window_start + inverted.start("kind")
    if not match or match.group("weapon"):
        return None, number.start
    for i, (name, _) in enumerate(KIND_BEFORE):
        if match.group(f"b{i}"):
            if match.group(f"b{i}").lower() in ("left", "leave", "leaves", "leaving"):
                # "left four soldiers dead" / "left two residents wounded": the word after says which,
                # also after a breakdown in brackets ("left 14 Palestinians (nine militants and five
                # civilians) dead").
                state = re.match(r"^\s+(?:[\w-]+\s+){0,2}(?:\([^()]{1,80}\)\s+)?(dead|killed|injured|wounded|hurt)\b",
                                 text[number.end : number.end + 130], re.I)
                if state is None:
                    return None, number.start
                kind = "killed" if state.group(1).lower() in ("dead", "killed") else "injured"
                return kind, window_start + match.start()
            if match.group(f"b{i}").lower() in ("lost", "lose", "loses", "losing") and not _people_after(
                    text[number.end : number.end + 60]):
                # "lost two soldiers", "lost three of its men": a side's own dead; "lost two villages",
                # "lost 30 tanks" count no people.
                return None, number.start
            if COMMUNIQUE_KILLING.fullmatch(match.group(f"b{i}")) and not _people_after(
                    text[number.end : number.end + 60]):
                return None, number.start  # "eliminated 11 militants"; "eliminated 30 checkpoints" is none
            if match.group(f"b{i}").lower() == "seized" and not _people_after(text[number.end : number.end + 60]):
                # "seized 20 passengers" takes people; "seized 20 rifles", "seized 12 villages" take
                # things or ground.
                return None, number.start
            return name, window_start + match.start()
    return None, number.start


# Military communiqués' words for killing fighters (WordNet 3.0 liquidate.v.02): they count people only
# with a people's noun (KIND_AFTER, KIND_BEFORE), and triggers.json reads them only beside one.
COMMUNIQUE_KILLING = re.compile(r"\b(?:eliminat|neutrali[sz]|liquidat)\w*", re.I)


def _people_after(after: str) -> bool:
    """Whether the words after a number ("two soldiers in", "three of its men") count people: the
    first plural among the next four words is a person noun (WordNet noun.person or the counted
    nouns); "200 square kilometres", "two villages" count none."""
    state, non_state = armed_actor_words()
    for word in re.findall(r"[A-Za-z-]+", after)[:4]:
        lowered = word.lower()
        if lowered in state | non_state and lowered not in ("gang", "cartel", "militia", "sniper", "mercenary"):
            return True  # "11 khwarij", "five militants": an armed side's members, however the plural is made
        if not (lowered.endswith("s") or lowered.endswith("men")) or lowered in ("its", "his", "this", "us"):
            continue
        singular = lowered[:-3] + "man" if lowered.endswith("men") else lowered.removesuffix("s")
        return lowered in PERSON_NOUNS or lowered in word_list("actor_nouns.json", "counted") or is_person_noun(
            singular)
    return False


def _qualifier(text: str, number: NumberMention) -> tuple[Qualifier, int]:
    window_start = max(0, number.start - 30)
    match = _QUALIFIER_BEFORE.search(text[window_start : number.start])
    if not match:
        return "exact", number.start
    for i, (name, _) in enumerate(QUALIFIERS_BEFORE):
        if match.group(f"q{i}"):
            return name, window_start + match.start()
    return "exact", number.start


def _breakdown_owner(text: str, number: NumberMention, earlier: list[CasualtyMention]) -> CasualtyMention | None:
    if not earlier:
        return None
    owner = earlier[-1]
    before = text[owner.end if owner.end <= number.start else owner.start : number.start]
    if _BREAKDOWN_INCLUDING.search(text[max(0, number.start - 20) : number.start]) and len(before) < 80:
        return owner
    if _BREAKDOWN_OF_THEM.match(text[number.end :]) and number.start - owner.end < 40:
        return owner
    return None


def _breakdown_description(text: str, number: NumberMention) -> tuple[str, int]:
    of_them = _BREAKDOWN_OF_THEM.match(text[number.end :])
    if of_them:
        rest = of_them.group("rest").strip()
        return (rest or "of them"), number.end + of_them.end()
    tail = re.match(r"^\s*([\w' -]{1,40}?)(?=[,;.)]|\s+(?:were|was|and|are|who|in|from)\b|$)", text[number.end :])
    if tail:
        return tail.group(1).strip(), number.end + tail.end()
    return "", number.end


def _armed_side_before(before: str) -> bool:
    """"The rebels suffered no casualties", "the troops had no losses": an armed side's own losses."""
    clause = re.split(r"[,;:.]", before)[-1]
    match = re.search(r"\b([\w-]+)\s+(?:had\s+)?(?:suffered|sustained|incurred|had)\s+$", clause, re.I)
    if match is None:
        return False
    state, non_state = armed_actor_words()
    return match.group(1).lower() in state | non_state or match.group(1).lower() in word_list(
        "actor_nouns.json", "formation_nouns")



def _none_mentions(text: str) -> list[CasualtyMention]:
    found = []
    for match in _NONE_PATTERN.finditer(text):
        if _SIDE_WITHOUT_LOSSES.search(text[max(0, match.start() - 60) : match.start()]) or _armed_side_before(
                text[max(0, match.start() - 60) : match.start()]):
            continue
        kinds = {kind for group in match.groups() if group for kind in _NONE_KINDS[group.lower()]}
        for kind in ("killed", "injured"):
            if kind not in kinds:
                continue
            found.append(CasualtyMention(kind, 0, "exact", match.start(), match.end()))
    return found


PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "child", "baby", "teenager", "person", "victim", "journalist", "reporter",
    "photographer", "photojournalist", "cameraman", "officer", "policeman", "policewoman", "soldier", "guard",
    "mayor", "governor", "minister", "politician", "lawmaker", "activist", "student", "worker", "driver",
    "civilian", "resident", "protester", "demonstrator", "priest", "imam", "doctor", "nurse", "chief",
    "commander", "leader", "official", "suspect", "attacker", "gunman", "assailant", "bystander", "teacher",
    "other", "others", "people", "persons",
})
# A victim named by a personal pronoun, as the subject ("he died") or the object ("killing him",
# "shot her dead"); a possessive "her" ("killing her husband") is no object of the verb.
_SINGULAR_PRONOUNS = frozenset({"he", "she"})
_OBJECT_PRONOUNS = frozenset({"him", "her"})
# Nouns of two people ("an elderly couple"), counted as two when the victim is one of them.
_PAIR_NOUNS = frozenset({"couple"})


def find_single_victims(sentence: Span, known: list[CasualtyMention]) -> list[CasualtyMention]:
    """One named or singular victim: "the mayor died", "a journalist was shot dead", "killed Ziad X".

    Needs the dependency parse; offsets are relative to the sentence start.
    """
    found: list[CasualtyMention] = []
    base = sentence.start_char
    for token in sentence:
        kind = _single_victim_kind(token)
        if kind is None or any(child.dep_ == "neg" for child in token.children):
            continue
        victim = _victim(token)
        if victim is None:
            continue
        count, last = _victim_count(victim)
        joined = _victims_along_with(token, victim)
        if joined is not None:
            # "was shot dead along with a bodyguard": the victims joined to the named one.
            more, more_last = _victim_count(joined)
            count, last = count + more, max(last, more_last, key=lambda t: t.i)
        start = min(victim.idx, token.idx) - base
        end = max(last.idx + len(last.text), token.idx + len(token.text)) - base
        overlapping = [m for m in known + found if m.start < end and start < m.end]
        if kind == "killed" and token.lemma_.lower() in _DYING and overlapping and all(
                m.kind == "injured" and m.value == count and not m.breakdowns for m in overlapping):
            # "A soldier was wounded by a sniper and later died": the wounded victim is the one who
            # died, counted among the dead and no longer among the hurt.
            for mention in overlapping:
                mention.kind = "killed"
            continue
        for mention in overlapping:
            # "The police chief and two others were injured": the figure is three, not two.
            # A figure with its parts told ("Twelve people, eight civilians and four officers") is whole.
            if mention.kind == kind and mention.value is not None and count > mention.value and not (
                    mention.breakdowns):
                mention.value = count
                mention.start = min(mention.start, start)
        if overlapping:
            continue
        found.append(CasualtyMention(kind, count, "exact", start, end))
    return found + _surface_single_victims(sentence, known + found)


# A killing or wounding word and the article of one victim after it: read by the words, for the
# parses that lose the verb ("An RSF sniper shot dead a nurse": "sniper shot" as one noun).
_SURFACE_SINGLE = re.compile(
    r"\b(?P<kill>killed|killing|shot dead|shooting dead|(?:stabbed|hacked|beaten|shot) to death)"
    r"|\b(?P<hurt>wounded|wounding|injured|injuring)(?=\s+(?:a|an)\s)", re.I)


def _surface_single_victims(sentence: Span, known: list[CasualtyMention]) -> list[CasualtyMention]:
    """"shot dead a nurse", "killing an elderly man", "wounding a policeman": one victim named by the
    article "a" or "an" and a person noun after the act word, read from the words and their
    part-of-speech tags when the parse gave no victim (_victim).  Offsets are relative to the sentence."""
    found: list[CasualtyMention] = []
    base = sentence.start_char
    for match in _SURFACE_SINGLE.finditer(span_text(sentence)):
        after = [t for t in sentence if t.idx - base >= match.end()]
        if len(after) < 2 or after[0].lower_ not in ("a", "an"):
            continue
        phrase = list(itertools.takewhile(lambda t: t.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or t.text == "-",
                                          after[1:6]))
        head = phrase[-1] if phrase else None
        if head is None or not (is_person_noun(head.lemma_.lower()) or head.lemma_.lower() in PERSON_NOUNS
                                or _age_noun(head)) or head.tag_ in ("NNS", "NNPS"):
            continue
        start, end = match.start(), head.idx + len(head.text) - base
        if any(m.start < end and start < m.end for m in known + found):
            continue
        found.append(CasualtyMention("killed" if match.group("kill") else "injured", 1, "exact", start, end))
    return found


def _single_victim_kind(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB":
        return None
    if lemma in _DYING:
        return "killed"
    if lemma in killing_lemmas() or (lemma not in _SENTENCING and _to_death(token)):
        return "killed"
    if any(child.dep_ == "prt" and (lemma, child.lower_) in phrasal_killing() for child in token.children):
        return "killed"
    # Passive ("a man was wounded") or active with its victim as object ("killing a woman and
    # wounding her husband"); an intransitive or adjectival use names no victim.
    if lemma in ("injure", "wound", "hurt", "hospitalize", "hospitalise") and (any(
        c.dep_ in ("auxpass", "dobj") for c in _sharing(token).children
    ) or elided_passive_victim(token)):
        return "injured"
    return None


def elided_passive_victim(verb: Token) -> Token | None:
    """The victim of a passive participle whose auxiliary the sentence leaves out: "two militants
    were killed and a policeman wounded" (a conjunct of a passive verb, its own subject parsed as
    an active one's) or "three rebels were killed and a soldier injured" (the participle parsed as
    a reduced relative clause on its noun)."""
    if verb.tag_ not in ("VBN", "VBD") or any(child.dep_ in ("aux", "auxpass", "dobj") for child in verb.children):
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN", "PRON") and (
            verb.head.i < verb.i):
        noun = verb.head
        # "Two militants, soldier killed in gunfight": one of a list of victims is not the toll.
        listed = (noun.dep_ in ("conj", "appos") and noun.head.pos_ in ("NOUN", "PROPN")) or any(
            child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN") for child in noun.children)
        return None if listed else noun
    # A transitive verb with a subject and no object after a passive one is passive too, whatever
    # tag the model gives it ("her mother wounded" read as a past tense).
    if verb.dep_ == "conj" and any(child.dep_ == "auxpass" for child in verb.head.children):
        return next((child for child in verb.children if child.dep_ == "nsubj" and child.i < verb.i), None)
    return None


# Verbs whose subject died: "die", and "succumb" (to wounds; WordNet succumb.v.02 "die from the effect of").
_DYING = frozenset({"die", "succumb"})
# "sentenced to death", "condemned to death": a court's sentence, no killing.
_SENTENCING = frozenset({"sentence", "condemn", "order"})


def _to_death(verb: Token) -> bool:
    """"shot dead", "hacked nine people to death", "stoned to death", "burned alive": the verb's own
    words say its victims died."""
    for child in verb.children:
        if child.lower_ in ("dead", "alive") and child.dep_ in ("acomp", "advmod", "advcl", "oprd", "xcomp", "dobj",
                                                               "ccomp", "amod"):
            return child.lower_ == "dead" or verb.lemma_.lower() in ("burn", "bury")
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.lower_ == "death" for g in child.children):
            return True
    return False


def _sharing(verb: Token) -> Token:
    """The verb whose arguments a conjunct with none of its own shares: "five soldiers were ambushed
    and killed", "a priest was abducted and killed" hang the victims on the first verb only."""
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            child.dep_ in ("nsubj", "nsubjpass", "dobj", "auxpass") for child in verb.children):
        return verb.head
    return verb


def _victim(verb: Token) -> Token | None:
    elided = elided_passive_victim(verb)
    if elided is not None:
        return elided if _person_count(elided) is not None else None
    dies = verb.lemma_.lower() in _DYING
    verb = _sharing(verb)
    while dies and verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
        # "stepped on a mine while herding goats ... and died": the parse may hang "died" on the
        # clause between; the subject is the first verb's.  So it may on a clause of the cause
        # whose subject is a thing ("was wounded when a mine exploded ... and died": the mine).
        if subjects and not (verb.dep_ == "advcl" and all(
                child.pos_ != "PRON" and _person_count(child) is None for child in subjects)):
            break
        verb = verb.head
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    # "A boy stepped on a mine and died": the subject "died" shares with the verb before it.
    roles = ("nsubjpass",) if passive else (("nsubj",) if dies or verb.lemma_.lower() in _DYING else ("dobj",))
    for child in verb.children:
        # "and shot dead a priest": the small model may parse "dead" as a second object; it is the
        # verb's own word for the killing, not a victim.
        if child.dep_ not in roles or (child.lower_ in ("dead", "alive") and child.pos_ == "ADJ"):
            continue
        if _person_count(child) is None:
            return None
        return child
    return None


def _person_count(noun: Token) -> int | None:
    """1 for "a man", "the mayor", "he"; N for "two women"; None if not people or not counted."""
    if noun.lower_ == "both" or (noun.lower_ == "them" and any(c.lower_ == "both" for c in noun.children)):
        # "killing them both", "killing both (of them)": the two people the sentence named before.
        return 2 if _antecedent_before(noun, plural=True) else None
    if noun.lower_ in _OBJECT_PRONOUNS:
        # "shot a village chief ..., killing him": one victim, when the sentence names him before;
        # alone the pronoun may be anyone of an earlier sentence (an attacker the police shot).
        return 1 if noun.dep_ != "poss" and _antecedent_before(noun) else None
    if noun.lower_ in _SINGULAR_PRONOUNS or noun.ent_type_ == "PERSON":
        return 1
    if noun.lemma_.lower() in _PAIR_NOUNS and noun.tag_ == "NN" and not any(
            child.lower_ == "of" for child in noun.children):
        return 2  # "an elderly couple", not "a couple of soldiers"
    if noun.lemma_.lower() not in PERSON_NOUNS and noun.lower_ not in PERSON_NOUNS and not (
        # Any other person word ("her husband", "a shopkeeper"): WordNet noun.person.
        noun.pos_ == "NOUN" and is_person_noun(noun.lemma_.lower())
    ) and not _office_acronym(noun) and not _age_noun(noun):
        return None
    if noun.tag_ == "NNS" and any(child.lower_ == "both" for child in noun.children) and not any(
            child.dep_ == "conj" for child in noun.children):
        return 2  # "killing both men", not "both men and women"
    numbers = [child for child in noun.children if child.dep_ == "nummod"]
    if numbers:
        # "Twenty-two": the parse splits a hyphenated number into its words; read them together.
        first = min(t.i for t in numbers[0].subtree)
        written = noun.doc[first : numbers[0].i + 1].text
        value = words_to_number(written) if not written.isdigit() else int(written)
        if value is None:
            value = words_to_number(numbers[0].text) if not numbers[0].text.isdigit() else int(numbers[0].text)
        return value
    # "a family" is several people of unknown number.
    return None if noun.tag_ in ("NNS", "NNPS") or is_collective_noun(noun.lemma_) else 1


def _office_acronym(noun: Token) -> bool:
    """"The MP died at the scene": an office written as a capitalised acronym (tagged as a name) with
    an article before it, that WordNet knows as a person (mp.n.01 member of parliament)."""
    return noun.pos_ == "PROPN" and noun.text.isupper() and len(noun.text) <= 4 and any(
        child.dep_ == "det" and child.lower_ in ("the", "a", "an") for child in noun.children) and is_person_noun(
        noun.lower_)


def _antecedent_before(pronoun: Token, plural: bool = False) -> bool:
    """Whether a person noun comes before the pronoun in its sentence: a singular one, or with
    ``plural`` two people ("a farmer and his wife", "two men")."""
    people = [token for token in pronoun.sent if token.i < pronoun.i and token.pos_ == "NOUN" and (
        token.lemma_.lower() in PERSON_NOUNS or is_person_noun(token.lemma_.lower()))]
    if not plural:
        return any(token.tag_ == "NN" for token in people)
    return len([t for t in people if t.tag_ == "NN"]) >= 2 or any(t.tag_ == "NNS" for t in people)


def _age_noun(noun: Token) -> bool:
    """"a 19-year-old", "two 16-year-olds", "an eight-month-old": a person named by an age, which
    the parser reads as the adjective "old" (or the noun "olds") headed by "year" or "month"."""
    return noun.lower_ in ("old", "olds") and any(
        child.lemma_.lower() in ("year", "month") and child.i == noun.i - 2 for child in noun.children)


def _victims_along_with(verb: Token, victim: Token) -> Token | None:
    """The object of "along with" or "together with" on a killing verb or its victim ("killed along
    with his two sons", "shot dead a headman along with his wife"), if it counts people; the parse
    hangs "with" on the verb, the victim or "along"."""
    for token in verb.subtree:
        if token.lower_ != "with" or token.i < 1 or verb.doc[token.i - 1].lower_ not in ("along", "together"):
            continue
        if token.head not in (verb, victim) and token.head.head not in (verb, victim):
            continue
        obj = next((child for child in token.children if child.dep_ == "pobj"), None)
        if obj is not None and _person_count(obj) is not None:
            return obj
    return None


def _victim_count(victim: Token) -> tuple[int, Token]:
    """"a man and two women" is three; the count and the last token of the phrase."""
    total = _person_count(victim) or 1
    last = victim
    parts = 0
    for conjunct in victim.conjuncts:
        count = _person_count(conjunct)
        if count is None:
            return 1, victim
        parts += count
        last = max(last, conjunct, key=lambda token: token.i)
    if victim.lemma_.lower() in ("people", "person") and victim.conjuncts and victim.i + 1 < len(victim.doc) and (
            victim.nbor().text in (",", "-", "—", "–")) and parts <= total:
        # "19 people, 12 villagers and seven militiamen, died": the list set off after the figure
        # counts its parts (the parse makes them conjuncts).
        return total, last
    return total + parts, last
