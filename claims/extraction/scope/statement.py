"""Whether a figure is a fact, a forecast, an estimate, a target or a hypothetical.

Read from the words that govern the figure in the parse (its clause and the clauses
above it, not a clause joined beside it): "will", "is expected to", "forecast" make a
forecast; "an estimated", "is estimated at" an estimate; "aims to", "a target of",
"must", a body's "will spend" a target; "if", "could", "might" a hypothetical.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claims.extraction.scope.bounds import Anchor, bounds
from claims.extraction.scope.evidence import FigureInSentence, Reading
from claims.extraction.scope.places import names_place
from claims.extraction.scope.syntax import (
    after_aside_base,
    chain,
    closing_verb,
    is_passive,
    kids,
    per_sentence,
    sentence_text,
    sentence_times,
    subject_of,
)
from claims.extraction.scope.times import TimeExpression, time_expressions
from claims.extraction.scope.vocabulary import (
    ADOPTED_MEASURES,
    ADOPTING,
    AGREEING,
    ALLOCATING,
    BENEFITS,
    BODIES,
    BODY_OUTCOMES,
    CHANCES,
    CHARGES,
    COMMITTED_ACTS,
    COMMITTING_PARTIES,
    CONDITIONS,
    ESTIMATE_NOUNS,
    ESTIMATING,
    EXAMPLE_AUX,
    EXAMPLE_MARKS,
    EXEMPTED,
    EXPECTING_MODALS,
    FORECAST_FRAMES,
    FORECAST_NOUNS,
    FORECASTERS,
    FORECASTING,
    FUTURE_AUX,
    LEVEL_VERBS,
    LEVELS_HELD,
    NEEDING,
    PENALTIES,
    PERMITTING,
    PLANS,
    PUBLIC_BODIES,
    PURPOSED,
    PUTTING,
    RECEIVING,
    SAYING,
    SCENARIO_MODALS,
    SCENARIO_NOUNS,
    SETTING,
    SOLD_UNITS,
    STATE_CHANGING,
    STEP_UNITS,
    TARGET_NOUNS,
    TARGETING,
    TIME_UNITS,
    UNDERTAKINGS,
)
from claims.extraction.trace import NOT_APPLICABLE, Decided, NotApplicable, Rule, first_rule
from claims.extraction.vocabulary.currencies import currency_words
from claims.model import Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# "up to" before a figure: a legal maximum when a penalty governs it.
_UP_TO = re.compile(r"(?i:\bup\s+to\s+$)")
# A multiple written with the figure: "12 times", "up to 40 times".
_MULTIPLE = re.compile(r"\btimes\b", re.IGNORECASE)
# Modals of obligation: "must", "have to", "need to".
_OBLIGATION = frozenset(["must"])

StatementRule = Rule[Reading, Statement]


def _aux(tokens: list[Token]) -> set[str]:
    """The auxiliaries and modals of the verbs among ``tokens``, lower case."""
    return {
        c.lower_
        for t in tokens
        if t.pos_ in ("VERB", "AUX")
        for c in kids(t)
        if c.dep_ in ("aux", "auxpass")
    }


def _framing_nouns(chain: list[Token]) -> list[Token]:
    """The nouns that frame the figure without governing it: the subject and object of its
    clause verb ("the forecast was cut to 1.5%", "raised its target to 3%") and the nouns
    compounded on the nouns above it ("the IMF forecast growth of 2.5%")."""
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX")]
    framing = [
        c
        for i, verb in enumerate(verbs)
        for c in kids(verb)
        if c.pos_ == "NOUN"
        and (c.dep_ in ("nsubj", "nsubjpass") or (i == 0 and c.dep_ in ("dobj", "attr")))
    ]
    for noun in chain:
        if noun.pos_ == "NOUN":
            framing += [c for c in kids(noun) if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return framing


def _base_of_change(r: Reading) -> Statement | NotApplicable:
    """The base of a change told as a fact of its own past time: "up from 12% last
    year", "will rise to 4.5% from 4.2% in May"."""
    fig = r.figure
    text = sentence_text(fig.doc)
    against = _AGAINST.search(text, max(0, fig.start - 16), fig.start) is not None
    aside = after_aside_base(fig)
    if not (aside or _after_from(r) or against):
        return NOT_APPLICABLE
    if _ESTIMATED.search(text, max(0, fig.start - 14), fig.start + 14):
        return "estimate"  # "up from an estimated 3.9% this year"
    rest = text[fig.end : fig.end + 60]
    if _NOW.match(rest):
        return "fact"  # "to 65% by 2030, from 41% now": the level now
    after = [e for e in time_expressions(rest) if e.start < 12 and not _clause_subject(e, fig)]
    if any(e.kind in _BASE_TIMES and _past(e, r) for e in after):
        # "up from 1% in 2019, the office estimates": estimated as the sentence is
        return "estimate" if _estimating_source(fig.doc) is not None else "fact"
    # A base told in an aside of a body's own future act, with no time of its own or with
    # the date the change starts from ("will pay 52 sen from October, up from 45 sen"):
    # the level now. A base inside the change ("will raise it from 4.5% to 5%") shares
    # its statement (CONTEXT.md: "will fall from 16 per cent to 15 per cent": both
    # target), and a forecast raised from another is still a forecast.
    starts = [e for e in after if e.kind == "from" or _CHANGE_STARTS.match(rest[: e.start])]
    if aside and len(starts) == len(after) and "target" in (_commitment(r), _scheduled(r)):
        return "fact"
    return NOT_APPLICABLE


# "estimated" written on the figure: "an estimated 3.9%".
_ESTIMATED = re.compile(r"\bestimated\s+(?:at\s+)?[$€£¥]?\d", re.IGNORECASE)
# The present, right after a base: "from 41% now", "from 84% currently".
_NOW = re.compile(r"^\s*(?:now|today|currently|at\s+present)\b", re.IGNORECASE)
# What opens the date a change starts from, after its base ("up from 37%, effective 1
# August"); "from 1 August" is a time of its own kind.
_CHANGE_STARTS = re.compile(r"^[,\s]*(?:starting|effective|as of|from)\s*$", re.IGNORECASE)
# A base set against the figure, right before it: ", against 4.1% last year", ",
# compared with 5.6 million tonnes last season".
_AGAINST = re.compile(
    r"""(?ix:
    ,\s*(?:against|compared\s+(?:with|to)|versus)  # what sets the base against the figure
    \s+(?:about\s+|around\s+|some\s+)?$          # a hedge of the base
    )"""
)


