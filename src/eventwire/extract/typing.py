"""Event typing: trigger categories to ACLED event and sub-event types.

The rules, in priority order, are documented in ``docs/typing.md``.  Remote violence
is typed by weapon even when civilians were hit; interceptions are "Disrupted weapons
use" only when nothing the report counts was killed or injured.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from eventwire.geo.frames import demonyms
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.names import normalize_name
from eventwire.nlp.lexicons import alternation, armed_actor_words, word_list
from eventwire.nlp.triggers import TriggerMention

ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
# ACLED's sub-event types under each event type (../shared/spec/scope-and-types.md).
ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    ERV: ("Shelling/artillery/missile attack", "Air/drone strike", "Suicide bomb", "Remote explosive/landmine/IED",
          "Grenade", "Chemical weapon"),
    VAC: ("Attack", "Abduction/forced disappearance", "Sexual violence"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Disrupted weapons use", "Arrests", "Agreement", "Looting/property destruction",
                               "Headquarters or base established", "Change to group/activity",
                               "Non-violent transfer of territory", "Other"),
}
EVENT_TYPE_OF = {sub: event_type for event_type, subs in ACLED_TYPES.items() for sub in subs}
# Remote-violence weapons in the order that decides between two named together: the more
# specific device first, an aircraft named as such over the missiles it may have fired.
_REMOTE_ORDER = ("ied", "grenade", "air_explicit", "shelling", "air")
# Among vague words only, a bombing or explosion says least about the weapon: "helicopters bombed
# the village" is an air strike.
_VAGUE_ORDER = ("air_explicit", "air", "shelling", "grenade", "ied")
_REMOTE_SUB = {"ied": "Remote explosive/landmine/IED", "grenade": "Grenade", "air_explicit": "Air/drone strike",
               "shelling": "Shelling/artillery/missile attack", "air": "Air/drone strike"}
# Weapons up to this many characters after the first one named are read with it: about one
# sentence of a lede ("cities came under fire from some 160 missiles and drones").
_SAME_SENTENCE = 200


@lru_cache(maxsize=1)
def _mob() -> re.Pattern[str]:
    """A riot word that names mob violence ("mob", "lynched"): data/lexicons/demonstration_words.json."""
    whole = alternation(word_list("demonstration_words.json", "mob"))
    parts = alternation(word_list("demonstration_words.json", "mob_parts"))
    return re.compile(rf"\b(?:{whole})\b|{parts}", re.I)


@lru_cache(maxsize=1)
def _explicit_air() -> re.Pattern[str]:
    """An air strike named as such ("air strike", "warplanes", "helicopter gunship"), which outranks the
    missiles or rockets that may have been its munitions (data/lexicons/act_nouns.json)."""
    anywhere = alternation(word_list("act_nouns.json", "explicit_air"))
    whole = alternation(word_list("act_nouns.json", "explicit_air_words"))
    return re.compile(rf"{anywhere}|\b(?:{whole})\b", re.I)


@lru_cache(maxsize=1)
def _government_actor() -> re.Pattern[str]:
    """Words that name the state's forces however worded (data/lexicons/actor_nouns.json, "state_forces")."""
    return re.compile(rf"\b(?:{alternation(word_list('actor_nouns.json', 'state_forces'))})\b", re.I)


@lru_cache(maxsize=1)
def _state_name_words() -> frozenset[str]:
    """Capitalised words of a state force's name that are not a country's ("the National Guard",
    "the Royal Navy", "the Republican Guard" beside a country's adjective): actor_nouns.json
    "state_name", and the article."""
    return frozenset(word_list("actor_nouns.json", "state_name")) | {"the"}


# Gunfire at people ("fired at demonstrators", "opened fire on the crowd", "shot"): lethal force.
_GUNFIRE = re.compile(r"(?:fire|fired|firing|opened\s+fire|open\s+fire|shot|shoot|shooting)\b", re.I)
# Force that is lethal whatever it hit: "live rounds", "live ammunition", "gunfire" (not rubber bullets).
_LIVE_FIRE = re.compile(r"\blive\b|\bgunfire\b|\breal\s+bullets\b", re.I)
_RETAKE = re.compile(r"\s*(?:retak|retook|recaptur|regain|reclaim|liberat)", re.I)


