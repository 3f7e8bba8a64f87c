"""Who said it: speech verbs and their subjects, "according to X", "citing X", channels.

Reads the dependency parse of one sentence.  "Belgorod Governor Vyacheslav Gladkov said"
gives source "Vyacheslav Gladkov" with role "Belgorod Governor"; "wrote Mayor Ihor
Terekhov on Telegram" gives channel "Telegram"; "the newspaper X wrote, citing an
anonymous source" gives source "an anonymous source" via "X".
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.nlp.cache import doc_text, span_text
from eventwire.nlp.lexicons import (
    actor_cues,
    can_name_agent,
    document_nouns,
    figure_giving,
    figure_showing,
    is_agent_noun,
    is_person_noun,
    is_thing_noun,
    is_utterance_noun,
    office_nouns,
    speech_lemmas,
    toll_revising_lemmas,
)
from eventwire.nlp.triggers import find_triggers

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
    r"\b(?:times|post|telegraph|guardian|journal|news|tv|television|radio|press agency|herald|tribune|gazette|reuters|"
    r"afp|ap|associated press|bbc|cnn|al jazeera|npr|interfax|tass|ria novosti|xinhua|dpa|sky|fox|abc|cbs|nbc|"
    # A body's own "media wing", "Security Media Cell" or "media office" speaks for the body: no outlet.
    r"rthk|newspaper|media(?!\s+(?:wing|cell|office|centre|center|department|unit|directorate|bureau|branch))|"
    r"reports?|reporters?|footage|videos?)\b",
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
    cue_start: int = -1
    # "according to the statement": a document standing for the body that gave it (also ``pronoun``).
    document: bool = False

    @property
    def outlet(self) -> bool:
        """"The Times", "Al Jazeera", "eyewitness reports": media, not the source of a figure."""
        return bool(_OUTLET.search(self.source)) or bool(self.source_role and _OUTLET.search(self.source_role))

    @property
    def generic(self) -> bool:
        """"officials in Kiev", "the source": no named person or body."""
        words = re.findall(r"[\w']+", re.split(r"\s+(?:in|of|from|at|for)\s+", self.source)[0])
        return not words or (words[-1].islower() and words[-1] in GENERIC_HEADS) or self.pronoun


def is_outlet(name: str) -> bool:
    """"Reuters", "the BBC", "state television": a news outlet's name (media, not a body that acts)."""
    return bool(_OUTLET.search(name))


def find_attributions(sentence: Span) -> list[AttributionMention]:
    """Attributions in a parsed sentence, in order of their speech verb or "according to".

    Frames read: "X said (that) ...", "..., X said", "said X", "according to X", "X told
    reporters", "X said in a statement", "X reported, citing Y" (Y the source, X via), "T quoted X
    as saying" (X the source, T via) and "X was quoted as saying". The subject comes from the
    parse; when the parsed subject is not a plausible source (it holds a figure, a date, an act
    noun or a finite verb, or spans most of the sentence) the noun phrase next to the verb is read
    from the token sequence instead, so a wrong parse never makes the act's clause the source.
    """
    found: list[AttributionMention] = []
    lemmas = speech_lemmas()
    quoted = _quoted_spans(sentence)
    for token in sentence:
        lemma = token.lemma_.lower()
        if any(start < token.idx < end for start, end in quoted):
            # '"Our units responded and pushed them back," the colonel said': a frame inside the
            # quoted words is the speaker's own account, not the report's attribution.
            continue
        if token.lower_ == "according" and token.i + 1 < sentence.end and token.nbor().lower_ == "to":
            mention = _according_to(token, sentence)
            if mention is not None:
                found.append(mention)
        elif token.pos_ == "VERB" and (giver := _figures_shown_by(token)) is not None:
            # "figures from Lebanon's health ministry showed": the body that gave the figures.
            mention = _mention(giver, token.text, None, None, token.idx)
            if mention is not None:
                found.append(mention)
        elif token.pos_ == "VERB" and (giver := _figures_given_by(token)) is not None:
            # "the figures were provided by X": a verb of giving with the figures as its subject.
            mention = _mention(giver, token.text, None, None, token.idx)
            if mention is not None:
                found.append(mention)
        elif token.pos_ == "VERB" and _revises_figures(token):
            # "police lowered the death toll from 35 to 32": who revises the figure states it.
            mention = _speech_frame(token, sentence)
            if mention is not None:
                found.append(mention)
        elif lemma in lemmas and token.pos_ == "VERB" and not (lemma in ("cite", "quote") and token.tag_ == "VBG") and (
                not _doers_charge(token, lemmas)) and not any(child.dep_ == "neg" for child in token.children):
            # ("X did not respond to requests for comment", "Y would not say": who did not speak
            # gives no figure.)
            # "X, citing Y, said": the participle belongs to X's frame (see _cited).
            mention = _speech_frame(token, sentence)
            if mention is not None:
                found.append(mention)
    return found


def _doers_charge(verb: Token, lemmas: frozenset[str]) -> bool:
    """"Rebels executed five villagers, accusing them of spying": a participle of accusing or
    blaming that hangs on the act, not on a verb of saying, is the doers' charge against their
    victims, no attribution of the act or its figures ("..., the army said, accusing them of
    being militants" hangs on "said" and stays the army's)."""
    return verb.lemma_.lower() in ("accuse", "blame") and verb.tag_ == "VBG" and verb.dep_ in (
        "advcl", "xcomp") and verb.head.lemma_.lower() not in lemmas


def _quoted_spans(sentence: Span) -> list[tuple[int, int]]:
    """Character spans (document offsets) of the quotations opened and closed in the sentence:
    curly quotes by their pairs, straight ones in twos (an odd count leaves them unread)."""
    text, base = span_text(sentence), sentence.start_char
    spans = [(base + m.start(), base + m.end()) for m in re.finditer(r"\u201c[^\u201d]*\u201d", text)]
    straight = [m.start() for m in re.finditer('"', text)]
    if len(straight) % 2 == 0:
        spans += [(base + straight[i], base + straight[i + 1]) for i in range(0, len(straight), 2)]
    return spans


