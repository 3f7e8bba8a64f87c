"""Background clauses: history, period totals and earlier incidents inside a report.

"Rebels killed 47 villagers there in a 2014 raid", "more than 200 have been killed in the city
this year", "bringing the toll since January to 300", "a similar attack last month killed 14":
such a clause gives no claim and starts no incident (``../shared/spec/scope-and-types.md``,
"History and anniversaries"; ``gold-format.md``: an event carries its own figures).

A cue is a phrase of the lexicon ``data/lexicons/background-cues.json`` (a period or a
retrospect), a modifier that points from an act to another of its kind ("a similar attack"),
a year or a dated expression well before the report's date, or "since" with no date.  The cue
makes background of its clause: the verb clause that holds it in the dependency parse, cut at
";" in the text (the surface fallback when the parse joins two clauses).  A cue inside a
comparison ("the deadliest attack since 2019", "the first strike since the truce") dates the
comparison, not the figure, and is no cue.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Span, Token

from eventwire.nlp.cache import doc_text
from eventwire.nlp.triggers import TriggerMention
from eventwire.time.expressions import TimeMention

HISTORY_DAYS = 45
# A span running from a day at most two weeks back is today's news ("since fighting erupted on
# Friday"); one from further back is a running total (background-cues.json's note: "in the past two
# weeks" is news, a longer period a total).
RECENT_SPAN_DAYS = 14
# "(April 2019–present)": a period still going on.
_ONGOING = re.compile(r"\s*[-–—]\s*(?:present|now|today)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Between a year and the act noun it dates: nothing, or one word ("2014 raid", "2020 port explosion").
_MODIFIES = re.compile(r"\s+(?:[\w-]+\s+)?")
_CLAUSE_DEPS = frozenset({"ROOT", "advcl", "conj", "ccomp", "parataxis", "relcl"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


@dataclass(frozen=True, slots=True)
class BackgroundCues:
    """The lexicon: compiled phrase patterns and the modifier lemmas."""

    strong: re.Pattern[str]
    weak: re.Pattern[str]
    modifiers: frozenset[str]
    habit: re.Pattern[str]
    conflict_total: re.Pattern[str]
    conflict_nouns: frozenset[str]
    elapsed: re.Pattern[str]
    sequel: re.Pattern[str]
    earlier_in_period: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Cue:
    """A background cue: its character span in the report and whether an act reference cancels it."""

    start: int
    end: int
    weak: bool = False
    act: bool = False
    habit: bool = False
    elapsed: bool = False
    # A span of months ("between April and June") dates every figure of its sentence, whatever
    # clause the parse hangs it on, unless the sentence also names a day.
    months: bool = False
    # A past year on an act noun ("the 2020 port explosion"): the act is history; inside another
    # noun's phrase ("victims of the 2020 port explosion protested") only that phrase is.
    year: bool = False


# What "#" stands for in a phrase: a count ("two", "twenty-five", "12", "a", "a few", "several"),
# never another word ("this week after" is no "# week after").
_COUNT = (r"(?:\d[\d,.]*|a\s+few|a\s+couple\s+of|an?|one|several|few|many|some|"
          r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?)")


def _phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One expression for a list of phrases, longest first at any position.

    The phrases share their leading words in a word tree ("# weeks after", "# weeks since", "#
    months after" try the count once): a flat union of the phrases, with the count's dozen
    alternatives spelt out in each, was the slowest expression of a report's pass."""
    tree: dict[str, Any] = {}
    for phrase in phrases:
        node = tree
        for word in phrase.lower().split():
            node = node.setdefault(word, {})
        node[""] = {}
    return re.compile(r"\b" + _tree_pattern(tree) + r"\b", re.I)