def _after_from(r: Reading) -> bool:
    """Whether "from" governs the figure with no other figure between them: "to 5% from
    4.5%"; in "from 30% to 50%", which the parse may hang on "from" as one range, only the
    30% is the base."""
    token = r.root
    # Up the words of the figure's own phrase ("30" -> "%" -> "50" -> "%").
    while token is not None and token.dep_ in ("nummod", "quantmod", "compound"):
        token = token.head
    if token is None or token.head.lower_ != "from":
        return False
    between = sentence_text(r.figure.doc)[token.head.idx + 4 : r.figure.start]
    return not any(c.isdigit() for c in between)


def _clause_subject(e: TimeExpression, fig: FigureInSentence) -> bool:
    """Whether a time phrase after the figure is the subject of a clause of its own ("up
    from 24, after the rainy season began"): that clause's time, not the base's."""
    start = fig.end + e.start
    span = fig.doc.char_span(start, fig.end + e.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


# Kinds of time a base of a change is told as a fact of: "a year earlier", "last year",
# "in May", "the first quarter", "in 2025/26", "last season".
_BASE_TIMES = frozenset(["earlier", "relative", "point", "quarter", "fiscal", "season"])


def _past(e: TimeExpression, r: Reading) -> bool:
    """Whether a time phrase ends before the article's date (undated: assumed so). A base
    of this year, not yet ended, may still be forecast ("from US$75 in this year's
    budget")."""
    published = r.article.published
    if published is None or e.kind == "earlier":
        return True
    last = bounds(e, Anchor(published))[1]
    if last is None:  # "last season": no bounds, told by its word
        return e.parts.get("rel", "").lower().split()[-1:] == ["last"]
    return last < published


def _per_step(r: Reading) -> Statement | NotApplicable:
    """A rate told per step of another figure: "Every $10 drop costs it 100 billion
    riyals", "Each 1% drop in remittances takes 0.03 points off growth". Both figures
    are a scenario, up to the first comma (what follows is another clause)."""
    text = sentence_text(r.figure.doc)
    step = _PER_STEP.match(text)
    if step is None or _CLAUSE_COMMA.search(text, step.end(), r.figure.start):
        return NOT_APPLICABLE
    word = step.group("word")
    if word is not None and word.lower() not in STEP_UNITS and word.lower() not in currency_words():
        return NOT_APPLICABLE  # "Every day", "Each hospital": no step of a figure
    return "hypothetical"


# A sentence, or the quotation opening it, that starts with a step of a figure: "Every
# 1C rise", "Each extra $1", "each additional 100,000 barrels", or one unit of money or
# points written as a word ("Every dollar the price falls", "Each percentage point");
# not "each of the 12", nor a kind of thing ("Each 40-foot container").
_PER_STEP = re.compile(
    r"""^\W*(?:each|every)\s+
    (?:(?:extra|additional|further|single)\s+)?
    (?:[$€£¥]?\d(?![\d.,]*-[a-z])                # a figure
     | (?P<word>(?:percentage\s+|basis\s+)?[a-z]+)\b)  # a word, checked against the units
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A comma that ends a clause, not one inside a figure ("100,000").
_CLAUSE_COMMA = re.compile(r",(?!\d)")


def _state_now(r: Reading) -> Statement | NotApplicable:
    """A figure naming what a thing is now, beside the noun of that thing, is a fact
    whatever the sentence forecasts, aims at or supposes for the thing: an aside set off
    by a comma ("the top of the scale, NZ$71,000 now, will reach", "inflation, 8.2% in
    October, could exceed", "the dam, 60% complete,"), a definite noun a verb changes or
    ends ("cut the 2% export levy to zero", "waive the 20% import duty"), or a place's
    things a noun is of ("prices on Tokelau's three atolls"). Not a target's or a
    forecast's own figure ("its target, 2% a year,"), nor a conversion ("$3,500")."""
    root = r.root
    if root is None or r.figure.kind == "duration":
        return NOT_APPLICABLE
    head = root.head
    noun: Token | None = None
    if _set_off(r) and root.dep_ == "appos":
        noun = head  # "inflation, 8.2% in October,"
        figures = [c for c in kids(noun) if c.like_num and c.i != root.i]
        if noun.like_num or noun.pos_ in ("NUM", "SYM") or figures:
            return NOT_APPLICABLE  # a figure beside a figure: its conversion
    elif _set_off(r) and root.dep_ == "npadvmod" and _describes_noun(head):
        if head.tag_ in ("JJR", "RBR"):
            return NOT_APPLICABLE  # a comparison: "exports worth E4 billion, 15% less"
        noun = head.head  # "the dam, 60% complete,", "the motorway, 57 km long,"
    elif root.dep_ in ("compound", "nummod", "amod") and head.dep_ == "dobj":
        definite = any(c.dep_ == "poss" or c.lower_ == "the" for c in kids(head))
        if definite and head.head.lemma_.lower() in STATE_CHANGING:
            noun = head  # "cut the 2% export levy"
    elif root.dep_ == "pobj" and root.head.lower_ != "of" and root.head.head.pos_ == "NOUN":
        owned = {c.dep_ for c in kids(root)} >= {"poss", "nummod"}
        noun = root if owned else None  # "prices on Tokelau's three atolls", not "35% of"
    if noun is None or noun.lemma_.lower() in _STATED_NOUNS:
        return NOT_APPLICABLE
    if any(c.dep_ in ("relcl", "acl") for c in kids(noun)):
        return NOT_APPLICABLE  # "the 3% they expected": what the clause says of it
    return "fact"


def _describes_noun(word: Token) -> bool:
    """Whether an adjective (or the word the parse reads as an adverb: "long") describes a
    noun: "the dam, 60% complete,", "the motorway, 57 km long,"."""
    return word.dep_ in ("amod", "advmod") and word.head.pos_ in ("NOUN", "PROPN")


def _set_off(r: Reading) -> bool:
    """Whether a comma comes right before the figure (an aside)."""
    return sentence_text(r.figure.doc)[: r.figure.start].rstrip().endswith(",")


# Nouns whose figure is the statement they name: a target's, a forecast's, an estimate's,
# a plan's.
_STATED_NOUNS = TARGET_NOUNS | FORECAST_NOUNS | ESTIMATE_NOUNS | PLANS


def _condition(r: Reading) -> Statement | NotApplicable:
    """A figure a condition supposes ("if prices fall by 10%"), or in the main clause of
    one, or under "could", "might", "may", or "at risk": a scenario. A state the
    condition names as it is ("if the 25% rate stays") is a fact."""
    if r.root is None:
        return NOT_APPLICABLE
    chain = list(r.governing)
    for t in chain:
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in kids(t)):
            return NOT_APPLICABLE if _names_a_state(r.root) else "hypothetical"
        if t.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in kids(c))
            for c in kids(t)
        ):
            return "hypothetical"
        if any(_at_risk(c) for c in kids(t)):
            return "hypothetical"  # "300 jobs are at risk"
    modals = _aux(chain) & SCENARIO_MODALS - {"would"}
    if modals == {"may"} and _up_to(r):
        return NOT_APPLICABLE  # "may raise rents by up to 20%": a limit allowed
    return "hypothetical" if modals else NOT_APPLICABLE


