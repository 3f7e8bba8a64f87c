"""Look-alikes: violence words that are no new incident (``../shared/spec/scope-and-types.md``).

Three frames take an act out of the incidents of a report, each read from the dependency parse
with the lexicon ``data/lexicons/out-of-scope-frames.json``:

- judicial: a verdict, sentence or trial whose object is the attack ("sentenced two men for the
  bombing of a cafe");
- commemorative: an anniversary, memorial or vigil for it; a purpose clause ("marched to
  commemorate ...") makes the gathering itself commemoration;
- disaster: a flood, earthquake, fire, crash or collapse as the cause of the deaths ("a fire at a
  depot set off blasts, injuring 12"; "killed in a landslide");
- transfer: weapons sold, donated, supplied or shipped, or shown and taken into service, are
  goods, not an attack ("pledged to donate its fighter jets", "a shipment of drones", "unveiled
  new combat drones", "paraded missiles");
- allegation: an act named only as the object of an accusation or allegation noun ("talks
  resumed amid accusations of bombing raids");
- intent: a threat, warning or plan ("threatened to fire missiles at X", "warned of air strikes")
  or a modal of possibility ("rebels could storm the town") makes the act not (yet) happened, and
  so does a decision on a course or a share in it ("voted to join air strikes against X", "the
  country's participation in airstrikes");
- release: hostages freed, rescued or returning home tell an earlier abduction, unless the clause
  dates it ("captured a day earlier");
- sport: a sentence with two words of sport and no one killed or hurt tells a game ("struck twice
  to crush City in the quarter-final").

The frame covers only the acts it governs, so a report that also tells a new incident keeps it;
an act with its own recent day inside a commemorative or judicial frame ("a vigil for the 12
killed in Monday's bombing") is kept.  A fourth test works on a whole incident: a lone attacker
with a private or unknown motive and no political motive or target is ordinary crime.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Span, Token

from eventwire.nlp.cache import doc_text, span_text
from eventwire.nlp.casualties import CasualtyMention
from eventwire.nlp.lexicons import armed_actor_words, is_person_noun, office_nouns
from eventwire.nlp.triggers import TriggerMention, find_triggers
from eventwire.time.expressions import TimeMention

RECENT_DAYS = 45
_CAUSE_PREPOSITIONS = frozenset({"in", "by", "after", "during", "from", "following", "amid"})
_CLAUSE_DEPS = frozenset({"ROOT", "advcl", "conj", "ccomp", "parataxis", "relcl", "xcomp"})


@dataclass(frozen=True, slots=True)
class Frames:
    """The lexicon of out-of-scope frames (lemmas and compiled phrase patterns)."""

    judicial: frozenset[str]
    commemorative: frozenset[str]
    disaster_nouns: frozenset[str]
    disaster_verbs: frozenset[str]
    fire_contexts: frozenset[str]
    # Words right before "fire" that make it shooting, not a blaze ("heavy fire", "sniper fire").
    shooting_modifiers: frozenset[str]
    lone_attackers: frozenset[str]
    criminal_doers: frozenset[str]
    theft: re.Pattern[str]
    generic_doers: frozenset[str]
    transfer: frozenset[str]
    allegation: frozenset[str]
    intent: frozenset[str]
    intent_modals: frozenset[str]
    release: frozenset[str]
    no_motive: re.Pattern[str]
    motive: re.Pattern[str]
    # A private quarrel given as the cause ("over a land dispute", "after a family feud").
    quarrel: re.Pattern[str]
    exercise: frozenset[str]
    exercise_modifiers: frozenset[str]
    struggle_verbs: frozenset[str]
    struggle_objects: frozenset[str]
    life_words: frozenset[str]
    responders: frozenset[str]
    sport: frozenset[str]


def _phrases(phrases: list[str], links: list[str] | None = None, nouns: list[str] | None = None
             ) -> re.Pattern[str]:
    """The phrases as one pattern; with ``links`` and ``nouns``, also "<link> [a] [two words] <noun>"
    ("following a heated argument", "over a long-running land dispute")."""
    parts = [r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in sorted(phrases, key=len,
                                                                                        reverse=True)]
    if links and nouns:
        link = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in links)
        noun = "|".join(map(re.escape, nouns))
        parts.append(rf"(?:{link})\s+(?:(?:a|an|the|some|their|his|her)\s+)?(?:[\w-]+\s+){{0,3}}?(?:{noun})s?")
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I)


@lru_cache(maxsize=1)
def _frames_data() -> dict[str, Any]:
    """The file out-of-scope-frames.json, read once from the package data."""
    path = resources.files("eventwire") / "data" / "lexicons" / "out-of-scope-frames.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def _frames_list(key: str) -> frozenset[str]:
    """One word list of out-of-scope-frames.json ("funding", "sport_people", ...)."""
    return frozenset(_frames_data()[key])


@lru_cache(maxsize=1)
def frames() -> Frames:
    """The frames lexicon, read once from the package data."""
    data = _frames_data()
    return Frames(frozenset(data["judicial"]), frozenset(data["commemorative"]), frozenset(data["disaster_nouns"]),
                  frozenset(data["disaster_verbs"]), frozenset(data["fire_contexts"]),
                  frozenset(data["shooting_modifiers"]),
                  frozenset(data["lone_attackers"]), frozenset(data["criminal_doers"]), _phrases(data["theft_cues"]),
                  frozenset(data["generic_doers"]), frozenset(data["transfer"]),
                  frozenset(data["allegation"]),
                  frozenset(data["intent"]), frozenset(data["intent_modals"]), frozenset(data["release"]),
                  _phrases(data["no_motive"], data["quarrel_links"], data["quarrel_nouns"]), _phrases(data["motive"]),
                  _phrases([phrase for phrase in data["no_motive"] if any(
                      word.startswith(noun) for word in phrase.split() for noun in data["quarrel_nouns"])],
                           data["quarrel_links"], data["quarrel_nouns"]),
                  frozenset(data["exercise"]),
                  frozenset(data["exercise_modifiers"]), frozenset(data["struggle_verbs"]),
                  frozenset(data["struggle_objects"]), frozenset(data["life_words"]), frozenset(data["responders"]),
                  frozenset(data["sport"]))


def frame_ranges(sentence: Span, triggers: list[TriggerMention], casualties: list[CasualtyMention],
                 times: list[TimeMention], published: date | None) -> list[tuple[int, int]]:
    """Report-offset ranges of a sentence that a judicial, commemorative or disaster frame covers."""
    lexicon = frames()
    ranges: list[tuple[int, int]] = []
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)*", span_text(sentence).lower()))
    hurt = any(c.kind in ("killed", "injured") for c in casualties)
    text = doc_text(sentence.doc)
    # "a rout that left three players injured": players hurt in a game are no one hurt by violence.
    game_hurt = any(c.kind in ("killed", "injured") and not hurt_in_a_game(c, text) for c in casualties)
    if _WEAPON_TEST.search(span_text(sentence)) and not hurt:
        # "test-fired two ballistic missiles into the sea" (the small model parses the compound
        # apart): a weapons test, the whole sentence, unless it hurt someone.
        return [(sentence.start_char, sentence.end_char)]
    if len((words | {word[:-1] for word in words if word.endswith("s")}) & lexicon.sport) >= 2 and not game_hurt:
        # "stormed back and struck twice to crush City in the quarter-final": a game told in the
        # words of violence (two words of sport, no one killed or hurt).
        return [(sentence.start_char, sentence.end_char)]
    keys = _frame_keys()
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma not in keys and token.lower_ not in keys:
            continue  # no frame below opens on this word (most words of a sentence)
        # An arms transfer ("will donate its fighter jets", "the sale of drones") names weapons as goods;
        # a charge ("amid accusations of bombing raids") names an act nobody reports here as news.
        transfer = lemma in lexicon.transfer and token.pos_ in ("VERB", "NOUN")
        if lemma in _frames_list("funding") and token.pos_ in ("VERB", "NOUN"):
            # "the increase earmarked for interceptor drones", "spending on missiles": weapons paid
            # for are goods; only what is paid for is covered.
            paid = _object_of(token) + [t for child in token.children if child.dep_ == "prep"
                                        and child.lower_ in ("for", "on", "into") for t in child.subtree]
            start, end = _extent(paid)
            if any(start <= t.start < end and t.category != "casualty" for t in triggers):
                ranges.append((start, end))
            continue
        allegation = lemma in lexicon.allegation and token.pos_ == "NOUN"
        if lemma in lexicon.release and token.pos_ in ("VERB", "NOUN"):
            # "three hostages return home", "troops freed the hostages", "home after their rescue": the
            # captivity is earlier news; only its abduction words are covered (in the clause of the
            # verb, or of the verb a release noun hangs on), and not when the clause dates the abduction.
            anchor = token
            while anchor.pos_ not in ("VERB", "AUX") and anchor.head != anchor:
                anchor = anchor.head
            start, end = _extent(_clause_tokens(anchor))
            captures = [t for t in triggers if t.category == "abduction" and start <= t.start < end]
            if not any(_dates_act(sentence, mention, captures) for mention in times):
                ranges += [(t.start, t.end) for t in captures]
        elif lemma in lexicon.intent and token.pos_ in ("VERB", "NOUN"):
            # "threatened to attack", "warned of air strikes", "a plot to bomb": not (yet) happened.
            ranges.append(_extent(_intended(token)))
        elif (lemma in _frames_list("decision") and token.pos_ == "VERB") or (
                lemma in _frames_list("participation") and token.pos_ == "NOUN"):
            # "voted to join air strikes against X", "the country's participation in airstrikes over
            # X": a course decided on or shared in, not an act the report tells as done.  One that
            # killed or wounded has been done ("decided to storm the compound, killing 12").
            course = _decided(token)
            start, end = _extent(course)
            if not _recent_act_inside(course, triggers, times, published) and not any(
                    start <= c.start < end and c.kind in ("killed", "injured") for c in casualties):
                ranges.append((start, end))
        elif token.lower_ in lexicon.intent_modals and token.dep_ == "aux" and token.head.pos_ == "VERB":
            # "rebels could storm the town", "the new jets will help the air force strike militants":
            # the act the modal governs is a possibility or a future.  Only the act words of the
            # verb's own predicate are covered ("figures could not be verified" is a note, not an
            # act; "the toll could rise after Sunday's shelling" keeps the shelling).
            ranges += _modal_acts(token.head, triggers)
        elif transfer or allegation:
            # Only what is handed over or charged: "bought interceptors while rockets hit X" keeps X;
            # and only a weapon or an act ("produced no casualties" hands over nothing).
            start, end = _extent(_object_of(token))
            if any(start <= t.start < end and t.category != "casualty" for t in triggers):
                ranges.append((start, end))
        elif (lemma in lexicon.judicial or lemma in lexicon.commemorative or token.lower_ in lexicon.commemorative
              or _marks_a_span(token)):
            governed = _governed(token)
            if _recent_act_inside(governed, triggers, times, published):
                continue
            ranges.append(_extent(governed))
        elif lemma in _suspicion() and token.pos_ in ("VERB", "ADJ"):
            # "a commander suspected of organising attacks": what a person is thought to have done.
            suspected = [t for child in token.children if child.dep_ == "prep" and child.lower_ == _suspicion()[lemma]
                         for t in child.subtree]
            if suspected and not _recent_act_inside(suspected, triggers, times, published):
                ranges.append(_extent(suspected))
        elif _is_disaster_cause(token, lexicon, triggers):
            ranges.append(_extent(_disaster_clause(token)))
        elif lemma in lexicon.exercise and token.pos_ in ("VERB", "NOUN") and not _exercise_of(token):
            # "practising strikes on ports", "simulated missile strikes", "fired missiles during naval
            # exercises": the act is practice; an act that kills or wounds is none ("militants
            # attacked soldiers during a training exercise, killing three").
            start, end = _extent(_exercise_extent(token, triggers))
            if not any(start <= c.start < end and c.kind in ("killed", "injured") for c in casualties):
                ranges.append((start, end))
        elif token.lower_ in lexicon.exercise_modifiers and token.dep_ == "amod":
            # "shelled mock targets and jets struck ground targets at the range": a sentence that
            # names a dummy target narrates a drill, all its clauses.
            ranges.append((sentence.start_char, sentence.end_char))
        elif lemma in _QUARREL_VERBS and token.pos_ == "VERB" and not hurt and _office_holders(token):
            # "Lawmakers clashed on Tuesday over the budget", "ministers sparred over the plan":
            # holders of office who clash do so in words (only the verb: an attack told beside it
            # stays).
            ranges.append((token.idx, token.idx + len(token.text)))
        elif lemma in lexicon.struggle_verbs and token.pos_ == "VERB" and _figurative_struggle(token, lexicon):
            # "crews battled the blaze", "fighting for their lives": only the verb itself, so that an
            # attack told in the same sentence stays.
            ranges.append((token.idx, token.idx + len(token.text)))
    return ranges


@lru_cache(maxsize=1)
def _frame_keys() -> frozenset[str]:
    """Every word (lemma or lower-cased form) on which a frame of :func:`frame_ranges` can open."""
    lexicon = frames()
    return (lexicon.transfer | _frames_list("funding") | lexicon.allegation | lexicon.release | lexicon.intent
            | lexicon.intent_modals | lexicon.judicial | lexicon.commemorative | {"mark"} | lexicon.disaster_verbs
            | lexicon.disaster_nouns | lexicon.exercise | lexicon.exercise_modifiers | _QUARREL_VERBS
            | lexicon.struggle_verbs | frozenset(_suspicion()) | _frames_list("decision")
            | _frames_list("participation"))


@lru_cache(maxsize=1)
def _suspicion() -> dict[str, str]:
    """Lemmas of suspecting or charging, each with the preposition of what is charged
    (out-of-scope-frames.json "suspicion")."""
    data: dict[str, str] = _frames_data()["suspicion"]
    return data


# Verbs of clashing that news also uses of a dispute in words.
_QUARREL_VERBS = frozenset({"clash", "spar", "battle", "fight", "feud", "wrangle", "tussle", "squabble"})
# Collective words for holders of office that are no titles ("lawmakers", "the opposition").
_OFFICE_GROUPS = frozenset({"lawmaker", "mp", "party", "opposition", "deputy", "delegate", "parliament",
                            "parliamentarian", "cabinet", "government", "coalition", "court", "council"})


def _office_holders(verb: Token) -> bool:
    """Whether the subject of a verb is holders of office (office_nouns.json, WordNet 3.0: a
    minister, lawmakers, a governor) or a body of them ("the opposition", "parliament")."""
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        subjects = [child for child in verb.head.children if child.dep_ in ("nsubj", "nsubjpass")]
    # (A wire dateline's city, "LAGOS —", may be parsed as a second subject.)
    subjects = [subject for subject in subjects if subject.ent_type_ != "GPE" and not subject.is_upper]
    return bool(subjects) and all(
        subject.lemma_.lower() in office_nouns() or subject.lemma_.lower() in _OFFICE_GROUPS for subject in subjects)


# Dependents of a lead's main verb that say what the sentence is about: "A court sentenced",
# "marked the anniversary", "began exercises", "gathered to remember", "The trial ... opened".
_LEAD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "xcomp", "advcl", "attr", "oprd"})


def frame_lead(sentence: Span) -> bool:
    """Whether a report's lead sentence is a trial, verdict, commemoration or military exercise:
    the main verb, its subject or object, or the purpose it serves is a word of one of those
    frames (out-of-scope-frames.json: judicial, commemorative, exercise).  Such a report retells
    the attack it is about; its later acts without a recent day of their own are that story."""
    lexicon = frames()
    words = lexicon.judicial | lexicon.commemorative | lexicon.exercise
    # "A court sentenced three men ..., the judiciary said": the reported clause of a lead that
    # ends in its attribution is what the lead tells.
    heads = [sentence.root, *(child for child in sentence.root.children if child.dep_ == "ccomp")]
    tokens = [*heads, *(child for root in heads for child in root.children if child.dep_ in _LEAD_DEPS)]
    # "gathered to mark the anniversary", "met to honour the dead": the object of the purpose.
    tokens += [grandchild for child in tokens[1:] if child.dep_ in ("xcomp", "advcl")
               for grandchild in child.children if grandchild.dep_ in ("dobj", "attr")]
    tokens += [child for root in heads for child in root.children if child.dep_ in ("xcomp", "advcl")]
    return any(token.lemma_.lower() in words or token.lower_ in lexicon.commemorative or _marks_a_span(token)
               for token in tokens)


def sport_lead(sentence: Span) -> bool:
    """Whether a report's headline or lead tells a game: two or more words of sport reporting
    (sport_terms.json from WordNet, out-of-scope-frames.json sport, and the people of a game,
    sport_people: "fast bowlers ... to go top of the league", "a nine-run sixth inning") in it, the
    names of the games left out ("a drone struck a stadium after a football match" is news of
    war).  Such a report's violence words ("crush", "battle", "killed us on the counter-attack", "a
    must-win clash") and players hurt are the game's."""
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)*", span_text(sentence).lower()))
    # A score ("tore Dynamo apart 4-1", "won 2-0") counts as one word of sport.
    score = 1 if _SCORE.search(span_text(sentence)) else 0
    forms = words | {word[:-1] for word in words if word.endswith("s")}
    if words & armed_actor_words()[1]:
        return False  # "militants ambushed a bus carrying footballers of a league team": an attack
    return len(forms & (_sport_terms() - _sport_games())) + score >= 2


