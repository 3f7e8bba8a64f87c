"""Word lists shipped as data files (src/eventwire/data/lexicons), each read once.

The WordNet-derived files are written by scripts/derive_lexicons.py, which names the synsets and
lexicographer files each list comes from; each file carries its source and licence in its header
(docs/lexicons.md lists them all).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


def _load(name: str) -> dict[str, Any]:
    text = resources.files("eventwire").joinpath("data", "lexicons", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=1)
def speech_lemmas() -> frozenset[str]:
    """Lemmas of reporting verbs ("say", "tell", "report", "allege", "post", "put"...)."""
    data = _load("speech_verbs.json")
    return frozenset(data["lemmas"]) | frozenset(data["supplement"])


@lru_cache(maxsize=1)
def figure_giving() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs of giving figures, nouns of figures): "the toll was released by X", "according to
    figures from X" (speech_verbs.json, figure_source)."""
    data = _load("speech_verbs.json")
    return frozenset(data["figure_giving"]), frozenset(data["figure_nouns"])


@lru_cache(maxsize=1)
def figure_showing() -> frozenset[str]:
    """Verbs of showing whose subject, a figure noun given by a body, names that body as the source
    ("figures from the health ministry showed"; speech_verbs.json figure_showing)."""
    return frozenset(_load("speech_verbs.json")["figure_showing"])


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    """Nouns of a document that gives figures ("statement", "report"; speech_verbs.json document_nouns):
    a source named only by one is the body that gave it."""
    return frozenset(_load("speech_verbs.json")["document_nouns"])


@lru_cache(maxsize=1)
def toll_revising_lemmas() -> frozenset[str]:
    """Transitive verbs of changing a figure ("lowered the toll", "raised the number of dead";
    speech_verbs.json toll_revising): their subject is the figure's source."""
    return frozenset(_load("speech_verbs.json")["toll_revising"])


@lru_cache(maxsize=1)
def toll_change_lemmas() -> frozenset[str]:
    """Verbs of a toll's change ("rose", "climbed"; speech_verbs.json toll_change)."""
    return frozenset(_load("speech_verbs.json")["toll_change"])


@lru_cache(maxsize=1)
def _agent_data() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                           frozenset[str]]:
    data = _load("agent_nouns.json")
    return (frozenset(data["agent"]), frozenset(data["not_agent"]), frozenset(data["utterance"]),
            frozenset(data["person"]), frozenset(data["abstract"]), frozenset(data["collective"]))


def is_agent_noun(lemma: str) -> bool:
    """Whether a noun lemma names a person, force or group (WordNet noun.person/noun.group)
    and its most frequent sense is not an act, event, artifact or time ("troop", "militia")."""
    agents, not_agents, _, _, _, _ = _agent_data()
    word = lemma.lower()
    return word in agents and word not in not_agents


def can_name_agent(lemma: str) -> bool:
    """Whether one of a noun lemma's five most frequent senses is a person or group, even when its
    first sense is an act ("administration", "command", "office" as the people of a body)."""
    return lemma.lower() in _agent_data()[0]


def is_thing_noun(lemma: str) -> bool:
    """Whether a noun lemma's most frequent sense is an act, event, artifact, phenomenon,
    process or time ("strike", "clash", "missile", "explosion", "week") and not a person or group."""
    agents, not_agents, _, _, _, _ = _agent_data()
    word = lemma.lower()
    return word in not_agents and word not in agents


def is_utterance_noun(lemma: str) -> bool:
    """Whether a noun lemma's most frequent sense is something a speaker says or has (WordNet
    noun.communication, noun.cognition, noun.quantity, noun.act, noun.artifact): "statement",
    "figure", "channel", "office"."""
    return lemma.lower() in _agent_data()[2]


def is_abstract_noun(lemma: str) -> bool:
    """Whether a noun lemma names something no weapon can hit: its most frequent sense an act,
    idea, message, possession, state or time, none of its three most frequent senses a thing,
    place, person or group and none of its five most frequent a person or group (WordNet 3.0):
    "budget", "deal", "decision", "policy"; not "forces"."""
    return lemma.lower() in _agent_data()[4]


def is_collective_noun(lemma: str) -> bool:
    """Whether a noun lemma's most frequent sense is a group (WordNet noun.group): "a family", "a
    crowd" name several people of unknown number."""
    return lemma.lower() in _agent_data()[5]


def is_person_noun(lemma: str) -> bool:
    """Whether a noun lemma names a kind of person (WordNet noun.person): "gunman", "protester"."""
    return lemma.lower() in _agent_data()[3]