def _figures_given_by(verb: Token) -> Token | None:
    """The by-agent of a verb of giving whose passive subject is a figure noun ("the toll was
    released by X"), else None."""
    giving, figures = figure_giving()
    if verb.lemma_.lower() not in giving:
        return None
    if not any(c.dep_ == "nsubjpass" and c.lemma_.lower() in figures for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _revises_figures(verb: Token) -> bool:
    """A finite verb of changing an amount with a figure noun as its object ("lowered the toll",
    "raised the number of dead"): speech_verbs.json toll_revising and figure_nouns."""
    if verb.lemma_.lower() not in toll_revising_lemmas() or verb.tag_ == "VBG":
        return False  # "... dies of his injuries, raising the toll to four": the death raised it
    figures = figure_giving()[1]
    return any(c.dep_ == "dobj" and c.lemma_.lower() in figures for c in verb.children)


def _figures_shown_by(verb: Token) -> Token | None:
    """The body that gave the figures a verb of showing has as its subject ("figures from X showed",
    "a tally by X shows"), or that the figures came from ("the figures came from X"), else None."""
    if verb.lemma_.lower() == "come":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or (subject.lemma_.lower() not in figure_giving()[1]
                               and subject.lower_ not in figure_giving()[1]):
            return None
        return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                     for g in c.children if g.dep_ == "pobj"), None)
    if verb.lemma_.lower() not in figure_showing():
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _giver_of_figures(subject) if subject is not None else None