@lru_cache(maxsize=1)
def _sport_lexicon() -> dict[str, Any]:
    """data/lexicons/sport_terms.json (WordNet 3.0, scripts/derive_lexicons.py), read once."""
    text = resources.files("eventwire").joinpath("data/lexicons/sport_terms.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _sport_games() -> frozenset[str]:
    """The names of the games in sport_terms.json ("football", "cricket")."""
    return frozenset(_sport_lexicon()["games"])


def figurative_lead(sentence: Span) -> bool:
    """Whether a report's headline or lead tells a war of markets, prices, law or culture ("The
    price war between the two airlines has turned into a battle of attrition"; out-of-scope-frames.json
    figurative_war_modifiers before war or battle) and names no armed group: its acts that hurt no
    one ("opening a new front", "fighting over seats") are the story's words."""
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", span_text(sentence).lower())
    if set(words) & armed_actor_words()[1]:
        return False
    modifiers = _frames_list("figurative_war_modifiers")
    return any(word in modifiers and following in ("war", "wars", "battle", "battles")
               for word, following in itertools.pairwise(words))


# A report with this many distinct terms of game reporting is a game's report (measured on every gold
# set and trial of docs/evaluation.md: the reports of games have 4 to 8, the conflict reports 2 at most).
SPORT_REPORT_TERMS = 4


@lru_cache(maxsize=1)
def _sport_terms() -> frozenset[str]:
    """Terms of game reporting: data/lexicons/sport_terms.json (WordNet 3.0, scripts/derive_lexicons.py)
    with out-of-scope-frames.json sport and sport_people."""
    return frozenset(_sport_lexicon()["lemmas"]) | frames().sport | _frames_list("sport_people")


def sport_report(sentences: list[Span]) -> bool:
    """Whether a whole report tells a game: SPORT_REPORT_TERMS or more distinct nouns of game reporting
    ("striker", "innings", "goalkeeper", "league") in its sentences and no word of an armed group
    anywhere ("gunmen stormed the stadium during the derby" stays news of violence); police and
    soldiers guarding a match are common in game reports and no cue.  Its headline and lead may
    carry none ("Royals ambush Titans in Durban thriller"; "Calgary launched an attack that Winnipeg
    could not contain")."""
    terms = _sport_terms()
    non_state = armed_actor_words()[1]
    found: set[str] = set()
    for sentence in sentences:
        for token in sentence:
            word = token.lower_
            if word in non_state or token.lemma_.lower() in non_state:
                return False
            if token.pos_ in ("NOUN", "PROPN"):
                lemma = token.lemma_.lower()
                found.update(form for form in (lemma, word) if form in terms)
    return len(found) >= SPORT_REPORT_TERMS


_SCORE = re.compile(r"(?<![\d.,/:-])\b\d{1,2}-\d{1,2}\b(?![\d.,/:-])")


def hurt_in_a_game(casualty: CasualtyMention, text: str, offset: int = 0) -> bool:
    """Whether an injured figure counts players ("left three players injured", "without three
    injured defenders"): out-of-scope-frames.json sport_people in or just after the figure.
    ``text`` starts at character ``offset`` of the document the figure's offsets refer to."""
    start, end = casualty.start - offset, casualty.end - offset
    return casualty.kind == "injured" and bool(set(re.findall(
        r"[a-z]+", text[max(0, start - 20) : end + 30].lower())) & _frames_list("sport_people"))


def exercise_lead(sentence: Span) -> bool:
    """Whether a report's lead sentence tells a military exercise: a frame lead whose word is an
    exercise one (out-of-scope-frames.json exercise), or, whatever the parse, an act set in one ("in
    annual drills", "as part of naval exercises", "in the climax of the Anakonda exercise", "during
    war games").  Such a report's acts with no one hurt are the exercise's, dated or not."""
    lexicon = frames()
    root = sentence.root
    tokens = [root, *(child for child in root.children if child.dep_ in _LEAD_DEPS)]
    if any(token.lemma_.lower() in lexicon.exercise and not _exercise_of(token) for token in tokens):
        return True
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.i > sentence.start and lemma == "game" and token.nbor(-1).lower_ == "war":
            lemma = "war game"
        if lemma not in _frames_list("exercise_settings") or token.pos_ != "NOUN" or _exercise_of(token):
            continue
        # The noun set in a phrase of time or purpose: "in/during/as part of/for ... drills", with
        # no more than four words, and no punctuation but hyphens, between.
        for back in range(1, 6):
            if token.i - back < sentence.start:
                break
            word = sentence.doc[token.i - back]
            if word.is_punct and word.text != "-":
                break
            if word.lower_ in ("in", "during", "of", "for", "at"):
                return True
    return False


_WEAPON_TEST = re.compile(r"\btest[- ](?:fir|launch)\w*", re.I)


def _exercise_of(cue: Token) -> bool:
    """"in the exercise of their duties": the noun of doing a duty, no drill."""
    return cue.pos_ == "NOUN" and cue.i + 1 < len(cue.doc) and cue.nbor().lower_ == "of"


def _exercise_extent(cue: Token, triggers: list[TriggerMention]) -> list[Token]:
    """What an exercise word covers: a verb's clause; a noun's own phrase, and the clause of the verb
    it is the during/in/as phrase of ("fired missiles during exercises"), not a clause it only
    describes ("soldiers taking part in an exercise" are still attacked)."""
    if cue.pos_ == "VERB":
        return _clause_tokens(cue)
    tokens = list(cue.subtree)
    preposition = cue.head
    if cue.dep_ == "pobj" and preposition.lower_ in ("during", "in", "as", "at") and (
            preposition.head.pos_ in ("VERB", "AUX") and preposition.head.dep_ not in ("acl", "relcl")):
        verb = preposition.head
        tokens += _clause_tokens(verb)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
            # "fired missiles at a corvette, sinking it in a live-fire drill": the participle
            # clause tells of the main act, so the drill covers it too.
            tokens += _clause_tokens(verb.head)
    elif cue.dep_ in ("dobj", "nsubj", "nsubjpass"):
        tokens += _clause_tokens(cue.head) if cue.head.pos_ in ("VERB", "AUX") else []
    elif cue.dep_ in ("compound", "amod"):
        # "flew practice bombing runs over X": the practice qualifies the act the clause tells (an
        # act word among the words it qualifies; "a training camp" names a site, whatever hits it).
        noun, chain = cue.head, [cue.head]
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head
            chain.append(noun)
        # (Its dependency, not its part of speech: the small model tags "runs" a verb there.)
        if noun.dep_ in ("dobj", "nsubj") and noun.head.pos_ in ("VERB", "AUX") and any(
                any(t.start <= token.idx < t.end for t in triggers) for token in chain):
            tokens += list(noun.subtree) + _clause_tokens(noun.head)
    return tokens


def _figurative_struggle(verb: Token, lexicon: Frames) -> bool:
    """"battled the flames", "fought to bring the blaze under control", "fighting for their lives",
    "rescuers fought to reach survivors": a struggle against a hazard, or by responders."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and any(t.lower_ in lexicon.responders for t in child.subtree):
            return True
        if child.dep_ == "dobj" and child.lemma_.lower() in lexicon.struggle_objects:
            return True
        if child.dep_ == "prep" and child.lower_ in ("against", "with", "for"):
            objects = [t for t in child.children if t.dep_ == "pobj"]
            words = lexicon.life_words if child.lower_ == "for" else lexicon.struggle_objects
            if any(o.lemma_.lower() in words or o.lower_ in words for o in objects):
                return True
        if child.dep_ in ("xcomp", "advcl") and any(t.lemma_.lower() in lexicon.struggle_objects
                                                    and t.pos_ == "NOUN" for t in child.subtree):
            return True
    return False


def _governed(cue: Token) -> list[Token]:
    """What a frame word governs: its subtree; for a frame verb, its clause; for a purpose clause
    ("gathered to mark the anniversary"), the clause it serves."""
    anchor = cue
    if cue.pos_ in ("NOUN", "PROPN") and cue.dep_ == "pobj" and cue.head.lower_ == "in" and (
            cue.head.head.pos_ == "VERB" and cue.lemma_.lower() in frames().commemorative):
        # "rallied in memory of the victims", "gathered in honour of the dead": the gathering is
        # the commemoration.
        return _clause_tokens(cue.head.head)
    if cue.pos_ in ("NOUN", "PROPN"):
        # "the anniversary of the bombing" / "a verdict on the attack": the noun's own phrase, and the
        # clause of the verb it completes when that verb is a purpose clause.
        verb = cue.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        anchor = verb if _is_purpose(verb) else cue
    if _is_purpose(anchor):
        anchor = anchor.head
    tokens = list(anchor.subtree)
    if anchor.pos_ in ("VERB", "AUX"):
        tokens = _clause_tokens(anchor)
    return tokens


# Tokens after a transfer verb read as its object when the parse gives it none.
_OBJECT_FALLBACK = 6


def _object_of(cue: Token) -> list[Token]:
    """What a transfer or allegation word is about: a noun's own phrase ("a shipment of missiles",
    "accusations of air strikes"); a verb's object ("donate its fighter jets"), or where the parse
    gives none, the next few words up to a clause break (a surface fallback)."""
    if cue.pos_ != "VERB":
        return list(cue.subtree)
    objects = [child for child in cue.children if child.dep_ in ("dobj", "nsubjpass", "attr")]
    if objects:
        return [token for child in objects for token in child.subtree]
    following = []
    for token in cue.doc[cue.i + 1 : cue.i + 1 + _OBJECT_FALLBACK]:
        if token.is_punct or token.pos_ in ("VERB", "AUX", "SCONJ"):
            break
        following.append(token)
    return following


def _dates_act(sentence: Span, mention: TimeMention, acts: list[TriggerMention]) -> bool:
    """Whether a time hangs on one of the acts: its verb, reached from the time up the parse, is the
    act's ("captured a day earlier"), not another verb ("were released on Monday")."""
    token = next((t for t in sentence if mention.start <= t.idx < mention.end), None)
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head != token:
        token = token.head
    return token is not None and any(act.start <= token.idx < act.end for act in acts)


