"""Who carried an incident out, as the report names them.

Claims of responsibility come first ("the Taliban claimed responsibility", "an attack
ascribed to X", "conducted by X"); then the subject of the act ("the Ukrainian army had
fired on..."), the agent of a passive ("was hit by Russian drones") or the nationality
that qualifies the weapon ("Russian missile attacks").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from eventwire.geo.frames import demonyms, frame_words
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.names import normalize_name
from eventwire.nlp.cache import doc_text, span_text
from eventwire.nlp.casualties import elided_passive_victim
from eventwire.nlp.lexicons import (
    actor_cues,
    armed_actor_words,
    folded,
    is_agent_noun,
    is_person_noun,
    is_thing_noun,
    listed_armed_groups,
    names_a_listed_group,
    political_cue_pattern,
    speech_lemmas,
    word_list,
)
from eventwire.nlp.pipeline import common_words
from eventwire.nlp.triggers import TriggerMention, find_triggers

_RESPONSIBILITY = re.compile(
    r"(?P<claimer>(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|the|al|el|-))*)\s+"
    r"(?:have|has|had)?\s*claimed responsibility|"
    r"(?:conducted|carried out|perpetrated|claimed|ascribed to|attributed to|blamed on|by)\s+"
    r"(?:by\s+)?(?P<doer>(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|the|al|el))*)",
)
# Pronouns and relatives name no doer of their own; the nouns that never do are a lexicon (_not_actors).
_PRONOUNS = frozenset({"he", "she", "they", "it", "who", "which", "that"})


@lru_cache(maxsize=1)
def _not_actors() -> frozenset[str]:
    """Words that never name who did it: pronouns, and bystanders, sources, acts and weapons
    (data/lexicons/actor_nouns.json, "not_actors")."""
    return _PRONOUNS | frozenset(word_list("actor_nouns.json", "not_actors"))


def find_claim(sentence: Span, skip: list[tuple[int, int]] | None = None) -> str | None:
    """Who a sentence says claimed the act, or None: the subject of a claim verb whose object is
    the act, "responsibility" or "it" ("Al-Shabaab later claimed the attack", "The Pakistani
    Taliban claimed responsibility"), or the speaker of a statement that one of its own members
    or units carried the act out ("the Islamic State group said one of its suicide bombers carried
    out the attack"). A negated claim ("No group claimed the attack") names nobody. Lexicon:
    data/lexicons/actor_cues.json (ACLED codebook, CAMEO claim verbs). The name is read from
    the tokens before the verb, as the small model often breaks names ("Tehreek-e-Taliban")."""
    ranges = skip or []
    cues = actor_cues()
    for verb in sentence:
        if verb.pos_ != "VERB" or _negated(verb):
            continue
        lemma = verb.lemma_.lower()
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if lemma in cues.claim and any(_claimed_act(o) for o in objects):
            # "Al-Shabaab, an ally of al-Qaeda, claims responsibility": past an appositive or a
            # relative clause, the parsed subject.
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            name = _name_before(verb, ranges) or next(
                (found for subject in reversed(subjects) if (found := _subject_name(subject, ranges))), None)
            if name:
                return name
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if lemma in cues.claim and passive and _claimed_act(passive[0]):
            # "All the blasts were claimed by ISIL": the agent.
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            name = _subject_name(agents[0], ranges) if agents else None
            if name:
                return name
        if lemma in cues.deed and any(_claimed_act(o) for o in objects):
            speaker = _own_member_speaker(verb, ranges)
            if speaker:
                return speaker
    # Surface fallback: "X claimed responsibility", "X claims bombing" when the parse gives no verb.
    for match in _CLAIM_SURFACE.finditer(span_text(sentence)):
        what = match.group("what").lower()
        claimed_act = what.startswith(tuple(cues.responsibility - {"it"})) or (
            what.split()[0] not in cues.other_acts
            and any(t.category not in ("casualty", "protest") for t in find_triggers(what, 0)))
        if not claimed_act or re.search(r"\b(?:no|not|never|nobody|none)\b", match.group(0), re.I):
            continue
        start = sentence.start_char + match.start("who")
        tokens = [t for t in sentence if start <= t.idx < sentence.start_char + match.end("who")]
        tokens = [t for t in tokens if t.lower_ != "the"]
        if tokens and _is_agent(tokens[-1], ranges):
            return _span_text(tokens)
    return None


_CLAIM_SURFACE = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?(?:al-|el-)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|al|el|(?:of|and)\s+the))*)"
    r"(?:,\s+(?:an?|the|which|who)\s[^,]{1,60},)?\s+"
    r"(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?claim(?:s|ed)?\s+(?:the\s+|an?\s+)?"
    r"(?P<what>[\w-]+(?:\s+[\w-]+)?)"
)


@dataclass(frozen=True, slots=True)
class Blame:
    """A sentence that gives an act told before it its doer, an armed actor ("Police said Boko Haram
    fighters carried out the killings"): ``doer`` is the name as the report gives it, None when the
    doer is unnamed ("armed bandits")."""

    doer: str | None


# How far up the parse from the act noun its frame's verb may be: "blamed | bandits | for | the
# killings" (the small model hangs "for" on the verb or on the doer).
_FRAME_DEPTH = 4


def find_blame(sentence: Span, skip: list[tuple[int, int]] | None = None) -> Blame | None:
    """Whether a sentence names the doer of an act it refers back to, and who: a definite act or
    killing noun ("the killings", "the massacre", "the attack") in a frame that gives it a doer,
    whose head is an armed actor or a name:

    - a blame verb with the doer as object ("Residents blamed bandits for the killings", "accused
      the militia of the massacre", "held X responsible for the deaths");
    - a deed verb with the doer as subject ("ISWAP militants committed the killings", "carried out
      the massacre");
    - "X was behind the killings", "X was responsible for the deaths".

    A negated frame ("police did not blame any group") names nobody. Lexicon: data/lexicons/
    actor_cues.json (blame, behind, responsible, killing_nouns; CAMEO 1.1b3 accuse verbs).
    The frame is read by walking up at most four heads from the noun, so a "for" hung on the doer
    instead of the verb still holds."""
    ranges = skip or []
    cues = actor_cues()
    state, non_state = armed_actor_words()
    for noun in sentence:
        if noun.pos_ != "NOUN" or not any(c.lower_ in ("the", "these", "those", "this", "that") for c in noun.children):
            continue
        if noun.lemma_.lower() not in cues.killing_nouns and not _claimed_act(noun):
            continue
        path: list[Token] = []
        governor = noun
        while len(path) < _FRAME_DEPTH and governor.head.i != governor.i:
            governor = governor.head
            if governor.pos_ in ("VERB", "AUX"):
                break
            path.append(governor)
        if governor.pos_ not in ("VERB", "AUX") or _negated(governor):
            continue
        lemma = governor.lemma_.lower()
        words = {t.lower_ for t in path}
        if lemma in cues.blame and (lemma != "hold" or words & cues.responsible):
            doers = [c for c in governor.children if c.dep_ in ("dobj", "obj")]
        elif lemma in cues.deed or (lemma == "be" and words & (cues.behind | cues.responsible)):
            doers = [c for c in governor.children if c.dep_ == "nsubj"]
        else:
            continue
        for doer in doers:
            # A country blamed ("Kyiv blamed Moscow for the deaths") stands for its government, whose
            # act the report has to tell itself.
            named = doer.ent_type_ in _AGENT_ENTITIES - {"GPE"} or (doer.pos_ == "PROPN" and doer.ent_type_ != "GPE")
            armed = doer.lower_ in state | non_state or named
            if armed and _is_agent(doer, ranges):
                return Blame(None if _unnamed(doer) else _phrase(doer, ranges))
    return None


def _subject_name(head: Token, skip: list[tuple[int, int]]) -> str | None:
    """The name of a parsed subject or agent: its phrase when it is a named entity or proper noun."""
    qualified = head.pos_ == "NOUN" and not is_thing_noun(head.lemma_) and any(
        c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ in _AGENT_ENTITIES) for c in head.children)
    if head.pos_ != "PROPN" and head.ent_type_ not in _AGENT_ENTITIES and not qualified:
        return None  # "the Islamic State group" is qualified by its name
    if not qualified and not _is_agent(head, skip):
        return None
    phrase = _phrase(head, skip)
    # "Lashkar-e-Islam": the small model hangs the rest of a hyphenated name after the head.
    doc, end = head.doc, head.i
    while end + 1 < head.sent.end and not doc[end].whitespace_ and (doc[end].text == "-" or doc[end + 1].text == "-"):
        end += 1
    if end > head.i:
        phrase += doc_text(doc)[head.idx + len(head.text) : doc[end].idx + len(doc[end].text)]
    return phrase


def _negated(verb: Token) -> bool:
    """"No group claimed", "did not claim": the claim is denied or absent."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ in ("no", "none", "nobody") for d in c.subtree)
               for c in verb.children)


def _claimed_act(obj: Token) -> bool:
    """The object of a claim: "responsibility", "it", or an act noun ("the attack", "the bombing",
    "the twin bombings"); a class of acts ("has claimed similar attacks", "claimed several
    bombings") is another incident's."""
    if obj.lemma_.lower() in actor_cues().responsibility or obj.lower_ in actor_cues().responsibility:
        return True
    if obj.tag_ == "NNS" and (
        not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)
        or any(c.lower_ in actor_cues().other_acts for c in obj.children)
    ):
        return False
    # Not a casualty word: "the blast claimed the lives of 12" is no claim.
    return obj.pos_ == "NOUN" and any(t.category not in ("casualty", "protest") for t in find_triggers(obj.text, 0)
                                      ) and not is_person_noun(obj.lemma_)


def _name_before(verb: Token, skip: list[tuple[int, int]]) -> str | None:
    """The name right before a verb (past adverbs and auxiliaries: "al-Shabaab later claimed"),
    read from the tokens: proper nouns, hyphens and the nouns of a group ("the Islamic State
    group"); a descriptive phrase before a proper name ("the militant group al-Shabaab") gives
    the name."""
    doc = verb.doc
    index = verb.i - 1
    while index >= verb.sent.start and doc[index].pos_ in ("ADV", "AUX", "PART"):
        index -= 1
    tokens: list[Token] = []
    while index >= verb.sent.start:
        token = doc[index]
        if any(start <= token.idx < end for start, end in skip) or token.like_num:
            break
        # "the Islamic State of Iraq and the Levant": "the" and "and" inside a name, after "of".
        inner = token.lower_ in ("the", "and") and any(t.pos_ == "PROPN" for t in tokens) and any(
            t.lower_ == "of" for t in doc[max(verb.sent.start, index - 3) : index])
        if not (token.pos_ in ("PROPN", "NOUN", "ADJ") or token.text in ("-", "'s") or inner or (
                token.pos_ == "ADP" and token.lower_ in ("of", "al", "el"))):
            break
        tokens.insert(0, token)
        index -= 1
    while tokens and (tokens[0].pos_ == "ADP" or tokens[0].text == "-"):
        tokens = tokens[1:]
    if not tokens:
        return None
    head = tokens[-1]
    proper = [t for t in tokens if t.pos_ == "PROPN" or t.text == "-"]
    if head.pos_ == "PROPN" and tokens[0].pos_ != "PROPN" and any(t.pos_ == "NOUN" for t in tokens):
        # "the militant group al-Shabaab": the trailing proper-noun run is the name ("Islamic
        # State" has no common noun before its name and stays whole).
        run = len(tokens)
        while run > 0 and (tokens[run - 1].pos_ == "PROPN" or tokens[run - 1].text == "-"
                           or not tokens[run - 1].whitespace_):  # "Tehreek-e-Taliban": glued by hyphens
            run -= 1
        tokens = tokens[run:]
        while tokens and tokens[0].text == "-":
            tokens = tokens[1:]
    if not proper and not is_agent_noun(head.lemma_):
        return None
    # "the Islamic State group": a name qualifying a noun that is no act, weapon or thing.
    qualified = bool(proper) and head.pos_ == "NOUN" and not is_thing_noun(head.lemma_) and not find_triggers(
        head.text, 0)
    if not _is_agent(head, skip) and head.pos_ != "PROPN" and not qualified:
        return None
    if not proper and _unnamed(head):
        return None
    return _span_text(tokens) if tokens else None


def _own_member_speaker(verb: Token, skip: list[tuple[int, int]]) -> str | None:
    """"X said one of its fighters carried out ...", "X said its troops had killed ...": the act's
    subject belongs to the speaker ("its", "their"), who is then the actor."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not any(t.lower_ in ("its", "their") and t.dep_ == "poss" for t in subjects[0].subtree):
        return None
    speech = speech_lemmas()
    governor = verb.head
    while governor.i != governor.head.i and governor.lemma_.lower() not in speech:
        governor = governor.head
    if governor.lemma_.lower() not in speech or governor.i == verb.i:
        return None
    speakers = [c for c in governor.children if c.dep_ == "nsubj"]
    if not speakers:
        return None
    return _name_before(governor, skip) or (_phrase(speakers[-1]) if _is_agent(speakers[-1], skip) else None)


def _span_text(tokens: list[Token]) -> str:
    ordered = sorted(tokens, key=lambda t: t.i)
    return doc_text(ordered[0].doc)[ordered[0].idx : ordered[-1].idx + len(ordered[-1].text)]


def find_actor(sentence: Span, triggers: list[TriggerMention], skip: list[tuple[int, int]] | None = None
               ) -> str | None:
    """The agent of the sentence's act as the report names it, or None.

    ``skip`` are document character ranges that are no part of the text's sentences (the dateline).
    """
    actor = _find_actor(sentence, triggers, skip or [])
    return _without_weapon_models(sentence, actor, triggers) if actor is not None else None


def _without_weapon_models(sentence: Span, actor: str, triggers: list[TriggerMention]) -> str | None:
    """"Russian Shaheds", "Ethiopian Bayraktar TB2s", "Russian Kalibr missiles": the weapon's model
    names no one; the people's word before it names who fired it ("Russian"), and an aircraft or
    drone model alone ("Iranian-made Shahed drones": "Shahed") names no doer at all.  A model word
    is no English word (WordNet) and lies in an aircraft or drone trigger (triggers.json air:
    "Shaheds", "Bayraktar", "TB2s"), or is a name before a weapon noun that is no people, country
    or armed group (:func:`_weapon_model`).  Only a people's word is left standing: "Iron Dome",
    "the Israeli Air Force" and "CIA" keep their words."""
    start = doc_text(sentence.doc).find(actor, sentence.start_char, sentence.end_char)
    if start < 0:
        return actor
    tokens = [t for t in sentence if start <= t.idx < start + len(actor) and not t.is_punct]
    if not tokens:
        return actor

    def aircraft(token: Token) -> bool:
        # (The model's people label on a weapon's name, "Shahed", does not outweigh the lexicon.)
        return token.lower_ not in common_words() and token.lower_ not in demonyms() and any(
            t.category == "air" and t.start <= token.idx < t.end for t in triggers)

    def model(token: Token) -> bool:
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return aircraft(token) or (token.text[:1].isupper() and not token.text.isupper() and after is not None
                                   and after.pos_ == "NOUN" and _weapon_model(token, after))

    kept = list(tokens)
    while kept and model(kept[-1]):
        kept.pop()
    if len(kept) == len(tokens):
        return actor
    if not kept:
        return None if all(aircraft(t) for t in tokens) else actor
    people = kept[-1].ent_type_ == "NORP" or kept[-1].lower_ in demonyms()
    return doc_text(sentence.doc)[kept[0].idx : kept[-1].idx + len(kept[-1].text)] if people else actor


def _find_actor(sentence: Span, triggers: list[TriggerMention], ranges: list[tuple[int, int]]) -> str | None:
    claimed = next((match for match in _RESPONSIBILITY.finditer(span_text(sentence))
                    if not _supporter(sentence, match, triggers)), None)
    if claimed:
        group = "claimer" if claimed.group("claimer") else "doer"
        name = (claimed.group(group) or "").strip()
        start = sentence.start_char + claimed.start(group)
        tokens = [t for t in sentence if start <= t.idx < start + len(name)]
        while tokens and tokens[0].lower_ == "the":
            tokens = tokens[1:]
        if tokens and name.lower() not in _not_actors() and _is_agent(tokens[-1], ranges):
            return re.sub(r"^the\s+", "", name)
    for trigger in triggers:
        token = _token_at(sentence, trigger.start)
        if token is None or _meets_a_mine(token, trigger) or _backers(token) or (
                token.lemma_.lower() in _NO_AGENT_TRIGGERS):
            continue
        # "gunmen", "rioters" as the trigger word: the trigger names its own agent.
        # Only the trigger's head: "hand" of "hand grenade", "booby" of "booby-trapped" name no one;
        # and not an object of the act: "fired on protesters", "killed three gunmen" name its target.
        own = token.pos_ == "NOUN" and token.idx + len(token.text) >= trigger.end and not _object(token) and (
            is_person_noun(token.lemma_)) and _is_agent(token, ranges)
        qualifying = None if own else _group_before_the_act(token, ranges)
        if qualifying is not None:
            return qualifying
        head = token if own else _actor_of(token)
        if trigger.category == "territory" and token.lemma_.lower() in yielding_lemmas() | {"come"}:
            # "Kidal fell to the rebels", "the army lost X to militants", "X came under the control
            # of Y": the side the place passed to carried the change out, never the subject.
            head = yielded_to(token)
            if head is None:
                continue
        if head is None and trigger.end - trigger.start > len(token.text):
            # "barrel bombs", "car bomb": the phrase's last word is its head.
            last = _token_at(sentence, trigger.end - 1)
            head = _actor_of(last) if last is not None else None
            token = last if last is not None else token
        if head is None:
            # "Regime helicopters dropped barrel bombs": the weapon as the subject of an act (a verb
            # that is a trigger or has one as its object), qualified by its owner; "the Boeing jet
            # crashed" is no act.
            acting = token.pos_ == "NOUN" and token.dep_ == "nsubj" and _acts(token.head, triggers)
            named = _named_modifier(token, ranges) if acting else None
            if named:
                return named
            continue
        if _is_agent(head, ranges):
            if head.dep_ in ("amod", "compound"):
                # "Russian drones", "Hamas rockets": the name that qualifies the weapon; "the El Paso
                # shooting" names a place.
                if _not_a_town(head) and not _qualifies_a_doer_noun(head):
                    return _modifier_text(head)
                continue
            member = _group_of(head, ranges)
            if member:
                return member
            if _unnamed(head):
                # "The army said its troops had killed 30 insurgents": the speaker's own force.
                verb = head.head if head.dep_ == "nsubj" else None
                speaker = _own_member_speaker(verb, ranges) if verb is not None else None
                if speaker:
                    return speaker
                continue
            if any(t.category == "air" and t.start <= head.idx < t.end and any(c.isdigit() for c in t.text)
                   for t in triggers):
                # "Turkish F-16s bombed ...": the aircraft named by its designation is the weapon;
                # the people's word before it names who flew it.
                named = _named_modifier(head, ranges)
                if named:
                    return named
            return _phrase(head, ranges)
        named = _named_modifier(head, ranges)
        if named:
            return named
    return None


# The arguments of an act that name its target, never its doer.
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "iobj"})
_TARGET_PREPOSITIONS = frozenset({"on", "at", "against", "upon", "into", "toward", "towards"})


def _object(token: Token) -> bool:
    """An object of an act ("fired on protesters", "killed three gunmen", "protesters were shot"); a
    noun after "of" is what the noun before it is ("hundreds of protesters clashed with police": a
    subject; "fired on a crowd of protesters": an object)."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head is not token.head:
        return _object(token.head.head)
    if token.dep_ == "pobj":
        # "beaten by protesters", "clashed with rioters": the agent and the other side act too.
        return token.head.lower_ in _TARGET_PREPOSITIONS
    return token.dep_ in _OBJECT_DEPS
# Triggers with no doer among their arguments: who puts, raises or lowers "the toll" states it (its
# source), and the subject of "died" is the one who died (an unaccusative verb).  The act's own
# trigger ("the ambush", "the shelling") names its doer.
_NO_AGENT_TRIGGERS = frozenset({"toll", "die"})
# An aside that opens with a participle right after a comma: ", backed by", ", supported by".
_ASIDE_PARTICIPLE = re.compile(r",\s*([a-z]+)\s+$")


def _supporter(sentence: Span, match: re.Match[str], triggers: list[TriggerMention]) -> bool:
    """"The militiamen, backed by Rwandan soldiers, seized X": a "by" phrase in an aside whose
    participle is no act word names who stood behind the doers, not the doers; "..., killed by
    Boko Haram" (an act word) names them."""
    if match.group("doer") is None or match.group("claimer") is not None:
        return False
    opening = span_text(sentence)[: match.start()]
    if not match.group().startswith("by"):
        return False
    word = re.search(r"([a-z]+)\s+$", opening)
    if word is not None and word.group(1) in frame_words()["control_words"]:
        return True  # "militiamen backed by Rwandan troops" (place_frames.json, control_words)
    aside = _ASIDE_PARTICIPLE.search(opening)
    if aside is None:
        return False
    start = sentence.start_char + aside.start(1)
    return not any(t.start <= start < t.end for t in triggers)


def _backers(token: Token) -> bool:
    """Whether a noun is the object of "by" after a word of control or support ("bandits backed by
    Nigerien gunmen"): it names the doers' backers (place_frames.json, control_words)."""
    by = token.head
    return token.dep_ == "pobj" and by.lower_ == "by" and by.head.lower_ in frame_words()["control_words"]


def _acts(verb: Token, triggers: list[TriggerMention]) -> bool:
    """Whether a verb is an act: itself a trigger, or a trigger is its object."""
    def triggered(token: Token) -> bool:
        return any(t.start <= token.idx < t.end and t.category != "casualty" for t in triggers)
    if verb.pos_ != "VERB":
        return False
    return triggered(verb) or any(c.dep_ in ("dobj", "obj") and triggered(c) for c in verb.children)


def _group_of(head: Token, skip: list[tuple[int, int]]) -> str | None:
    """"Members of the Mungiki gang", "Fighters of the Arakan Army", "Supporters of the opposition
    Awami League": people named by the group they belong to are that group. Read from the tokens
    after "of" (the small model often breaks such names off the preposition), from the first
    proper noun to the end of the noun phrase; a place ("residents of Gaza": every name word a
    GPE or LOC entity) or an unnamed group ("members of a gang") is no name."""
    if head.pos_ != "NOUN" or not (is_person_noun(head.lemma_) or is_agent_noun(head.lemma_)):
        return None
    doc = head.doc
    if head.i + 1 >= head.sent.end:
        return None
    if doc[head.i + 1].lower_ in ("of", "from"):
        start = head.i + 2  # "Fighters from the ADF" as "Fighters of the ADF"
    elif doc[head.i + 1].lower_ in _affiliation()[0]:
        # "Gunmen believed to belong to al-Shabab", "fighters linked to the Islamic State",
        # "militants suspected of being members of Boko Haram": the group they are said to be of.
        start = head.i + 1
        while start < head.sent.end and doc[start].lower_ in _affiliation()[1]:
            start += 1
        if not any(t.lower_ in ("to", "with", "of") for t in doc[head.i + 1 : start]):
            return None
    else:
        return None
    tokens: list[Token] = []
    for token in doc[start : head.sent.end]:
        glued = token.text == "-" or (token.i > 0 and not doc[token.i - 1].whitespace_ and doc[token.i - 1].text == "-")
        if not (token.pos_ in ("DET", "ADJ", "NOUN", "PROPN") or glued) or any(
                start <= token.idx < end for start, end in skip):
            break
        tokens.append(token)
    named = [index for index, token in enumerate(tokens) if token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "NORP")]
    if not named:
        return None
    first = named[0]
    while first > 0 and tokens[first - 1].ent_type_ == "ORDINAL":
        first -= 1  # "the 7th Division"
    words = tokens[first:]
    while words and words[-1].text == "-":
        words = words[:-1]
    names = [t for t in words if t.pos_ == "PROPN"]
    if not words or (names and all(t.ent_type_ in ("GPE", "LOC", "FAC") for t in names)):
        return None
    if start > head.i + 2 and any(t.ent_type_ == "PERSON" for t in names) and not any(
            t.ent_type_ in ("ORG", "NORP") for t in names) and not listed_armed_groups(_span_text(words)):
        # "forces loyal to Muammar Gaddafi": a side named by the leader it follows is the whole phrase.
        return _span_text([head, *doc[head.i + 1 : words[0].i], *words])
    return _span_text(words)


@lru_cache(maxsize=1)
def _affiliation() -> tuple[frozenset[str], frozenset[str]]:
    """The words that open a phrase saying which group people belong to, and the words such a
    phrase runs through before the group's name (actor_cues.json, affiliation)."""
    data = word_list("actor_cues.json", "affiliation_openers"), word_list("actor_cues.json", "affiliation_words")
    return frozenset(data[0]), frozenset(data[0]) | frozenset(data[1])


def _named_modifier(head: Token, skip: list[tuple[int, int]]) -> str | None:
    """"Hamas rockets", "the Iron Dome system": when the head is a weapon or an act, the name that
    qualifies it is the actor (as "Russian" in "Russian drones")."""
    modifiers = [child for child in head.children if child.dep_ in ("compound", "amod", "nmod") and child.i < head.i
                 and (_typed_name(child) or _unlisted_name(child) or (
                     # ("Ukrainian drones" the model left untyped after a wire dateline: a people's word.)
                     child.text[:1].isupper() and child.lower_ in demonyms()))
                 and not any(start <= child.idx < end for start, end in skip) and _not_a_town(child)
                 and not _weapon_model(child, head)]
    if not modifiers:
        # "Junta aircraft", "regime helicopters", "army drones": a state body qualifying the weapon
        # (data/lexicons/actor_cues.json, "state").
        # ("Saudi-led coalition aircraft": a military alliance's too.)
        owners = actor_cues().state | frozenset(word_list("actor_cues.json", "weapon_owners"))
        state = [child for child in head.children if child.dep_ in ("compound", "amod", "nmod") and child.i < head.i
                 and child.lower_ in owners and not any(start <= child.idx < end for start, end in skip)]
        if not state:
            return None
        text = _modifier_text(state[0])
        doc, at = head.doc, state[0].i
        if at >= 3 and doc[at - 1].lower_ in ("led", "backed") and doc[at - 2].text == "-" and not (
                doc[at - 3].whitespace_ or doc[at - 2].whitespace_):
            # "Saudi-led coalition aircraft": the parse hangs "-led" on the weapon; it names the alliance.
            return doc_text(doc)[doc[at - 3].idx : state[0].idx + len(state[0].text)]
        return text
    # ("Syrian Army tanks": the state body named beside the people's word goes with it.)
    modifiers += [child for child in head.children if child.dep_ in ("compound", "amod", "nmod") and child.i < head.i
                  and child.lower_ in actor_cues().state and child not in modifiers
                  and not any(start <= child.idx < end for start, end in skip)]
    tokens = sorted({t for child in modifiers for t in child.subtree if t.i < head.i}, key=lambda t: t.i)
    return doc_text(head.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _weapon_model(modifier: Token, head: Token) -> bool:
    """"an Iskander missile", "Tomahawk cruise missiles", "a Shahed drone": a name before a weapon
    noun that is no people (NORP, demonyms.tsv), no country and no armed group (one the report
    tells or the UCDP Actor Dataset lists: armed_group_names; a kind or name of armed group of
    political_targets.json cues) names the weapon's model, not who fired it."""
    if head.lemma_.lower() not in _weapon_nouns():
        return False  # "Houthi drone strike": the name before an act is its doer's
    if modifier.ent_type_ == "NORP" or modifier.lower_ in demonyms() or modifier.ent_type_ == "GPE":
        return False
    name = _modifier_text(modifier)
    if political_cue_pattern().search(name):
        return False  # "Houthi drones", "Hezbollah rockets"
    if name.isupper() and len(name) <= 4 and any(
            place.feature == "country" for place in load_gazetteer().lookup(name)):
        return False  # "US drones"
    return not any(name == group or name.startswith(f"{group} ") or group.startswith(name)
                   for group in armed_group_names(doc_text(modifier.doc)))


@lru_cache(maxsize=1)
def _weapon_nouns() -> frozenset[str]:
    """Nouns of weapons a model name may stand before (act_nouns.json downed_weapons, seized_things)."""
    return frozenset(word_list("act_nouns.json", "downed_weapons")) | frozenset(
        word_list("act_nouns.json", "seized_things"))


def _unnamed(head: Token) -> bool:
    """"Ten gunmen", "Troops", "armed men": a bare plural of persons or forces with no name,
    nationality or group qualifying it is unnamed (gold-format: null if unnamed). Kept: a named
    head or a qualified one ("Palestinian gunmen", "Al-Shabaab militants"), an institution in the
    singular ("police", "the army", "the government"), and the crowd of a demonstration
    ("protesters", "rioters"), which ACLED's codebook itself codes as an actor."""
    state, non_state = armed_actor_words()
    # ("OUAGADOUGOU (Reuters) - Gunmen attacked ...": after a dateline the model may take the plural
    # of an armed-actor word for a name.)
    plural_word = head.text[1:].islower() and head.lower_ in state | non_state and head.lower_.endswith(("s", "men"))
    if (head.ent_type_ in _AGENT_ENTITIES or head.pos_ == "PROPN") and not plural_word:
        return False
    modifiers = [t for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "amod", "nmod", "poss", "flat")]
    # A country's adjective qualifies the force whether or not NER types it ("Somali troops",
    # "Malian soldiers": demonyms.tsv).
    # An acronym or a listed group's name the small model tags a common noun ("ISWAP fighters", "RSF
    # fighters") names the group too.
    # So does a capitalised word that is no English word ("Fano fighters", which the model tags an
    # adjective).
    if any(t.ent_type_ in _AGENT_ENTITIES or t.pos_ == "PROPN" or (t.text[:1].isupper() and t.lower_ in demonyms())
           or (t.text.isupper() and len(t.text) >= 2) or names_a_listed_group(t.text)
           or (t.text[:1].isupper() and t.is_alpha and t.lower_ not in common_words()) for t in modifiers):
        return False
    if not plural_word and (head.tag_ in ("NN", "NNP") or head.lemma_.lower() == head.lower_):
        return False  # singular or uninflected: "the army", "police"
    return not any(t.category in ("protest", "riot") for t in find_triggers(head.text, 0))


def _typed_name(token: Token) -> bool:
    """A modifier NER typed as a name, its entity inside the modifier's own phrase: an entity that
    runs in from before ("Syrian Civil War: Twin" of "Twin bombings") is a broken one."""
    if not token.ent_type_ or token.ent_type_ in _NOT_AGENT_ENTITIES:
        return False
    phrase = {t.i for t in token.subtree}
    entity = next((ent for ent in token.doc.ents if ent.start <= token.i < ent.end), None)
    return entity is None or all(t.i in phrase for t in entity)


def _unlisted_name(token: Token) -> bool:
    """A proper noun NER left untyped is a name unless it is a capitalised common word ("Suicide
    bomber kills", "Twin bombings kill"): one word of the model's lemma tables, or a sentence's first
    unless no such word ("Houthi drone strike kills three")."""
    if token.pos_ != "PROPN":
        return False
    if token.i == token.sent.start:
        return token.lower_ not in common_words()
    words = [t for t in token.subtree if (t.i <= token.i and t.dep_ in ("compound", "flat")) or t == token]
    return len(words) > 1 or token.lower_ not in common_words()


def _qualifies_a_doer_noun(modifier: Token) -> bool:
    """"Haiti gang attack", "Nigeria bandit raid": a place's name before the doers' noun, both
    qualifying the act, says where the doers are, and the doers go unnamed; "Israel strike" (no
    doer noun) names the state that struck."""
    if modifier.ent_type_ not in ("GPE", "LOC") and not any(
            place.feature == "country" for place in load_gazetteer().lookup(modifier.text)):
        return False  # ("Burkina jihadist attack": a country's short name the model leaves untyped)
    state, non_state = armed_actor_words()
    return any(t.i > modifier.i and t.dep_ in ("compound", "amod") and (
        t.lower_ in state | non_state or f"{t.lower_}s" in state | non_state)
        for t in modifier.head.children)


def _not_a_town(modifier: Token) -> bool:
    """A place before an act noun is an actor only as a state ("US drone strikes", "Turkish
    shelling"): a town or region there ("the Dayton shooting") is where it happened. A name that
    is no nationality, organisation or person counts as a state when the gazetteer knows no place
    of that name or its first one is a country, or when it is an acronym ("US"); a name the model
    calls an organisation or person, unless it is exactly a region's or a town's."""
    name = _modifier_text(modifier)
    if modifier.ent_type_ in ("ORG", "PERSON"):
        # "the Quetta market blast", "the Tillaberi ambush", which the small model often makes an
        # organisation: the exact name of a region or of a town of 20,000 or more is the place.
        return not any(normalize_name(place.name) == normalize_name(name) and (
            place.feature == "region" or (place.feature == "city" and place.population >= 20_000))
            for place in load_gazetteer().lookup(name))
    if name.isupper() and len(name) <= 4:
        return True
    # Only a place of exactly that name: the gazetteer also matches spelling skeletons.
    places = [place for place in load_gazetteer().lookup(name) if place.name.lower() == name.lower()]
    if modifier.ent_type_ == "NORP":
        # A people ("Kurdish shelling") is an actor; the model's NORP on an island's or a region's
        # own name before an act noun ("<island> ambush") is the place.
        return not places or places[0].feature != "region"
    return not places or places[0].feature == "country"


def _group_before_the_act(token: Token, skip: list[tuple[int, int]]) -> str | None:
    """"An al-Shabaab attack on a base", "a Boko Haram raid", "a Houthi drone strike": an armed group
    of the UCDP Actor Dataset (listed_armed_groups) named among the words that qualify the act
    noun, before it, is who did it, whatever entity label the model gives the name."""
    noun = token
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "drone" of "drone strike": the phrase's head
    if noun.pos_ not in ("NOUN", "PROPN") or _object(noun):
        return None
    modifiers = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "punct")]
    if not modifiers or any(a <= modifiers[0].idx < b for a, b in skip):
        return None
    start = min(t.idx for modifier in modifiers for t in modifier.subtree)  # ("Pakistani" hangs on "Taliban")
    text = doc_text(noun.doc)[start : noun.idx]
    groups = listed_armed_groups(text)
    if not groups:
        return None
    name = min(groups, key=text.find)
    at = text.find(name)
    # "a Pakistani Taliban suicide bomber": the capitalised words right before the name are its own.
    before = re.search(r"(?:[A-Z][\w'-]*\s+)+$", text[:at])
    return text[before.start() if before else at : at + len(name)]