def _giver_of_figures(head: Token) -> Token | None:
    """"figures released by X", "a tally by X", "data compiled by X", "figures from X", "a statement
    issued by X": the body that gave the figures or the document named by ``head``, else None."""
    nouns = figure_giving()[1] | document_nouns()
    if head.lemma_.lower() not in nouns and head.lower_ not in nouns:
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "relcl" and child.lemma_.lower() == "come":
            # "figures that came from X"
            source = next((g for c in child.children if c.dep_ == "prep" and c.lower_ == "from"
                           for g in c.children if g.dep_ == "pobj"), None)
            if source is not None:
                return source
        if child.dep_ in ("acl", "relcl") and child.tag_ == "VBN":
            agent = next((g for c in child.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "from")
                          for g in c.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent
    return None


def _according_to(token: Token, sentence: Span) -> AttributionMention | None:
    cue = token.idx
    objects = [child for child in token.nbor().children if child.dep_ == "pobj"]
    giver = _giver_of_figures(objects[0]) if objects else None
    if giver is not None:
        # "according to figures released by X": X is the source, not "figures".
        mention = _mention(giver, "according to", None, None, cue)
        if mention is not None:
            return mention
    pieces = _fronted_phrase_pieces(token, objects[0], sentence) if objects else None
    if pieces is not None:
        # "According to the governor of X, Ali Osman, Al-Shabaab militants killed ...": the parse
        # made the act's subject a conjunct of the phrase; the phrase ends before it.
        description, named = pieces
        mention = _mention(description[-1], "according to", None, None, cue, description)
        if mention is not None and named:
            return dataclasses.replace(mention, source=_text(named), start=named[0].idx,
                                       end=named[-1].idx + len(named[-1].text), source_role=mention.source)
        if mention is not None:
            return mention
    if objects:
        citing = [c for c in objects[0].children if c.lower_ in ("citing", "quoting")]
        cited_sources = [g for c in citing for g in c.children if g.dep_ in ("dobj", "pobj")]
        if cited_sources:
            outlet = _mention(objects[0], "according to", None, None, cue)
            return _mention(cited_sources[0], "according to", None, outlet.source if outlet else None, cue)
        mention = _mention(objects[0], "according to", None, None, cue)
        named = _name_set_off_after(objects[0], sentence)
        if mention is None and named:
            # The phrase with the apposed name is no plausible source; the words before it are.
            surface = _surface_after(token.nbor(), sentence)
            mention = _mention(surface[-1], "according to", None, None, cue, surface) if surface else None
        if mention is not None and named:
            # "according to a hunters' group leader in Gusau, Danjuma Ali.": the name closes the phrase.
            return dataclasses.replace(mention, source=_text(named), start=named[0].idx,
                                       end=named[-1].idx + len(named[-1].text),
                                       source_role=mention.source if not mention.source_role
                                       else f"{mention.source}, {mention.source_role}")
        if mention is not None:
            return mention
    surface = _surface_after(token.nbor(), sentence)
    return _mention(surface[-1], "according to", None, None, cue, surface) if surface else None


def _fronted_phrase_pieces(according: Token, head: Token, sentence: Span
                           ) -> tuple[list[Token], list[Token]] | None:
    """"According to the governor of X, Ali Osman, Al-Shabaab militants killed ...": a phrase that
    opens the sentence and runs, by commas, right into a main verb that has no subject of its own
    holds that subject as its last piece (the small model makes it a conjunct of the phrase).  The
    phrase is then its first piece, with the name set off after it when the second piece is a
    name; None for any other phrase."""
    root = sentence.root
    phrase = sorted(head.subtree, key=lambda t: t.i)
    if according.i != sentence.start or phrase[-1].i + 1 != root.i or root.pos_ not in ("VERB", "AUX") or any(
            child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for child in root.children):
        return None
    pieces: list[list[Token]] = [[]]
    for token in phrase:
        if token.text == ",":
            pieces.append([])
        else:
            pieces[-1].append(token)
    if len(pieces) < 2 or not all(pieces):
        return None
    description = pieces[0]
    second = pieces[1] if len(pieces) > 2 else []
    named = second if second and all(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in second) else []
    return description, named


def _name_set_off_after(head: Token, sentence: Span) -> list[Token]:
    """A name set off by a comma right after the phrase of ``head`` and closing the sentence or
    clause (", Danjuma Ali." / ", Danjuma Ali, said"), when the phrase itself names no one: a
    person's name, or a body's capitalised name after a description ("according to the army's
    media wing, the Inter-Services Public Relations", "a local council chairman, Monday Kassah":
    the small model reads a weekday in a name as a date)."""
    doc = head.doc
    # The parse may hang the name on the phrase as its apposition: the phrase is the rest.
    apposed = {t.i for child in head.children if child.dep_ == "appos" for t in child.subtree}
    phrase = [t for t in head.subtree if t.i not in apposed]
    end = max(t.i for t in phrase if not t.is_punct or t.i == head.i) + 1
    # A title written capitalised ("the Deputy Governor") and the place or body of an office ("the
    # governor of Sumy region", "the spokesman of the Interior Ministry") name no one: the name set
    # off after them does.
    of_place = {t.i for child in head.children if child.dep_ == "prep" for t in child.subtree
                } if _is_title(head) else set()
    if any((t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN") and not _is_title(t) and t.i not in of_place
           for t in phrase) or (end + 1 >= sentence.end or doc[end].text != ","):
        return []
    name_start = end + 1
    while name_start < sentence.end and doc[name_start].ent_type_ != "PERSON" and (
            doc[name_start].text.rstrip(".").lower() in _NAME_TITLES or doc[name_start].lower_ in ROLE_WORDS):
        name_start += 1  # "Dr Amina Yusuf", "Colonel X": the title is no part of the name
    if name_start < sentence.end and doc[name_start].lower_ == "the" and doc[name_start].ent_type_ != "PERSON":
        name_start += 1  # "the Inter-Services Public Relations": a body's name keeps no article
    name_end = name_start
    while name_end < sentence.end and (doc[name_end].ent_type_ == "PERSON" or _name_word(doc, name_end, name_start)):
        name_end += 1
    if name_end == name_start or (name_end < sentence.end and not doc[name_end].is_punct) or (
            doc[name_end - 1].text == "-") or all(doc[i].ent_type_ == "GPE" for i in range(name_start, name_end)):
        return []
    return list(doc[name_start:name_end])


def _is_title(token: Token) -> bool:
    """A word of a title ("Governor", "Deputy", "chief"): ROLE_WORDS, office_nouns.json, or a noun of a
    person (WordNet noun.person), in any letter case."""
    return token.lower_ in ROLE_WORDS or token.lower_ in office_nouns() or is_person_noun(token.lower_)


def _name_word(doc: Doc, index: int, start: int) -> bool:
    """A word of a capitalised name: capitalised, or a lower-case joint inside it ("of", "for",
    "-" in "Inter-Services"), never its first word."""
    token = doc[index]
    if token.text[:1].isupper() and (token.is_alpha or "-" in token.text):
        return True
    return index > start and (token.lower_ in ("of", "for", "and", "the") or token.text == "-") and (
        index + 1 < len(doc) and doc[index + 1].text[:1].isupper())


# Abbreviated titles before a person's name.
_NAME_TITLES = frozenset({"dr", "mr", "mrs", "ms", "gen", "col", "capt", "maj", "lt", "sgt", "prof", "sheikh"})


def _speech_frame(verb: Token, sentence: Span) -> AttributionMention | None:
    cue = verb.idx
    if _report_of_hearsay(verb):
        return None  # "dozens said to be dead", "20 people were reported to have been killed"
    if _claims_the_act(verb):
        return None  # "Al-Shabaab claimed responsibility": a claim of the act, not a report of figures
    if verb.dep_ in ("advcl", "xcomp", "pcomp") and verb.lower_ == "saying" and verb.head.lemma_.lower() == "quote":
        return None  # "quoted X as saying": the frame is "quote"
    if verb.lemma_.lower() not in ("quote", "cite") and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        # "deaths were recorded", "Karzai was sworn in": the passive's subject is no speaker; its
        # agent is ("the toll was confirmed by the ministry").
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return _mention(agents[0], verb.text, None, None, cue) if agents else None
    inverted = _inverted(verb, sentence) if verb.lemma_.lower() != "quote" else []
    if inverted:
        # "..., reported officials, with ...": the parse often hangs the act's subject on the verb,
        # or makes the verb a modifier of the speaker.
        return _mention(inverted[-1], verb.text, _channel(verb), None, cue, inverted)
    # ", a vigilante leader, Musa Dantani, told reporters": a name and role set off by commas right
    # before the verb are its speaker, whatever subject the parse found further back, and even
    # when the parse hangs the verb on the role as its clause ("the head of X, Name, reported"; a
    # verb read as a compound, "X, a faction of Y, claim responsibility", is no such frame).
    apposed, role_after = _apposed_before(verb.i - 1, sentence) if verb.i - 1 > sentence.start and (
        verb.doc[verb.i - 1].text == ",") else ([], [])
    if verb.dep_ in _MODIFIER_DEPS and verb.lemma_.lower() != "quote" and not (apposed and verb.dep_ == "acl"):
        return None  # "the deposed president", "figures reported by": a modifier, not a frame
    channel = _channel(verb)
    subject: Token | None = None
    core: list[Token] = []
    if not apposed and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "Herders killed 23 people in X, police and local officials said": the parse may join the
        # speakers to the place before them and "said" to the act, so that the act's subject would
        # speak; a noun phrase opening its clause right before the verb is the speaker.
        apposed = _surface_before(verb, sentence)
    for candidate in [] if apposed else _subjects(verb):
        candidate = _past_dateline(candidate)
        if candidate.lower_ in _RELATIVE_PRONOUNS and verb.dep_ in ("relcl", "acl", "advcl", "conj", "ccomp") and (
                verb.head.pos_ in ("NOUN", "PROPN")):
            # "the Houthi-run Al-Masirah TV, which said ...": the noun the clause hangs on.
            candidate = verb.head
        tokens = _core_tokens(candidate)
        if _plausible(tokens, sentence) and not _object_of_a_verb(candidate, sentence):
            subject, core = candidate, tokens
            break
    giver = _giver_of_figures(subject) if subject is not None else None
    if giver is not None:
        # "a statement from the army said": the body that issued the statement.
        mention = _mention(giver, verb.text, channel, None, cue)
        if mention is not None:
            return mention
    if verb.lemma_.lower() == "quote":
        # "T quoted X as saying": X is the source, T the outlet; read from the surface too, as the
        # small model often makes "quoted" a modifier.
        quoted = [_phrase_tokens(c) for c in verb.children if c.dep_ in ("dobj", "obj")] or [
            _surface_after(verb, sentence)]
        if quoted[0]:
            speaker = core or _surface_before(verb, sentence, boundary=False)
            outlet = _mention(speaker[-1], verb.text, channel, None, cue, speaker) if speaker else None
            return _mention(quoted[0][-1], verb.text, channel, outlet.source if outlet else None, cue, quoted[0])
    surface: list[Token] | None = apposed or None
    if apposed:
        subject = apposed[-1]
    elif subject is not None and subject.i + 1 == verb.i and subject.i > sentence.start and (
            subject.doc[subject.i - 1].dep_ == "conj" and subject.doc[subject.i - 1].head.i < subject.i - 1):
        # "..., security and local sources said": the parse may join the words before the subject to a
        # noun before them; the noun phrase that opens the clause is the speakers'.
        opening = _surface_before(verb, sentence)
        if opening and opening[-1] == subject and len(opening) > len(core):
            surface = opening
    if subject is None:
        # "..., told reporters": after "tell" stands whom the speaker told, never the speaker.
        after = _after_boundary(verb) and verb.lemma_.lower() != "tell"
        surface = _surface_before(verb, sentence) or (_surface_after(verb, sentence) if after else [])
        if not surface:
            return None
        subject = surface[-1]
    assert subject is not None
    cited = _cited(verb, sentence)
    if cited is not None:
        outlet = _mention(subject, verb.text, channel, None, cue, surface)
        return _mention(cited, verb.text, channel, outlet.source if outlet else None, cue)
    mention = _mention(subject, verb.text, channel, _told_outlet(verb), cue, surface)
    if mention is not None and role_after and not mention.source_role:
        mention = dataclasses.replace(mention, source_role=_text(role_after))
    return mention


_RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})