def _intended(cue: Token) -> list[Token]:
    """What a threat, warning or plan is of: a noun's own phrase ("a plot to bomb a church"); a verb's
    complement ("threatened to attack X", "warned that militants may strike", "warned of air
    strikes"), not the clauses beside it ("warned residents after gunmen attacked X" keeps the
    attack)."""
    if cue.pos_ != "VERB":
        return list(cue.subtree)
    tokens: list[Token] = []
    # "called for nationwide protests", "urged a strike": a call's for-phrase is what it asks for.
    asks = cue.lemma_.lower() in ("call", "urge")
    for child in cue.children:
        if child.dep_ == "ccomp" and _told_as_done(child):
            continue  # "warned that M23 rebels had killed 15 civilians": a warning that tells a past act
        if child.dep_ in ("xcomp", "ccomp") or (child.dep_ == "prep" and child.lower_ in ("of", "about", "against")):
            tokens.extend(child.subtree)
        elif cue.lemma_.lower() == "urge" and child.dep_ in ("dobj", "obj"):
            tokens.extend(child.subtree)  # "urged a boycott of classes and rallies"
        elif asks and child.dep_ == "prep" and child.lower_ == "for":
            # the asked-for act only, not a clause of cause hung on it ("over the killing of ...")
            tokens.extend(t for t in child.subtree if not any(
                a.dep_ == "prep" and a.lower_ in ("over", "after", "following") for a in [t, *t.ancestors]
                if a.i > child.i and a in child.subtree))
    return tokens


