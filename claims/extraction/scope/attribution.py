"""Who states a figure: the speaker of its quotation, the "according to", the subject of
the reporting verb above it, or the author of the figures or report it comes from.

``None`` when the article states the figure in its own voice.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claims.extraction.scope.article import company_called
from claims.extraction.scope.evidence import Reading
from claims.extraction.scope.places import names_place
from claims.extraction.scope.quotes import role_holder
from claims.extraction.scope.syntax import (
    agent_of,
    chain,
    closing_verb,
    is_passive,
    kids,
    name_phrase,
    per_sentence,
    sentence_text,
    subject_of,
    subject_of_own,
)
from claims.extraction.scope.vocabulary import (
    AUTHOR_PREPS,
    BODIES,
    CONTRAST_MARKS,
    DOCUMENTS,
    MONTH_NAMES,
    PUBLIC_BODIES,
    RECORDING,
    REPORTING,
    ROLES,
    SELF_NOUNS,
    SET_AGAINST,
    SPEAKER_PRONOUNS,
    TIME_UNITS,
    VERDICTS,
    WEEKDAYS,
)
from claims.extraction.trace import NOT_APPLICABLE, Decided, NotApplicable, Rule, first_rule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

AttributionRule = Rule[Reading, str | None]
# Clauses set beside a sentence's main one: "..., the poll found".
_ASIDES = frozenset(["parataxis", "ccomp", "advcl"])


def _rivals_figure(r: Reading) -> str | None | NotApplicable:
    """A rival's figure set against the sentence's own: its owner ("against the mill's
    168,000 tonnes", "more than the government's 1.45 million") or who reports it ("not
    the 53 billion dirhams the railway company has announced"). A place's figure
    ("more than Kenya's 800,000") is that place's, not anyone's word."""
    if r.root is None:
        return NOT_APPLICABLE
    # The figure's noun: "tonnes" of "168,000 tonnes", where the parse heads the number.
    head = r.root.head if r.root.dep_ == "nummod" else r.root
    if not _set_against(head):
        return NOT_APPLICABLE
    for child in kids(head):
        if child.dep_ == "poss":
            return (_source(child, r) or NOT_APPLICABLE) if _a_rival(child) else NOT_APPLICABLE
        if child.dep_ == "relcl" and child.lemma_.lower() in REPORTING:
            return _speaker_of(child, r)
    return NOT_APPLICABLE


def _set_against(head: Token) -> bool:
    """Whether the figure headed by ``head`` is set against another: the object of
    "against", "than", "above", "compared with"..., or one denied beside it ("not the 53
    billion dirhams")."""
    if head.dep_ == "pobj":
        prep = head.head
        return prep.lower_ in SET_AGAINST or (
            prep.lower_ == "with" and prep.head.lemma_.lower() == "compare"
        )
    if head.dep_ not in ("appos", "conj"):
        return False
    # The parse hangs the "not" on the first figure: "61 billion dirhams, not the 53 ...".
    before = (c for c in (*kids(head), *kids(head.head)) if c.i < head.i)
    return any(c.dep_ == "neg" and c.i > head.head.i for c in before)


def _a_rival(owner: Token) -> bool:
    """Whether a figure's possessor may state it: a body or a person, not a time ("last
    year's 4%", "Monday's") nor a place ("Kenya's 800,000": the place's own figure)."""
    if owner.pos_ not in ("NOUN", "PROPN") or _when(owner) or owner.ent_type_ in ("DATE", "TIME"):
        return False
    if owner.lemma_.lower() in TIME_UNITS:
        return False
    return not names_place(owner.text)


def _quotation(r: Reading) -> str | None | NotApplicable:
    """A figure inside a quotation: its speaker."""
    at = r.figure.offset + r.figure.start
    for quote in r.article.quotes:
        if quote.start <= at < quote.end and quote.speaker is not None:
            return quote.speaker
    return NOT_APPLICABLE


def _according_to(r: Reading) -> str | None | NotApplicable:
    """ "according to the health ministry", "according to data from the ONS"; not from
    another speaker's clause ("4%, according to the customs office, while the ministry
    says 1%")."""
    own = _speakers_clause(r.root) if r.root is not None else None
    for token in per_sentence(r.figure.doc, "claims.scope.according", _according):
        if _speakers_clause(token) != own:
            continue  # another speaker's clause
        for to in kids(token):
            for obj in kids(to):
                if obj.dep_ == "pobj":
                    return _source(obj, r)
    return NOT_APPLICABLE


def _reporting_verb(r: Reading) -> str | None | NotApplicable:
    """The subject of a reporting verb above the figure ("the ministry said", "analysts
    expect", "the company reported revenue of"), or its passive agent ("is estimated by
    the UN")."""
    if r.root is None:
        return NOT_APPLICABLE
    found: Token | None = None
    for verb in _own_part(r.root):
        if verb.pos_ not in ("VERB", "AUX") or not _reports(verb) or _an_act(verb):
            continue
        if found is not None and not _reported_by(found, verb):
            break
        found = verb  # the outermost of the reporting verbs that report one another
    if found is None:
        return NOT_APPLICABLE
    if _describes_the_speaker(r.root, found):
        return None  # "said Kwame Asante, who farms 12 hectares": the article's words
    return _speaker_of(found, r)


def _reported_by(inner: Token, outer: Token) -> bool:
    """Whether the reporting verb ``inner`` is in the clause ``outer`` reports ("Lima said
    a survey found that ...", "said an inquiry would report within 90 days"): the outer
    speaker states all of it (CONTEXT.md: indirect speech attributes the clauses it
    reports). Not a relative clause ("said sales beat the $4m analysts had forecast"):
    that names its own source."""
    token = inner
    while token.i != outer.i:
        if token.dep_ not in _REPORTED or token.head.i == token.i:
            return False
        if token.dep_ == "conj" and subject_of_own(token):
            return False  # "..., the bank said, and analysts expect": a speaker of its own
        token = token.head
    return True


# How a reported clause hangs on the verb reporting it, or on a verb joined to one.
_REPORTED = frozenset(["ccomp", "xcomp", "conj"])


def _speakers_clause(token: Token) -> Token | None:
    """The clause of a second speaker that holds ``token``, if any (see `_contrasted`)."""
    return next((t for t in chain(token) if _contrasted(t)), None)


def _own_part(token: Token) -> list[Token]:
    """``token`` and its ancestors up to the clause of a second speaker that holds it:
    the clause it hangs on is the other speaker's."""
    climb = chain(token)
    for n, t in enumerate(climb):
        if _contrasted(t):
            return climb[: n + 1]
    return climb


def _contrasted(clause: Token) -> bool:
    """Whether ``clause`` is set apart from the clause it hangs on as another speaker's:
    a reporting verb with a subject of its own under "while" ("44.8%, while the observers
    put it at 41%") or across a semicolon ("the union said 33,500 were out; the ministry
    put the figure at 24,000"), or a clause before a semicolon that a speaker after it
    does not report ("70,000 by the union's count; the ministry never put the figure
    above 45,000"): the parse hangs the first clause on the second's verb. Each speaker
    states only the figures of their own clause."""
    head = clause.head
    if head.i == clause.i or clause.dep_ not in _ASIDES | _REPORTED:
        return False
    speaks = _speaks(clause)
    if speaks and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in kids(clause)):
        return True
    if clause.i < head.i:
        between = clause.doc[clause.right_edge.i + 1 : head.i]
    else:
        between = clause.doc[head.i + 1 : clause.left_edge.i]
    if not any(t.text == ";" for t in between):
        return False
    # A speaker after the semicolon reports what follows its verb, not what went before
    # ("...; the ministry put the figure at 45,000"; not "...; ..., the company said").
    reports_on = clause.i < head.i and any(c.i > head.i and not c.is_punct for c in kids(head))
    return speaks or (reports_on and _speaks(head))


def _speaks(verb: Token) -> bool:
    """A reporting verb with a speaker of its own ("the ministry put", not "and added")."""
    return verb.lemma_.lower() in REPORTING and subject_of_own(verb)


def _reports(verb: Token) -> bool:
    """Whether a verb reports: a reporting verb, or a body's count or measurement ("the
    health ministry has recorded 214 cases"; a country's or a player's is its own)."""
    lemma = verb.lemma_.lower()
    if lemma in REPORTING:
        return True
    subject = subject_of(verb) if lemma in RECORDING else None
    return subject is not None and subject.lemma_.lower() in BODIES


def _an_act(verb: Token) -> bool:
    """A reporting verb used for an act, not for words: an amount added ("adds $2.4
    billion a year"), a thing declared ("declared a dividend of 40 cents"), a verdict
    ("found the driver liable")."""
    lemma = verb.lemma_.lower()
    if lemma in ("add", "declare"):
        return any(c.dep_ == "dobj" for c in kids(verb))
    return lemma == "find" and any(t.lower_ in VERDICTS for c in kids(verb) for t in (c, *kids(c)))


def _describes_the_speaker(root: Token, verb: Token) -> bool:
    """Whether the figure is in a clause or apposition describing the reporting verb's
    own speaker ("said Lucia Mendes, a 47-year-old fisher")."""
    speaker = subject_of(verb)
    return speaker is not None and any(
        t.head.i == speaker.i and t.dep_ in ("relcl", "appos", "acl") for t in chain(root)
    )


def _closing_report(r: Reading) -> str | None | NotApplicable:
    """A reporting verb closing the sentence that the parser reads as a plural noun
    ("About 40,000 households lack water, the water ministry estimates"), or as a singular
    one after the data it closes on ("..., Stats NZ data show", "..., hospital data
    show": the data, as written)."""
    doc = r.figure.doc
    found = closing_verb(doc, REPORTING)
    if found is None or found[1].tag_ not in ("NNS", "NN"):
        return NOT_APPLICABLE
    comma, verb = found
    if not 0 < verb.i - comma.i - 1 <= _SPEAKER_WORDS:
        return NOT_APPLICABLE
    speaker = doc[comma.i + 1 : verb.i]
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in speaker):
        return NOT_APPLICABLE  # "tanker-tracking data": a participle naming the data
    data = speaker[-1].lemma_.lower() in DOCUMENTS
    if verb.tag_ == "NN" and not data:
        return NOT_APPLICABLE  # "a record for the show": a noun, not a report
    if not (data or _names_an_author(speaker[-1])):
        return NOT_APPLICABLE
    return speaker.text


