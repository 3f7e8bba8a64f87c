"""The relevance filter: a cheap test that lets reports with no sign of political violence or
demonstration skip the model (sport, markets, accidents).

It uses the same trigger lexicon as extraction (its surface forms: no model needed) and asks for
what extraction itself needs before it can write an event down: a typed trigger (a car bomb,
shelling, clash, protest, attack...), or an act or weapon word together with a casualty word;
in a long text, also a density of such words that reports of incidents have and passing
mentions do not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.extract.actors import yielding_lemmas
from eventwire.extract.units import PROPERTY_ACT, STRONG_CATEGORIES, names_crowd, political_target
from eventwire.nlp.lexicons import armed_actor_words, arrest_words, listed_armed_groups, taking_words, word_list
from eventwire.nlp.triggers import find_triggers, inflections
from eventwire.records import Report

# Incident reports carry many violence words; a long article that mentions a clash once in
# passing (an interview, an election report) carries few.  On the development sets every report
# with a gold event has at least 8 typed-trigger or casualty words per 1,000 words; the floor is
# set well below that.
MIN_PER_THOUSAND_WORDS = 3.0
SHORT_TEXT_WORDS = 300


def relevant(report: Report) -> bool:
    text = f"{report.title or ''}\n{report.text}"
    triggers = find_triggers(text)
    # A vague trigger ("jets", "bombing", "stormed") is a weapon or manner, not an act: like a
    # generic one, it counts only with an act or casualty word (extract/units.py does the same).
    categories = {trigger.category for trigger in triggers if not trigger.vague}
    vague = any(trigger.vague for trigger in triggers)
    # "Junta aircraft bombed a school": a vague weapon and a vague act of another kind (extract/units.py).
    acts = {"generic", "casualty"} <= categories or (vague and bool(categories & {"generic", "casualty"})) or (
        len({trigger.category for trigger in triggers if trigger.vague}) > 1)
    # "Militants killed 12 soldiers": a casualty word beside an armed actor (extract/units.py
    # reads who did it; here the words only need to be there).
    # "Armed gangs stormed the town": an act word or a vague one beside an armed actor.
    # "Ukrainian forces struck a depot": a generic act word beside an armed actor.
    # "Hundreds of youths torched a government office": a crowd that destroys property (extract/units.py);
    # "supporters stormed the pitch to celebrate" is no sign on its own.
    crowd = any(trigger.category == "riot" and PROPERTY_ACT.match(trigger.text) for trigger in triggers) and (
        names_crowd(text))
    armed = ("casualty" in categories or "generic" in categories or vague or bool(categories & STRONG_CATEGORIES)
             ) and _names_armed_actor(text)
    if not categories & STRONG_CATEGORIES and not acts and not armed and not crowd and not _taking(text) and (
            not _arrest(text)) and not _yielding(text):
        return False
    words = len(text.split())
    if words < SHORT_TEXT_WORDS:
        return True
    signal = sum(1 for t in triggers if t.category in STRONG_CATEGORIES or t.category == "casualty")
    return signal * 1000 / words >= MIN_PER_THOUSAND_WORDS



def _taking(text: str) -> bool:
    """A form of a verb of taking a person ("snatched", "taken away") beside force ("at gunpoint")
    or an armed actor: extraction reads whether people were abducted (extract/units.py)."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & _taking_forms()) and (bool(words & taking_words().force) or _names_armed_actor(text))


def _yielding(text: str) -> bool:
    """A verb of yielding a place before "to" or "into" ("fell to", "lost the town ... to") or
    "came under the control of", beside an armed actor: extraction reads whether a place passed
    to an armed side (extract/units.py _territory_yielded).  The words after the verb keep the
    many reports that merely use "fell" or "lost" from the model."""
    return _yielding_phrase().search(text) is not None and _names_armed_actor(text)


@lru_cache(maxsize=1)
def _yielding_phrase() -> re.Pattern[str]:
    irregular = {"fall": ["fell", "fallen"], "lose": ["lost"]}
    forms = "|".join(sorted({form for lemma in yielding_lemmas() for form in inflections(lemma, irregular)}))
    holding = "|".join(word_list("act_nouns.json", "holding_nouns"))
    return re.compile(rf"\b(?:{forms})\b[^.;]{{0,80}}?\b(?:to|into)\b|\bc[ao]me\s+under\s+(?:the\s+)?"
                      rf"(?:\w+\s+)?(?:{holding})\b", re.I)


def _arrest(text: str) -> bool:
    """A form of a verb of taking into custody beside an armed actor, a member of a group or a
    political target: extraction reads whether the arrest is one ACLED codes (extract/units.py)."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    lexicon = arrest_words()
    return bool(words & _arrest_forms()) and (
        _names_armed_actor(text) or bool(words & lexicon.members) or political_target(text))


@lru_cache(maxsize=1)
def _arrest_forms() -> frozenset[str]:
    return frozenset(form for lemma in arrest_words().verbs for form in inflections(lemma, {}))


@lru_cache(maxsize=1)
def _taking_forms() -> frozenset[str]:
    lexicon = taking_words()
    irregular = {"take": ["took", "taken"], "seize": ["seized"], "lead": ["led"]}
    return frozenset(form for lemma in lexicon.verbs | lexicon.particle_verbs for form in inflections(lemma, irregular))


def _names_armed_actor(text: str) -> bool:
    """An armed actor or its fire ("killed by Israeli fire") is named, by a noun or by the name of
    an organised armed group ("JNIM": nlp.lexicons.listed_armed_groups)."""
    state, non_state = armed_actor_words()
    lowered = " ".join(re.findall(r"[a-z]+", text.lower()))
    words = set(lowered.split())
    # "armed men", "security forces": the lexicon's phrases as phrases; "armed youths", "armed
    # villagers": people called armed (extract/units.py reads whether they are).
    return bool(words & (state | non_state | _FIRE_WORDS)) or " armed " in f" {lowered} " or any(
        f" {phrase} " in f" {lowered} " for phrase in state | non_state if " " in phrase) or bool(
        listed_armed_groups(text))


_FIRE_WORDS = frozenset({"gunfire", "sniper", "fire"})