def _decided(cue: Token) -> list[Token]:
    """What a decision or a share is in: a verb's infinitive ("decided to launch", "debated
    whether to extend"), its reported clause when not told as done, or its "for"/"on" phrase ("voted
    for British involvement in"); a noun's "in"/"to" phrase ("participation in air strikes")."""
    if cue.pos_ == "NOUN":
        return [t for child in cue.children if child.dep_ == "prep" and child.lower_ in ("in", "to")
                for t in child.subtree]
    tokens: list[Token] = []
    for child in cue.children:
        infinitive = child.dep_ in ("xcomp", "advcl") and any(
            grand.dep_ == "aux" and grand.lower_ == "to" for grand in child.children)
        if infinitive or (child.dep_ == "ccomp" and not _told_as_done(child)) or (
                child.dep_ == "prep" and child.lower_ in ("for", "on")):
            tokens.extend(child.subtree)
    return tokens


def _told_as_done(verb: Token) -> bool:
    """A reported clause in the past ("... that rebels killed", "... that rebels had killed") with no
    modal ("... that rebels could attack"): what a warning tells has happened."""
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(aux.tag_ == "MD" or aux.lower_ in ("will", "'ll", "shall") for aux in auxiliaries):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(aux.lower_ in ("had", "have", "has")
                                                              for aux in auxiliaries))