def _tree_pattern(node: dict[str, Any]) -> str:
    # Branches that hold the longest phrases come first and the phrase that ends here last, so
    # the longest phrase at a position wins as it did in the flat union sorted by length.
    branches = sorted((word for word in node if word), key=lambda word: (-_longest(node[word]), word))
    parts = []
    for word in branches:
        head, child = _COUNT if word == "#" else re.escape(word), node[word]
        if list(child) == [""]:
            parts.append(head)
        else:
            parts.append(head + r"(?:\s+" + _tree_pattern(child) + ")" + ("?" if "" in child else ""))
    return "(?:" + "|".join(parts) + ")"


def _longest(node: dict[str, Any]) -> int:
    return max((len(word) + 1 + _longest(child) for word, child in node.items() if word), default=0)


@lru_cache(maxsize=1)
def background_cues() -> BackgroundCues:
    """The background lexicon, read once from the package data."""
    path = resources.files("eventwire") / "data" / "lexicons" / "background-cues.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    weak = set(data["weak_period"])
    strong = [p for p in data["period"] + data["retrospect"] if p not in weak]
    return BackgroundCues(_phrase_pattern(strong), _phrase_pattern(sorted(weak)),
                          frozenset(data["reference_modifiers"] + data["habit_modifiers"]),
                          _phrase_pattern(data["habit"]),
                          _conflict_total_pattern(data["conflict_nouns"]), frozenset(data["conflict_nouns"]),
                          _phrase_pattern(data["elapsed"]), _phrase_pattern(data["sequel"]),
                          _phrase_pattern(data["earlier_in_period"]))


def described_past_ranges(sentence: Span, times: list[TimeMention]) -> list[tuple[int, int]]:
    """Character spans of relative clauses that tell their noun's past ("The group, which seized X
    last week, denied ...", "militias that seized the port earlier this month blamed
    ..."): a relative clause with a time of a week, month or year, or a phrase of a past period
    that pins no day (background-cues.json earlier_in_period), describes who or what its noun is,
    not the incident; a day ("the gunmen, who stormed the village on Sunday, killed 12") keeps it,
    and so does a clause whose subject is not its noun ("hostages that the militants kidnapped last
    week": the act done to the noun may be the report's incident)."""
    ranges: list[tuple[int, int]] = []
    for token in sentence:
        if token.dep_ != "relcl" or token.pos_ not in ("VERB", "AUX") or not _noun_is_subject(token):
            continue
        subtree = list(token.subtree)
        start, end = min(t.idx for t in subtree), max(t.idx + len(t.text) for t in subtree)
        dated = [t for t in times if start <= t.start < end]
        if any(t.precision == "day" for t in dated):
            continue
        if dated or background_cues().earlier_in_period.search(doc_text(sentence.doc)[start:end]):
            ranges.append((start, end))
    return ranges


def _noun_is_subject(clause: Token) -> bool:
    """Whether a relative clause's subject is its noun: a relative pronoun ("which seized") or a
    noun the pronoun owns ("whose villages were shelled")."""
    for child in clause.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child.tag_ in ("WDT", "WP") or any(
                grand.tag_ == "WP$" or grand.lower_ == "whose" for grand in child.children)
    return False


def opens_a_sequel(text: str) -> bool:
    """Whether a sentence opens with a phrase that tells a further act of the report's own day
    ("Hours later, ...", "In a separate attack, ..."; background-cues.json sequel)."""
    return background_cues().sequel.match(text.lstrip(" \n\"“'‘")) is not None


