"""Who said it: speech verbs and their subjects, "according to X", "citing X", channels.

Reads the dependency parse of one sentence.  "Belgorod Governor Vyacheslav Gladkov said"
gives source "Vyacheslav Gladkov" with role "Belgorod Governor"; "wrote Mayor Ihor
Terekhov on Telegram" gives channel "Telegram"; "the newspaper X wrote, citing an
anonymous source" gives source "an anonymous source" via "X".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.nlp.cache import doc_text

SPEECH_LEMMAS = frozenset({
    "say", "tell", "report", "claim", "state", "announce", "write", "confirm", "add", "allege",
    "post", "tweet", "declare", "insist", "estimate", "describe", "note", "deny", "accuse", "blame",
    "quote", "cite", "put", "give", "record", "count", "warn", "explain",
})
CHANNEL_WORDS = re.compile(
    r"\b(?:telegram|twitter|x|facebook|instagram|youtube|social media|statement|interview|address|"
    r"press conference|news conference|briefing|television|tv|radio|broadcast|video|post|website|"
    r"communique|message|tweet|report)\b",
    re.I,
)
GENERIC_HEADS = frozenset({
    "official", "officials", "source", "sources", "authority", "authorities", "witness", "witnesses",
    "resident", "residents", "media", "report", "reports", "spokesperson", "spokesman", "spokeswoman",
    "police", "government", "army", "military", "ministry", "he", "she", "they", "it", "statement",
})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# News outlets report figures; they are the channel, not the source of a figure.
_OUTLET = re.compile(
    r"\b(?:times|post|telegraph|guardian|journal|news|tv|television|radio|agency|herald|tribune|gazette|reuters|"
    r"afp|ap|associated press|bbc|cnn|al jazeera|npr|interfax|tass|ria novosti|xinhua|dpa|sky|fox|abc|cbs|nbc|"
    r"rthk|newspaper|media|reports?|reporters?|footage|videos?)\b",
    re.I,
)
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their"})


@dataclass(frozen=True, slots=True)
class AttributionMention:
    """A source of a sentence's statements; offsets are document characters."""

    source: str
    start: int
    end: int
    cue: str
    source_role: str | None = None
    channel: str | None = None
    via: str | None = None
    pronoun: bool = False

    @property
    def outlet(self) -> bool:
        """"The Times", "Al Jazeera", "eyewitness reports": media, not the source of a figure."""
        return bool(_OUTLET.search(self.source)) or bool(self.source_role and _OUTLET.search(self.source_role))

    @property
    def generic(self) -> bool:
        """"officials in Kiev", "the source": no named person or body."""
        words = re.findall(r"[\w']+", re.split(r"\s+(?:in|of|from|at|for)\s+", self.source)[0])
        return not words or (words[-1].islower() and words[-1] in GENERIC_HEADS) or self.pronoun


def find_attributions(sentence: Span) -> list[AttributionMention]:
    """Attributions in a parsed sentence, in order."""
    found: list[AttributionMention] = []
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.lower_ == "according" and token.i + 1 < sentence.end and token.nbor().lower_ == "to":
            objects = [child for child in token.nbor().children if child.dep_ == "pobj"]
            if objects:
                citing = [c for c in objects[0].children if c.lower_ == "citing"]
                cited_sources = [g for c in citing for g in c.children if g.dep_ in ("dobj", "pobj")]
                if cited_sources:
                    outlet = _mention(objects[0], "according to", None, None)
                    found.append(_mention(cited_sources[0], "according to", None, outlet.source))
                else:
                    found.append(_mention(objects[0], "according to", None, None))
        elif lemma in SPEECH_LEMMAS and token.pos_ in ("VERB", "AUX"):
            subject = _subject(token)
            if subject is None:
                continue
            cited = _cited(token, sentence)
            channel = _channel(token)
            if cited is not None:
                outlet = _mention(subject, token.text, channel, None)
                found.append(_mention(cited, token.text, channel, outlet.source))
            else:
                found.append(_mention(subject, token.text, channel, None))
    return found


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        is_subject = child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and verb.lemma_.lower() != "report")
        if is_subject and (child.pos_ in ("NOUN", "PROPN", "PRON") or child.ent_type_):
            return child
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None


def _cited(verb: Token, sentence: Span) -> Token | None:
    for token in sentence:
        if token.lower_ == "citing" and (token.head == verb or token.head.head == verb or verb in token.ancestors
                                          or token.head in verb.subtree or verb.head == token.head):
            objects = [child for child in token.children if child.dep_ in ("dobj", "pobj", "obj")]
            if objects:
                return objects[0]
    return None