# What "to mark" marks when it is a span since an act: "five years since", "a decade after".
_SPAN_UNITS = frozenset({"year", "month", "week", "decade", "day"})


def _marks_a_span(token: Token) -> bool:
    """""marched to mark five years since the bombing", "to mark the anniversary": a purpose clause
    that marks an anniversary or a span of time since an act is a commemoration, like "to
    commemorate" (wherever the parse hangs the "since")."""
    if token.lemma_.lower() != "mark" or not _is_purpose(token):
        return False
    objects = [child for child in token.children if child.dep_ == "dobj"]
    if any(o.lemma_.lower() == "anniversary" for o in objects):
        return True
    around = [t for child in token.children if child.dep_ in ("dobj", "prep") for t in child.subtree]
    return any(o.lemma_.lower() in _SPAN_UNITS for o in objects) and any(
        t.lower_ in ("since", "after") for t in around)


def _is_purpose(token: Token) -> bool:
    return token.dep_ in ("advcl", "xcomp") and any(child.lower_ == "to" and child.dep_ == "aux"
                                                    for child in token.children)


_PREDICATE_DEPS = frozenset({"dobj", "xcomp", "ccomp", "compound", "amod", "advcl", "oprd", "attr", "conj"})


def _modal_acts(head: Token, triggers: list[TriggerMention]) -> list[tuple[int, int]]:
    """The act words of a modal verb's predicate: the verb, its objects and complements, and
    what hangs on them, with a weapon that is its subject ("the drones would allow troops to
    strike"), but not the phrases of its subject nor its prepositional phrases (an earlier act
    named as a time or a cause: "the toll from Monday's strike could rise"), nor a clause with
    a subject of its own."""
    tokens: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        tokens.append(token)
        for child in token.children:
            if _condition(child):
                # "would strike X if rocket fire continued": the condition of a future act, subject and
                # all, is no act told as done either.
                tokens += list(child.subtree)
            elif child.dep_ in _PREDICATE_DEPS and not (
                    child.dep_ in ("conj", "advcl") and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)):
                stack.append(child)
            elif child.dep_ in ("nsubj", "nsubjpass") and token is head:
                tokens += [child, *(c for c in child.children if c.dep_ in ("compound", "amod"))]
    starts = {token.idx for token in tokens}
    return [(t.start, t.end) for t in triggers if t.category != "casualty" and any(
        t.start <= start < t.end for start in starts)]