def _counterfactual(r: Reading) -> Statement | NotApplicable:
    """What would have been and was not: "the fare would have been $5", "the 5.1% the old
    formula would have given" (the relative clause of the figure's noun). A scenario,
    whoever tells it."""
    if r.root is None:
        return NOT_APPLICABLE
    chain = list(r.governing)
    clauses = chain + [c for c in kids(chain[0]) if c.dep_ == "relcl"]
    for verb in (t for t in clauses if t.pos_ in ("VERB", "AUX")):
        if {"would", "have"} <= {c.lower_ for c in kids(verb) if c.dep_ == "aux"}:
            return "hypothetical"
    return NOT_APPLICABLE


def _names_a_state(root: Token) -> bool:
    """A figure that modifies a noun ("the 25% rate", "its current 5% pace"): it names
    what is, not what a condition supposes."""
    return root.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod")


def _at_risk(prep: Token) -> bool:
    """ "at risk", "in a worst-case scenario": a scenario's preposition."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("at", "in", "under")
        and any(c.dep_ == "pobj" and c.lemma_.lower() in SCENARIO_NOUNS for c in kids(prep))
    )


def _up_to(r: Reading) -> bool:
    """Whether "up to" is written right before the figure."""
    fig = r.figure
    return bool(_UP_TO.search(sentence_text(fig.doc), max(0, fig.start - 8), fig.start))


def _legal_maximum(r: Reading) -> Statement | NotApplicable:
    """ "fines of up to £1m", "carries up to 15 years in prison", "allowed aid of up to
    2%", "can claim up to 60%": the most a law or a rule allows. A penalty handed down
    ("convicted 31, with sentences of up to 20 years") is a fact."""
    if r.root is None or not _up_to(r):
        return NOT_APPLICABLE
    governing = list(r.governing)
    served = [o for p in kids(r.root) if p.dep_ == "prep" for o in kids(p)]  # "in prison"
    if any(t.lemma_.lower() in PENALTIES for t in governing + served):
        verb = next((t for t in governing if t.pos_ in ("VERB", "AUX")), None)
        handed_down = verb is not None and verb.tag_ == "VBD" and not _aux([verb])
        return "fact" if handed_down else "target"
    # The clauses above too: "vouchers covering up to 50%" is what families can receive.
    verbs = [t for t in chain(r.root) if t.pos_ == "VERB"]
    if any(v.lemma_.lower() in PERMITTING for v in verbs):
        return "target"
    if any(v.lemma_.lower() in RECEIVING and _aux([v]) & {"can", "may"} for v in verbs):
        return "target"
    return NOT_APPLICABLE


def _target_words(r: Reading) -> Statement | NotApplicable:
    """A goal, limit or plan governs the figure: "a target of 2%", "aims to cut",
    "must fall below", "pledged £3bn", "the 1,500 it plans to buy"."""
    if r.root is None:
        return NOT_APPLICABLE
    fig = r.figure
    chain = _below_report(list(r.governing))
    counted = {chain[0].i} | (
        {chain[0].head.i}
        if chain[0].dep_ in ("nummod", "quantmod") and chain[0].head.tag_ == "NNS"
        else set()
    )  # "31 goals": the counted noun is no goal set; "its 3 per cent target" is one
    # ... nor is a counted plural above it or framing it ("scored 21 goals in 30 games")
    framing = _framing_nouns(chain)
    counted |= {
        t.i for t in chain + framing if t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in kids(t))
    }
    text = sentence_text(fig.doc)
    planners = _subject_path(chain)  # "6% planned to spoil their ballots": who plans
    for t in [t for t in chain[1:] + framing if t.i not in counted]:
        lemma = t.lemma_.lower()
        if t.idx > fig.start and _MULTIPLE.search(text, fig.start, t.idx):
            continue  # "12 times the legal limit": a level measured against the limit
        if t.pos_ in ("NOUN", "PROPN") and lemma in TARGET_NOUNS:
            return "target"
        if t.pos_ == "VERB" and lemma in TARGETING and t.i not in planners and not _needs(t):
            return "target"
        if t.pos_ == "VERB" and lemma in AGREEING and _agreed_to(t, chain):
            return "target"  # "agreed to lift its grant by NZ$1 million"
        if (
            t.tag_ in ("VBN", "VBD")
            and lemma in PURPOSED
            and any(c.dep_ == "xcomp" for c in kids(t))
        ):
            return "target"  # "is meant to hold 2 billion cubic metres"
    if any(_aimed_at(c) for t in {chain[0], chain[0].head} for c in kids(t)):
        return "target"  # "the 385,000 it aims to reach"
    if _aux(chain) & _OBLIGATION:
        return "target"
    if "may" in _aux(chain) and _up_to(r):
        return "target"  # "landlords may raise rents by up to 20%": a limit allowed
    return NOT_APPLICABLE


def _agreed_to(verb: Token, chain: list[Token]) -> bool:
    """Whether the figure is in the act ``verb`` binds its subject to ("agreed to lift its
    grant by NZ$1 million"), not the subject itself ("Eight countries agreed to"), nor a
    deal struck with another party ("agreed with steelmakers to pay 850,000 won a tonne":
    a price agreed, a fact)."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in kids(verb)):
        return False
    return any(_to_do(c) and c in chain for c in kids(verb))


def _below_report(chain: list[Token]) -> list[Token]:
    """``chain`` up to a verb of forecasting, estimating or saying joined to another ("plans
    to raise the royalty ... and expects exports of 1.6 million tonnes", "wants ... and
    says interest will cost"): it tells its own figure, and the verb it is joined to is
    not that figure's mood."""
    for i, t in enumerate(chain):
        if t.dep_ == "conj" and t.pos_ == "VERB" and t.lemma_.lower() in _REPORTING:
            return chain[: i + 1]
    return chain


_REPORTING = SAYING | FORECASTING | ESTIMATING


def _request(r: Reading) -> Statement | NotApplicable:
    """What a body says it needs for an aim: "the utility says it needs 1.2 billion cedis
    to build settling ponds", "Kyiv needed at least 10 more Patriot systems to protect
    its cities": a request (CONTEXT.md: a target). Not what a household or a family needs
    ("needed 2,400 rand a month to cover basic food"), a time an act takes, nor a need to
    come ("will need 3,000 more nurses": a forecast)."""
    root = r.root
    if root is None or r.figure.kind == "duration" or root.lemma_.lower() in TIME_UNITS:
        return NOT_APPLICABLE
    governing = list(r.governing)
    for needed, verb in zip(governing, governing[1:], strict=False):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in NEEDING:
            continue
        if needed.dep_ != "dobj" or _aux([verb]):
            return NOT_APPLICABLE
        # The aim: an infinitive on the verb or on what is needed ("needs $4m to repair").
        aims = [c for t in (verb, needed) for c in kids(t) if c.dep_ in ("xcomp", "advcl", "acl")]
        if not any(g.tag_ == "TO" for c in aims for g in kids(c)):
            return NOT_APPLICABLE
        who = subject_of(verb)
        body = who is not None and (
            who.pos_ == "PROPN"
            or names_place(who.text)
            or who.lemma_.lower() in BODIES | PUBLIC_BODIES
            or who.lower_ in ("it", "we", "they")
        )
        return "target" if body else NOT_APPLICABLE
    return NOT_APPLICABLE


def _limit_set(r: Reading) -> Statement | NotApplicable:
    """A floor or a ceiling a body sets: "has set the minimum farm-gate price at 900
    kwacha", "fixed the maximum tariff at 18 cents". A rate a bank sets ("set its key rate
    at 4.5%") is its decision, a fact."""
    root = r.root
    if root is None or root.head.lower_ != "at" or root.head.dep_ != "prep":
        return NOT_APPLICABLE
    verb = root.head.head
    if verb.lemma_.lower() not in SETTING:
        return NOT_APPLICABLE
    for noun in (c for c in kids(verb) if c.dep_ == "dobj"):
        named = [noun] + [c for c in kids(noun) if c.dep_ in ("amod", "compound")]
        if any(t.lemma_.lower() in TARGET_NOUNS for t in named):
            return "target"
    return NOT_APPLICABLE


def _band(r: Reading) -> Statement | NotApplicable:
    """The band a measure's charge or benefit applies to: "households that use up to 60
    kWh a month will pay", "households earning less than $10,000 will be exempt", "an
    exemption for people earning up to R$5,000". The measure's, so a target; what those
    in a band paid or spend is a fact."""
    if r.root is None:
        return NOT_APPLICABLE
    clause = next(
        (t for t in chain(r.root) if t.dep_ in ("relcl", "acl") and t.pos_ == "VERB"), None
    )
    if clause is None or clause.tag_ == "VBD":
        return NOT_APPLICABLE
    who = clause.head
    if who.dep_ == "pobj" and who.head.lower_ == "for":
        return "target" if who.head.head.lemma_.lower() in BENEFITS else NOT_APPLICABLE
    verb = who.head
    if who.dep_ != "nsubj" or verb.tag_ == "VBD":
        return NOT_APPLICABLE
    if verb.lemma_.lower() in RECEIVING:
        return "target"  # "will pay", "can claim"
    if any(c.dep_ == "acomp" and c.lemma_.lower() in EXEMPTED for c in kids(verb)):
        return "target"  # "will be exempt"
    return NOT_APPLICABLE


def _plan_adopted(r: Reading) -> Statement | NotApplicable:
    """A plan of spending a body adopts, presents or announces: "approved a package costing
    NT$76 billion", "presented a TT$62.4 billion budget", "approved a budget that raises
    defence spending to 5.4%", "announced 12 billion ringgit of new investment"."""
    if r.root is None:
        return NOT_APPLICABLE
    for noun in chain(r.root):
        if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ADOPTING:
            continue
        named = [noun] + [o for p in kids(noun) if p.lower_ == "of" for o in kids(p)]
        return "target" if any(t.lemma_.lower() in PLANS for t in named) else NOT_APPLICABLE
    return NOT_APPLICABLE


def _aimed_at(clause: Token) -> bool:
    """Whether ``clause`` is a relative clause or a past participle whose verb aims at,
    seeks, plans or needs what it qualifies ("the 1,500 it plans to buy", "the 76 needed
    to govern", "the 80,000 first planned"), not one whose subject that is ("the nurses
    who want a rise")."""
    if clause.lemma_.lower() not in TARGETING or _needs(clause):
        return False
    if clause.dep_ == "acl":
        return clause.tag_ == "VBN"
    if clause.dep_ != "relcl":
        return False
    return not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in kids(clause)
    )


