"""Derive eventwire's WordNet lexicons (src/eventwire/data/lexicons/*.json) from WordNet 3.0.

Run once by a developer, not at run time:

    apt-get install wordnet-base
    python scripts/derive_lexicons.py /usr/share/wordnet

WordNet 3.0 (Princeton University, "WordNet 3.0 license", BSD-like, permits redistribution of
derived data with the notice) is read from its database files (index.*, data.*). Senses in
index files are ordered by tagged frequency, so "first sense" is the most frequent one.

- speech_verbs.json: verbs of reporting. A lemma whose first sense (or second, when the first
  is not a physical act) lies under (troponym closure of) "state/say/tell" (01009258),
  "assert/maintain" (01016796), "affirm" (01011743), "report/describe" (00965053), "announce"
  (00974385) or "tell/narrate" (00952542), in lexicographer file verb.communication, with verb
  frame 26 ("Somebody ----s that CLAUSE": it reports a statement), less commissives, directives
  and verbs of inference ("promise", "urge", "suggest", "imply": listed in the file); plus a
  short supplement of news verbs listed with its source.
- office_nouns.json: nouns one of whose two most frequent senses is official.n.01, administrator.n.01,
  head.n.04, leader.n.01, spokesperson.n.01, council_member.n.01 or legislator.n.01 or a hyponym of
  one: titles of office holders ("commissioner", "governor", "mayor", "councillor", "spokeswoman").
- killing_verbs.json: verbs whose most frequent sense is kill.v.01 or a troponym of it
  ("behead", "lynch", "strangle"), less a short list of verbs news uses otherwise.
- agent_nouns.json: nouns with one of their five most frequent senses in noun.person or
  noun.group (who can be the agent of an act); nouns whose most frequent sense is in noun.act,
  noun.event, noun.artifact, noun.phenomenon, noun.time or noun.process (never an agent:
  "strike", "clashes", "missile", "explosion", "week"); and nouns whose most frequent sense is
  in noun.act, noun.artifact, noun.cognition, noun.communication or noun.quantity (what a
  speaker says or has: "X's statement", "X's figures", "X's Telegram channel" name X); the
  nouns with one of their five most frequent senses in noun.person ("gunman", "protester"); and
  abstract nouns (first sense an act, idea, message, possession, state or time, none of the
  three most frequent a physical thing, place, person or group, none of the five most frequent a
  person or group: "budget", "deal", "decision"); and collective nouns (first sense a group:
  "family", "crowd").
- sport_terms.json: the terms of game reporting. Single-word noun lemmas that are no verb or
  adjective lemma (so no "strike", "attack", "shot"), none of whose three most frequent senses is
  anything but a game's: a hyponym of athlete.n.01 or player.n.01 ("goalkeeper", "batsman"), a
  ball game or combat sport named in SPORT_GAMES, or a sense whose gloss names one ("innings",
  "touchdown", "shortstop"). A report dense in them is a game's report.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "data" / "lexicons"
# state/say/tell, assert/maintain, affirm, report/describe, announce, tell (narrate), inform/notify.
SPEECH_ROOTS = ("01009258", "01016796", "01011743", "00965053", "00974385", "00952542")
# Commissives, directives and verbs of inference report an intention, a request or a hint, not
# a statement of fact that a figure could be attributed to: their lemmas' troponyms are left out.
NOT_REPORTING = ("promise", "vow", "pledge", "swear", "guarantee", "assure", "urge", "recommend", "advocate",
                 "propose", "suggest", "plead", "will", "mean", "imply", "intimate", "hint", "reason", "argue",
                 "predestine", "predicate", "postulate")
# A verb whose most frequent sense is a physical act is not read as speech on its second sense
# ("attack" is also "criticise"): verb.competition, verb.contact, verb.motion.
PHYSICAL_VERB_FILES = {33, 35, 38}
# Verbs that carry a figure or a statement in news although WordNet puts their reporting sense
# elsewhere (kept from eventwire's earlier hand list in nlp/attribution.py): "put the toll at",
# "gave the toll as", "wrote on Telegram", "tweeted", "estimated", "cited", "denied", "counted".
SUPPLEMENT = ("write", "tweet", "post", "put", "give", "record", "count", "estimate", "cite", "deny", "accuse",
              "insist", "quote", "blame", "explain", "warn", "confirm", "note", "add", "tell", "report", "list")
LEXFILES = {4: "noun.act", 6: "noun.artifact", 11: "noun.event", 14: "noun.group", 18: "noun.person",
            19: "noun.phenomenon", 22: "noun.process", 28: "noun.time", 32: "verb.communication"}
AGENT_FILES = {14, 18}
# What a speaker says or has: noun.act, noun.artifact, noun.cognition, noun.communication, noun.quantity.
UTTERANCE_FILES = {4, 6, 9, 10, 23}
NOT_AGENT_FILES = {4, 6, 11, 19, 22, 28}
# What no weapon can hit: noun.act, noun.attribute, noun.cognition, noun.communication, noun.feeling,
# noun.motive, noun.possession, noun.quantity, noun.relation, noun.state, noun.time.
ABSTRACT_FILES = {4, 7, 9, 10, 12, 16, 21, 23, 24, 26, 28}
# What can be hit: noun.animal, noun.artifact, noun.body, noun.food, noun.group, noun.location,
# noun.object, noun.person, noun.plant, noun.substance.
PHYSICAL_FILES = {5, 6, 8, 13, 14, 15, 17, 18, 20, 27}
NOTICE = ("WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy, "
          "modify and distribute this software and database and its documentation for any purpose and without "
          "fee or royalty is hereby granted, provided that this notice appears in all copies (WordNet 3.0 "
          "license).")


# kill.v.01 ("cause to die"): its troponyms are verbs of killing ("behead", "lynch", "strangle").
KILL_ROOT = "01323976"
# Troponyms of kill.v.01 whose everyday sense in news is something else ("erase a debt",
# "liquidate assets", "stone a car", "decimate a crop") or that are no English verbs in use.
NOT_KILLING = ("erase", "flight", "off", "pip", "chine", "halter", "burke", "scrag", "stone", "decimate",
               "eradicate", "annihilate", "vaporize", "liquidate",
               # Read by the casualty lexicon's own rule for "martyred" (triggers.json, casualty group).
               "martyr")
# Phrasal troponyms of kill.v.01 are read when their particle is the verb's own ("were mowed
# down"); those whose everyday sense in news is something else are left out ("knock off work",
# "done in" for tired). gun_down is a troponym of shoot.v.02 ("hit with a missile"), not of
# kill.v.01, but news uses it for killing only, as eventwire's casualty rules already read it.
PARTICLES = ("down", "off", "up", "in", "out")
NOT_KILLING_PHRASAL = ("knock_off", "do_in")
PHRASAL_SUPPLEMENT = ("gun_down",)

# Verbs of giving figures and nouns of figures, hand-picked from WordNet 3.0 (see FIGURE_SOURCE).
FIGURE_GIVING = ("provide", "release", "issue", "publish", "compile", "supply", "share", "give", "put", "announce",
                 "confirm", "report", "record", "collect", "gather")
FIGURE_NOUNS = ("figure", "count", "number", "tally", "toll", "estimate", "data", "statistic", "statistics", "numbers",
                "figures", "estimates", "casualty")
TOLL_CHANGE = ("rise", "raise", "climb", "increase", "jump", "mount", "grow", "soar", "reach")
FIGURE_SHOWING = ("show", "indicate", "reveal")
TOLL_REVISING = ("raise", "lower", "revise", "reduce", "increase", "update", "correct", "adjust")
TOLL_REVISING_SOURCE = ("Hand-picked for eventwire from WordNet 3.0 raise.v.02, lower.v.01, revise.v.01, reduce.v.01, "
                        "increase.v.02, update.v.02, correct.v.01 and adjust.v.01, transitive verbs of changing an "
                        "amount: their subject, with a figure noun as object ('police lowered the death toll from "
                        "35 to 32', 'officials raised the number of dead to 19'), states the figure and is its "
                        "source, not the doer of the act.")
FIGURE_SHOWING_SOURCE = ("Hand-picked for eventwire from WordNet 3.0 show.v.01, indicate.v.02 and reveal.v.02: a verb "
                         "of showing whose subject is a figure noun given by a body ('figures from the health ministry "
                         "showed', 'a tally by the monitor showed') names that body as the figures' source.")
DOCUMENT_NOUNS = ("statement", "communique", "communiqu\u00e9")
DOCUMENT_NOUNS_SOURCE = ("Hand-picked for eventwire from WordNet 3.0 statement.n.01 and communique.n.01 (a "
                         "body's own statement; 'report', 'post' and 'update' are left out, as they name a news "
                         "outlet's or a stranger's text as often as the body's): a source that is only such a "
                         "document, with no body of its own named ('according to the statement', 'the report "
                         "added'), is the body that gave it, told before.")
FIGURE_SOURCE = ("Hand-picked for eventwire from WordNet 3.0: verbs of giving or publishing (provide.v.02, "
                 "release.v.05 'make public', issue.v.01, publish.v.01, compile.v.01, supply.v.01, share.v.02, "
                 "give.v.03, put.v.05 'put the toll at', announce.v.01, confirm.v.01, report.v.01, record.v.01, "
                 "collect.v.01, gather.v.01) and "
                 "nouns of counts (figure.n.01, count.n.01, tally.n.01, estimate.n.01, data.n.01, statistic.n.01, "
                 "toll.n.02). figure_giving: a verb whose passive has a figure noun as subject names the figures' "
                 "source in its by-agent ('the figures were provided by X'); figure_nouns: after 'according to', a "
                 "figure noun's by- or from-phrase ('according to figures released by X', 'a tally from X') is the "
                 "source.")

# athlete.n.01 and player.n.01 ("a person who participates in or is skilled at some game").
SPORT_PEOPLE_ROOTS = ("09820263", "10439851")
# Ball games and combat sports (hyponyms of sport.n.01 whose names news uses for nothing else); a
# gloss that names one makes its sense a game's term ("innings: the batting turn of a cricket player").
SPORT_GAMES = ("baseball", "basketball", "cricket", "football", "golf", "handball", "hockey", "lacrosse", "netball",
               "polo", "rugby", "soccer", "softball", "tennis", "volleyball", "badminton", "boxing", "wrestling",
               "croquet")
# Lexicographer files a game's term lives in: noun.act, noun.artifact, noun.cognition, noun.communication,
# noun.event, noun.group, noun.location, noun.person, noun.time.
SPORT_FILES = {4, 6, 9, 10, 11, 14, 15, 18, 28}

# official.n.01, administrator.n.01, head.n.04 (a person in charge), leader.n.01, spokesperson.n.01
# (10638385; spokesman.n.01, 10638310, is one of its hyponyms), council_member.n.01, legislator.n.01.
OFFICE_ROOTS = ("10372373", "09770949", "10162991", "09623038", "10638385", "09944763", "10253995")


def _index(path: Path) -> dict[str, list[str]]:
    """lemma -> synset offsets, most frequent sense first."""
    senses: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, synset_count, pointer_count = fields[0], int(fields[2]), int(fields[3])
        offsets = fields[4 + pointer_count + 2 :]
        senses[lemma] = offsets[:synset_count]
    return senses


def _data(path: Path) -> tuple[dict[str, int], dict[str, list[str]], set[str]]:
    """offset -> lexicographer file number, offset -> hyponym offsets, offsets with a that-clause frame."""
    lexfile: dict[str, int] = {}
    hyponyms: dict[str, list[str]] = defaultdict(list)
    clausal: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        offset, lexfile[offset] = fields[0], int(fields[1])
        word_count = int(fields[3], 16)
        position = 4 + 2 * word_count
        pointer_count = int(fields[position])
        for index in range(pointer_count):
            symbol, target, pos = fields[position + 1 + 4 * index : position + 4 + 4 * index]
            if symbol == "~" and pos in ("v", "n"):
                hyponyms[offset].append(target)
        frames = fields[position + 1 + 4 * pointer_count :]
        # Verb frame 26: "Somebody ----s that CLAUSE" (a verb that reports a statement).
        if frames and any(frames[i] == "+" and frames[i + 1] == "26" for i in range(1, len(frames) - 1, 3)):
            clausal.add(offset)
    return lexfile, hyponyms, clausal


def _closure(roots: tuple[str, ...], hyponyms: dict[str, list[str]]) -> set[str]:
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        offset = stack.pop()
        if offset in seen:
            continue
        seen.add(offset)
        stack.extend(hyponyms.get(offset, []))
    return seen


def _glosses(path: Path) -> tuple[dict[str, str], set[str]]:
    """offset -> gloss (before its examples), offsets of instances (a named person or place)."""
    glosses: dict[str, str] = {}
    instances: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(" ") or " | " not in line:
            continue
        head, gloss = line.split(" | ", 1)
        fields = head.split()
        glosses[fields[0]] = gloss.split(";")[0].lower()
        if " @i " in head:
            instances.add(fields[0])
    return glosses, instances


def _sport_terms(wordnet: Path) -> list[str]:
    noun_index = _index(wordnet / "index.noun")
    other_lemmas = set(_index(wordnet / "index.verb")) | set(_index(wordnet / "index.adj"))
    lexfile, hyponyms, _ = _data(wordnet / "data.noun")
    glosses, instances = _glosses(wordnet / "data.noun")
    people = _closure(SPORT_PEOPLE_ROOTS, hyponyms)
    games = re.compile(r"\b(?:" + "|".join(SPORT_GAMES) + r")\b")

    def game_sense(offset: str, lemma: str) -> bool:
        return offset not in instances and (offset in people or lemma in SPORT_GAMES or (
            lexfile[offset] in SPORT_FILES and bool(games.search(glosses[offset]))))

    return sorted(lemma for lemma, offsets in noun_index.items()
                  if "_" not in lemma and lemma not in other_lemmas
                  and not (lemma.endswith("s") and lemma[:-1] in noun_index)
                  and all(game_sense(offset, lemma) for offset in offsets[:3]))


def _reporting(offset: str, reporting: set[str], lexfile: dict[str, int]) -> bool:
    return offset in reporting and lexfile[offset] == 32


def main(wordnet: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    verb_index = _index(wordnet / "index.verb")
    verb_lexfile, verb_hyponyms, clausal = _data(wordnet / "data.verb")
    excluded = _closure(tuple(o for lemma in NOT_REPORTING for o in verb_index.get(lemma, [])[:2]), verb_hyponyms)
    reporting = (_closure(SPEECH_ROOTS, verb_hyponyms) & clausal) - excluded
    speech = sorted({lemma for lemma, offsets in verb_index.items()
                     if "_" not in lemma and (_reporting(offsets[0], reporting, verb_lexfile) or (
                         len(offsets) > 1 and verb_lexfile[offsets[0]] not in PHYSICAL_VERB_FILES
                         and _reporting(offsets[1], reporting, verb_lexfile)))})
    noun_index = _index(wordnet / "index.noun")
    noun_lexfile, _, _ = _data(wordnet / "data.noun")
    agents = sorted(lemma for lemma, offsets in noun_index.items()
                    if "_" not in lemma and any(noun_lexfile[o] in AGENT_FILES for o in offsets[:5]))
    not_agents = sorted(lemma for lemma, offsets in noun_index.items()
                        if "_" not in lemma and noun_lexfile[offsets[0]] in NOT_AGENT_FILES)
    persons = sorted(lemma for lemma, offsets in noun_index.items()
                     if "_" not in lemma and any(noun_lexfile[o] == 18 for o in offsets[:5]))
    collective = sorted(lemma for lemma, offsets in noun_index.items()
                        if "_" not in lemma and noun_lexfile[offsets[0]] == 14)
    abstract = sorted(lemma for lemma, offsets in noun_index.items()
                      if "_" not in lemma and noun_lexfile[offsets[0]] in ABSTRACT_FILES
                      and not any(noun_lexfile[o] in PHYSICAL_FILES for o in offsets[:3])
                      and not any(noun_lexfile[o] in AGENT_FILES for o in offsets[:5]))
    utterances = sorted(lemma for lemma, offsets in noun_index.items()
                        if "_" not in lemma and noun_lexfile[offsets[0]] in UTTERANCE_FILES)
    source = {"resource": "WordNet 3.0 (Princeton University), database files of Debian's wordnet-base",
              "licence": NOTICE, "derived_by": "scripts/derive_lexicons.py"}
    (OUT / "speech_verbs.json").write_text(json.dumps({
        **source,
        "rule": "verb lemmas whose first sense (or second, when the first is not in verb.competition, "
                "verb.contact or verb.motion) is a troponym of state/say/tell (01009258), assert (01016796), affirm "
                "(01011743), report (00965053), announce (00974385) or tell/narrate (00952542) in "
                "verb.communication with verb frame 26 'Somebody ----s that CLAUSE', less the troponyms of the "
                "first two senses of the commissive, directive and inference verbs in 'not_reporting'",
        "not_reporting": list(NOT_REPORTING),
        "lemmas": speech,
        "supplement": list(SUPPLEMENT),
        "supplement_source": "eventwire's earlier hand list (nlp/attribution.py): verbs that carry a figure in news",
        "figure_giving": list(FIGURE_GIVING),
        "figure_showing": list(FIGURE_SHOWING),
        "figure_showing_source": FIGURE_SHOWING_SOURCE,
        "document_nouns": list(DOCUMENT_NOUNS),
        "document_nouns_source": DOCUMENT_NOUNS_SOURCE,
        "figure_nouns": list(FIGURE_NOUNS),
        "figure_source": FIGURE_SOURCE,
        "toll_change": list(TOLL_CHANGE),
        "toll_revising": list(TOLL_REVISING),
        "toll_revising_source": TOLL_REVISING_SOURCE,
        "toll_change_source": ("Hand-picked for eventwire from WordNet 3.0 increase.v.01 and its troponyms, and "
                               "raise.v.02 ('raised the toll to'), as news uses them of a toll ('the toll rose to "
                               "21 on Sunday'): the day such a verb governs dates the update, not the act."),
    }, indent=0) + "\n", encoding="utf-8")
    (OUT / "agent_nouns.json").write_text(json.dumps({
        **source,
        "rule": "single-word noun lemmas: 'agent' = one of the five most frequent senses is in noun.person or "
                "noun.group; 'not_agent' = the most frequent sense is in noun.act, noun.artifact, noun.event, "
                "noun.phenomenon, noun.process or noun.time (a noun in both is not an agent)",
        "agent": agents,
        "not_agent": not_agents,
        "person_rule": "single-word noun lemmas with one of their five most frequent senses in noun.person",
        "person": persons,
        "utterance_rule": "single-word noun lemmas whose most frequent sense is in noun.act, noun.artifact, "
                          "noun.cognition, noun.communication or noun.quantity: what a speaker says or has "
                          "('statement', 'figure', 'count', 'channel', 'office')",
        "utterance": utterances,
        "abstract_rule": "single-word noun lemmas whose most frequent sense is in noun.act, noun.attribute, "
                         "noun.cognition, noun.communication, noun.feeling, noun.motive, noun.possession, "
                         "noun.quantity, noun.relation, noun.state or noun.time, none of whose three most "
                         "frequent senses is a physical thing, place, person or group and none of whose five "
                         "most frequent a person or group ('forces'): what no weapon can hit "
                         "('attacked the budget plan', 'struck a deal')",
        "abstract": abstract,
        "collective_rule": "single-word noun lemmas whose most frequent sense is in noun.group: one of them names "
                           "several people of unknown number ('a family', 'a crowd')",
        "collective": collective,
    }, indent=0) + "\n", encoding="utf-8")
    killing_closure = _closure((KILL_ROOT,), verb_hyponyms)
    killing = sorted(lemma for lemma, offsets in verb_index.items()
                     if "_" not in lemma and offsets[0] in killing_closure and lemma not in NOT_KILLING)
    (OUT / "killing_verbs.json").write_text(json.dumps({
        **source,
        "rule": "verb lemmas whose most frequent sense is kill.v.01 ('cause to die', 01323976) or one of its "
                "troponyms, less those in 'not_killing' (an everyday sense in news that is no killing)",
        "not_killing": list(NOT_KILLING),
        "lemmas": killing,
        "phrasal_rule": "two-word verb lemmas (a verb and a particle: " + ", ".join(PARTICLES) + ") whose most "
                        "frequent sense is kill.v.01 or one of its troponyms, less 'not_killing_phrasal', "
                        "plus 'phrasal_supplement' (a troponym of shoot.v.02 that news uses for killing only)",
        "not_killing_phrasal": list(NOT_KILLING_PHRASAL),
        "phrasal_supplement": list(PHRASAL_SUPPLEMENT),
        "phrasal": sorted({
            lemma for lemma, offsets in verb_index.items()
            if lemma.count("_") == 1 and lemma.split("_")[1] in PARTICLES and offsets[0] in killing_closure
            and lemma not in NOT_KILLING_PHRASAL} | set(PHRASAL_SUPPLEMENT)),
    }, indent=0) + "\n", encoding="utf-8")
    noun_hyponyms = _data(wordnet / "data.noun")[1]
    office_closure = _closure(OFFICE_ROOTS, noun_hyponyms)
    offices = sorted(lemma for lemma, offsets in noun_index.items()
                     if "_" not in lemma and any(o in office_closure for o in offsets[:2]))
    (OUT / "office_nouns.json").write_text(json.dumps({
        **source,
        "rule": "noun lemmas one of whose two most frequent senses is official.n.01 ('a worker who holds or is "
                "invested with an office', 10372373), administrator.n.01 (09770949), head.n.04 ('a person who "
                "is in charge', 10162991), leader.n.01 (09623038), spokesperson.n.01 (10638385), "
                "council_member.n.01 (09944763) or legislator.n.01 (10253995), or a hyponym of one of them: the "
                "titles a report may give later to the 'official' its lead quotes ('a local official said' ... "
                "'the district commissioner, X, said')",
        "lemmas": offices,
    }, indent=0) + "\n", encoding="utf-8")
    sport = _sport_terms(wordnet)
    (OUT / "sport_terms.json").write_text(json.dumps({
        **source,
        "rule": "single-word noun lemmas that are no verb or adjective lemma and none of whose three most frequent "
                "senses is anything but a game's: a hyponym of athlete.n.01 (09820263) or player.n.01 (10439851), "
                "not a named person; a game of 'games'; or a sense in noun.act, noun.artifact, noun.cognition, "
                "noun.communication, noun.event, noun.group, noun.location, noun.person or noun.time whose gloss "
                "names one of 'games' ('innings: the batting turn of a cricket player'); a plural of another "
                "lemma ('majors', 'minors') is left out",
        "games": list(SPORT_GAMES),
        "lemmas": sport,
    }, indent=0) + "\n", encoding="utf-8")
    print(f"{len(sport)} sport terms, {len(speech)} speech verbs, {len(agents)} agent nouns, "
          f"{len(not_agents)} non-agent nouns, {len(offices)} office nouns")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"))