def _condition(clause: Token) -> bool:
    """Whether an adverbial clause is a condition ("if ...", "unless ...")."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def _clause_tokens(head: Token) -> list[Token]:
    """The head's subtree without clauses that have their own subject (another act, another agent)."""
    excluded: set[int] = set()
    for child in head.subtree:
        if child is head or child.dep_ not in _CLAUSE_DEPS or child.pos_ not in ("VERB", "AUX"):
            continue
        if child.dep_ in ("conj", "parataxis", "ccomp") and any(c.dep_ in ("nsubj", "nsubjpass")
                                                               for c in child.children):
            excluded.update(t.i for t in child.subtree)
    return [t for t in head.subtree if t.i not in excluded]


def _extent(tokens: list[Token]) -> tuple[int, int]:
    if not tokens:
        return 0, 0
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def _recent_act_inside(tokens: list[Token], triggers: list[TriggerMention], times: list[TimeMention],
                       published: date | None) -> bool:
    """"a vigil for the 12 killed in Monday's bombing": the act carries a recent day of its own."""
    if published is None:
        return False
    start, end = _extent(tokens)
    acts = [t for t in triggers if start <= t.start < end and t.category not in ("generic",)]
    for mention in times:
        if not start <= mention.start < end or mention.date is None or mention.precision != "day":
            continue
        if mention.date < published - timedelta(days=RECENT_DAYS):
            continue
        # The time must hang on the act (its noun phrase), not on the frame word.
        if any(_possessive_or_same_phrase(tokens, mention, act) for act in acts):
            return True
    return False


def _possessive_or_same_phrase(tokens: list[Token], mention: TimeMention, act: TriggerMention) -> bool:
    """"Monday's bombing", "the bombing on Monday", "villagers who were killed on Sunday": the time
    hangs on the act's noun or verb, with no other verb between them (a verb between would date the
    frame, "opened on Monday")."""
    time_token = next((t for t in tokens if mention.start <= t.idx < mention.end), None)
    if time_token is None:
        return False
    current = time_token
    while current.head != current and current.pos_ not in ("VERB", "AUX"):
        if act.start <= current.idx < act.end:
            return True
        current = current.head
    # A verb that is the act dates it ("who were killed on Sunday"); a gathering's verb ("marched on
    # Sunday to mark five years since ...") dates the commemoration.
    return act.start <= current.idx < act.end and (
        current.pos_ not in ("VERB", "AUX") or act.category not in ("protest", "generic"))