@lru_cache(maxsize=1)
def armed_actor_words() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns naming state forces and non-state armed groups (ACLED inter codes 1-4), lower case:
    (state, non_state), from data/lexicons/armed_actors.json."""
    data = _load("armed_actors.json")
    return frozenset(data["state"]), frozenset(data["non_state"])


@lru_cache(maxsize=1)
def office_nouns() -> frozenset[str]:
    """Titles of office holders ("commissioner", "governor", "mayor", "spokesman"), from
    data/lexicons/office_nouns.json (WordNet 3.0, scripts/derive_lexicons.py)."""
    return frozenset(_load("office_nouns.json")["lemmas"])


@lru_cache(maxsize=1)
def civilian_when_hit() -> frozenset[str]:
    """Nouns of non-state armed actors that name civilians when they are the ones killed or hurt
    ("gunmen killed six herders"): ACLED codes herders who attack as an identity militia and
    herders who are attacked as civilians (ACLED Codebook, 'Civilians' and 'Identity militias').
    From data/lexicons/armed_actors.json civilian_when_hit."""
    return frozenset(_load("armed_actors.json")["civilian_when_hit"])


@dataclass(frozen=True, slots=True)
class ActorCues:
    """Lemma sets of data/lexicons/actor_cues.json: claim verbs, their responsibility objects,
    verbs of carrying an act out, state bodies that qualify a weapon or force, modifiers that
    make a claimed act a class of other acts, and the words of a blame frame with the killing
    nouns it may name."""

    claim: frozenset[str]
    responsibility: frozenset[str]
    deed: frozenset[str]
    state: frozenset[str]
    other_acts: frozenset[str]
    blame: frozenset[str]
    behind: frozenset[str]
    responsible: frozenset[str]
    killing_nouns: frozenset[str]


@lru_cache(maxsize=1)
def actor_cues() -> ActorCues:
    """The actor cues (ACLED codebook, CAMEO 1.1b3 claim and accuse verbs), loaded once."""
    data = _load("actor_cues.json")
    return ActorCues(*(frozenset(data[key]) for key in ("claim", "responsibility", "deed", "state", "other_acts",
                                                                 "blame", "behind", "responsible", "killing_nouns")))


@lru_cache(maxsize=1)
def killing_lemmas() -> frozenset[str]:
    """Verbs of killing (WordNet kill.v.01 and its troponyms: "behead", "lynch", "strangle"),
    from data/lexicons/killing_verbs.json."""
    return frozenset(_load("killing_verbs.json")["lemmas"])


@lru_cache(maxsize=1)
def phrasal_killing() -> frozenset[tuple[str, str]]:
    """Phrasal verbs of killing as (verb lemma, particle): ("mow", "down"), ("gun", "down"); WordNet's
    phrasal troponyms of kill.v.01, from data/lexicons/killing_verbs.json "phrasal"."""
    return frozenset((verb, particle) for verb, particle in
                     (lemma.split("_") for lemma in _load("killing_verbs.json")["phrasal"]))


@dataclass(frozen=True, slots=True)
class TakingWords:
    """data/lexicons/triggers.json "taking" (WordNet verbs of taking a person by force): verb
    lemmas, verb lemmas that take only with a particle ("taken away", "carried off"), those
    particles, and the words that say force was used ("at gunpoint")."""

    verbs: frozenset[str]
    particle_verbs: frozenset[str]
    particles: frozenset[str]
    force: frozenset[str]


@lru_cache(maxsize=1)
def taking_words() -> TakingWords:
    """The taking lexicon, loaded once."""
    data = _load("triggers.json")["taking"]
    return TakingWords(*(frozenset(data[key]) for key in ("verbs", "particle_verbs", "particles", "force")))


_NAME_TOKEN = re.compile(r"[^\W_][\w'’]*")


# The Arabic article that opens a group's name is written "Al-" or "al-" as the writer likes
# ("Al-Shabaab", "al-Shabaab"): it is matched in either case.
_ARTICLES = frozenset({"al", "el"})


def _article_folded(word: str) -> str:
    return word.lower() if word.lower() in _ARTICLES else word


@lru_cache(maxsize=1)
def _listed_group_names() -> tuple[str, ...]:
    """The names of data/lexicons/ucdp_actors.json and the press names of
    data/lexicons/armed_group_press_names.json (the names English news writes for UCDP's groups)."""
    return (*_load("ucdp_actors.json")["names"], *_load("armed_group_press_names.json")["names"])


@lru_cache(maxsize=1)
def _listed_group_index() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the listed names (``_listed_group_names``) that start with it, as words."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in _listed_group_names():
        words = tuple(_article_folded(word) for word in _NAME_TOKEN.findall(name))
        if words:
            index.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in index.items()}


@lru_cache(maxsize=1)
def political_cue_pattern() -> re.Pattern[str]:
    """Words that make an attack political, among them the kinds and names of armed groups
    (data/lexicons/political_targets.json "cues", parts of words, and "cue_words", whole words)."""
    parts = alternation(word_list("political_targets.json", "cues"))
    whole = alternation(word_list("political_targets.json", "cue_words"))
    return re.compile(rf"{parts}|\b(?:{whole})\b", re.I)


