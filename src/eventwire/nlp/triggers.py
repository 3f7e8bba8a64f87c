"""Incident triggers: the words that say violence or a demonstration happened.

The lexicon is data: ``eventwire/data/lexicons/triggers.json`` maps lemma patterns to
categories (ACLED-oriented: suicide, chemical, ied, grenade, interception, air, shelling,
clash, territory, attack, abduction, riot, repression, protest, casualty, generic), each
group with its provenance.  At first use every lemma is expanded once into its inflected
surface forms (regular English inflection plus the file's irregular forms), and the
patterns are compiled into one regular expression, so that matching works on raw text
without the model (the relevance filter runs before it) and "shelled", "pounding",
"gunned down" match as their lemmas do.  Inside the pipeline, :func:`find_sentence_triggers`
adds the tokens whose spaCy lemma is a lexicon lemma and that the surface forms missed.

Each trigger carries a category that event typing maps to ACLED's types
(``docs/typing.md``).  "generic" triggers (attack, strike, explosion) say something
happened but not how; they never decide a type on their own.  A *vague* trigger names a
weapon or manner ("bombing", "helicopter", "bombarded", "stormed") without saying that an
act happened: it counts only beside an act word or a casualty figure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Span

from eventwire.nlp.cache import span_text

LEXICON = "triggers.json"
# Words between two tokens of a multiword trigger: "air strike", "air-strike"; a word set in
# quotation marks stays a word of it ('had "liberated" the village', "so-called 'cleansing' raids").
_SEP = r"(?:[\"'”’]?\s+[\"'“‘]?|-)"
_VOWELS = "aeiou"
# A word as the fast path sees it: letters, split at hyphens and apostrophes.
_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class TriggerMention:
    """A trigger in text: its category, surface text and character offsets [start, end).

    ``vague`` marks a weapon or manner word that says how but not that (see the module doc).
    """

    category: str
    text: str
    start: int
    end: int
    vague: bool = False


@dataclass(frozen=True, slots=True)
class _Group:
    category: str
    vague: bool
    # For generic triggers: what kind of act ("explosive", "strike", "assault"), if the lexicon says.
    act: str | None = None


@dataclass(frozen=True, slots=True)
class WordStartPattern:
    """A union of lexicon patterns tried only where one of their first words starts.

    Every lexicon pattern opens with a word (``\\b`` and a letter), so a match can only begin at
    the start of a run of letters whose lower-cased form is a first word of some pattern:
    ``finditer`` and ``search`` give what the bare expression gives, without trying every branch
    of a union of hundreds at every character (the cost that made these the slowest expressions
    of a report's pass)."""

    pattern: re.Pattern[str]
    first_words: frozenset[str]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Non-overlapping matches from left to right, as ``re.Pattern.finditer``."""
        done = 0
        for word in _WORD.finditer(text):
            if word.start() < done or word.group().lower() not in self.first_words:
                continue
            match = self.pattern.match(text, word.start())
            if match is not None:
                done = match.end()
                yield match

    def search(self, text: str) -> re.Match[str] | None:
        """The leftmost match, as ``re.Pattern.search``."""
        return next(self.finditer(text), None)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    # Every trigger branch (longest pattern first) under each lower-cased first word its forms can
    # open with: at a word, only the branches that can start there are tried (one expression of
    # some 230 patterns, tried at every word of a trigger, was the slowest part of finding triggers).
    branches: dict[str, tuple[str, ...]]
    groups: tuple[_Group, ...]
    exclude: WordStartPattern
    accident: WordStartPattern
    legacy: WordStartPattern
    # Single-lemma entries (no lookahead) for the token-lemma pass: lemma -> group.
    lemmas: dict[str, _Group]
    # Generic act kind -> the expression of its surface forms.
    acts: dict[str, re.Pattern[str]]
    # Verbs whose aircraft subject is on an errand of care or supply, or in training, not an air strike.
    errand_lemmas: frozenset[str] = frozenset()
    # The expression of each first word's branches, compiled when the word is first met.
    compiled: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # The same by the branches themselves: the forms of one lemma ("attack", "attacked",
    # "attacking") open the same branches, which are compiled once for all of them.
    compiled_branches: dict[tuple[str, ...], re.Pattern[str]] = field(default_factory=dict)

    def trigger_at(self, word: str) -> re.Pattern[str] | None:
        """The expression of the trigger branches that can open with the lower-cased ``word``."""
        pattern = self.compiled.get(word)
        if pattern is None:
            branches = self.branches.get(word)
            if branches is None:
                return None
            pattern = self.compiled_branches.get(branches)
            if pattern is None:
                pattern = self.compiled_branches[branches] = re.compile("|".join(branches), re.I)
            self.compiled[word] = pattern
        return pattern


def inflections(lemma: str, irregular: dict[str, list[str]] | None = None) -> set[str]:
    """The lemma and its regular English inflections (-s/-es/-ies, -ed/-d/-ied, -ing, doubled
    final consonant), plus irregular forms.  Over-generation ("injuried") is harmless: such
    forms do not occur in text."""
    forms = {lemma, *(irregular or {}).get(lemma, [])}
    if not lemma.isalpha() or not lemma.islower():
        return forms
    consonant_y = lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(lemma + "es")
    elif consonant_y:
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        forms.add(lemma + "d")
    elif consonant_y:
        forms.add(lemma[:-1] + "ied")
    else:
        forms.add(lemma + "ed")
    if lemma.endswith("ie"):
        forms.add(lemma[:-2] + "ying")
    elif lemma.endswith("e") and not lemma.endswith("ee"):
        forms.add(lemma[:-1] + "ing")
    else:
        forms.add(lemma + "ing")
    if (len(lemma) >= 3 and lemma[-1] not in _VOWELS + "wxy" and lemma[-2] in _VOWELS
            and lemma[-3] not in _VOWELS):
        # "kidnap" -> "kidnapped", "gun" -> "gunned".
        forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return forms


def _alternatives(token: str, irregular: dict[str, list[str]]) -> str:
    forms: set[str] = set()
    for alternative in token.split("|"):
        if alternative.startswith("="):
            forms.add(alternative[1:])
        else:
            forms.update(inflections(alternative, irregular))
    return "|".join(re.escape(form).replace(r"\-", _SEP) for form in sorted(forms, key=len, reverse=True))


def compile_pattern(pattern: str, irregular: dict[str, list[str]]) -> str:
    """The regular expression of one lexicon pattern (grammar in the lexicon's "grammar")."""
    parts: list[str] = []
    for index, token in enumerate(pattern.split()):
        sep = "" if index == 0 else _SEP
        if token.startswith("~"):
            parts.append(f"(?:{_SEP}[^\\s.;]+){{0,{int(token[1:])}}}")
        elif token == "^":
            parts.append(f"(?-i:(?={_SEP}[A-Z]))")
        elif token.startswith("!"):
            parts.append(f"(?!{_SEP}(?:{_alternatives(token[1:], irregular)})\\b)")
        elif token.endswith("?") and index == 0:
            raise ValueError(f"trigger pattern {pattern!r}: the first token cannot be optional")
        elif token.endswith("?"):
            parts.append(f"(?:{sep}(?:{_alternatives(token[:-1], irregular)})\\b)?")
        else:
            parts.append(f"{sep}(?:{_alternatives(token, irregular)})\\b")
    return r"\b" + "".join(parts)


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, list[str]]:
    """Irregular forms of the lexicon's lemmas ("shoot" -> "shot"), from its "irregular" entry."""
    raw = json.loads(resources.files("eventwire").joinpath("data", "lexicons", LEXICON).read_text(encoding="utf-8"))
    forms: dict[str, list[str]] = raw["irregular"]["forms"]
    return forms


@lru_cache(maxsize=1)
def load_lexicon() -> _Lexicon:
    """The compiled lexicon, built once per process from the package data file."""
    raw: dict[str, Any] = json.loads(
        resources.files("eventwire").joinpath("data", "lexicons", LEXICON).read_text(encoding="utf-8"))
    irregular = irregular_forms()
    groups: list[_Group] = []
    branches: list[tuple[int, int, str, set[str]]] = []
    lemmas: dict[str, _Group] = {}
    for spec in raw["groups"]:
        group = _Group(spec["category"], bool(spec.get("vague", False)), spec.get("act"))
        if "lemmas_from" in spec:
            # A derived word list (WordNet) joins the group's own patterns as lemmas.
            data = json.loads(resources.files("eventwire").joinpath("data", "lexicons", spec["lemmas_from"])
                              .read_text(encoding="utf-8"))
            # Phrasal verbs ("mow_down") join as the verb and its particle: "mowed down".
            derived = [*data["lemmas"], *(f"{verb} ={particle}" for verb, particle in
                                          (phrasal.split("_") for phrasal in data.get("phrasal", [])))]
            spec = {**spec, "patterns": spec["patterns"] + [
                lemma for lemma in derived if lemma not in spec.get("lemmas_except", [])
                and lemma not in spec["patterns"]
                and not any(lemma in pattern.split() for pattern in spec["patterns"])]}
        for pattern in spec["patterns"]:
            body = compile_pattern(pattern, irregular)
            if spec.get("case", False):
                body = f"(?-i:{body})"
            words = [token for token in pattern.split() if not token.startswith(("!", "^"))]
            branches.append((-len(words), len(branches), f"(?P<g{len(groups)}_{len(branches)}>{body})",
                             _first_words(pattern.split()[0], irregular)))
        groups.append(group)
        for pattern in spec["patterns"]:
            if " " not in pattern and not spec.get("case", False):
                for lemma in pattern.split("|"):
                    if not lemma.startswith("=") and lemma.isalpha():
                        lemmas.setdefault(lemma.lower(), group)

    def union(patterns: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(compile_pattern(p, irregular) for p in patterns), re.I)

    def scanned(patterns: list[str]) -> WordStartPattern:
        return WordStartPattern(union(patterns),
                                frozenset(word for p in patterns for word in _first_words(p.split()[0], irregular)))

    acts: dict[str, list[str]] = {}
    for spec in raw["groups"]:
        if spec.get("act"):
            acts.setdefault(spec["act"], []).extend(spec["patterns"])
    # Longer patterns first, so that at one position the longest trigger wins ("bombing raid" is an
    # air raid, not a vague "bombing"); equal lengths keep the file's order.
    by_word: dict[str, list[str]] = {}
    for _, _, branch, first in sorted(branches, key=lambda entry: entry[:2]):
        for word in first:
            by_word.setdefault(word, []).append(branch)
    return _Lexicon(
        branches={word: tuple(found) for word, found in by_word.items()},
        groups=tuple(groups),
        exclude=scanned(raw["exclude"]["patterns"]),
        accident=scanned(raw["accident_causes"]["patterns"]),
        legacy=scanned(raw["legacy_ordnance"]["patterns"]),
        lemmas=lemmas,
        acts={act: union(patterns) for act, patterns in acts.items()},
        errand_lemmas=frozenset(raw["exclude"]["errand_lemmas"] + raw["exclude"]["drill_lemmas"]),
    )


def _first_words(token: str, irregular: dict[str, list[str]]) -> set[str]:
    """The lower-cased leading words (as ``_WORD`` finds them) of a pattern's first token."""
    words = set()
    for alternative in token.split("|"):
        forms = {alternative[1:]} if alternative.startswith("=") else inflections(alternative, irregular)
        for form in forms:
            match = _WORD.match(form)
            if match is None:
                raise ValueError(f"trigger token {token!r} does not start with a letter")
            words.add(match.group().lower())
    return words


def find_triggers(text: str, offset: int = 0) -> list[TriggerMention]:
    """Trigger words in ``text`` with their categories; offsets shifted by ``offset``.

    Works on raw text (surface forms of the lexicon's lemmas), without the model."""
    return _triggers_and_exclusions(text, offset)[0]


def _triggers_and_exclusions(text: str, offset: int) -> tuple[list[TriggerMention], list[tuple[int, int]]]:
    """The triggers of :func:`find_triggers` and the spans of ``text`` the lexicon's exclusions cover."""
    lexicon = load_lexicon()
    excluded = [(m.start(), m.end()) for m in lexicon.exclude.finditer(text)]
    found = []
    done = 0
    for word in _WORD.finditer(text):
        if word.start() < done:
            continue
        pattern = lexicon.trigger_at(word.group().lower())
        match = pattern.match(text, word.start()) if pattern is not None else None
        if match is None:
            continue
        done = match.end()
        if any(start <= match.start() < end for start, end in excluded):
            continue
        name = match.lastgroup
        assert name is not None
        group = lexicon.groups[int(name[1:].split("_")[0])]
        found.append(TriggerMention(group.category, match.group(), offset + match.start(), offset + match.end(),
                                    group.vague))
    return found, excluded


def find_sentence_triggers(sentence: Span) -> list[TriggerMention]:
    """Triggers of a parsed sentence: the surface matches, plus tokens whose lemma is a
    single-word lexicon lemma that no surface form covered (an inflection the expansion
    lacks).  Lemmas come from the tagger and lemmatizer, not the dependency parse."""
    found, excluded = _triggers_and_exclusions(span_text(sentence), sentence.start_char)
    lexicon = load_lexicon()
    covered = [(t.start, t.end) for t in found]
    excluded = [(start + sentence.start_char, end + sentence.start_char) for start, end in excluded]
    added = []
    for token in sentence:
        group = lexicon.lemmas.get(token.lemma_.lower())
        if group is None or any(start <= token.idx < end for start, end in covered + excluded):
            continue
        added.append(TriggerMention(group.category, token.text, token.idx, token.idx + len(token.text), group.vague))
    found = [t for t in found if not _set_aside(sentence, t, lexicon.errand_lemmas)]
    added = [t for t in added if not _set_aside(sentence, t, lexicon.errand_lemmas)]
    return sorted(found + added, key=lambda t: t.start) if added else found


def _set_aside(sentence: Span, trigger: TriggerMention, errands: frozenset[str]) -> bool:
    return _on_an_errand(sentence, trigger, errands) or _in_a_simile(sentence, trigger)


def _in_a_simile(sentence: Span, trigger: TriggerMention) -> bool:
    """"a noise like an exploding shell", "the water came down like a missile strike", "as if the town
    had been bombed": an act word inside a comparison (the object of the preposition "like", or a
    clause opened by "as if"/"as though", itself or through the words that govern it) is a figure
    of speech, not an act."""
    span = sentence.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(4):
        if token.dep_ == "pobj" and token.head.lower_ == "like" and token.head.dep_ == "prep":
            return True
        marks = {child.lower_ for child in token.children if child.dep_ == "mark"}
        if "as" in marks and marks & {"if", "though"}:
            return True
        if token.head is token or token.dep_ in ("ROOT", "ccomp", "conj"):
            return False
        token = token.head
    return False


def _on_an_errand(sentence: Span, trigger: TriggerMention, errands: frozenset[str]) -> bool:
    """"Helicopters belonging to the navy evacuated the injured to X", "warplanes training in X": an
    aircraft that the parse makes the subject of a verb of care or supply, or of training
    (triggers.json exclude errand_lemmas, drill_lemmas)."""
    if trigger.category != "air":
        return False
    span = sentence.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in errands and token.head.i > token.i


@lru_cache(maxsize=1024)  # (asked again of the same sentence while its units are typed)
def accident_cause(text: str) -> bool:
    """Whether ``text`` names an accident or disaster as a cause (a gas leak, a boiler,
    fireworks, a crash, a collapse): out of scope by ../shared/spec/scope-and-types.md."""
    return load_lexicon().accident.search(text) is not None


@lru_cache(maxsize=1024)  # (asked again of the same sentence while its units are typed)
def legacy_ordnance(text: str) -> bool:
    """Whether ``text`` tells of ordnance left from past fighting ("an old landmine", "unexploded
    ordnance", "a shell left over from the war"): an explosion of it is an accident, not a new act
    of violence (../shared/spec/scope-and-types.md: accidents and history are out of scope)."""
    return load_lexicon().legacy.search(text) is not None


def generic_act(trigger: TriggerMention) -> str | None:
    """The kind of act a generic trigger names, from the lexicon's "act" field:
    "explosive" (explosion, blast), "strike" (a strike), "assault" (attack, raid), or None."""
    if trigger.category != "generic":
        return None
    for act, pattern in load_lexicon().acts.items():
        if pattern.fullmatch(trigger.text):
            return act
    return None