def _report_of_hearsay(verb: Token) -> bool:
    """"with dozens said to be dead", "nine people are said to have died", "three soldiers were
    reported to have been killed": a speech verb before an infinitive says the figure is hearsay;
    its subject is what is told of (the victims), never who tells it."""
    doc = verb.doc
    after = verb.i + 1
    return after + 1 < len(doc) and doc[after].lower_ == "to" and doc[after + 1].tag_ == "VB"


def _past_dateline(subject: Token) -> Token:
    """"BENI — The military governor of North Kivu, General X, said": the parse may make the dateline
    the subject's head and the speaker its appositive; the speaker is the appositive."""
    doc = subject.doc
    if not (subject.text.isupper() and len(subject.text) > 2 and subject.i + 1 < len(doc)
            and doc[subject.i + 1].text in ("—", "–", "-", "--")):
        return subject
    return next((child for child in subject.children if child.dep_ in ("appos", "conj") and child.i > subject.i),
                subject)


def _claims_the_act(verb: Token) -> bool:
    """"X claimed responsibility", "X claimed the attack", "the blasts were claimed by X": a claim
    verb (data/lexicons/actor_cues.json) whose object or passive subject is "responsibility",
    "it" or an act noun names who did it (extract/actors.find_claim), not who gives the figures."""
    cues = actor_cues()
    if verb.lemma_.lower() not in cues.claim:
        return False
    for child in verb.children:
        if child.dep_ not in ("dobj", "obj", "nsubjpass"):
            continue
        if child.lemma_.lower() in cues.responsibility or child.lower_ in cues.responsibility:
            return True
        if child.pos_ == "NOUN" and find_triggers(child.text, 0) and not is_person_noun(child.lemma_):
            return True
    return False


def _told_outlet(verb: Token) -> str | None:
    """"X told Reuters", "X told the BBC": the outlet X spoke to carries the figure (via)."""
    if verb.lemma_.lower() != "tell":
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "obj") and child.pos_ in ("PROPN", "NOUN"):
            phrase = _strip_punctuation([t for t in child.subtree if t.dep_ != "det"])
            text = _text(phrase)
            if text and _OUTLET.search(text) and any(t.pos_ == "PROPN" for t in phrase):  # not "reporters"
                return text
    return None


_MODIFIER_DEPS = frozenset({"amod", "compound", "acl", "nmod", "npadvmod", "pobj", "dobj", "nsubj", "attr"})
# Parts of a clause hung on a source's head that are not the source's name.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "xcomp"})
_FIGURE_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase of a head without clauses, without prepositional phrases that hold a verb
    or a date ("Erdogan after reaching Istanbul on Saturday"), and without a leading count
    ("two other officials from Miranshah")."""
    dropped: set[Token] = set()
    for child in head.children:
        # a verb heading a clause in the phrase ("after reaching"), not a modifier ("printing company")
        clause = child.dep_ == "prep" and any(
            (t.pos_ == "VERB" and t.dep_ not in ("amod", "compound")) or t.ent_type_ in _FIGURE_ENTITIES
            for t in child.subtree)
        if clause or child.dep_ in _CLAUSE_DEPS:
            dropped.update(child.subtree)
    tokens = [t for t in head.subtree if t not in dropped]
    if head.pos_ == "NOUN" and is_agent_noun(head.lemma_):
        while tokens and tokens[0] != head and (tokens[0].like_num or tokens[0].dep_ in ("nummod", "quantmod")
                                                or tokens[0].lower_ in _COUNT_WORDS):
            tokens = tokens[1:]
    return tokens


_COUNT_WORDS = frozenset({"at", "least", "most", "about", "some", "other", "another", "several", "many", "few"})


def _object_of_a_verb(candidate: Token, sentence: Span) -> bool:
    """"..., killing at least 23 people including four children, residents and a resistance group
    said": a counted phrase right after a verb is that verb's object (its victims), which the parse
    made the speech verb's subject by joining the speakers to it; the speakers are read from the
    surface then."""
    start = candidate.left_edge.i
    return start > sentence.start and candidate.doc[start - 1].pos_ == "VERB" and any(
        child.dep_ == "nummod" and child.like_num for child in candidate.children)


def _plausible(tokens: list[Token], sentence: Span) -> bool:
    """A source is a person, organisation, office or role: never a phrase holding a figure, a
    date or time, an act, event or weapon noun, or a finite verb, nor most of its sentence."""
    if not tokens or len(tokens) > 30:
        return False
    if len(tokens) > 3 and len(tokens) > len(sentence) * 3 // 5 and any(t.pos_ == "VERB" for t in tokens):
        return False  # the act's clause, not a speaker
    for token in tokens:
        # "the daily Morning Ledger": an adjective in a DATE entity is no date.
        dated = token.ent_type_ in _FIGURE_ENTITIES and token.pos_ != "ADJ"
        if _unit_number(token):
            continue  # "the 6th Infantry Division", "the army's 103rd Brigade": a unit's number
        if token.like_num or dated or token.tag_ in _FINITE_TAGS:
            return False
        named = token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "PERSON")
        if not named and token.pos_ == "NOUN" and find_triggers(token.text, 0):
            return False
    # The head: the last word of a phrase ending in a noun, else the word the parse hangs it on.
    roots = [t for t in tokens if t.head not in tokens or t.head == t]
    head = tokens[-1] if tokens[-1].pos_ in ("NOUN", "PROPN", "PRON") or not roots else roots[0]
    return not (head.pos_ == "NOUN" and is_thing_noun(head.lemma_))


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)


def _unit_number(token: Token) -> bool:
    """An ordinal written in figures before a capitalised name: the number of a military unit
    ("the 6th Infantry Division", "the 51st Battalion"), no figure of the incident."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return bool(_ORDINAL.fullmatch(token.text)) and following is not None and following.text[:1].isupper()


# Tokens that may stand inside a source noun phrase read from the surface.
_NP_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART"})
_NP_LINKS = frozenset({"of", "for", "in", "at", "-", "&", "'s", "’s", "’", "'"})
_BETWEEN = frozenset({"AUX", "ADV"})


_BOUNDARIES = frozenset({",", '"', "“", "”", "'", "—", "–", "-", ":", ";", "(", "‘", "’"})


def _after_boundary(verb: Token) -> bool:
    """"..., said X", "\" said X", "..., says army": an inverted frame follows a comma or a quote."""
    return verb.i > verb.sent.start and verb.doc[verb.i - 1].text in _BOUNDARIES