def _needs(verb: Token) -> bool:
    """ "the 20 million tonnes the region needs", "would need 18 months": what a subject
    needs is a requirement that holds or is to come, not a goal set."""
    return verb.lemma_.lower() in NEEDING and any(c.dep_ == "nsubj" for c in kids(verb))


def _purpose(r: Reading) -> Statement | NotApplicable:
    """What money set aside or released, or a campaign or a deal, is for: "released $40
    million to vaccinate 2 million cattle", "a campaign to vaccinate 3 million children".
    Not a market's "rose 4% to close at" nor "the first woman to win 12 titles". An aim
    joined to another ("to restore and to replant") shares its purpose."""
    if r.root is None:
        return NOT_APPLICABLE
    for verb in (t for t in chain(r.root) if t.pos_ == "VERB"):
        purpose = verb.dep_ in ("advcl", "acl", "relcl")
        if not purpose or not any(c.tag_ == "TO" for c in kids(verb)):
            continue
        head = verb.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in UNDERTAKINGS:
            return "target"
        if head.pos_ in ("NOUN", "NUM") and head.dep_ == "dobj":
            head = head.head  # "sets aside 40 billion kroner to buy": the money's verb
        if head.pos_ == "VERB" and _allocates(head):
            return "target"
    return NOT_APPLICABLE


def _allocates(verb: Token) -> bool:
    """ "released", "allocated", "set aside": a verb that sets money aside for an aim."""
    lemma = verb.lemma_.lower()
    return lemma in ALLOCATING or (lemma == "set" and any(c.lower_ == "aside" for c in kids(verb)))


def _target_price(r: Reading) -> Statement | NotApplicable:
    """An analyst's target price or price target frames the figure ("cut their target
    price for the stock to CHF 70"): a forecast of the share price, not a goal."""
    if r.root is None:
        return NOT_APPLICABLE
    chain = list(r.governing)
    for noun in chain + _framing_nouns(chain):
        pair = {noun.lemma_.lower()} | {
            c.lemma_.lower() for c in kids(noun) if c.dep_ == "compound"
        }
        if pair >= {"target", "price"}:
            return "forecast"
    return NOT_APPLICABLE