def _reporting_compound(r: Reading) -> str | None | NotApplicable:
    """A reporting verb opening the sentence after its speaker that the parser reads as a
    compound of the noun it reports ("The IMF forecasts growth of 9.3%", "The central bank
    forecasts growth of 3.8%", "The World Bank projects growth of 4%"): the words before
    it name the speaker, as written."""
    if r.root is None:
        return NOT_APPLICABLE
    doc = r.figure.doc
    above = {t.i for t in chain(r.root)}
    for verb in doc[1 : _SPEAKER_WORDS + 1]:
        if verb.dep_ != "compound" or verb.head.i not in above or verb.tag_ not in ("VBZ", "NNS"):
            continue
        if verb.lemma_.lower() not in REPORTING:
            continue
        speaker = doc[0 : verb.i]
        if not all(t.pos_ in _SPEAKER_POS for t in speaker):
            return NOT_APPLICABLE
        named = any(t.pos_ == "PROPN" or t.lemma_.lower() in BODIES for t in speaker)
        return speaker.text if named else NOT_APPLICABLE
    return NOT_APPLICABLE


# The words of a speaker's name: "The central bank", "The International Monetary Fund".
_SPEAKER_POS = frozenset(["DET", "PROPN", "NOUN", "ADJ"])
# A body named by its common noun alone: "the company", "The club".
_BARE_BODY = re.compile(r"[Tt]he\s+(\w+)")
# Words of a speaker closing a sentence ("the national statistics office").
_SPEAKER_WORDS = 6


