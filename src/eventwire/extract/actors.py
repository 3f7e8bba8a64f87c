"""Who carried an incident out, as the report names them.

Claims of responsibility come first ("the Taliban claimed responsibility", "an attack
ascribed to X", "conducted by X"); then the subject of the act ("the Ukrainian army had
fired on..."), the agent of a passive ("was hit by Russian drones") or the nationality
that qualifies the weapon ("Russian missile attacks").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from eventwire.nlp.cache import doc_text
from eventwire.nlp.triggers import TriggerMention

_RESPONSIBILITY = re.compile(
    r"(?P<claimer>(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|the|al|el|-))*)\s+"
    r"(?:have|has|had)?\s*claimed responsibility|"
    r"(?:conducted|carried out|perpetrated|claimed|ascribed to|attributed to|blamed on|by)\s+"
    r"(?:by\s+)?(?P<doer>(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|the|al|el))*)",
)
_NOT_ACTORS = frozenset({"people", "residents", "civilians", "he", "she", "they", "it", "who", "which", "that",
                         "police", "officials", "authorities", "reuters", "witnesses", "attack", "attacks",
                         "explosion", "blast", "shelling", "missiles", "drones", "rockets", "shells", "fire"})


def find_actor(sentence: Span, triggers: list[TriggerMention]) -> str | None:
    claimed = _RESPONSIBILITY.search(sentence.text)
    if claimed:
        name = (claimed.group("claimer") or claimed.group("doer") or "").strip()
        name = re.sub(r"^the\s+", "", name)
        if name and name.lower() not in _NOT_ACTORS and name.split()[0].lower() not in ("monday", "tuesday"):
            return name
    for trigger in triggers:
        token = _token_at(sentence, trigger.start)
        if token is None:
            continue
        actor = _actor_of(token)
        if actor:
            return actor
    return None


def _token_at(sentence: Span, char: int) -> Token | None:
    for token in sentence:
        if token.idx <= char < token.idx + len(token.text) + 1:
            return token
    return None


_LIGHT_VERBS = frozenset({"come", "be", "become", "remain", "suffer", "see", "face", "experience"})


def _actor_of(token: Token) -> str | None:
    if token.lemma_.lower() in _LIGHT_VERBS:
        # "X came under fire from Y": the actor is Y.
        for descendant in token.subtree:
            if descendant.lower_ == "from" and descendant.dep_ == "prep":
                for pobj in descendant.children:
                    if pobj.dep_ == "pobj" and pobj.lower_ not in _NOT_ACTORS:
                        return _phrase(pobj)
        return None
    verb = token if token.pos_ == "VERB" else (token.head if token.head.pos_ == "VERB" and token.dep_ in (
        "dobj", "nsubjpass", "pobj") else None)
    if verb is not None:
        for child in verb.children:
            if child.dep_ == "nsubj" and child.lower_ not in _NOT_ACTORS and child.pos_ in ("PROPN", "NOUN"):
                return _phrase(child)
            if child.dep_ == "agent":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj" and grandchild.lower_ not in _NOT_ACTORS:
                        return _phrase(grandchild)
    noun = token if token.pos_ in ("NOUN", "PROPN") else None
    if noun is not None:
        for child in noun.children:
            if child.ent_type_ == "NORP" and child.dep_ in ("amod", "compound"):
                return child.text
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj" and grandchild.lower_ not in _NOT_ACTORS:
                        return _phrase(grandchild)
    return None


def _phrase(head: Token) -> str:
    tokens = [t for t in head.subtree if t.dep_ in ("compound", "amod", "flat", "nmod", "poss", "case")
              or t == head]
    tokens = [t for t in tokens if t.i <= head.i]
    ordered = sorted(tokens, key=lambda t: t.i)
    return doc_text(head.doc)[ordered[0].idx : ordered[-1].idx + len(ordered[-1].text)]