def _commitment(r: Reading) -> Statement | NotApplicable:
    """A body's own future act: "the government will spend £2bn", "it will cut 500 jobs",
    "it would import 25 million litres", "an overhaul that will raise contributions"."""
    if r.root is None:
        return NOT_APPLICABLE
    governing = list(r.governing)
    if _expected(governing):
        return NOT_APPLICABLE  # "analysts expect the bank will cut": another's expectation
    for verb in (t for t in governing if t.pos_ == "VERB"):
        # "will build and run it", "would pay ... and would rebuild": the joined verb shares
        # the first one's act and "will", unless it has a tense of its own ("will host ...
        # and has set aside")
        shared = verb.dep_ == "conj" and not _aux([verb]) - FUTURE_AUX - {"would"}
        joined = [verb, verb.head] if shared else [verb]
        if not _aux(joined) & (FUTURE_AUX | {"would"}):
            continue
        listed = any(v.lemma_.lower() in COMMITTED_ACTS for v in joined)
        if listed and is_passive(verb):
            return "target"  # "£1.5bn will be spent", "relief will be extended"
        subject = subject_of(verb)
        if subject is None or not (listed or _acts_on_a_thing(verb)):
            continue
        if _a_body(subject, verb):
            return "target"
        if listed and names_place(subject.text):
            return "target"  # "Barbados will raise"; a place's other acts are its trade
    return NOT_APPLICABLE


def _acts_on_a_thing(verb: Token) -> bool:
    """An active verb done to an object ("import 25 million litres", "keep the price at"),
    not one of what befalls its subject ("post a loss", "need 300 nurses") nor of words or
    expectations ("expect capacity to grow")."""
    lemma = verb.lemma_.lower()
    if lemma in BODY_OUTCOMES | SAYING | FORECASTING | ESTIMATING or is_passive(verb):
        return False
    return any(c.dep_ == "dobj" for c in kids(verb))


def _a_body(subject: Token, verb: Token) -> bool:
    """Whether a verb's subject is a body that acts (a name not of a place, "the ministry",
    "donors", "it"), or a measure one adopts ("the agreement", "an overhaul that")."""
    measure = verb.head if verb.dep_ == "relcl" and subject.tag_ in ("WDT", "WP") else subject
    lemma = subject.lemma_.lower()
    return (
        (subject.pos_ == "PROPN" and not names_place(subject.text))
        or lemma in BODIES | PUBLIC_BODIES  # "the city would give"
        or lemma in COMMITTING_PARTIES  # "donors will provide"
        or subject.lower_ in ("it", "we", "they")
        or measure.lemma_.lower() in ADOPTED_MEASURES
    )


def _expected(governing: list[Token]) -> set[int]:
    """The words under a verb of forecasting that governs the figure ("analysts expect
    the bank will cut"): another's expectation, not the body's act."""
    for below, verb in zip(governing, governing[1:], strict=False):
        if verb.lemma_.lower() in FORECASTING | ESTIMATING and below.dep_ in ("ccomp", "xcomp"):
            return {t.i for t in verb.subtree}
    return set()


def _planned_thing(r: Reading) -> Statement | NotApplicable:
    """A figure of a thing "to be built" ("a 120 MW solar farm to be built"): planned."""
    root = r.root
    if root is None or root.dep_ not in ("nummod", "compound", "npadvmod", "quantmod"):
        return NOT_APPLICABLE
    for clause in (c for c in kids(root.head) if c.dep_ in ("acl", "relcl")):
        if clause.tag_ == "VBN" and any(c.tag_ == "TO" for c in kids(clause)):
            return "target"
    return NOT_APPLICABLE


def _worked_example(r: Reading) -> Statement | NotApplicable:
    """A worked example (`in_worked_example`) is a hypothetical."""
    return "hypothetical" if in_worked_example(r) else NOT_APPLICABLE


def in_worked_example(r: Reading) -> bool:
    """Whether the figure is of a worked example: of one indefinite case ("a household
    using 20 cubic metres", "a small shop borrowing 5 million naira", "for a typical
    family car") or of what the case's present or conditional clause gives it ("pays
    about 9 dinars", "would see"); a relative clause's state ("which burns 1,200 litres")
    is none."""
    if r.root is None:
        return False
    path = chain(r.root)
    for case in per_sentence(r.figure.doc, "claims.scope.example_cases", _example_cases):
        clause = case.head.head if case.dep_ == "pobj" else case.head
        if clause.pos_ not in ("VERB", "AUX") or clause not in path:
            continue
        general = clause.tag_ in ("VBZ", "VBP") and not _aux([clause])
        # A case told by what it has ("a convoy with 40 trucks will reach") is a worked
        # example only under a conditional, not under "will".
        moods = _CONDITIONAL_AUX if _with_figure(case) else EXAMPLE_AUX
        if not (general or _aux([clause]) & moods):
            continue
        if not any(t.dep_ == "relcl" for t in path[: path.index(clause)]):
            return True
    return False


def _example_cases(doc: Doc) -> tuple[Token, ...]:
    return tuple(t for t in doc if _example_case(t))


def _example_case(noun: Token) -> bool:
    """One indefinite case a worked example is about: "a household using 20 cubic
    metres", "a borrower with a £200,000 mortgage" (the subject, with a figure in its
    "-ing" clause or its "with") or "for a typical car"."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids(noun)):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return any(c.lemma_.lower() in EXAMPLE_MARKS for c in kids(noun))
    using = [c for c in kids(noun) if c.dep_ == "acl" and c.tag_ == "VBG"]
    using += [c for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "with"]
    return noun.dep_ == "nsubj" and any(t.like_num for c in using for t in c.subtree)


def _with_figure(noun: Token) -> bool:
    """Whether ``noun`` is told by a "with" holding a figure: "a family with two children"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(t.like_num for t in c.subtree)
        for c in kids(noun)
    )


# The moods of a worked example whose case is told by what it has.
_CONDITIONAL_AUX = frozenset(["would", "could"])


def _scheduled(r: Reading) -> Statement | NotApplicable:
    """A change set to start on a date: "fares will rise to $2.90 from 1 March", "the levy
    rises to 30% from September", "from next month, households will pay 14 cents", "a
    plant that would make 5,000 tonnes a year from 2030" (a condition's "would" is caught
    before). It is decided, so a target, whoever pays it; "have risen 12% from March" is a
    change since."""
    if r.root is None:
        return NOT_APPLICABLE
    chain = list(r.governing)
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return NOT_APPLICABLE
    present = verbs[0].tag_ in ("VBZ", "VBP") and not _aux(verbs[:1])
    if not (present or _aux(chain) & (FUTURE_AUX | {"would"})):
        return NOT_APPLICABLE
    moved = verbs[0]
    if _by_how_much(r.root, moved) and not (_level_told(moved) or _charge_moved(moved)):
        return NOT_APPLICABLE  # "freight rates will rise 18% from February": a forecast
    doc = r.figure.doc
    text = sentence_text(doc)
    for e in sentence_times(doc):
        if not (e.kind == "from" or _STARTING.search(text, 0, e.start)):
            continue
        if _UNTIL.match(text, e.end):
            continue
        # The date must start the figure's own change, not another clause's ("will harvest
        # 168 million tonnes, raising its forecast from April").
        token = doc.char_span(e.start, e.end, alignment_mode="expand")
        if token is not None and _clause_verb(token.root) == verbs[0]:
            return "target"
    return NOT_APPLICABLE