def _government(actor: str) -> bool:
    """Whether a territory actor is a state force (ACLED inter code 1): an army, troops or forces
    named alone ("the army") or by a country ("Syrian troops", "Israel Defense Forces", "Sudan's
    army"); a force
    named by anything else ("the Arakan Army", "Houthi forces") or holding a non-state word
    ("fighters of ...", "rebel troops") is an armed group (data/lexicons/armed_actors.json)."""
    if not _government_actor().search(actor):
        return False
    _, non_state = armed_actor_words()
    # "Sudan's army": the country's possessive names the country.
    words = [re.sub(r"['’]s$", "", word) for word in re.findall(r"[\w'’-]+", actor)]
    if any(word.lower() in non_state for word in words):
        return False
    gazetteer = load_gazetteer()
    for word in words:
        if not word[:1].isupper() or word.lower() in _state_name_words() or normalize_name(word) in demonyms():
            continue
        if not any(place.feature == "country" for place in gazetteer.lookup(word)):
            return False
    return True


def _remote_kind(trigger: TriggerMention) -> str:
    if trigger.category == "air" and _explicit_air().search(trigger.text):
        return "air_explicit"
    return trigger.category


def remote_weapon(triggers: list[TriggerMention], by_sentence: list[list[TriggerMention]] | None = None
                  ) -> str | None:
    """The ACLED sub-event type of remote violence the weapon decides, or None.

    A named weapon (car bomb, drone, missile, artillery) beats a vague word (bombing,
    bombardment, an explosion with no weapon).  The weapons of the first statement of the act
    (the first named weapon and those in the sentence-length span after it) decide, not a weapon
    mentioned later in the report; among them ``_REMOTE_ORDER`` ranks ("missiles and drones" is a
    missile attack, "an air strike with guided missiles" an air strike).
    Rules from ACLED's sub-event definitions (../shared/spec/scope-and-types.md)."""
    remote = [t for t in triggers if t.category in ("ied", "grenade", "air", "shelling")]
    pool = [t for t in remote if not t.vague] or remote
    if not pool:
        return None
    first = pool[0]
    near = [t for t in pool if 0 <= t.start - first.start <= _SAME_SENTENCE]
    for sentence in by_sentence or []:
        # With sentence boundaries known, the first sentence naming the weapon is the span.
        if first in sentence:
            near = [t for t in sentence if t in pool]
            break
    order = _VAGUE_ORDER if all(t.vague for t in pool) else _REMOTE_ORDER
    kind = min((_remote_kind(t) for t in near), key=order.index)
    return _REMOTE_SUB[kind]


_GROUND = ("clash", "attack", "riot", "repression", "protest")


def _ground_fighting_first(triggers: list[TriggerMention]) -> bool:
    """Whether the incident is told as direct fighting, a shooting or a demonstration rather than as
    remote violence: a clash named before any specific remote weapon, or only vague remote words
    ("fired on", "came under fire") beside a ground act."""
    remote = [t for t in triggers if t.category in ("ied", "grenade", "air", "shelling") and not t.vague]
    ground = [t for t in triggers if t.category in _GROUND and not t.vague]
    if not ground:
        return False
    if not remote:
        return True
    # Told as a fight before any weapon is named ("clashed ... and fired mortars"): a battle, as ACLED
    # codes remote weapons used within direct fighting.
    return any(t.category == "clash" and t.start < remote[0].start for t in ground)


