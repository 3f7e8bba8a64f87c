"""Hedges ("reportedly", "allegedly") and what a report says of verification."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Verbs of checking a figure: WordNet 3.0 verify.v.01, confirm.v.01 (confirm, corroborate,
# substantiate), check.v.01 and authenticate.v.01, in the forms news writes after "could not (be)".
_CHECKING = ("verified|confirmed|verify|confirm|checked|check|corroborated|corroborate|substantiated|substantiate|"
             "authenticated|authenticate")
_UNVERIFIED = re.compile(
    # (A negation is needed: "the toll could be confirmed by hospital records" says nothing of the kind.)
    rf"\b(?:cannot|can't|couldn't|(?:could|can)\s+not)\s+(?:\w+\s+){{0,2}}?(?:be\s+)?(?:\w+\s+)?"
    rf"(?:independently\s+)?(?:{_CHECKING})\b|"
    # ... or in its subject: "neither side's claims could be independently verified", "none of the
    # figures can be confirmed".
    r"\b(?:none|neither|nor|no)\b[^.;]{0,80}?\b(?:could|can)\s+(?:\w+\s+)?(?:be\s+)?(?:independently\s+)?"
    rf"(?:{_CHECKING})\b|"
    r"\b(?:was|were|is|are|has been|have been)\s+(?:not|unable to be)\s+(?:\w+\s+)?(?:independently\s+)?"
    rf"(?:{_CHECKING})\b|"
    rf"\bunable to (?:independently )?(?:{_CHECKING})\b|\bnot (?:been )?independently (?:{_CHECKING})\b|"
    # "were not able to independently verify", "has not been able to verify", "it was not possible to
    # verify": the same statement in other words.
    rf"\bnot\s+(?:been\s+)?(?:able|possible)\s+to\s+(?:\w+\s+)?(?:independently\s+)?(?:{_CHECKING})\b|"
    r"\bunverified\b|"
    # Nominal and adjectival forms: "independent verification ... was not possible", "no independent
    # confirmation", "impossible to verify".
    r"\b(?:no|without)\s+independent\s+(?:verification|confirmation)\b|"
    r"\b(?:verification|confirmation)\s+of\s+the\s+(?:\w+\s+){0,2}?(?:figures?|toll|tolls|claims?|numbers?|"
    r"casualty|casualties|deaths?)\b[^.;]{0,40}?\b(?:was|is|were|has\s+been)\s+(?:not\s+possible|impossible)\b|"
    rf"\bimpossible\s+to\s+(?:independently\s+)?(?:{_CHECKING})\b",
    re.I,
)
_VERIFIED = re.compile(
    r"\b(?:independently (?:verified|confirmed))\b|\b(?:has|have) (?:independently )?verified\b|"
    # "The agency was able to independently verify the toll", "reporters managed to confirm it".
    r"\b(?:(?:was|were|is|are|has been|have been)\s+able|managed)\s+to\s+(?:independently\s+)?(?:verify|confirm)\b",
    re.I,
)
_HEDGE = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|apparently|unconfirmed reports?|is believed to|are believed to|"
    r"was believed to|were believed to|is thought to|are thought to|claimed|alleged|according to unconfirmed|"
    r"it is feared|are feared|is feared|feared dead|presumed dead|not yet clear|unclear)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class HedgeMention:
    """``kind``: "hedge", "unverified" or "verified"."""

    kind: str
    text: str
    start: int
    end: int


def find_hedges(text: str, offset: int = 0) -> list[HedgeMention]:
    found = []
    unverified = list(_UNVERIFIED.finditer(text))
    for match in unverified:
        found.append(HedgeMention("unverified", match.group(), offset + match.start(), offset + match.end()))
    for match in _VERIFIED.finditer(text):
        if not any(m.start() <= match.start() < m.end() for m in unverified):
            found.append(HedgeMention("verified", match.group(), offset + match.start(), offset + match.end()))
    for match in _HEDGE.finditer(text):
        found.append(HedgeMention("hedge", match.group(), offset + match.start(), offset + match.end()))
    return sorted(found, key=lambda hedge: hedge.start)