def _reporting_aside(r: Reading) -> str | None | NotApplicable:
    """A reporting clause set beside the sentence's main one, not above the figure in the
    parse: "Approval rose to 48%, up from 43% in June, the poll found", or joined to the
    main verb after the figure ("flew 2.1 million passengers ..., chief executive Lars
    Berg told a news conference")."""
    if r.root is None:
        return NOT_APPLICABLE
    asides = per_sentence(r.figure.doc, "claims.scope.reporting_asides", _reporting_asides)
    after = r.figure.end
    asides = tuple(t for t in asides if t.dep_ != "conj" or t.idx >= after)
    return _speaker_of(asides[0], r) if asides else NOT_APPLICABLE


def _reporting_asides(doc: Doc) -> tuple[Token, ...]:
    reporting = REPORTING | RECORDING
    return tuple(
        t
        for t in doc
        if t.pos_ in ("VERB", "AUX")
        and t.lemma_.lower() in reporting
        and (t.dep_ in _ASIDES or _closing_conj(t))
        and not _contrasted(t)  # "..., while the observers put it at 41%": theirs alone
    )


def _closing_conj(verb: Token) -> bool:
    """A reporting verb the parse joins to the main verb as a second one ("..., its
    vice-chancellor said on Tuesday"), set off by a comma and reporting no clause of its
    own ("and the minister said tariffs would not change" reports its own): it reports
    the clause it is joined to."""
    if verb.dep_ != "conj" or any(c.dep_ in _OWN_REPORTS for c in kids(verb)):
        return False
    if not any(c.dep_ == "nsubj" for c in kids(verb)):
        return False
    commas = [t.i for t in verb.doc[verb.head.i + 1 : verb.i] if t.text == ","]
    # "..., and the ministry said so": joined by "and", not set off
    return bool(commas) and not any(t.dep_ == "cc" for t in verb.doc[commas[-1] : verb.i])