def _modifier_text(modifier: Token) -> str:
    """The modifier with the names compounded on it ("Islamic State" in "Islamic State fighters")."""
    tokens = sorted((t for t in modifier.subtree if t.dep_ in ("compound", "amod", "flat") or t == modifier),
                    key=lambda t: t.i)
    return doc_text(modifier.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


_NOT_AGENT_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
_AGENT_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Trigger categories whose words can name people ("gunmen", "protesters", "rioters", "mob").
_PERSON_TRIGGERS = frozenset({"attack", "protest", "riot"})


def _is_agent(head: Token, skip: list[tuple[int, int]]) -> bool:
    """Whether a head token can name who did it: a person, force or group, not an act or a date."""
    if any(start <= head.idx < end for start, end in skip) or head.ent_type_ in _NOT_AGENT_ENTITIES:
        return False
    if head.lower_ in _not_actors() or head.like_num:
        return False
    # "gunmen", "protesters", "rioters" are triggers and persons; "drones", "clashes", "strike" are
    # acts or weapons.
    weapon_or_act = any(t.category not in _PERSON_TRIGGERS for t in find_triggers(head.text, 0))
    thing = weapon_or_act or is_thing_noun(head.lemma_) or is_thing_noun(head.lower_)
    # A capitalised headline word ("Kidnappings are commonplace") is no name.
    named = head.ent_type_ in _AGENT_ENTITIES or (head.pos_ == "PROPN" and not thing)
    if not named and thing:
        return False
    return named or (head.pos_ == "NOUN" and is_agent_noun(head.lemma_))


def _token_at(sentence: Span, char: int) -> Token | None:
    for token in sentence:
        if token.idx <= char < token.idx + len(token.text) + 1:
            return token
    return None


# "The convoy hit a mine", "a boy stepped on a mine": who meets a mine is its victim, not its layer.
_MEETING_VERBS = frozenset({"strike", "hit", "step", "run", "drive", "tread", "trigger"})


def _meets_a_mine(token: Token, trigger: TriggerMention) -> bool:
    return token.lemma_.lower() in _MEETING_VERBS and trigger.text.lower().rstrip("s").endswith("mine")


def _met_a_mine(verb: Token) -> bool:
    """"A military vehicle struck a mine, killing two soldiers": what met the mine is its victim."""
    return verb.lemma_.lower() in _MEETING_VERBS and any(
        child.dep_ in ("dobj", "prep") and any(t.lemma_.lower() == "mine" for t in child.subtree)
        for child in verb.children)


_LIGHT_VERBS = frozenset({"come", "be", "become", "remain", "suffer", "see", "face", "experience"})


@lru_cache(maxsize=1)
def yielding_lemmas() -> frozenset[str]:
    """Verbs that tell a place passing to another side (act_nouns.json yielding_lemmas)."""
    return frozenset(word_list("act_nouns.json", "yielding_lemmas"))


def yielded_to(verb: Token) -> Token | None:
    """The side a place passed to, by a verb of yielding or "come under" (act_nouns.json
    yielding_lemmas, holding_nouns): the object of "to" ("Kidal fell to separatist rebels", "lost
    the town to militants"), or of "of" after a noun of holding ("fell into the hands of X", "came
    under the control of X").  None when the parse gives no such phrase."""
    holding = _holding_nouns()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "into", "under"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.lemma_.lower() in holding:
                return next((grand for of in pobj.children if of.dep_ == "prep" and of.lower_ == "of"
                             for grand in of.children if grand.dep_ == "pobj"), None)
            if prep.lower_ == "to":
                return pobj
    return None


@lru_cache(maxsize=1)
def _holding_nouns() -> frozenset[str]:
    return frozenset(word_list("act_nouns.json", "holding_nouns"))


def _actor_of(token: Token) -> Token | None:
    if token.lemma_.lower() in _LIGHT_VERBS:
        # "X came under fire from Y": the actor is Y.
        for descendant in token.subtree:
            if descendant.lower_ == "from" and descendant.dep_ == "prep":
                for pobj in descendant.children:
                    if pobj.dep_ == "pobj" and pobj.lower_ not in _not_actors():
                        return pobj
        return None
    verb = token if token.pos_ == "VERB" else (token.head if token.head.pos_ == "VERB" and token.dep_ in (
        "dobj", "nsubjpass", "pobj") else None)
    if verb is not None and verb is not token and verb.lemma_.lower() in _reaction_verbs():
        # "The envoy condemned the air strike", "the attack was confirmed by police": who reacts to
        # the act or tells it is not who did it ("rebels launched an attack" did it).
        verb = None
    if verb is not None and verb is not token and _speaker_of_the_act(verb, token):
        # "A police spokesman confirmed the attack", "the Interior Ministry confirmed the bombing": who
        # tells of the act is its source, not its doer; a force may confirm its own strikes.
        verb = None
    if verb is not None:
        for child in verb.children:
            if child.dep_ == "nsubj" and child.lower_ not in _not_actors() and child.pos_ in ("PROPN", "NOUN") and (
                not _reduced_passive(verb)
            ):
                return child
            if child.dep_ == "agent":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj" and grandchild.lower_ not in _not_actors():
                        return grandchild
        opener = verb.head
        if verb is not opener and opener.lower_ in _affiliation()[0] and opener.i < verb.i:
            # "Militants believed to belong to al-Shabab kidnapped ...": the small model makes the
            # phrase of belonging the clause and leaves the act with no subject; the noun before it
            # is the doer (and its group is read from the phrase).
            doer = next((c for c in opener.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i == opener.i - 1),
                        None)
            if doer is not None and _group_of(doer, []) is not None:
                return doer  # (not "Police said Thursday's attack killed six": no group named)
        if verb is token and verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and (
                verb.head.lemma_.lower() not in _LIGHT_VERBS) and not _met_a_mine(verb.head) and (
                verb.head.lemma_.lower() not in speech_lemmas()):
            # "Fighters burst into a hotel, killing six": the result's doer is the clause's subject.
            # (Not a speech verb's that the parse hangs it on: "Gunmen raided X, police said, killing
            # seven": the police tell it.)
            return _actor_of(verb.head)
    noun = token if token.pos_ in ("NOUN", "PROPN") else None
    if noun is not None:
        for child in noun.children:
            if (child.ent_type_ in _AGENT_ENTITIES and child.dep_ in ("amod", "compound") and _typed_name(child)
                    and _not_a_town(child)):
                return child
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj" and grandchild.lower_ not in _not_actors():
                        return grandchild
    return None


def _speaker_of_the_act(verb: Token, act: Token) -> bool:
    """Whether the subject of a verb of saying (speech_verbs.json) that takes the act as object
    tells of it rather than did it: a kind of person (WordNet noun.person) named by no word of an
    armed side ("a police spokesman confirmed the attack", "the mayor reported the shelling"); a
    body that bears no arms ("the Interior Ministry confirmed the bombing"); or a state force telling
    of an act done to others or to it ("police confirmed the attack", "the army confirmed the
    ambush": act_nouns.json suffered_acts).  A force confirming its own strike or raid, a named
    armed group, or a state named by its country did it."""
    if verb.lemma_.lower() not in speech_lemmas():
        return False
    state, non_state = armed_actor_words()
    for child in verb.children:
        if child.dep_ != "nsubj" or child.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = child.lemma_.lower()
        if child.pos_ == "NOUN" and is_person_noun(lemma) and lemma not in state | non_state:
            return True
        phrase = " ".join(t.text for t in child.subtree if t.i <= child.i)
        if child.ent_type_ in ("GPE", "NORP") or listed_armed_groups(phrase) or lemma in non_state:
            continue
        armed = lemma in state or any(phrase.lower().endswith(word) for word in actor_cues().state)
        if not armed or act.lemma_.lower() in _suffered_acts():
            return True
    return False


@lru_cache(maxsize=1)
def _suffered_acts() -> frozenset[str]:
    return frozenset(word_list("act_nouns.json", "suffered_acts"))


@lru_cache(maxsize=1)
def _reaction_verbs() -> frozenset[str]:
    return frozenset(word_list("act_nouns.json", "reaction_verbs"))


def _reduced_passive(verb: Token) -> bool:
    """"Troops killed in ambush": a past participle with no auxiliary and no object is passive, and
    so is a conjunct of a passive verb that leaves its auxiliary out ("a child was killed and her
    mother wounded", whatever tag the model gives "wounded")."""
    if elided_passive_victim(verb) is not None:
        return True
    if verb.tag_ != "VBN":
        return False
    return not any(child.dep_ in ("aux", "auxpass", "dobj", "obj") for child in verb.children)


def _phrase(head: Token, skip: list[tuple[int, int]] | None = None) -> str:
    """The head with its names and modifiers before it, as one contiguous run of words: a
    dateline ("DHAKA (AFP) -") or punctuation the parse hung on it is no part of the name."""
    tokens = [t for t in head.subtree if t.dep_ in ("compound", "amod", "flat", "nmod", "poss", "case")
              or t == head]
    tokens = [t for t in tokens if t.i <= head.i]
    kept = {head.i}
    for index in range(head.i - 1, -1, -1):
        token = head.doc[index]
        inside = any(start <= token.idx < end for start, end in skip or [])
        # "Al-Shabaab": a hyphen glued to the words on both sides is part of the name.
        glued = token.text == "-" and not token.whitespace_ and index > 0 and not head.doc[index - 1].whitespace_
        # "Lashkar-e-Islam": a word glued to a hyphen of the name is part of it, whatever the parse.
        before_hyphen = (index + 1) in kept and head.doc[index + 1].text == "-" and not token.whitespace_ and (
            token.is_alpha)
        if inside or not (glued or before_hyphen or (token in tokens and not token.is_punct)):
            break
        kept.add(index)
    first = min(kept)
    if head.doc[first].text == "-" and first > 0 and head.doc[first - 1].is_alpha and not any(
            start <= head.doc[first - 1].idx < end for start, end in skip or []):
        # "Rwandan-backed M23 rebels": the word before a glued hyphen is the compound's own.
        kept.add(first - 1)
    tokens = [t for t in head.doc[min(kept) : head.i + 1] if t.i in kept]
    ordered = sorted(tokens, key=lambda t: t.i)
    while len(ordered) > 1 and ordered[0].is_punct:
        ordered = ordered[1:]
    return doc_text(head.doc)[ordered[0].idx : ordered[-1].idx + len(ordered[-1].text)]


# A proper name as English news writes an armed group's: "al-Shabaab", "M23", "JNIM", "Hay'at
# Tahrir al-Sham", "Islamic State West Africa Province", "the Houthis".
_GROUP_NAME = (r"(?:(?:[Aa]l|[Ee]l)-)?[A-Z0-9][\w'’]*(?:-[\w'’]+)*"
               r"(?:\s+(?:(?:al|el|of|the|wal)\s+)?(?:(?:[Aa]l|[Ee]l|wal)-)?[A-Z][\w'’]*(?:-[\w'’]+)*){0,5}")
# Words that open a sentence or name a time, never a group.
_NOT_GROUP_NAMES = frozenset({"the", "a", "an", "on", "in", "at", "by", "of", "and", "but", "some", "two", "three",
                              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                              "january", "february", "march", "april", "may", "june", "july", "august",
                              "september", "october", "november", "december", "local", "suspected", "armed"})


@lru_cache(maxsize=1)
def _group_patterns() -> tuple[tuple[re.Pattern[str], tuple[tuple[str, ...], ...]], ...]:
    """The frames in which a report tells that a proper name is an armed group's (lexicon:
    data/lexicons/armed_actors.json, non_state, group_nouns, group_adjectives), each with the word
    lists it needs a word of (in lower case)."""
    _, non_state = armed_actor_words()
    members = sorted((word for word in non_state if " " not in word), key=len, reverse=True)
    member = "|".join(map(re.escape, members))
    nouns = "|".join(map(re.escape, word_list("armed_actors.json", "group_nouns")))
    adjectives = "|".join(map(re.escape, word_list("armed_actors.json", "group_adjectives")))
    name = rf"(?P<name>{_GROUP_NAME})"
    member_words = tuple(word.lower() for word in members)
    described = (tuple(word.lower() for word in word_list("armed_actors.json", "group_adjectives")),
                 tuple(word.lower() for word in word_list("armed_actors.json", "group_nouns")))
    return (
        # "Houthi rebels", "ISWAP fighters", "M23 rebels", "ELN guerrillas"
        (re.compile(rf"{name}\s+(?:{member})\b"), (member_words,)),
        # "the militant group al-Shabaab", "the Islamist armed group JNIM"
        (re.compile(rf"\b(?i:{adjectives})(?:\s+[\w'’-]+){{0,2}}?\s+(?i:{nouns})\s+{name}"), described),
        # "the rebel M23 movement", "the jihadist JNIM alliance"
        (re.compile(rf"\b(?i:{adjectives})\s+{name}\s+(?i:{nouns})\b"), described),
        # "Al-Shabaab, the al-Qaeda-linked militant group"
        (re.compile(rf"{name},\s+(?:the|an?)\s+(?:[\w'’-]+\s+){{0,4}}?(?i:{adjectives})\s+(?:[\w'’-]+\s+)?"
                    rf"(?i:{nouns})\b"), described),
        # "fighters of the Islamic State", "militants loyal to X", "members of the armed group X" aside
        (re.compile(rf"\b(?i:{member}|members)\s+(?:of|from|belonging\s+to|loyal\s+to)\s+(?:the\s+)?{name}"),
         ((*member_words, "members"),)),
        # "Hezbollah's fighters", "the RSF's militiamen"
        (re.compile(rf"{name}['’]s?\s+(?:{member})\b"), (member_words,)),
    )


def armed_group_names(text: str) -> frozenset[str]:
    """The proper names a report itself tells are armed groups', so that the name alone is an armed
    doer elsewhere in the report ("Al-Shabaab attacked a base in Jowhar" after "the militant group
    al-Shabaab"; "the RSF shelled ..." after "the paramilitary Rapid Support Forces (RSF)").

    Read from the report's own words, never a list of names, so a group nobody listed is found:
    a name before a member noun ("Houthi rebels"), a name an armed description introduces or
    follows ("the militant group X", "X, the al-Qaeda-linked militant group"), members of a name
    ("fighters of X"), and the acronym the report defines for a name whose head is an armed noun
    ("the Rapid Support Forces (RSF)", "the National Liberation Army (ELN)").  Demonyms and names
    of regions or countries ("Sudanese rebels", "Zamfara bandits") tell where fighters are from,
    not a group's name.  Returns the names as written, with their plural ("Houthi", "Houthis").

    A name of the UCDP Actor Dataset's organised armed groups counts without the report telling
    it ("JNIM killed 14 soldiers": nlp.lexicons.listed_armed_groups), as wire copy often takes
    the group as known.
    """
    found: set[str] = set()
    lowered = folded(text)
    for pattern, needed in _group_patterns():
        # Most reports hold no word of most frames, and a pattern that opens on a name is slow to
        # run over a whole report: it runs only where its words are.
        if all(any(word in lowered for word in words) for words in needed):
            for match in pattern.finditer(text):
                found.add(match.group("name"))
    state, non_state = armed_actor_words()
    heads = state | non_state | {noun.lower() for noun in word_list("armed_actors.json", "group_nouns")}
    for match in re.finditer(rf"(?P<name>{_GROUP_NAME})\s*\(\s*(?P<acronym>[A-Z][A-Za-z0-9-]{{1,9}})\s*\)", text):
        last = match.group("name").split()[-1].split("-")[0].lower()
        if last in heads or match.group("name") in found:
            found.add(match.group("acronym"))
    told = frozenset(name for name in (_bare_name(name) for name in found) if name is not None)
    return told | listed_armed_groups(text)


def _bare_name(name: str) -> str | None:
    """The name without a leading article, or None when it is no group's name (a time word, a
    demonym, a region or country)."""
    words = name.split()
    while words and (words[0].lower() in _NOT_GROUP_NAMES or words[0].split("-")[-1][:1].islower()):
        words = words[1:]  # "The", "Iran-backed": no part of the name
    if not words or words[-1].split("-")[-1][:1].islower():
        return None  # "al-Qaeda-linked", "Iran-backed": a modifier, not a name
    bare = " ".join(words)
    if bare.lower() in demonyms() or bare.lower().rstrip("s") in demonyms():
        return None
    if any(place.feature != "city" for place in load_gazetteer().lookup(bare)):
        return None
    return bare


def names_armed_group(text: str, names: frozenset[str]) -> list[int]:
    """Where in ``text`` one of the armed group ``names`` (``armed_group_names``) stands, as written
    or in the plural ("the Houthis" for "Houthi")."""
    if not names:
        return []
    pattern = _names_pattern(names)
    return [match.start() for match in pattern.finditer(text)]


def as_group_name(actor: str, text: str, names: frozenset[str]) -> str:
    """The doer as the armed group's name that ``text`` writes where the parse cut the name or ran
    a time word into it: "al" of "al-Shabab" (the parse makes each piece a subject), "Friday
    al-Shabaab" of "On Friday al-Shabaab killed ..."; any other doer as it is.  ``names`` are
    ``armed_group_names`` of the report."""
    if not names:
        return actor
    for match in _names_pattern(names).finditer(text):
        written = match.group()
        if actor == written:
            return actor
        if actor in written and text.find(actor, match.start(), match.end()) >= 0:
            return written
        extra = actor[: -len(written)].split() if actor.endswith(written) else []
        if extra and all(word.lower() in _NOT_GROUP_NAMES for word in extra):
            return written
    return actor


@lru_cache(maxsize=64)
def _names_pattern(names: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?:s|es)?(?![\w-])")