def _inverted(verb: Token, sentence: Span) -> list[Token]:
    """", said Governor Anna Kovalenko on Facebook.", ", reported officials, with": after a comma
    or a quote, a speech verb followed by a noun phrase that closes the clause (punctuation, the
    sentence end or a channel's "on"/"in"/"via") is an inverted frame, whatever the parse says."""
    if not _after_boundary(verb) or verb.lemma_.lower() == "tell":
        return []  # ", told reporters": whom the speaker told
    tokens = _surface_after(verb, sentence)
    if not tokens:
        return []
    following = tokens[-1].i + 1
    if following >= sentence.end:
        return tokens
    token = verb.doc[following]
    return tokens if token.is_punct or token.lower_ in ("on", "in", "via", "at") else []


def _surface_before(verb: Token, sentence: Span, boundary: bool = True) -> list[Token]:
    """", the health ministry said": the noun phrase ending right before the verb (past "also",
    "has"), back to a comma, a quote, a figure, a date or a verb. With ``boundary`` the phrase
    must open its clause (follow a comma, a quote, a dash or the sentence start), so that a
    place inside the act's clause ("in Gaza the ministry said") is never read as the speaker."""
    doc = verb.doc
    index = verb.i - 1
    while index >= sentence.start and doc[index].pos_ in _BETWEEN and doc[index].lower_ not in ("not", "n't"):
        index -= 1
    if index >= sentence.start and doc[index].pos_ == "PRON" and doc[index].lower_ not in ("it",):
        return [doc[index]]
    # "the state news agency SANA on Friday said": the day of the statement stands between the
    # speaker and the verb.
    day = index
    while day > sentence.start and doc[day].ent_type_ in ("DATE", "TIME"):
        day -= 1
    if day < index and day > sentence.start and doc[day].lower_ in ("on", "late", "early", "this", "last"):
        index = day - 1
    if index > sentence.start and doc[index].text == ")":
        # "the State Prosecutor's Office (Fiscalia General del Estado) reported": the name in
        # another language or the acronym in brackets stands aside; the phrase ends before it.
        opening = next((i for i in range(index - 1, max(sentence.start - 1, index - 12), -1)
                        if doc[i].text == "("), None)
        if opening is not None and opening > sentence.start:
            index = opening - 1
    if boundary and index > sentence.start and doc[index].text == ",":
        apposed, _ = _apposed_before(index, sentence)
        if apposed:
            return apposed
    tokens, index = _phrase_back(index, sentence)
    if tokens and index > sentence.start and doc[index].lower_ == "and":
        # ", police and witnesses said", ", a local resistance group and residents said": speakers
        # joined by "and" are one source, as named.
        first, before = _phrase_back(index - 1, sentence)
        if first and (before < sentence.start or doc[before].text in _BOUNDARIES):
            tokens, index = [*first, doc[index], *tokens], before
    if boundary and index >= sentence.start and verb.doc[index].text not in _BOUNDARIES:
        return []
    return _trim(tokens, sentence)


def _phrase_back(index: int, sentence: Span) -> tuple[list[Token], int]:
    """The noun-phrase tokens ending at ``index``, read backwards, and the index before them."""
    doc = sentence.doc
    tokens: list[Token] = []
    while index >= sentence.start:
        token = doc[index]
        if token.like_num or token.ent_type_ in _FIGURE_ENTITIES:
            break
        # "the coordination of displaced persons": a participle that modifies a noun is part of the phrase.
        if not (token.pos_ in _NP_POS or token.lower_ in _NP_LINKS or (token.dep_ == "amod" and token.tag_ == "VBN")):
            break
        tokens.insert(0, token)
        index -= 1
    return tokens, index


def _apposed_before(comma: int, sentence: Span) -> tuple[list[Token], list[Token]]:
    """", a vigilante leader, Musa Dantani, told reporters", ", Musa Dantani, a vigilante leader,
    said": a name and its role set off by commas before the verb (the small model often hangs
    them on the act's clause). Both phrases must be there, one a name (proper nouns) and the
    other a person or role noun, the pair opening its clause; the role is kept before the name
    so that the mention splits it off as ``source_role``; a role after the name is returned
    apart (the name's tokens, that role's tokens)."""
    doc = sentence.doc
    end = comma - 1
    if doc[end].text == ")" and end - 2 >= sentence.start and doc[end - 2].text == "(":
        end -= 3  # "the Inter-Services Public Relations (ISPR),": the name before its acronym
    second, index = _phrase_back(end, sentence)
    if not second or index < sentence.start or doc[index].text != ",":
        return [], []
    first, index = _phrase_back(index - 1, sentence)
    if not first or (index >= sentence.start and doc[index].text not in _BOUNDARIES):
        return [], []
    first, second = _trim_determiners(first), _trim_determiners(second)
    for name, role in ((second, first), (first, second)):
        # The role's head: its last word, or the word before its first preposition ("Head of the
        # Oblast Military Administration", capitalised as a title; "a municipal councillor in Segue").
        of = next((i for i, t in enumerate(role) if i > 0 and t.lower_ in ("of", "for", "in", "at")), len(role))
        head = role[of - 1] if of > 0 else None
        if name and role and head is not None and all(t.pos_ == "PROPN" or t.text == "-" for t in name) and (
                head.pos_ == "NOUN" or (head.pos_ == "PROPN" and of < len(role))) and (
            head.lower_ in ROLE_WORDS or is_agent_noun(head.lemma_.lower()) or is_agent_noun(head.lower_)
            # A body described by what it is ("a volunteer group", "the military's media wing").
            or (name is second and (can_name_agent(head.lemma_.lower()) or head.lemma_.lower() == "group"))
        ):
            if name is second and head.lower_ not in ROLE_WORDS and not is_person_noun(head.lemma_.lower()):
                # A body named after its description: the name is the source, the description its role.
                return _trim(name, sentence), role
            if name is second:
                return _trim([*role, doc[name[0].i - 1], *name], sentence), []
            return _trim(name, sentence), role
    return [], []


def _trim_determiners(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].pos_ in ("DET", "PART", "ADP") or tokens[0].lower_ in _NP_LINKS):
        tokens = tokens[1:]
    return tokens