def _conflict_total_pattern(nouns: list[str]) -> re.Pattern[str]:
    """A killing whose doer or setting is a whole conflict: "the insurgency, which began in 2009, has
    killed", "Russia's war has left", "(have been) killed in the conflict", "died during the war".
    The match (the conflict's noun phrase, or the death and its setting) makes its clause background."""
    noun = "(?:" + "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) + ")"
    # (The noun may open the sentence with no article, "Ethnic violence between X and Y that broke
    # out in May 2023 has killed more than 250", its clause or phrase standing before the verb.)
    doer = (rf"(?:\b(?:the|this|its|their|that|[A-Z][\w-]*'s)\s+|^\W*)(?:[\w'-]+\s+){{0,4}}?{noun}\b"
            r"(?=(?:\s*,[^,.;]{1,150},|\s+(?:that|which|between|in|of|across|along)\b[^,.;:]{1,150}?)?\s+"
            r"(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+|since\s+)?(?:killed|claimed|left|cost)\b)")
    setting = (r"\b(?:killed|died|dead|deaths|lives|toll)\s+(?:\w+\s+){0,2}?(?:in|during|throughout|of|from)\s+"
               rf"(?:the|this|its)\s+(?:[\w'-]+\s+){{0,4}}?{noun}\b")
    # "the insurgency, which has killed 30,000 people, flared again when ...", "Al-Shabaab, whose
    # insurgency has killed tens of thousands, attacked ...": only the relative clause is the total.
    perfect = r"\s+(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:killed|claimed|left|cost)\b"
    relative = (rf"(?<=,)\s*(?P<rel>(?:which|that){perfect}|whose\s+(?:[\w'-]+\s+){{0,3}}?{noun}{perfect})")
    return re.compile(rf"{relative}|{doer}|{setting}", re.I)


def _of_a_conflict(text: str, match: re.Match[str]) -> bool:
    """Whether a "which has killed" clause is said of a conflict ("the insurgency, which has killed")
    rather than of a group or an act ("the militia, which has killed dozens this week")."""
    if not match.group("rel") or match.group("rel").lower().startswith("whose"):
        return True
    before = text[: match.start()].rstrip(" ,").lower().split()
    return bool(before) and before[-1] in background_cues().conflict_nouns


_MONTHS = "|".join(name for name in calendar.month_name if name)
_PART = r"(?:(?:early|late|mid)[\s-]+)?"
# "between April and June", "from January to March 2024": a span of months is a period, and a
# figure over it a total (month names: Python's calendar module).
_MONTH_RANGE = re.compile(rf"\b(?:between|from)\s+{_PART}(?:{_MONTHS})(?:\s+\d{{4}})?\s+(?:and|to|through|until)\s+"
                          rf"{_PART}(?:{_MONTHS})\b", re.I)


def names_a_period(text: str) -> bool:
    """Whether a sentence names a period a total runs over ("between April and June", "in three
    months", "so far this year"): background-cues.json period and a span of months."""
    return bool(background_cues().strong.search(text) or _MONTH_RANGE.search(text))


