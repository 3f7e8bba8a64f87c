"""Incident triggers: the words that say violence or a demonstration happened.

Each trigger carries a category that event typing maps to ACLED's types
(``docs/typing.md``).  "generic" triggers (attack, strike, explosion) say something
happened but not how; they never decide a type on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CATEGORIES: list[tuple[str, str]] = [
    ("suicide", r"suicide (?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|blast|car bomb)|"
                r"blew (?:himself|herself|themselves) up|detonated (?:his|her|their) (?:explosive|suicide)"),
    ("chemical", r"chemical (?:attack|weapons?)|chlorine (?:gas|attack)|sarin|nerve agent"),
    ("ied", r"car[- ]bomb(?:s|ing|ings)?|truck[- ]bomb(?:s|ing)?|"
            r"roadside bomb(?:s|ing)?|"
            r"improvised explosive(?: devices?)?|\bIEDs?\b|land ?mines?|explosive devices?|"
            r"parcel bombs?|pipe bombs?|booby[- ]trap(?:ped|s)?|bomb(?:s|ings?)?(?! shelters?)|"
            r"bombed|bomb blast"),
    ("grenade", r"(?:hand |rocket[- propelled]* )?grenades?"),
    ("interception", r"(?:downed|shot down|intercepted|destroyed) [^.;]{0,40}?(?:drones?|missiles?|rockets?|UAVs?)|"
                     r"(?:drones?|missiles?|rockets?|UAVs?) (?:were|was|had been|have been) "
                     r"(?:\w+ )?(?:downed|shot down|intercepted|destroyed)"),
    ("air", r"air ?strikes?|airstrikes?|air raids?(?! (?:shelters?|warnings?|sirens?|alerts?|alarms?))|"
            r"drone (?:strikes?|attacks?)|(?:combat |kamikaze |attack |armed )drones?|drones?|"
            r"warplanes?|fighter jets?|aerial (?:assault|attack|bombardment|bombing)s?|"
            r"helicopter gunships?|bombing raids?|Shaheds?"),
    ("shelling", r"shell(?:ing|ed|s)\b|artillery|missiles?|rockets?(?! scientist)|mortars?|"
                 r"came under (?:heavy )?fire|come under (?:heavy )?fire|coming under (?:heavy )?fire|"
                 r"fire[sd]? (?:on|at|upon)|barrages?|bombard(?:s|ment|ed|ing)"),
    ("clash", r"clash(?:es|ed)?(?! with (?:police|security forces|riot police))|firefights?|gunfights?|"
              r"gun battles?|exchange(?:d)? (?:of )?fire|ambush(?:ed|es)?|fighting between|"
              r"fought|battles? (?:for|between|with)"),
    ("territory", r"(?:captures?|captured|seiz(?:es|ed)|retakes?|retook|retaken|recaptures?|recaptured|regain(?:s|ed)|"
                  r"(?:takes?|took|taken) control of) "
                  r"(?:control of )?(?:the (?:city|town|village|district) of )?(?-i:(?=[A-Z]))"),
    ("attack", r"stabs?|stabb(?:ed|ing|ings)|knife attacks?|knifem[ae]n|shootings?|shoots|shot(?! down)|gunm[ae]n|"
               r"open(?:s|ed)? fire|massacres?|massacred|assassinat(?:ed|ion)|murder(?:ed|s)?|beheaded|"
               r"hacked to death|rampage|ramm(?:ed|ing) (?:into )?(?:a |the )?crowd|mass shooting|"
               r"terror(?:ist)? attacks?|executed"),
    ("abduction", r"abduct(?:s|ed|ion|ions)?|kidnaps?|kidnapp?(?:ed|ing|ings)|taken hostage|hostages"),
    ("riot", r"riot(?:s|ing|ers)?|(?:threw|throwing|hurled|hurling) (?:stones|rocks|bricks|petrol bombs|"
             r"Molotov|objects|things|bottles)|Molotov cocktails?|petrol bombs|stormed|storming|"
             r"tried to storm|clash(?:es|ed)? with (?:police|security forces|riot police)|mob|lynch(?:ed|ing)?|"
             r"set (?:fire to|ablaze)|torched|looted|looting|vandali[sz]ed"),
    ("repression", r"tear ?gas|water cannons?|rubber bullets|live (?:rounds?|ammunition|fire)|"
                   r"dispersed (?:the )?(?:protesters|demonstrators|crowd)|baton charge"),
    ("protest", r"protest(?:s|ers|ors|ed|ing)?|demonstrat(?:ion|ions|ors|ed|ing)|rall(?:y|ies|ied)|"
                r"(?-i:marched|marchers|protest marches?)|took to the streets|sit-ins?|picket(?:s|ed|ing)?"),
    ("casualty", r"kill(?:s|ed|ing)|deaths?|casualties|dead|died|dies|wounded|wounds|injured|injures|injuries|bodies"),
    ("generic", r"attack(?:s|ed|ing)?|strikes?(?! (?:action|ballot))|struck|explosions?|blasts?|"
                r"violence|offensive|assault(?:s|ed)?|raids?|raided|hit by|targeted"),
]
_EXCLUDE = re.compile(
    r"\b(?:general|hunger|labou?r|workers'?|teachers'?|rail|national) strikes?\b|\bon strike\b|"
    r"\bheart attacks?\b|\bpanic attacks?\b|\bcyber ?attacks?\b|\bstrike (?:a deal|an agreement)\b|"
    r"\bbomb[- ](?:making|plots?|threats?|scares?|disposal|squads?|shelters?)\b|\blucky strike|\bbombshell\b|"
    r"\bphoto ?shoot|\bair[- ]raid (?:shelters?|warnings?|sirens?|alerts?|alarms?)\b",
    re.I,
)
_TRIGGER = re.compile(
    "|".join(f"(?P<c{i}>\\b(?:{pattern})\\b)" for i, (_, pattern) in enumerate(CATEGORIES)), re.I
)


@dataclass(frozen=True, slots=True)
class TriggerMention:
    category: str
    text: str
    start: int
    end: int


def find_triggers(text: str, offset: int = 0) -> list[TriggerMention]:
    """Trigger words in ``text`` with their categories; offsets shifted by ``offset``."""
    excluded = [(m.start(), m.end()) for m in _EXCLUDE.finditer(text)]
    found = []
    for match in _TRIGGER.finditer(text):
        if any(start <= match.start() < end for start, end in excluded):
            continue
        for i, (category, _) in enumerate(CATEGORIES):
            if match.group(f"c{i}"):
                found.append(TriggerMention(category, match.group(), offset + match.start(), offset + match.end()))
                break
    return found