def _by_how_much(root: Token, verb: Token) -> bool:
    """Whether the figure tells how much ``verb`` moves a thing ("will rise 18%", "will
    cut bills by about 15%"), not the level it moves it to."""
    if root.dep_ == "npadvmod":
        return root.head.i == verb.i
    by = root.head
    return root.dep_ == "pobj" and by.lower_ == "by" and by.head.i in (verb.i, verb.head.i)


def _charge_moved(verb: Token) -> bool:
    """Whether what ``verb`` moves is a charge or a benefit a body sets ("water tariffs
    will rise 6%", "will raise parking fees by 10%")."""
    moved = [c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(_a_charge(t) for t in moved)


def _benefit_set(r: Reading) -> Statement | NotApplicable:
    """A benefit or a charge a measure sets, that those it applies to will or can receive
    or pay: "pensioners will receive a bonus of $200", "farms can claim subsidies of up to
    4,000 rupees", "farmers will get 2,000 rand in compensation", "data centres will pay
    a tariff of 52 sen", or those the measure names by what befell them ("each family
    that lost a home will get $5,000")."""
    if r.root is None:
        return NOT_APPLICABLE
    chain = list(r.governing)
    nouns = {t.lemma_.lower() for t in chain + _framing_nouns(chain)}
    for verb in (t for t in chain if t.pos_ == "VERB" and t.lemma_.lower() in RECEIVING):
        # What is received: the object, or a preposition's ("2,000 rand in compensation").
        objects = {c.lemma_.lower() for c in kids(verb) if c.dep_ == "dobj"}
        objects |= {o.lemma_.lower() for c in kids(verb) if c.dep_ == "prep" for o in kids(c)}
        future = _aux([verb]) & (FUTURE_AUX | {"can", "would"})
        if future and (nouns | objects) & BENEFITS:
            return "target"
        if future and _eligible(subject_of(verb)) and not _forecasters(r.figure.doc):
            return "target"
    return NOT_APPLICABLE


def _eligible(subject: Token | None) -> bool:
    """Those a measure names by a past event of theirs: "each family that lost a home",
    "farmers who lost their crops", "pensioners who were flooded out"."""
    return subject is not None and any(
        c.dep_ == "relcl"
        and (c.tag_ == "VBD" or any(a.tag_ == "VBD" for a in kids(c) if a.dep_ == "auxpass"))
        for c in kids(subject)
    )


def _forecasters(doc: Doc) -> bool:
    """Whether the sentence's subjects include those who forecast what others decide
    ("..., analysts said", "economists expect"): their word is a forecast."""
    return any(t.dep_ == "nsubj" and t.lemma_.lower() in FORECASTERS for t in doc)


def _charge_level(r: Reading) -> Statement | NotApplicable:
    """A charge or a benefit a measure sets, told at its coming level: "the charge will
    rise from T$2.50 to T$3.00", "old-age pensions will go up by $500 a month to $4,000",
    "the effective charge will be 48 kroner a tonne". It is decided, so a target; a
    market's price ("petrol prices will rise to $2"), a level others expect, or a change
    told only by how much ("tuition fees will rise by 15.5%", with no level set) is a
    forecast."""
    if r.root is None:
        return NOT_APPLICABLE
    governing = list(r.governing)
    expected = _expected(governing)
    for verb in (t for t in governing if t.pos_ in ("VERB", "AUX") and t.i not in expected):
        if verb.lemma_.lower() not in LEVEL_VERBS or not _aux([verb]) & FUTURE_AUX:
            continue
        if not _level_told(verb):
            return NOT_APPLICABLE
        subject = subject_of(verb)
        if subject is None or not _a_charge(subject) or _forecasters(r.figure.doc):
            return NOT_APPLICABLE
        return "target"
    return NOT_APPLICABLE


def _charge_paid(r: Reading) -> Statement | NotApplicable:
    """A charge told at the level those it applies to will pay or be charged: "commercial
    users will pay 61 cents, up from 53 cents" (the base shares it), "students will keep
    paying CHF 750 a semester", "heavy users will be charged 4 rand". It is set, so a
    target; a change by how much they pay ("will pay $300 more") or a level others
    forecast ("..., traders said") is a forecast."""
    if r.root is None or _forecasters(r.figure.doc) or _CHANGED_BY.match(_after(r)):
        return NOT_APPLICABLE
    governing = list(r.governing)
    if _expected(governing) or _reported_forecast(r.figure.doc):
        return NOT_APPLICABLE
    for below, verb in zip(governing, governing[1:], strict=False):
        if below.dep_ not in _PAID:
            continue
        lemma = verb.lemma_.lower()
        paid = lemma == "pay" and not is_passive(verb) or lemma == "charge" and is_passive(verb)
        # "will keep paying": the "will" is on the verb it completes
        told = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
        if paid and _aux(told) & FUTURE_AUX:
            return "target"
        return NOT_APPLICABLE
    return NOT_APPLICABLE


def _price_set(r: Reading) -> Statement | NotApplicable:
    """The price of one of what a seller sells, told at its coming level: "A full-time
    undergraduate place will cost SI$14,950 a year", "a single ticket will cost €4.50
    from March". The seller sets it, so a target (CONTEXT.md); what a thing to be built, a
    measure or a loss will cost ("the bridge will cost $2 billion", "the tariffs will cost
    the average household $1,300 a year") is a forecast."""
    if r.root is None or _forecasters(r.figure.doc):
        return NOT_APPLICABLE
    governing = list(r.governing)
    own = {t.i for t in governing}
    for verb in (t for t in governing if t.pos_ == "VERB" and t.lemma_.lower() == "cost"):
        # "will cost the average household $1,300": a cost borne (the parse may take the
        # price itself for a dative: not that one)
        borne = any(c.dep_ == "dative" and c.i not in own for c in kids(verb))
        if borne or not _aux([verb]) & FUTURE_AUX:
            return NOT_APPLICABLE
        subject = subject_of(verb)
        one = subject is not None and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "each", "every") for c in kids(subject)
        )
        sold = one and subject is not None and subject.lemma_.lower() in SOLD_UNITS
        return "target" if sold else NOT_APPLICABLE
    return NOT_APPLICABLE