def _period_end(mention: TimeMention) -> date:
    """The last day a time expression can mean: "in 2020" runs to 31 December."""
    assert mention.date is not None
    if mention.precision == "year":
        return date(mention.date.year, 12, 31)
    if mention.precision == "month":
        return (mention.date.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if mention.precision == "week":
        return mention.date + timedelta(days=6)
    return mention.date


def find_cues(text: str, start: int, times: list[TimeMention], triggers: list[TriggerMention],
              published: date | None, sentence: Span | None = None) -> list[Cue]:
    """Background cues in a sentence ``text`` that starts at report offset ``start`` (``sentence``:
    its parse, where the caller has it)."""
    lexicon = background_cues()
    cues = [Cue(start + m.start(), start + m.end()) for m in lexicon.strong.finditer(text)]
    cues += [Cue(start + m.start(), start + m.end(), habit=True) for m in lexicon.habit.finditer(text)]
    cues += [Cue(start + m.start("rel" if m.group("rel") else 0), start + m.end())
             for m in lexicon.conflict_total.finditer(text) if _of_a_conflict(text, m)]
    cues += [Cue(start + m.start(), start + m.end(), elapsed=True) for m in lexicon.elapsed.finditer(text)]
    cues += [Cue(start + m.start(), start + m.end(), months=True) for m in _MONTH_RANGE.finditer(text)]
    for match in lexicon.weak.finditer(text):
        # "protests have gone on since Tuesday": a span from a recent day is the current events.
        recent = published is not None and any(
            0 <= mention.start - (start + match.start()) <= len(match.group()) + 1 and mention.date is not None
            and mention.date >= published - timedelta(days=RECENT_SPAN_DAYS) for mention in times)
        # "two weeks since the bombing": the span's own "since" is read with the span (elapsed).
        within_span = any(cue.elapsed and cue.start <= start + match.start() < cue.end for cue in cues)
        if not recent and not within_span:
            cues.append(Cue(start + match.start(), start + match.end(), weak=True))
    for trigger in triggers:
        window = max(0, trigger.start - start - 30)
        # The modifier right before the act word or one word before it ("previous raids",
        # "regular missile strikes", "frequent Russian attacks").
        words = re.search(r"(\w+)\s+(?:([\w-]+)\s+)?$", text[window : trigger.start - start])
        if words is None:
            continue
        for group in (2, 1):
            # One word back only before an act noun: "regular forces clashed" is no habit.
            if group == 1 and words.group(2) and not _noun_at(sentence, trigger.start):
                continue
            if words.group(group) and words.group(group).lower() in lexicon.modifiers:
                cues.append(Cue(start + window + words.start(group), trigger.end, act=True))
                break
    year_acts = [(start + m.start(), trigger) for m in _YEAR.finditer(text) for trigger in triggers
                 if _MODIFIES.fullmatch(text[m.end() : trigger.start - start])]
    for mention in times:
        if _ONGOING.match(text[mention.end - start :]):
            continue
        if mention.precision == "year" and any(mention.start <= at < mention.end for at, _ in year_acts):
            continue  # read with its act below
        if (mention.since and mention.date is None) or (mention.date is not None and published is not None and (
            _period_end(mention) < published - timedelta(days=HISTORY_DAYS)
            # "killed 2,400 people in 2024" in a January report: a past calendar year is a total
            # or a retold act, never the day of the report's incident.
            or (mention.precision == "year" and mention.date.year < published.year)
        )):
            cues.append(Cue(mention.start, mention.end, year=mention.precision == "year"))
    if published is not None:
        # "in a 2014 raid": a year that modifies an act is no time expression, but dates the act.
        # ("the 2016 peace deal", "2010-2011 protests" are no date of an act.)
        for match in _YEAR.finditer(text):
            year = int(match.group())
            act = next((trigger for at, trigger in year_acts if at == start + match.start()), None)
            if act is not None and date(year, 12, 31) < published - timedelta(days=HISTORY_DAYS) and not (
                    _ONGOING.match(text[match.end() :])):
                cues.append(Cue(start + match.start(), act.end, act=True, year=True))
    return cues


def _noun_at(sentence: Span | None, char: int) -> bool:
    """Whether the parse makes the word at report offset ``char`` a noun."""
    token = next((t for t in sentence if t.idx == char), None) if sentence is not None else None
    return token is not None and token.pos_ == "NOUN"


def background_ranges(sentence: Span, cues: list[Cue], triggers: list[TriggerMention],
                      times: list[TimeMention] | None = None, published: date | None = None,
                      act_times: set[int] | frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Report-offset ranges of the clauses the cues make background; ``act_times``: the starts of
    the times the parse hangs on an act word (not "a report published on Tuesday")."""
    ranges: list[tuple[int, int]] = []
    for cue in cues:
        token = next((t for t in sentence if t.idx + len(t.text) > cue.start), None)
        if token is None or token.idx >= cue.end:
            continue
        if cue.elapsed:
            ranges.append(_elapsed_span(sentence, cue))
            continue
        if cue.months and not any(t.precision == "day" and not cue.start <= t.start < cue.end
                                  and t.start in act_times for t in times or []):
            ranges.append(_cut_at_semicolons(sentence, (sentence.start_char, sentence.end_char), cue.start))
            continue
        if cue.weak and _recent_span(token, times or [], published):
            continue
        if cue.weak and token.lower_ == "since" and (token.dep_ == "advmod" or (
                token.i + 1 < sentence.end and token.nbor().tag_ == "VBN")):
            continue  # "five of them have since died": "since" as an adverb, "later", names no span
        year_noun = next((t.head for t in sentence if cue.start <= t.idx < cue.end and t.like_num
                          and t.dep_ in ("nummod", "compound", "amod") and t.head.pos_ == "NOUN"), None)
        if cue.act or (cue.year and year_noun is not None):
            noun = year_noun if not cue.act and year_noun is not None else next(
                (t for t in sentence if t.idx < cue.end <= t.idx + len(t.text)), token)
            # A dated act on the clause's verb ("killed 47 villagers in a 2014 raid") dates the clause;
            # one inside another noun's phrase ("victims of the 2020 explosion") only that phrase.
            holder = noun.head.head if noun.head.dep_ == "prep" else None
            # ("those killed in the 2017 bombing": a participle that modifies a noun is in its phrase.)
            nested = holder is not None and (holder.pos_ in ("NOUN", "PROPN", "PRON") or (
                holder.dep_ == "acl" and holder.tag_ == "VBN"))
            if noun.dep_ not in ("nsubj", "nsubjpass") and (not cue.year or nested):
                # "in response to previous bombings in Baghdad": only the act named is another one;
                # as the subject ("a similar attack last month killed 14") it carries its clause.
                # (An act verb the parse hangs on the noun, "the explosion protested outside
                # parliament", is the sentence's own verb misread, not a reduced relative clause.)
                acts = {t.start for t in triggers if t.category not in ("generic", "casualty")}
                misread = {t.i for child in noun.children if child.dep_ == "acl" and (
                    child.tag_ in _FINITE or child.idx in acts) for t in child.subtree}
                phrase = [t for t in noun.subtree if t.i not in misread]
                ranges.append((min(t.idx for t in phrase), max(t.idx + len(t.text) for t in phrase)))
                continue
        head = _clause_head(token)
        if head is None or (cue.habit and head.dep_ in ("relcl", "acl")) or (
                _after_a_superlative(sentence, cue, triggers)):
            continue  # "Kharkiv, which is regularly shelled, was hit": the habit describes the place
        span = _clause_span(head, token)
        span = _cut_at_semicolons(sentence, span, cue.start)
        if cue.act:
            span = _cut_at_reference(sentence, span, cue.start)
        if cue.weak and _refers_to_act(sentence, span, triggers, cue) and not _span_from_days_back(
                token, times or [], published):
            # ("since the attack" counts from this act; "since the offensive began on May 10", weeks
            # back, is a running total whatever act it names.)
            continue
        ranges.append(span)
        following = _conjunct_after(sentence, token)
        if following is not None and not cue.act:
            ranges.append(following)
    return ranges


def _elapsed_span(sentence: Span, cue: Cue) -> tuple[int, int]:
    """"two years after the massacre in X that killed 63", "a year after militants stormed a post":
    the cue and what its last word governs, an act phrase (a preposition's object) or an act clause
    (a subordinate clause), reaching at least to the next comma, which is where the parse most
    often ends such a phrase when it attaches its relative clause elsewhere."""
    comma = re.search(r"[,;]", doc_text(sentence.doc)[cue.end : sentence.end_char])
    surface = cue.end + comma.start() if comma else sentence.end_char
    if comma and re.fullmatch(r"(?:.*[,;])?\s*", doc_text(sentence.doc)[sentence.start_char : cue.start], re.S):
        # A fronted phrase ("A week after the strike on X, another drone hit Y") ends at its comma,
        # where the parse often runs it on into the main clause.
        return cue.start, surface
    link = next((t for t in reversed(list(sentence)) if t.idx < cue.end), None)
    end = cue.end
    if link is not None:
        governed = list(link.subtree) if link.dep_ == "prep" else (
            list(link.head.subtree) if link.dep_ == "mark" else [])
        end = max([end] + [t.idx + len(t.text) for t in governed if t.i >= link.i])
    return cue.start, max(end, surface)


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_CONJUNCTIONS = frozenset({"and", "but", "while", "whereas", "as", "then"})


def _conjunct_after(sentence: Span, token: Token) -> tuple[int, int] | None:
    """"..., and last June shelling near X left 30 dead": a time that opens a conjunct dates what
    follows it, up to the next conjunct, whatever verb the parse hangs it on (surface backup)."""
    before = token.nbor(-1) if token.i > sentence.start else None
    if before is not None and before.is_punct and before.i > sentence.start:
        before = before.nbor(-1)
    if before is None or (before.lower_ not in _CONJUNCTIONS and before.text != ";"):
        return None
    end = sentence.end_char
    for later in sentence.doc[token.i + 1 : sentence.end]:
        if later.text == ";" or (later.lower_ in _CONJUNCTIONS and later.nbor(-1).text == ","):
            end = later.idx
            break
    return token.idx, end


def _recent_span(token: Token, times: list[TimeMention], published: date | None) -> bool:
    """"since fighting erupted on Friday": a span that starts on a recent day is today's news."""
    return any(day >= published - timedelta(days=RECENT_SPAN_DAYS)
               for day in _span_start_days(token, times)) if published is not None else False


def _span_from_days_back(token: Token, times: list[TimeMention], published: date | None) -> bool:
    """"since the offensive began on May 10" in a June report: a span that starts more than
    RECENT_SPAN_DAYS back."""
    return any(day < published - timedelta(days=RECENT_SPAN_DAYS)
               for day in _span_start_days(token, times)) if published is not None else False


def _span_start_days(token: Token, times: list[TimeMention]) -> list[date]:
    """The days named in the phrase or clause a span word ("since") opens."""
    scope = list(token.head.subtree) if token.dep_ == "mark" else list(token.subtree)
    if not scope:
        return []
    start, end = scope[0].idx, scope[-1].idx + len(scope[-1].text)
    return [m.date for m in times if start <= m.start < end and m.date is not None]


def _clause_head(token: Token) -> Token | None:
    """The verb that heads the cue's clause, or None when the cue sits in a comparison."""
    current = token
    while True:
        if current.lower_ == "than" or _is_comparison(current):
            return None
        if current.dep_ in _CLAUSE_DEPS and (current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT"):
            if token.dep_ == "mark" and token.head == current and current.head != current:
                # "... have died since it was liberated": the span clause dates the clause it modifies.
                current = current.head
                continue
            return current
        if current.head == current:
            return current
        current = current.head


def _after_a_superlative(sentence: Span, cue: Cue, triggers: list[TriggerMention]) -> bool:
    """"Gunmen killed 19 villagers ..., in one of the deadliest attacks in the region this year": a
    cue in a comma-set phrase after the act word that holds a superlative dates the comparison,
    wherever the parse hangs it (surface backup of _is_comparison; the superlative by its tag,
    JJS/RBS, by an adjective's "-est" where the small model tags "bloodiest" JJ, or the ordinals
    "first" and "last").  A fronted phrase ("In the deadliest attack last
    year, gunmen killed 100") dates an act of its own."""
    segment_start = sentence.start_char
    for token in sentence:
        if token.idx >= cue.start:
            break
        if token.text in (",", ";", "(", "—", "–"):
            segment_start = token.idx + 1
    # ("at least 300 ... this year" is a running total: "least" and "most" count, they compare nothing.)
    superlatives = [t for t in sentence if segment_start <= t.idx < cue.start and t.lower_ not in ("least", "most")
                    and (t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "last")
                         or (t.pos_ == "ADJ" and t.lower_.endswith("est")))]
    return any(trigger.start < t.idx for t in superlatives for trigger in triggers)


def _is_comparison(token: Token) -> bool:
    """"the deadliest attack", "the first strike": a superlative or ordinal on the noun."""
    if token.pos_ not in ("NOUN", "PROPN", "PRON") or token.ent_type_ in ("DATE", "TIME"):
        return False  # "last June", "the first week of May" are times, not comparisons
    return any(child.tag_ in ("JJS", "RBS") or child.lower_ in ("first", "last", "worst", "deadliest")
               for child in token.children)


def _clause_span(head: Token, cue: Token) -> tuple[int, int]:
    """The head's subtree without the other clauses it governs (the one holding the cue stays)."""
    excluded: set[int] = set()
    for child in head.children:
        if child.dep_ in _CLAUSE_DEPS and child.pos_ in ("VERB", "AUX") and cue not in child.subtree and not (
                _time_frame(child) or _shares_subject(child) or _earlier(child)):
            excluded.update(t.i for t in child.subtree)
    tokens = [t for t in head.subtree if t.i not in excluded]
    # Keep the contiguous stretch around the head: the clause, not what follows an excluded one.
    indices = sorted(t.i for t in tokens)
    low = high = head.i
    taken = set(indices)
    while low - 1 in taken:
        low -= 1
    while high + 1 in taken:
        high += 1
    if not low <= cue.i <= high:
        low, high = min(low, cue.i), max(high, cue.i)
    doc = head.doc
    return doc[low].idx, doc[high].idx + len(doc[high].text)


def _earlier(clause: Token) -> bool:
    """"talks were suspended in January after the group launched an offensive": what happened
    before a background time is background too."""
    return any(child.dep_ == "mark" and child.lower_ in ("after", "following") for child in clause.children)


# Subordinators of a clause that gives the time frame of the clause it modifies.
_FRAME_MARKS = frozenset({"when", "while", "as"})


def _shares_subject(clause: Token) -> bool:
    """"The 2022 strike killed 61 and injured 120": a conjoined verb with no subject of its own
    tells more of the same act."""
    return clause.dep_ == "conj" and not any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in clause.children)


def _time_frame(clause: Token) -> bool:
    """"killed thousands this year, when the rebels seized X": a when-clause tells when the
    background happened, so it is background too."""
    if clause.dep_ not in ("advcl", "ccomp", "relcl"):
        return False
    # "since July, when fighting between X and Y killed 1,000": the parse may hang "when" on the
    # clause's subject (and call the clause a complement), so the clause's first word counts as
    # well as its own marker.
    first = min(clause.subtree, key=lambda token: token.i)
    if first.lower_ in _FRAME_MARKS:
        return True
    return clause.dep_ == "advcl" and any(child.dep_ in ("advmod", "mark") and child.lower_ in _FRAME_MARKS
                                               for child in clause.children)


def _cut_at_semicolons(sentence: Span, span: tuple[int, int], position: int) -> tuple[int, int]:
    start, end = span
    text = doc_text(sentence.doc)
    for match in re.finditer(r";", text[start:end]):
        cut = start + match.start()
        if cut < position:
            start = cut + 1
        else:
            end = cut
            break
    return start, end


_REFERENCE_WORDS = frozenset({"after", "before", "following", "since", "than", "like"})


def _cut_at_reference(sentence: Span, span: tuple[int, int], position: int) -> tuple[int, int]:
    """"kill 33 people a week after similar attacks claimed 133": the other act's clause starts at
    the word that relates it (surface backup when the parse hangs the main figure under it)."""
    start, end = span
    for token in sentence:
        if start <= token.idx < position and token.lower_ in _REFERENCE_WORDS:
            start = token.idx
    return start, end


def _refers_to_act(sentence: Span, span: tuple[int, int], triggers: list[TriggerMention], cue: Cue) -> bool:
    """"since the attack", "in total, the blasts killed 14": the clause counts from this act."""
    text = doc_text(sentence.doc)
    for trigger in triggers:
        if not span[0] <= trigger.start < span[1]:
            continue
        words = re.findall(r"[\w-]+", text[max(span[0], trigger.start - 25) : trigger.start])[-2:]
        if words and words[-1].lower() in _DEFINITE:
            return True
    return False