def type_event(triggers: Iterable[TriggerMention], casualties_reported: bool, actor: str | None,
               by_sentence: list[list[TriggerMention]] | None = None, killed_reported: bool | None = None,
               killing_first: bool = False) -> tuple[str, str] | None:
    """(event_type, sub_event_type) for an incident's triggers (in report order), or None if
    none types it.  ``by_sentence``, the same triggers grouped by sentence, bounds the weapon
    of the first statement of the act to its sentence.  ``killing_first``: the report tells people
    killed before it tells any abduction ("stormed X, killing eight and abducting 25"), so the
    abduction is part of an attack; told after it ("abducted 27 worshippers ... shot dead one man"),
    a killing is part of the abduction.  ``killed_reported``: someone was killed
    (None: as ``casualties_reported``)."""
    killed = casualties_reported if killed_reported is None else killed_reported
    found = list(triggers)
    categories = {trigger.category for trigger in found}

    def has(category: str) -> bool:
        return category in categories

    if has("suicide"):
        return ERV, "Suicide bomb"
    if has("chemical"):
        return ERV, "Chemical weapon"
    weapon = remote_weapon(found, by_sentence)
    if weapon is not None and _ground_fighting_first(found):
        # "Clashes broke out ... the rebels also fired mortars": armed sides fighting each other is a
        # battle whatever weapons they used; a vague word ("fire on", "came under fire") never
        # outweighs a fight, a shooting, a riot or force against protesters (ACLED: Armed clash is
        # organised armed sides fighting; remote violence is one-sided).
        weapon = None
    remote = [t for t in found if t.category in ("ied", "grenade", "air", "shelling") and not t.vague]
    if weapon is not None and any(t.category == "territory" for t in found) and remote and min(
            t.start for t in found if t.category == "territory") < remote[0].start:
        # "Rebels seized Pinga ... seven were killed by stray bullets and mortar rounds": a place
        # taken, told before any weapon, is the territorial change (ACLED: taking control of a
        # location through armed engagement); the weapons are how the fight was fought.
        weapon = None
    if weapon == "Grenade" and has("protest"):
        # Grenades used on a demonstration (stun, tear-gas or police grenades at the crowd) are force
        # against protesters; a grenade thrown at a rally as the scene of an attack has lost its
        # protest word already (Unit._without_scene).
        weapon = None
    if has("interception") and not casualties_reported and (weapon is None or not any(
            t.category in ("ied", "grenade") for t in found)):
        return "Strategic developments", "Disrupted weapons use"
    if weapon is not None:
        return ERV, weapon
    if has("interception"):
        return "Strategic developments", "Disrupted weapons use"
    if has("territory"):
        if actor and _government(actor):
            return "Battles", "Government regains territory"
        # "The army said it had recaptured X": a taking back ("re-") by a doer the sentence does
        # not name is mostly the state's (ACLED: Government regains territory); a named armed
        # group keeps its own ("rebels recaptured the town").
        retaken = any(t.category == "territory" and _RETAKE.match(t.text) for t in found)
        if retaken and not actor:
            return "Battles", "Government regains territory"
        return "Battles", "Non-state actor overtakes territory"
    if has("looting") and not categories & {"attack", "clash", "abduction", "riot", "protest"}:
        # ACLED: an armed actor looting or destroying property without violence against people is
        # Strategic developments / Looting/property destruction; with people killed or hurt, an attack.
        return (VAC, "Attack") if casualties_reported else ("Strategic developments", "Looting/property destruction")
    if has("riot"):
        mob = any(t.category == "riot" and _mob().search(t.text) for t in found) and not has("protest")
        return "Riots", "Mob violence" if mob else "Violent demonstration"
    if has("protest") and has("clash"):
        return "Riots", "Violent demonstration"
    fired_on = any(t.category == "shelling" and t.vague and t.text.lower().startswith("fire") for t in found)
    if has("protest") and (has("repression") or has("arrest") or fired_on or casualties_reported):
        # "police fired on the marchers", "three protesters were killed": force used against a
        # demonstration (a demonstration's own violence is a riot, typed above).  ACLED codes lethal
        # force as excessive (people killed, or fire opened on the crowd); tear gas, water cannon or
        # stun grenades that hurt people, with no one killed, are an intervention (ACLED Codebook
        # 2023, Protests).
        gunfire = fired_on or any(t.category == "attack" and _GUNFIRE.match(t.text) for t in found) or any(
            t.category == "repression" and _LIVE_FIRE.search(t.text) for t in found)
        excessive = killed or (gunfire and casualties_reported)
        return "Protests", "Excessive force against protesters" if excessive else "Protest with intervention"
    if has("clash"):
        return "Battles", "Armed clash"
    if has("abduction") and not (killing_first and killed):
        return VAC, "Abduction/forced disappearance"
    if has("abduction"):
        return VAC, "Attack"
    if has("attack"):
        return VAC, "Attack"
    if has("protest"):
        return "Protests", "Peaceful protest"
    if has("arrest"):
        # ACLED: arrests of significant individuals or mass arrests are Strategic developments;
        # an arrest beside any act of violence is part of that act (extract/units.py _with_arrests).
        return "Strategic developments", "Arrests"
    return None