def _surface_after(verb: Token, sentence: Span) -> list[Token]:
    """"says army", "said Governor Anna Kovalenko on Facebook", "according to the provincial
    governor": the noun phrase right after the verb, up to punctuation, a channel or "that"."""
    doc = verb.doc
    tokens: list[Token] = []
    index = verb.i + 1
    while index < sentence.end:
        token = doc[index]
        if token.like_num or token.ent_type_ in _FIGURE_ENTITIES or token.lower_ in ("that", "on", "in", "at"):
            break
        if not (token.pos_ in _NP_POS or token.lower_ in _NP_LINKS):
            break
        tokens.append(token)
        index += 1
    # "said the president of Beni's civil society, Kizito Bin Hangi.": a person's name set off after
    # the role closes the phrase.
    if tokens and index + 1 < sentence.end and doc[index].text == "," and doc[index + 1].ent_type_ == "PERSON":
        name_end = index + 1
        while name_end < sentence.end and doc[name_end].ent_type_ == "PERSON":
            name_end += 1
        if name_end >= sentence.end or doc[name_end].is_punct:
            tokens += list(doc[index : name_end])
    return _trim(tokens, sentence)


def _trim(tokens: list[Token], sentence: Span) -> list[Token]:
    while tokens and (tokens[0].pos_ in ("DET", "PART", "ADP") or tokens[0].lower_ in _NP_LINKS):
        tokens = tokens[1:]
    while tokens and (tokens[-1].pos_ not in ("NOUN", "PROPN") or tokens[-1].lower_ in _NP_LINKS):
        tokens = tokens[:-1]
    if not tokens or not _plausible(tokens, sentence):
        return []
    return tokens


def _subject(verb: Token) -> Token | None:
    subjects = _subjects(verb)
    return subjects[0] if subjects else None


def _subjects(verb: Token) -> list[Token]:
    """The parsed subjects of a speech verb, nearest first ("Sinai insurgency: The Islamic State
    has claimed" has two); a conjoined verb shares its head's."""
    found = []
    for child in verb.children:
        # "X was quoted as saying": a passive subject is the speaker only of quote/cite.
        is_subject = child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and verb.lemma_.lower() in ("quote", "cite"))
        if is_subject and (child.pos_ in ("NOUN", "PROPN", "PRON") or child.ent_type_):
            found.append(child)
    if not found and verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and (
            verb.head.head.lemma_.lower() in speech_lemmas()) and (
            verb.lemma_.lower() in speech_lemmas() | toll_revising_lemmas()):
        # "Police initially said 30 people died ..., but later lowered the figure to 24": the parse
        # joins the second verb to the reported clause; it is the speakers' own.
        return _subjects(verb.head.head)
    if not found and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subjects(verb.head)
    if not found and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        # "the ministry raised the toll to 11, saying most of the victims were dock workers": the
        # participle speaks for the subject of the verb it hangs on.
        return _subjects(verb.head)
    return sorted(found, key=lambda t: abs(verb.i - t.i))


def _core_tokens(head: Token) -> list[Token]:
    """The phrase of a subject without its appositives ("Omar Haddad, a spokesman for ...")."""
    appositive = {t for child in head.children if child.dep_ == "appos" for t in child.subtree}
    return [t for t in _phrase_tokens(head) if t not in appositive]


def _cited(verb: Token, sentence: Span) -> Token | None:
    for token in sentence:
        if token.lower_ in ("citing", "quoting") and (
            token.head == verb or token.head.head == verb or verb in token.ancestors
            or token.head in verb.subtree or verb.head == token.head
        ):
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
                # The channel's own noun phrase, not a clause hung on it ("a statement that two
                # soldiers were killed" is the channel "a statement").
                clauses = {t.i for c in objects[0].children if c.dep_ in _CLAUSE_DEPS for t in c.subtree}
                # "in a statement on Wednesday": the day is when it was said, not the channel.
                clauses |= {t.i for c in objects[0].children if c.dep_ == "prep" and any(
                    g.ent_type_ in ("DATE", "TIME") for g in c.subtree) for t in c.subtree}
                phrase = _text([t for t in objects[0].subtree if t.i not in clauses])
                if CHANNEL_WORDS.search(phrase):
                    return phrase
    return None


def _mention(head: Token, cue: str, channel: str | None, via: str | None, cue_start: int,
             surface: list[Token] | None = None) -> AttributionMention | None:
    """The mention whose source is the noun phrase of ``head`` (or the ``surface`` tokens).

    None when the phrase is no plausible source (a figure, a date, an act: see _plausible).
    """
    tokens = list(surface) if surface is not None else _phrase_tokens(head)
    appositive = [] if surface is not None else [child for child in head.children if child.dep_ == "appos"]
    if appositive and any(child.dep_ == "nummod" for child in head.children) and appositive[0].pos_ == "NOUN":
        # "..., killing at least 20 soldiers, a military officer told Reuters": the small model makes
        # the counted victims the subject and the speaker their appositive; a count names no speaker.
        return _mention(appositive[0], cue, channel, via, cue_start)
    role_parts: list[str] = []
    for appos in appositive:
        appos_tokens = set(appos.subtree)
        # The small model may call a group's name a product or work ("the rights group Mwatana"): a
        # capitalised proper noun right after a common-noun head is its name all the same.
        named = any(token.ent_type_ in ("PERSON", "ORG") for token in appos_tokens) or (
            appos.pos_ == "PROPN" and appos.text[:1].isupper() and appos.i == head.i + 1)
        # "The Iraqi Prime Minister, X": a title of office written capitalised (office_nouns.json,
        # WordNet 3.0) is a common noun all the same, which the small model tags a proper noun ("the
        # Azawad Liberation Front (FLA)" is a name, its head no title).
        titled = head.pos_ == "PROPN" and head.text[:1].isupper() and head.lower_ in office_nouns()
        if named and (head.pos_ == "NOUN" or titled):
            # "the newspaper Ukrainska Pravda": the appositive is the name, the head its role; a day
            # hung on the name ("the agency IRNA on Friday said") is no part of it.
            role_parts.append(_text([t for t in tokens if t not in appos_tokens and t.dep_ != "det"]))
            name = set(_phrase_tokens(appos))
            tokens = [t for t in tokens if t in name]
        else:
            role_parts.append(_text(sorted(appos_tokens, key=lambda t: t.i)))
            tokens = [t for t in tokens if t not in appos_tokens]
    citing = [t for t in head.children if t.lower_ in ("citing", "quoting")]
    for clause in citing:
        clause_tokens = set(clause.subtree)
        tokens = [t for t in tokens if t not in clause_tokens]
    tokens = [t for t in tokens if not (t.dep_ in ("prep", "pobj") and t.head.dep_ == "appos")]
    tokens = _strip_punctuation(tokens)
    while tokens and tokens[0].lower_ in _DETERMINERS:
        tokens = tokens[1:]
    tokens = _possessor(tokens)
    opened = [index for index, token in enumerate(tokens) if token.text == "("]
    if opened and not any(token.text == ")" for token in tokens[opened[-1] :]):
        tokens = _strip_punctuation(tokens[: opened[-1]])  # "Syria (ISIS" lost its bracket
    if not tokens or not _plausible(tokens, head.sent if surface is None else surface[0].sent):
        return None
    source_tokens, role_tokens = _split_role(tokens)
    source_tokens = _hyphen_joined(source_tokens)
    body = _body_of_document(head, source_tokens)
    if body:
        # "according to a police statement", "an army communique said": the body the document is from.
        source_tokens = body
    if role_tokens:
        # "Colonel Ahmed Ali of the army": a title and a body apart from each other are two parts.
        runs: list[list[Token]] = []
        for token in sorted(role_tokens, key=lambda t: t.i):
            if runs and all(t.lower_ in _DETERMINERS or t.is_punct for t in token.doc[runs[-1][-1].i + 1 : token.i]):
                runs[-1].append(token)
            else:
                runs.append([token])
        role_parts[0:0] = [_text(run) for run in runs]
    source = _text(source_tokens) or head.text
    start = min(t.idx for t in (source_tokens or [head]))
    end = max(t.idx + len(t.text) for t in (source_tokens or [head]))
    role = ", ".join(part for part in role_parts if part and not re.fullmatch(r"[\w ]+['’]s?", part)) or None
    # "according to the statement", "the report added": a document with no body named stands for the
    # body that gave it, told before, as a pronoun does.
    # A possessor names the body ("the army's statement"): then the document stands for no one else.
    document = head.lemma_.lower() in document_nouns() and head in source_tokens and not any(
        t.pos_ == "PROPN" for t in source_tokens)
    return AttributionMention(source, start, end, cue, role, channel, via, head.lower_ in PRONOUNS or document,
                              cue_start, document)