# How the level hangs on the paying verb: its object, or the base of its change ("up
# from 53 cents").
_PAID = frozenset(["dobj", "advmod"])
# A figure told as a change by how much: "$300 more", "5% less".
_CHANGED_BY = re.compile(r"(?i:\s*(?:more|less|extra)\b)")


def _after(r: Reading) -> str:
    """The sentence's text after the figure."""
    return sentence_text(r.figure.doc)[r.figure.end :]


def _reported_forecast(doc: Doc) -> bool:
    """Whether the sentence's main verb forecasts ("..., traders expect")."""
    return any(t.dep_ == "ROOT" and t.lemma_.lower() in FORECASTING for t in doc)


def _level_told(verb: Token) -> bool:
    """Whether the verb tells the level reached ("will rise to", "will be", "will stay
    at"), not only a change by how much ("will rise by 15.5%")."""
    return verb.lemma_.lower() in LEVELS_HELD or any(
        c.dep_ == "prep" and c.lower_ == "to" for c in kids(verb)
    )


def _a_charge(noun: Token) -> bool:
    """A charge or a benefit by its noun ("fees", "the licence fee", "old-age pensions")."""
    return noun.lemma_.lower() in BENEFITS | CHARGES


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause ``token`` is in."""
    return next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)


# What opens a date a change starts on, before a time phrase of another kind ("from next
# month"); and what would make that date the start of a span instead ("from May to July").
_STARTING = re.compile(r"(?:\bfrom|\bstarting|\beffective|\bas\s+of)\s+$", re.IGNORECASE)
_UNTIL = re.compile(r"\s*(?:to|until|till|through)\b", re.IGNORECASE)


def _whole_of_a_part(r: Reading) -> Statement | NotApplicable:
    """The whole a part is taken from: "Of the 2,600 schools, 412 will close", "three of
    its 40 jets". It is there as it is, so a fact; the part keeps its own statement."""
    root = r.root
    if root is None:
        return NOT_APPLICABLE
    noun = root.head if root.dep_ in ("nummod", "quantmod", "compound") else root
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return NOT_APPLICABLE
    if any(_aimed_at(c) for c in kids(noun)) or prep.head.lemma_.lower() in TARGETING:
        return NOT_APPLICABLE  # "Of the 9.3 million girls it aimed to reach": a goal
    if prep.head.lower_ == "out":
        return "fact"  # "cut 1,200 jobs out of some 38,000 staff"
    if not any(c.dep_ in ("det", "poss") for c in kids(noun)):
        return NOT_APPLICABLE  # "a rise of 12 points" names no whole
    whole = prep.head
    if whole.like_num or whole.pos_ == "NUM" or prep.i == prep.sent.start:
        return "fact"
    if whole.lower_ in ("more", "fewer") and any(c.like_num for c in kids(whole)):
        return "fact"  # "demanded 5 more of the 53 seats"
    return NOT_APPLICABLE


def _would(r: Reading) -> Statement | NotApplicable:
    """ "would" with no one saying it: a scenario ("a borrower would save £29", "Duarte
    would win 46%", "a worker would save $268, Treasury estimates"); a "would" someone
    says or forecasts is a forecast ("said it would cost", "forecast that it would")."""
    chain = list(r.governing)
    if "would" not in _aux(chain):
        return NOT_APPLICABLE
    verb = next(t for t in chain if t.pos_ in ("VERB", "AUX") and "would" in _aux([t]))
    if _supposed_case(subject_of(verb)):
        return "hypothetical"  # "a fall to 26 would add", whoever says it
    reporting = SAYING | FORECASTING | ESTIMATING
    reported = any(t.lemma_.lower() in reporting for t in chain if t.pos_ == "VERB")
    return NOT_APPLICABLE if reported else "hypothetical"


def _supposed_case(subject: Token | None) -> bool:
    """An indefinite subject told by a figure of its own ("a fall to 26", "a worker on
    $60,000", "a 10% rise in fuel prices") or by "such": a case supposed, not a thing
    planned ("a new plant would employ 400")."""
    if subject is None or not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids(subject)
    ):
        return False
    if any(c.lower_ == "such" for c in kids(subject)):
        return True  # "such a rise would cost": the case the sentence before supposes
    told = [c for c in kids(subject) if c.dep_ in ("prep", "nummod", "compound", "amod")]
    return any(t.like_num for c in told for t in c.subtree)


def _estimate(r: Reading) -> Statement | NotApplicable:
    """ "an estimated 500", "is estimated at", "estimates that": explicitly estimated
    (a future figure that is estimated is a forecast)."""
    if r.root is None:
        return NOT_APPLICABLE
    chain = list(r.governing)
    if _put_at_hedged(r, chain) or _estimate_told(r):
        return "forecast" if _future(chain) else "estimate"
    words = chain + [c for t in chain for c in kids(t) if c.dep_ in ("amod", "advmod", "prep")]
    words += _framing_nouns(chain)
    for t in words:
        lemma = t.lemma_.lower()
        if lemma in ESTIMATING or (t.pos_ == "NOUN" and lemma in ESTIMATE_NOUNS):
            return "forecast" if _future(chain, t) or _to_come(t) else "estimate"
        if t.lower_ == "by" and any(c.lemma_.lower() in ESTIMATE_NOUNS for c in kids(t)):
            return "forecast" if _future(chain) else "estimate"  # "by one estimate"
    return NOT_APPLICABLE


def _estimate_told(r: Reading) -> bool:
    """Whether the figure is written as estimated ("an estimated 300,000 to 400,000
    carats", however the parse hangs the word) or its sentence gives an estimate as its
    source ("..., according to an estimate by hydrologists")."""
    fig = r.figure
    text = sentence_text(fig.doc)
    return bool(_ESTIMATED_WORD.search(text, fig.start, fig.end) or _ACCORDING.search(text))


# "estimated" written inside the figure: "an estimated 300,000 to 400,000 carats".
_ESTIMATED_WORD = re.compile(r"\bestimated\b", re.IGNORECASE)
# An estimate given as the sentence's source: "according to an estimate by", "according
# to the ministry's estimates".
_ACCORDING = re.compile(
    r"""(?ix:\baccording\s+to\s+
    (?:[\w'’-]+\s+){0,3}?   # "an", "the ministry's", "a new"
    estimates?\b
    )"""
)


def _put_at_hedged(r: Reading, chain: list[Token]) -> bool:
    """ "put its revenue at about €11 million", "put their losses at between $8 million and
    $12 million": a hedged figure a source puts a thing at is its estimate; an exact one
    ("put the number of missing at 40") is how a count is told."""
    fig = r.figure
    hedge = _AT_HEDGED.search(sentence_text(fig.doc), max(0, fig.start - 20), fig.start + 14)
    if hedge is None or hedge.end() < fig.start - 1:
        return False
    return any(t.pos_ == "VERB" and t.lemma_.lower() in PUTTING for t in chain)