# What a reporting verb reports of its own: "said (that) tariffs would not change".
_OWN_REPORTS = frozenset(["ccomp", "xcomp"])


def _speaker_of(verb: Token, r: Reading) -> str | None | NotApplicable:
    """Who a reporting verb names as its speaker (``NOT_APPLICABLE`` when it names none)."""
    who = agent_of(verb) or (None if is_passive(verb) else subject_of(verb))
    if who is not None and who.lower_ == "who" and verb.dep_ == "relcl":
        who = _antecedent(verb, r)
    if who is None or who.lower_ in ("that", "which", "this") or _when(who) or who.like_num:
        return NOT_APPLICABLE  # "Of the 40 firms polled, 25 expected": a count, no one
    source = _source(who, r)
    return source if source is not None else NOT_APPLICABLE


def _antecedent(clause: Token, r: Reading) -> Token:
    """Whom the "who" of a relative clause stands for: the person its noun phrase names
    ("said Ana Ruiz, an economist at Banco Sur, who expects"), though the parse may hang
    the clause on the person's employer; else the noun it hangs on."""
    people = {name.split()[-1] for _, name in r.article.names}
    token = found = clause.head
    while True:
        if token.text in people:
            found = token  # the outermost: "Banco Sur" reads as a name too
        if token.dep_ not in ("pobj", "prep", "appos", "compound") or token.head.i == token.i:
            return found
        token = token.head


def _when(token: Token) -> bool:
    """A time word the parse may give as a passive's agent ("projected ... by December")."""
    return token.text in MONTH_NAMES or token.text in WEEKDAYS or token.dep_ == "npadvmod"


def _document(r: Reading) -> str | None | NotApplicable:
    """The author of the figures, data, report or poll the sentence cites ("figures from
    the ONS", "a poll by Ipsos", "the IMF's latest forecast")."""
    for token in per_sentence(r.figure.doc, "claims.scope.documents", _documents):
        author = _author(token)
        if author is not None:
            return _source(author, r)
    return NOT_APPLICABLE


def _according(doc: Doc) -> list[Token]:
    if "ccording" not in sentence_text(doc):
        return []  # most sentences: no token to look at
    return [t for t in doc if t.lower_ == "according"]


def _documents(doc: Doc) -> list[Token]:
    return [t for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in DOCUMENTS]


def _author(document: Token) -> Token | None:
    for child in kids(document):
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        # "figures from the ONS"; "a study published by researchers at Cochin University"
        made = [g for g in kids(child) if g.dep_ == "agent"] if child.dep_ == "acl" else []
        for prep in [child] if child.dep_ == "prep" else made:
            if prep.lower_ not in AUTHOR_PREPS:
                continue
            for obj in kids(prep):
                if obj.dep_ == "pobj" and _names_an_author(obj):
                    return obj
                if obj.dep_ == "pobj" and (named := _appositive(obj)) is not None:
                    return named  # "a survey by the consultancy Tenant Pulse"
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            return child
    for sibling in kids(document.head):
        if sibling.dep_ == "nsubj" and sibling.pos_ == "PROPN" and sibling.i != document.i:
            return sibling  # the parse may give a survey's author as a second subject
    return None