# Words before a document noun that say what kind of document it is, not whose: "an official
# statement", "a press release", "a news report".
_DOCUMENT_KINDS = frozenset({"official", "press", "news"})


def _body_of_document(head: Token, tokens: list[Token]) -> list[Token]:
    """The words that name the body a document comes from, right before the document noun ("a
    police statement" -> police, "an army communique" -> army, "a Pentagon statement" ->
    Pentagon): nouns or adjectives that can name a person or group (WordNet), or a proper name.
    Empty when the head is no document noun or nothing before it names a body."""
    if head.lemma_.lower() not in document_nouns():
        return []
    before = [t for t in tokens if t.i < head.i]
    run: list[Token] = []
    for token in reversed(before):
        if token.pos_ not in ("NOUN", "PROPN", "ADJ") or token.lower_ in _DOCUMENT_KINDS:
            break
        run.insert(0, token)
    if not run or not (any(t.pos_ == "PROPN" for t in run) or can_name_agent(run[-1].lemma_)):
        return []
    return run


# What a source says or counts, though WordNet also lists a person sense ("a public figure", "a
# count"): after a possessive, news means the figures.
_SAID_THINGS = frozenset({"figure", "count", "number", "tally", "toll", "estimate"})


def _possessor(tokens: list[Token]) -> list[Token]:
    """"Governor Petrov's Telegram channel", "the ministry's figures": the possessor is the source;
    "the army's spokesman", "Lebanon's health ministry", "Mexico's Foreign Secretary Marcelo
    Ebrard" (a person or body of the possessor) stay whole. A trailing "'s" is dropped."""
    marks = [index for index, token in enumerate(tokens) if token.tag_ == "POS" or token.lower_ in ("'s", "’s")]
    if not marks:
        return tokens
    mark = marks[-1]
    possessed = tokens[mark + 1 :]
    head = possessed[-1].lemma_.lower() if possessed else ""
    body = can_name_agent(head) and head not in _SAID_THINGS and head not in document_nouns()
    if possessed and (possessed[-1].lower_ in ROLE_WORDS or possessed[-1].pos_ == "PROPN" or body or (
            is_agent_noun(head) and not is_utterance_noun(head))):
        # "Lebanon's health ministry", "the army's spokesman", "the city's military administration":
        # a body or a role of the possessor.
        return tokens
    possessor = tokens[:mark]
    while possessor and possessor[0].lower_ in _DETERMINERS:
        possessor = possessor[1:]
    return possessor


ROLE_WORDS = frozenset({
    "governor", "mayor", "president", "minister", "spokesperson", "spokesman", "spokeswoman", "chief", "commander",
    "general", "head", "director", "secretary", "officer", "official", "senator", "lawmaker", "prosecutor", "police",
    "colonel", "major", "captain", "lieutenant", "sergeant", "superintendent", "inspector", "premier", "chancellor",
    "ambassador", "envoy", "leader", "chairman", "chairwoman", "councillor", "councilor", "adviser", "advisor",
    "representative", "coordinator", "commissioner", "judge", "prince", "king", "queen", "dr", "dr.", "professor",
})