# "at" and a hedge, right before a figure or opening it: "at about", "at between".
_AT_HEDGED = re.compile(
    r"""(?ix:\bat\s+
    (?:about|around|roughly|some|approximately|nearly|almost|between)\b  # the hedge
    )"""
)


def _closing_estimate(r: Reading) -> Statement | NotApplicable:
    """A sentence its estimating source closes ("..., the water ministry estimates"): every
    figure before it is estimated, though the parse may read the verb as a noun or hang
    the figure's clause apart from it."""
    source = _closing_estimate_word(r.figure.doc)
    if r.root is None or source is None or source.idx < r.figure.end:
        return NOT_APPLICABLE
    return "forecast" if _future(list(r.governing)) else "estimate"


def _estimating_source(doc: Doc) -> Token | None:
    """The estimating verb of the sentence: its root ("Economists estimate that") or the
    one closing it ("..., the board estimates")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root.pos_ == "VERB" and root.lemma_.lower() in ESTIMATING:
        return root
    return _closing_estimate_word(doc)


def _closing_estimate_word(doc: Doc) -> Token | None:
    """An estimating verb that is the last word, after a short source set off by a comma
    ("..., the board estimates"), however the parse reads it."""
    found = closing_verb(doc, ESTIMATING)
    if found is None:
        return None
    comma, verb = found
    source = [t for t in doc[comma.i + 1 : verb.i] if not t.is_punct]
    if not 0 < len(source) <= _SOURCE_WORDS or any(t.pos_ in ("VERB", "AUX") for t in source):
        return None
    return verb


# Words of a source closing a sentence ("the national statistics office").
_SOURCE_WORDS = 6


def _to_come(verb: Token) -> bool:
    """ "is estimated to reach": an estimate of what is to come (not "to have reached")."""
    for xcomp in (c for c in kids(verb) if c.dep_ == "xcomp"):
        if not any(a.lower_ == "have" for a in kids(xcomp) if a.dep_ == "aux"):
            return True
    return False


def _future(chain: list[Token], word: Token | None = None) -> bool:
    """Whether the chain speaks of what is to come: "will", a forecasting verb, or a
    "would" below the estimating ``word`` ("estimated that payments would swallow 60%";
    a scenario's "would" is decided before); not one above it ("the project would cut
    the deficit, estimated at 520 million cubic metres")."""
    below = chain[: chain.index(word)] if word in chain else chain
    if "would" in _aux(below):
        return True
    return bool(_aux(chain) & FUTURE_AUX) or any(
        t.lemma_.lower() in FORECASTING for t in chain if t.pos_ == "VERB"
    )


def _forecast(r: Reading) -> Statement | NotApplicable:
    """ "will", "is expected to", "is set to", "is to", "forecast", "a projection of",
    "warns of", reported "would": about the future."""
    if r.root is None:
        return NOT_APPLICABLE
    chain = list(r.governing)
    if _aux(chain) & (FUTURE_AUX | EXPECTING_MODALS | {"would", "going"}):
        return "forecast"
    expected = [c for c in kids(chain[0]) if c.dep_ == "relcl"]  # "the 3% they expected"
    framing = [c for t in chain if t.pos_ in ("VERB", "AUX") for c in kids(t) if c.dep_ == "acomp"]
    subjects = _subject_path(chain)
    on_chain = {t.i for t in chain}
    for t in chain + _framing_nouns(chain) + expected + framing:
        lemma = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX", "ADJ") and lemma in FORECASTING and t.i not in subjects:
            return "forecast"
        if t.pos_ == "NOUN" and lemma in FORECAST_NOUNS:
            return "forecast"
        if lemma in CHANCES and _present(t):
            return "forecast"  # "has a 60% chance of strengthening", not "had priced in"
        if lemma in FORECAST_FRAMES and any(c.dep_ == "xcomp" for c in kids(t)):
            return "forecast"  # "is set to", "is likely to", "is due to"
        if lemma == "be" and any(_to_do(c) for c in kids(t)):
            return "forecast"  # "Hamas is to free 33 hostages": planned
        if lemma == "warn" and any(c.lower_ == "of" and c.i in on_chain for c in kids(t)):
            return "forecast"  # "warns of more than 3,000 dead": feared, not counted
    return NOT_APPLICABLE


def _to_do(token: Token) -> bool:
    """An infinitive complement: "[is] to free", "[is] to close"."""
    return token.dep_ == "xcomp" and any(c.tag_ == "TO" for c in kids(token))


def _subject_path(chain: list[Token]) -> set[int]:
    """The verbs the figure reaches as (part of) their active subject: "Seven of the 19
    officials expect no cuts" counts officials; it is not an expectation. A passive's
    subject is what is expected ("40,000 fans are expected")."""
    return {
        above.i for below, above in zip(chain, chain[1:], strict=False) if below.dep_ == "nsubj"
    }


def _present(noun: Token) -> bool:
    """Whether the verb above ``noun`` is in the present tense or a modal."""
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ in ("VBZ", "VBP", "MD")


RULES: tuple[StatementRule, ...] = (
    Rule("base of a change told as past", _base_of_change),
    Rule("a rate per step of another figure", _per_step),
    Rule("a worked example", _worked_example),
    Rule("what a thing is now, beside its noun", _state_now),
    Rule("condition or could/might", _condition),
    Rule("what would have been", _counterfactual),
    Rule("legal maximum", _legal_maximum),
    Rule("an analyst's target price", _target_price),
    Rule("the whole a part is taken from", _whole_of_a_part),
    Rule("goal, limit or plan", _target_words),
    Rule("what a body needs for an aim", _request),
    Rule("a floor or ceiling set", _limit_set),
    Rule("the band a measure applies to", _band),
    Rule("a plan of spending adopted", _plan_adopted),
    Rule("what money or an undertaking is for", _purpose),
    Rule("body's own future act", _commitment),
    Rule("a thing to be built", _planned_thing),
    Rule("a benefit or charge a measure sets", _benefit_set),
    Rule("a charge's or benefit's coming level", _charge_level),
    Rule("a charge at the level its payers will pay", _charge_paid),
    Rule("a seller's coming price of one of what it sells", _price_set),
    Rule("change set to start on a date", _scheduled),
    Rule("'would' with no one reporting it", _would),
    Rule("estimated", _estimate),
    Rule("estimated by the source closing the sentence", _closing_estimate),
    Rule("future or projected", _forecast),
)


def statement(reading: Reading) -> Decided[Statement]:
    """What kind of statement the figure is, and the rule that says so."""
    return first_rule(RULES, reading, default="fact", otherwise="told as a fact")