def _channel(verb: Token) -> str | None:
    subject = _subject(verb)
    candidates = list(verb.children) + (list(subject.children) if subject is not None else [])
    for child in candidates:
        if child.dep_ == "prep" and child.lower_ in ("on", "in", "at", "via", "through", "during"):
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if objects:
                phrase = _text(list(objects[0].subtree))
                if CHANNEL_WORDS.search(phrase):
                    return phrase
    return None


def _mention(head: Token, cue: str, channel: str | None, via: str | None) -> AttributionMention:
    tokens = [token for token in head.subtree]
    appositive = [child for child in head.children if child.dep_ == "appos"]
    role_parts: list[str] = []
    for appos in appositive:
        appos_tokens = set(appos.subtree)
        if any(token.ent_type_ in ("PERSON", "ORG") for token in appos_tokens) and head.pos_ == "NOUN":
            # "the newspaper Ukrainska Pravda": the appositive is the name, the head its role.
            role_parts.append(_text([t for t in tokens if t not in appos_tokens and t.dep_ != "det"]))
            tokens = [t for t in tokens if t in appos_tokens]
        else:
            role_parts.append(_text(sorted(appos_tokens, key=lambda t: t.i)))
            tokens = [t for t in tokens if t not in appos_tokens]
    citing = [t for t in head.children if t.lower_ == "citing"]
    for clause in citing:
        clause_tokens = set(clause.subtree)
        tokens = [t for t in tokens if t not in clause_tokens]
    tokens = [t for t in tokens if not (t.dep_ in ("prep", "pobj") and t.head.dep_ == "appos")]
    tokens = _strip_punctuation(tokens)
    while tokens and tokens[0].lower_ in _DETERMINERS:
        tokens = tokens[1:]
    source_tokens, role_tokens = _split_role(tokens)
    if role_tokens:
        role_parts.insert(0, _text(role_tokens))
    source = _text(source_tokens) or head.text
    start = min(t.idx for t in (source_tokens or [head]))
    end = max(t.idx + len(t.text) for t in (source_tokens or [head]))
    role = ", ".join(part for part in role_parts if part and not re.fullmatch(r"[\w ]+['’]s?", part)) or None
    return AttributionMention(source, start, end, cue, role, channel, via, head.lower_ in PRONOUNS)


ROLE_WORDS = frozenset({
    "governor", "mayor", "president", "minister", "spokesperson", "spokesman", "spokeswoman", "chief", "commander",
    "general", "head", "director", "secretary", "officer", "official", "senator", "lawmaker", "prosecutor", "police",
    "colonel", "major", "captain", "lieutenant", "sergeant", "superintendent", "inspector", "premier", "chancellor",
    "ambassador", "envoy", "leader", "chairman", "chairwoman", "councillor", "councilor", "adviser", "advisor",
    "representative", "coordinator", "commissioner", "judge", "prince", "king", "queen", "dr", "dr.", "professor",
})


def _split_role(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split "Belgorod Governor Vyacheslav Gladkov" into the name and the role before it."""
    titles = [index for index, token in enumerate(tokens) if token.lower_ in ROLE_WORDS]
    if titles and titles[-1] < len(tokens) - 1 and all(t.pos_ == "PROPN" for t in tokens[titles[-1] + 1 :]):
        cut = titles[-1] + 1
        return tokens[cut:], [t for t in tokens[:cut] if t.lower_ not in _DETERMINERS]
    for label in ("PERSON", "ORG"):
        named = [t for t in tokens if t.ent_type_ == label]
        if (named and tokens and named[-1] == tokens[-1]) or (named and label == "PERSON"):
            first = tokens.index(named[0])
            last = tokens.index(named[-1])
            if first > 0 and all(t.dep_ in ("compound", "amod", "det", "poss", "case", "punct", "nmod")
                                 or t.pos_ in ("PROPN", "NOUN", "ADJ") for t in tokens[:first]):
                return tokens[first : last + 1], [t for t in tokens[:first] if t.lower_ not in _DETERMINERS]
            return tokens, []
    return tokens, []


def _strip_punctuation(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    return tokens


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    ordered = sorted(tokens, key=lambda t: t.i)
    doc = ordered[0].doc
    return doc_text(doc)[ordered[0].idx : ordered[-1].idx + len(ordered[-1].text)].strip(" ,")