def _split_role(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split "Belgorod Governor Vyacheslav Gladkov" into the name and the role before it."""
    of = next((index for index, token in enumerate(tokens) if token.lower_ == "of"), None)
    if of is not None and of > 0 and tokens[of - 1].ent_type_ == "PERSON":
        # "Dr Hodan Abdi of Jowhar General Hospital": the person before "of"; the body after it
        # is where the person works ("General" there is no title).
        name, title = _split_role(tokens[:of])
        return name, title + [t for t in tokens[of + 1 :] if t.lower_ not in _DETERMINERS]
    titles = [index for index, token in enumerate(tokens) if token.lower_ in ROLE_WORDS]
    # "the Plateau State Police Command": a body whose head names a group, not a person (WordNet
    # noun.group, not noun.person), is one name; "Police Commissioner Ahmed" is a role and a name.
    body_head = is_agent_noun(tokens[-1].lower_) and not is_person_noun(tokens[-1].lower_) if tokens else False
    if titles and titles[-1] < len(tokens) - 1 and not body_head and all(
            t.pos_ == "PROPN" for t in tokens[titles[-1] + 1 :]):
        cut = titles[-1] + 1
        return tokens[cut:], [t for t in tokens[:cut] if t.lower_ not in _DETERMINERS]
    # "the mayor of the commune, Jean-Marie Kambale": a role set off by a comma before a person's name.
    # The name may be tagged as no person ("Volodymyr Artiukh" as an organisation): proper nouns
    # after a role word set off by the comma are a name all the same.
    commas = [index for index, token in enumerate(tokens) if token.text == ","]
    if commas and 2 <= commas[-1] < len(tokens) - 1 and (tokens[-1].ent_type_ == "PERSON" or any(
            token.lower_ in ROLE_WORDS for token in tokens[: commas[-1]])) and all(
            token.ent_type_ == "PERSON" or token.pos_ == "PROPN" for token in tokens[commas[-1] + 1 :]):
        name, title = _split_role(tokens[commas[-1] + 1 :])  # "..., General Paul Mukendi"
        return name, [t for t in tokens[: commas[-1]] if t.lower_ not in _DETERMINERS] + title
    for label in ("PERSON", "ORG"):
        named = [t for t in tokens if t.ent_type_ == label]
        if (named and tokens and named[-1] == tokens[-1]) or (named and label == "PERSON"):
            first = tokens.index(named[0])
            last = tokens.index(named[-1])
            while label == "PERSON" and first > 0 and _first_name(tokens[first - 1]):
                first -= 1  # "Abdikarim Yusuf Warsame": the small model's person often starts a word late
            if first > 0 and named[0].pos_ in ("ADP", "CCONJ", "DET") and all(
                    t.text[:1].isupper() and t.is_alpha for t in tokens[:first]):
                # "Doctors Without Borders" where the model's entity starts at "Without": no name
                # starts with a function word, so the capitalised words before it are the name's own.
                return tokens[: last + 1], []
            if first > 0 and all(t.dep_ in ("compound", "amod", "det", "poss", "case", "punct", "nmod")
                                 or t.pos_ in ("PROPN", "NOUN", "ADJ") for t in tokens[:first]):
                return tokens[first : last + 1], [t for t in tokens[:first] if t.lower_ not in _DETERMINERS]
            return tokens, []
    return tokens, []


def _first_name(token: Token) -> bool:
    """Whether a capitalised word right before a person's name is part of it: a proper noun that
    modifies the name, is no title (ROLE_WORDS, office_nouns.json), no noun of a person ("Doctor",
    "Senator") and no people's word ("Somali").  The small model calls an unfamiliar first name a
    place too ("Oleksandr Prokudin"); a place's name never stands right before a person's without a
    title between them ("Kherson Governor X")."""
    # (The sentence's first word may be tagged a common noun: "Mamadou Bakary Coulibaly told ...";
    # a noun WordNet lists as a person, group, thing or utterance is no first name.)
    tagged = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and not (
        is_agent_noun(token.lower_) or is_thing_noun(token.lower_) or is_utterance_noun(token.lower_)))
    return (tagged and token.text[:1].isupper() and token.is_alpha and not token.is_upper
            and token.ent_type_ in ("", "PERSON", "GPE") and token.lower_ not in ROLE_WORDS
            and token.lower_ not in office_nouns() and not is_person_noun(token.lower_)
            and token.dep_ == "compound")


def _hyphen_joined(tokens: list[Token]) -> list[Token]:
    """The phrase with the words a hyphen joins to its first one ("al-Shabab", "Jaish-e-Mohammed"):
    the small model may split such a name into two subjects and hang the speech verb on the last."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    first = min(t.i for t in tokens)
    while first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ and (
            not doc[first - 2].whitespace_ and doc[first - 2].is_alpha):
        first -= 2
    added = [t for t in doc[first : min(t.i for t in tokens)] if t not in tokens]
    return sorted([*added, *tokens], key=lambda t: t.i)


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


# A name and the acronym the report defines for it: "the Syrian Democratic Forces (SDF)", "the
# Inter-Services Public Relations (ISPR)", "Doctors Without Borders (MSF)".
_DEFINED_ACRONYM = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+(?:(?:of|for|the|and|de|des|du|la|al|el|in|on)\s+)*){1,9})\(([A-Z][A-Za-z0-9-]{1,9})\)")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]*[A-Z0-9](?:-[A-Za-z]+)?")


def defined_acronyms(text: str) -> dict[str, str]:
    """The acronyms a report defines, each with the name it stands for, first definition kept:
    "the Syrian Democratic Forces (SDF)" gives {"SDF": "Syrian Democratic Forces"}.  The
    acronym's letters must be the initials of the name's last words (of the parts of hyphenated
    words too: "Inter-Services Public Relations (ISPR)", "Movement-in-Opposition"), so a name in
    another language than its acronym ("Doctors Without Borders (MSF)") is left out: only what
    the text says outright is read."""
    found: dict[str, str] = {}
    for match in _DEFINED_ACRONYM.finditer(text):
        name, acronym = " ".join(match.group(1).split()), match.group(2)
        if not _ACRONYM.fullmatch(acronym) or acronym in found:
            continue
        letters = re.sub(r"[^A-Z]", "", acronym)
        pieces = list(re.finditer(r"[^\s-]+", name))
        for keep in (lambda piece: piece.group()[:1].isupper(), lambda piece: True):
            kept = [piece for piece in pieces if keep(piece)]
            initials = "".join(piece.group()[0].upper() for piece in kept)
            if len(letters) >= 2 and initials.endswith(letters):
                found[acronym] = name[kept[len(kept) - len(letters)].start() :]
                break
    return found


# A run of capitalised words with the small words names keep inside them: "Rapid Support Forces",
# "Syrian Observatory for Human Rights".
_CAPITALISED_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’]*(?:\s+(?:(?:of|for|the|and)\s+)?[A-Z][a-z][\w'’]*){1,7}")


def acronyms_spelt_out(text: str) -> dict[str, str]:
    """``defined_acronyms``, and the acronyms the report uses without defining whose letters are
    the initials of the capitalised words of exactly one name it also writes out ("Paramilitary
    Rapid Support Forces shelled ..." then "The RSF said ..." gives {"RSF": "Rapid Support
    Forces"}).  An acronym with no such name, or with two, is left as it is."""
    found = defined_acronyms(text)
    used = {match.group() for match in re.finditer(r"(?<![\w-])[A-Z]{2,6}(?![\w-])", text)} - set(found)
    if not used:
        return found
    names: dict[str, set[str]] = {}
    for match in _CAPITALISED_NAME.finditer(text):
        text_of = match.group()
        words = [(word.start(), word.end()) for word in re.finditer(r"[A-Z][\w'’]*", text_of)]
        # "Paramilitary Rapid Support Forces", "Rapid Support Forces Commander X": the name may be a
        # part of the run of capitalised words.
        for first, last in itertools.combinations(range(len(words) + 1), 2):
            initials = "".join(text_of[start] for start, _ in words[first:last])
            if last - first >= 2 and initials in used:
                names.setdefault(initials, set()).add(text_of[words[first][0] : words[last - 1][1]])
    for acronym, spelt in names.items():
        if len(spelt) == 1:
            found[acronym] = spelt.pop()
    return found