def _names_an_author(noun: Token) -> bool:
    """A name ("the ONS"), a body in lower case ("the state health department") or people
    named with where they work ("researchers at Cochin University")."""
    if noun.pos_ == "PROPN" or noun.text[:1].isupper() or noun.lemma_.lower() in BODIES:
        return True
    return any(c.dep_ == "prep" and any(g.pos_ == "PROPN" for g in c.children) for c in kids(noun))


def _appositive(noun: Token) -> Token | None:
    """The name set beside a role or a kind ("the mayor, Giovanni Russo", "its chairman,
    Mohammed Abubakar-Ali", "the consultancy Tenant Pulse")."""
    for child in kids(noun):
        if child.dep_ in ("appos", "compound") and child.pos_ == "PROPN" and child.i > noun.i:
            return child
    return None


def _source(who: Token, r: Reading) -> str | None:
    """The phrase naming a source; a document's author; a pronoun's person; a role's
    named holder; a body's abbreviation or common noun as the article names it in full."""
    if who.pos_ == "NOUN" and who.lemma_.lower() in DOCUMENTS:
        author = _author(who)
        undetermined = not any(c.dep_ in ("det", "poss") for c in kids(who))  # not "an AFP tally"
        if (
            author is not None
            and undetermined
            and author.dep_ == "compound"
            and author.head.i == who.i
        ):
            return name_phrase(who) or None  # "IMD data": the data as written (CONTEXT.md)
        if author is not None:
            who = author
    if who.lower_ in SPEAKER_PRONOUNS:
        said = r.article.speakers.resolve(who.text, r.figure.offset + who.idx)
        bare = _BARE_BODY.fullmatch(said or "")
        if bare is not None and bare.group(1).lower() in BODIES:
            # "it" for "the company" said before: the article's main body, or the company
            # it last introduced
            at = r.figure.offset + who.idx
            return r.article.protagonist or company_called(r.article, bare.group(1), at) or said
        return said
    if who.pos_ == "NOUN" and (named := _appositive(who)) is not None:
        who = named
    role = who.lemma_.lower()
    if who.pos_ == "NOUN" and role in ROLES:
        holder = role_holder(r.article.text, role, r.figure.offset + who.idx)
        if holder is not None:
            return holder  # "the governor said", after "Governor Rahmat Hidayat"
    if who.text in r.article.abbreviations:
        return r.article.abbreviations[who.text]
    one_body = who.lower_ == who.lemma_.lower()  # not "the clubs' annual reports"
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in who.lefts)
    if who.pos_ == "NOUN" and who.lemma_.lower() in BODIES and one_body and the:
        # "the airline said": the article's main body, or the company it last introduced
        at = r.figure.offset + who.idx
        main = r.article.protagonist
        main = main if main is not None and _may_call(main, who.lemma_.lower()) else None
        company = company_called(r.article, who.lemma_, at)
        if main or company:
            return main or company
    return name_phrase(who) or None


def _may_call(body: str, noun: str) -> bool:
    """Whether "the ``noun``" may stand for ``body``: a company's word ("the company",
    "the airline"), the body word of its name ("the fund" for the International Monetary
    Fund), or, when its name has none, any but a public body's ("the operator" for Etihad
    Rail); not another kind of body ("the central bank" in a story about the IMF, "the
    finance ministry" in one about Kgale Diamonds)."""
    words = {w.lower() for w in body.split()}
    return noun in SELF_NOUNS or noun in words or not (words & BODIES or noun in PUBLIC_BODIES)


RULES: tuple[AttributionRule, ...] = (
    Rule("a rival's figure set against the sentence's own", _rivals_figure),
    Rule("inside a quotation", _quotation),
    Rule("according to", _according_to),
    Rule("reporting verb read as a noun, closing the sentence", _closing_report),
    Rule("subject of a reporting verb", _reporting_verb),
    Rule("reporting verb read as a compound, after its speaker", _reporting_compound),
    Rule("reporting clause aside", _reporting_aside),
    Rule("author of cited figures", _document),
)


def attributed_to(reading: Reading) -> Decided[str | None]:
    """Who states the figure (``None``: the article's own voice) and the rule that says so."""
    return first_rule(RULES, reading, default=None, otherwise="article's own voice")