@lru_cache(maxsize=1)
def political_cue_words() -> tuple[str, ...]:
    """The entries of ``political_cue_pattern`` in lower case (a stem without its ``*``): each of its
    matches holds one."""
    return tuple(entry.rstrip("*").lower() for section in ("cues", "cue_words")
                 for entry in word_list("political_targets.json", section))


def listed_armed_groups(text: str) -> frozenset[str]:
    """The organised armed groups of the UCDP Actor Dataset (data/lexicons/ucdp_actors.json,
    scripts/derive_ucdp_actors.py), or of its groups' names in English news
    (data/lexicons/armed_group_press_names.json: "Boko Haram", "Taliban"), that ``text`` names, as
    the text writes them: "JNIM", "M23", "Allied Democratic Forces"; a name in the plural counts
    ("the Houthis" for "Houthi").  Case-sensitive but for an opening Arabic article ("al-Shabaab"
    for "Al-Shabaab"), whole words, punctuation between the words of a name ignored."""
    index = _listed_group_index()
    matches = list(_NAME_TOKEN.finditer(text))
    words = [_article_folded(match.group()) for match in matches]
    found: set[str] = set()
    for at, word in enumerate(words):
        for name in index.get(word, ()) + index.get(_singular(word), ()):
            end = at + len(name)
            if end <= len(words) and (tuple(words[at:end]) == name or (
                    tuple(words[at:end - 1]) == name[:-1] and _singular(words[end - 1]) == name[-1])):
                # As the report writes it, so that it can be found again ("Al-Shabaab").
                found.add(_singular_name(text[matches[at].start() : matches[end - 1].end()], name[-1]))
                break
    return frozenset(found)


@lru_cache(maxsize=1)
def _listed_group_names_folded() -> frozenset[str]:
    return frozenset(" ".join(_NAME_TOKEN.findall(name)).lower() for name in _listed_group_names())


def names_a_listed_group(text: str) -> bool:
    """Whether ``text``, whole, is the name of an armed group of the UCDP Actor Dataset in any letter
    case and with any punctuation between its words ("al-Shabaab", "AL SHABAAB")."""
    return " ".join(_NAME_TOKEN.findall(text)).lower() in _listed_group_names_folded()


def _singular_name(written: str, last: str) -> str:
    """The name without the plural ending the report gave it: "Houthis" -> "Houthi"."""
    return written if written.endswith(last) else written[: len(written) - len(written.rsplit(last, 1)[-1])]


def _singular(word: str) -> str:
    return word[:-2] if word.endswith("es") else word[:-1] if word.endswith("s") else word


@dataclass(frozen=True, slots=True)
class ArrestWords:
    """data/lexicons/triggers.json "arrest" (WordNet verbs of taking into custody, ACLED Arrests):
    verb lemmas, nouns of members of an armed group or cell, the police's words, and how many
    people held make a mass arrest."""

    verbs: frozenset[str]
    members: frozenset[str]
    police: frozenset[str]
    mass_count: int


@lru_cache(maxsize=1)
def arrest_words() -> ArrestWords:
    data = _load("triggers.json")["arrest"]
    return ArrestWords(frozenset(data["verbs"]), frozenset(data["members"]), frozenset(data["police"]),
                       int(data["mass_count"]))


@lru_cache(maxsize=64)
def word_list(name: str, section: str) -> tuple[str, ...]:
    """The entries of one section of a lexicon file (data/lexicons/<name>), in file order, read once
    per section. Order is kept: a pattern built from it tries its alternatives in that order."""
    return tuple(_load(name)[section])


# Python's case-insensitive matching takes these letters for ASCII ones too (İ and ı for i, the long
# s for s, the Kelvin sign for k).
_ASCII_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})


def folded(text: str) -> str:
    """``text`` in lower case, with the letters a case-insensitive pattern takes for ASCII ones
    written as those: a lower-case ASCII word that such a pattern matches in ``text`` is in it
    (a cheap test before running a slow pattern)."""
    return text.translate(_ASCII_FOLD).lower()


def alternation(words: Iterable[str], gap: str = " ") -> str:
    """A regex alternation of lexicon entries, in their order: each entry escaped, the words of a
    phrase joined by ``gap`` (a literal space unless told), and an entry ending in ``*`` a stem
    ("protest*" matches "protests", "protesters")."""
    parts = []
    for entry in words:
        stem = entry.endswith("*")
        body = gap.join(re.escape(word) for word in entry.rstrip("*").split(" "))
        parts.append(body + r"\w*" if stem else body)
    return "|".join(parts)