# Weapons whose result a collapse or a blaze can be ("collapsed after Ukrainian shelling").
_WEAPON_CATEGORIES = frozenset({"air", "shelling", "ied", "suicide", "grenade", "chemical"})


def _weapon_caused(token: Token, triggers: list[TriggerMention]) -> bool:
    """"part of a block collapsed after Ukrainian shelling", "a fire caused by a drone strike": a
    weapon told after the disaster word, inside its phrase or clause, after a word of cause."""
    verb = token.head.head
    if token.dep_ == "pobj" and verb.pos_ == "VERB":
        # "Ukrainian shelling kills 15 in Belgorod apartment collapse": the weapon is what kills.
        subjects = [(min(t.idx for t in child.subtree), max(t.idx + len(t.text) for t in child.subtree))
                    for child in verb.children if child.dep_ == "nsubj"]
        if any(t.category in _WEAPON_CATEGORIES and start <= t.start < end for t in triggers
               for start, end in subjects):
            return True
    subtree = list(token.subtree)
    end = max(t.idx + len(t.text) for t in subtree)
    causes = [t.idx for t in subtree if t.i > token.i and t.lower_ in ("after", "following", "by", "from")]
    return bool(causes) and any(t.category in _WEAPON_CATEGORIES and min(causes) < t.start < end for t in triggers)


def _is_disaster_cause(token: Token, lexicon: Frames, triggers: list[TriggerMention]) -> bool:
    lemma = token.lemma_.lower()
    if _weapon_caused(token, triggers):
        return False
    if token.pos_ == "VERB" and lemma in lexicon.disaster_verbs:
        # "a drone crashed into a warehouse": a weapon that crashes is an attack, not an accident.
        subjects = [child for child in token.children if child.dep_ in ("nsubj", "nsubjpass")]
        if token.dep_ == "amod":
            # "bodies pulled from a collapsed building": the damage an attack left, not its cause.
            return False
        # ("since clashes erupted on Sunday": an act noun that erupts is fighting, also where the clause
        # was set aside as a span's start and its act word left the sentence's triggers.)
        return not any(t.start <= subject.idx < t.end for subject in subjects for t in triggers) and not any(
            t.category not in ("casualty", "generic") for subject in subjects for t in find_triggers(subject.text))
    if token.pos_ not in ("NOUN", "PROPN") or (lemma not in lexicon.disaster_nouns
                                               and token.lower_ not in lexicon.disaster_nouns):
        return False
    if lemma == "fire" and not _fire_is_a_blaze(token, lexicon, triggers):
        return False
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    return (token.dep_ == "pobj" and token.head.lower_ in _CAUSE_PREPOSITIONS
            and token.head.head.pos_ in ("VERB", "AUX"))


def _fire_is_a_blaze(token: Token, lexicon: Frames, triggers: list[TriggerMention]) -> bool:
    """"a fire", "a house fire" are blazes; "artillery fire", "heavy fire", "opened fire" are shooting."""
    if token.head.lemma_.lower() in ("open", "return", "exchange", "come") or token.head.lower_ == "under":
        return False
    if any(child.dep_ in ("nsubj", "dobj") for child in token.children):
        # "soldiers fire tear gas": the verb, whatever tag the parser gave it.
        return False
    # Surface fallback: a blaze is named as a noun phrase ("a fire", "the huge fire", "house fire").
    before = token.nbor(-1) if token.i > 0 else None
    if before is not None and (before.ent_type_ == "NORP" or before.lower_ in lexicon.shooting_modifiers
                               or before.lower_ in armed_actor_words()[0] | armed_actor_words()[1]):
        # "Israeli fire", "army fire", "sniper fire", "heavy fire": a side's shooting, not a blaze.
        return False
    if before is None or not (before.lower_ in ("a", "an", "the", "this", "that") or before.pos_ == "ADJ"
                              or before.lemma_.lower() in lexicon.fire_contexts):
        return False
    for child in token.children:
        if child.dep_ not in ("compound", "amod", "nmod"):
            continue
        if child.lemma_.lower() not in lexicon.fire_contexts or any(t.start <= child.idx < t.end for t in triggers):
            return False
    return True


_CAUSE_MARKS = frozenset({"after", "as", "when", "because", "following", "since"})


def _disaster_clause(token: Token) -> list[Token]:
    head = token
    while head.dep_ not in _CLAUSE_DEPS and head.head != head:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return list(token.subtree)
    if head.dep_ == "advcl" and any(child.dep_ == "mark" and child.lower_ in _CAUSE_MARKS
                                    for child in head.children):
        # "190 were confirmed dead after heavy rains caused a river to burst": the disaster is the
        # cause of the clause it modifies.
        head = head.head
    return _clause_tokens(head)


def lone_attacker_without_motive(incident_text: str, actor: str | None, categories: set[str],
                                  report_text: str, political_target: bool) -> bool:
    """Whether an incident is ordinary crime: an attack (a shooting, a stabbing: no battle, no
    bombing, no protest) by one attacker ("a gunman", "a teenager") or by thieves ("armed robbers")
    in a report that says the motive is private or unknown, with no political motive or target
    (a motive word the report denies, "no link to any militant group", is none).

    ``actor``: the agent found for the act, else the incident's first words are read."""
    lexicon = frames()
    if not categories or political_target:
        return False
    if not (lexicon.no_motive.search(report_text) or lexicon.theft.search(report_text)):
        return False  # neither a private cause nor a theft: nothing to weigh (and cheap to tell)
    if lexicon.motive.search(_without_negated(report_text, lexicon)):
        return False
    # "Gunmen killed a mobile-money agent ... in what police described as a robbery": a theft the
    # report tells, no political cause, no organised group named (a fight with the guards included).
    told = re.findall(r"[a-z]+(?:\s+men)?", _DENIAL.sub(" ", _without_negated(incident_text, lexicon)).lower())
    organised = armed_actor_words()[1] - lexicon.generic_doers
    if categories <= {"attack", "clash"} and lexicon.theft.search(_DENIAL.sub(" ", _without_group_business(
            report_text, organised))) and not set(told) & organised:
        return True
    if not categories <= {"attack"} or not lexicon.no_motive.search(report_text):
        return False

    def thieves(word: str) -> bool:
        return word.removesuffix("s") in lexicon.criminal_doers or word == "thieves"

    if actor:
        words = re.findall(r"[a-z]+", actor.lower())
        # One person of any kind (WordNet noun.person: "a farmer", "a shopkeeper") acts alone.
        if words and (words[-1] in lexicon.lone_attackers or thieves(words[-1]) or (
                len(words) <= 3 and not words[-1].endswith("s") and is_person_noun(words[-1]))):
            return True
    first = re.match(r"^\W*(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\b", incident_text.lower())
    if not actor and first is not None and first.group(1) in lexicon.lone_attackers:
        return True
    # "Armed robbers shot dead ...", "... when armed robbers stormed his shop": thieves the incident
    # names, and no armed group beside them (the police the report quotes do not count, nor a group
    # it denies: "no link to any militant group").
    words = re.findall(r"[a-z]+", _without_negated(incident_text, lexicon).lower())
    return any(thieves(word) for word in words) and not set(words) & armed_actor_words()[1]


def _without_group_business(text: str, organised: frozenset[str]) -> str:
    """The text without its sentences that name an organised armed group: a theft told there is the
    groups' business ("two cartels that have fought for years over fuel theft", "militias have
    long profited from cattle theft"), not the motive of the act the report tells; a group named
    only under a denial ("ruling out any link to militants") does not count."""
    def names_a_group(sentence: str) -> bool:
        # "ruling out any link to Islamist militants": a group denied names none.
        lowered = " ".join(re.findall(r"[a-z]+", _DENIAL.sub(" ", sentence).lower()))
        words = set(lowered.split())
        phrases = [phrase for phrase in organised if " " in phrase]
        return bool((words | {word.removesuffix("s") for word in words}) & organised) or any(
            f" {phrase} " in f" {lowered} " or f" {phrase}s " in f" {lowered} " for phrase in phrases)

    return " ".join(sentence for sentence in _SENTENCE_END.split(text) if not names_a_group(sentence))


def private_quarrel(act_text: str, categories: set[str], report_text: str, political_target: bool) -> bool:
    """Whether an attack is ordinary crime by its cause: the report gives a private quarrel as the
    cause and denies a political one ("over a land dispute ... no link to terrorism", "There is no
    militant angle"), or gives a quarrel of a family, neighbours or an inheritance ("over an old
    family enmity": out-of-scope-frames.json private_parties), whoever the doers ("four brothers
    and a cousin", "armed men"), unless the sentences of the
    act itself (``act_text``) name a motive, an organised group or a political target: a
    province's militant attacks told as background do not count (scope-and-types.md: ordinary
    crime without a political actor or motive is out of scope).

    ``categories``: the trigger categories of those sentences; only attacks (no battle, no
    bombing) qualify."""
    lexicon = frames()
    if not categories or not categories <= {"attack"} or political_target:
        return False
    if not (lexicon.quarrel.search(report_text) and _denies_a_motive(report_text, lexicon)) and not _private_cause(
            report_text):
        return False
    organised = armed_actor_words()[1] - lexicon.generic_doers
    words = set(re.findall(r"[a-z]+", _DENIAL.sub(" ", _without_negated(act_text, lexicon)).lower()))
    return not lexicon.motive.search(_without_negated(act_text, lexicon)) and not words & organised


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@lru_cache(maxsize=1)
def _quarrel_noun() -> re.Pattern[str]:
    """A quarrel noun of out-of-scope-frames.json quarrel_nouns after an article, whatever links it
    ("an argument between neighbours"); "row" is left to the linked phrases of Frames.quarrel, as
    "in a row" counts days."""
    nouns = "|".join(re.escape(noun) for noun in sorted(_frames_list("quarrel_nouns") - {"row"}))
    return re.compile(rf"\b(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})s?\b", re.I)


def _private_cause(text: str) -> bool:
    """Whether a sentence of the text gives a quarrel and a private party of it (a family, a
    relative, neighbours, an inheritance: out-of-scope-frames.json private_parties)."""
    lexicon = frames()
    parties = _frames_list("private_parties")
    for sentence in _SENTENCE_END.split(text):
        if (lexicon.quarrel.search(sentence) or _quarrel_noun().search(sentence)) and set(
                re.findall(r"[a-z]+(?:-[a-z]+)*", sentence.lower())) & parties:
            return True
    return False


# A denial and what it denies, to the end of its clause ("ruling out any link to Islamist militants").
_DENIAL = re.compile(r"\b(?:no|not|nothing|never|without|rul(?:ed|ing|es?)\s+out|denied|den(?:y|ies|ying))\b[^.;,]*",
                     re.I)
_DENIED = re.compile(r"\b(?:no|not|nothing|never|without|rul(?:ed|ing|es?)\s+out|denied|den(?:y|ies|ying))\b"
                     r"[^.;]{0,70}$", re.I)


def _denies_a_motive(text: str, lexicon: Frames) -> bool:
    """Whether the text denies a political cause: a no-motive phrase that names one ("no link to
    terrorism") or a motive word under a denial ("There is no militant angle")."""
    stripped = lexicon.no_motive.sub(" ", text)
    named = sum(1 for match in lexicon.no_motive.finditer(text) if lexicon.motive.search(match.group(0)))
    return named > 0 or len(lexicon.motive.findall(stripped)) > len(lexicon.motive.findall(
        _without_negated(text, lexicon)))


def _without_negated(text: str, lexicon: Frames) -> str:
    """The text without its no-motive phrases and the motive words it denies, so "not
    terror-related" and "found no link to any militant or political group" are no motive cue."""
    text = lexicon.no_motive.sub(" ", text)
    return lexicon.motive.sub(lambda match: " " if _DENIED.search(text[max(0, match.start() - 80) : match.start()])
                              else match.group(0), text)
