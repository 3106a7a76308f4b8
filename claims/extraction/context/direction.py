"""Whether a sentence states a rise or a fall for a figure, from the words governing it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.context.tokens import is_quantity, misread_verb
from claims.extraction.vocabulary.time import EARLIER, MONTH_NAMES, PERIOD_NOUNS, TIME_WORDS
from claims.extraction.vocabulary.verbs import (
    ASIDE_CHANGES,
    CARRYING,
    CLOSING,
    COLLECTING,
    CONTESTS,
    DOWN,
    MAKING,
    MOVING,
    NOT_CHANGE_NOUNS,
    NOT_TAKEN_OFF,
    PRECIPITATION,
    RECOVERING,
    SHEDDING,
    SUPPLIES,
    TAKING_OFF,
    UP,
    UP_ONLY,
)
from claims.extraction.vocabulary.words import (
    CHANGE_FRAMES,
    CHANGE_PREPS,
    LESS_THAN,
    MODIFIER_DEPS,
    MORE_THAN,
    NOUNISH,
    THRESHOLD_PREPS,
    VERBISH,
)
from claims.model import Direction, as_direction

if TYPE_CHECKING:
    from spacy.tokens import Token


def change_of(token: Token) -> Direction | None:
    """The change ``token`` names, "up" or "down" (rise, cut, higher, down...), else None."""
    if token.dep_ == "prt" and not any(True for _ in token.children):  # "set up", "shut down"
        return None
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    if token.lower_ == "up" and following is not None and following.lower_ == "to":
        # "up to Rs 12 lakh" is a ceiling, not a rise; "edged up to 3.9%" is a rise.
        moved = token.head.i != token.i and token.head.lemma_.lower() in MOVING
        return "up" if moved else None
    if token.lemma_ == "add" and _ends_at_figure(token):  # "added 15 sen to RM2.70"
        return "up"
    if token.pos_ == "NOUN" and token.lemma_.lower() in NOT_CHANGE_NOUNS:
        return None  # "a five-year contract"
    if token.lemma_.lower() == "fall" and any(c.lower_ == "short" for c in token.children):
        return None  # "fall short by 1.3 million homes": a shortfall
    for word in (token.lemma_.lower(), token.lower_):
        if word in UP:
            return "up"
        if word in DOWN:
            return "down"
    return None


def _ends_at_figure(verb: Token) -> bool:
    """Whether ``verb`` has a "to" phrase ending at a number ("added 15 sen to RM2.70")."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "to"
        and any(is_quantity(o) for o in child.children)
        for child in verb.children
    )


def _moved(verb: Token, figure: Token, threshold: Token | None) -> Direction | None:
    """ "edged up to 3.9%", "revised down to 2%": a verb of movement and its "up"/"down";
    "pushed above 6,000": and the side of the threshold it moved to."""
    if verb.lemma_.lower() not in MOVING or _negated(verb):
        return None
    if threshold is not None:
        return "down" if threshold.lower_ == "below" else "up"
    for token in (*verb.children, *figure.subtree):
        if token.lower_ in ("up", "down") and token.dep_ in ("prt", "quantmod", "advmod"):
            down_only = token.lower_ == "down" and verb.lemma_.lower() in UP_ONLY
            return None if down_only else as_direction(token.lower_)
    return None


# The words of a clause that may state its change: "slid", "made three rate cuts",
# "will be £28bn higher".
_CLAUSE_CHANGE_DEPS = frozenset(["dobj", "nsubj", "acomp", "advmod"])


def _clause_change(verb: Token) -> Direction | None:
    """The change a clause states by its verb, subject, object or complement."""
    for token in (verb, *(c for c in verb.children if c.dep_ in _CLAUSE_CHANGE_DEPS)):
        change = change_of(token)
        if change is not None:
            return change
    return None


def _carried(verb: Token) -> Direction | None:
    """ "..., bringing the total to 95", "taking their loss to 18%": a level something was
    carried to moves with the change of the clause the carrying hangs on, or of its
    subject ("a rate cut took the rate to 4%"); a measure carried on after another
    clause is a running total, carried up. Not "took the injured to 3 hospitals"."""
    if _negated(verb):
        return None
    after_clause = verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i
    if after_clause and (change := _clause_change(verb.head)) is not None:
        return change
    for child in verb.children:
        if child.dep_ == "nsubj" and (change := change_of(child)) is not None:
            return change
    measure = any(c.dep_ == "dobj" and c.tag_ == "NN" for c in verb.children)
    return "up" if after_clause and measure else None


def _precipitation(amount: Token) -> bool:
    """Whether ``amount`` is an amount of rain or snow ("80mm of rain", "6 inches of sleet
    and snow")."""
    return any(
        obj.lemma_.lower() in PRECIPITATION
        for prep in amount.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.subtree
    )


def _ended_at(at: Token) -> Direction | None:
    """The change a level "at" ends: "closed 1.8% higher at $24.75", "fell 912 points to
    close at 79,486" (a market's close moves as the change its clause states, by its own
    words or the verb of change it completes), "up 1.2% at $78.05", "was 0.3% higher at
    $1.27" (a change with its size right before the level; not "at 60 it was 37% higher",
    "was lower still, at $148")."""
    word = at.head
    if _negated(word):
        return None
    if word.lemma_.lower() in CLOSING:
        for child in word.children:
            if child.dep_ in ("advmod", "acomp") and (change := change_of(child)) is not None:
                return change
        completes = word.dep_ in ("advcl", "xcomp", "conj") and word.head.i != word.i
        return change_of(word.head) if completes else None
    sized = [word] if word.lower_ in ("up", "down") else []
    if word.lemma_ == "be":
        sized = [c for c in word.children if c.dep_ in ("advmod", "acomp") and c.i < at.i]
    for change_word in sized:
        has_size = any(c.dep_ == "npadvmod" for c in change_word.children)
        between = at.doc[change_word.i + 1 : at.i]
        if has_size and not any(t.text in ",;:()" for t in between):
            return change_of(change_word)
    return None


# The words of a figure that is a share of a level, which a level loses when it falls
# ("lost 1.2%", "lost 300 points", "lost a fifth of their buying power").
_SHARES = frozenset(
    ["%", "percent", "cent", "point", "points", "half", "third", "quarter", "fifth", "tenth"]
)


def _share_of_level(root: Token) -> bool:
    return root.lower_ in _SHARES


def _recovered(verb: Token, root: Token, token: Token, word_before: str) -> bool:
    """ "yields recovered to 3,537 kg", "the pound recovered 1.2%": a level regained is a
    rise; money or a part of a sum recovered is found ("recovered £9.8m, about a third of
    the missing money")."""
    if verb.lemma_.lower() not in RECOVERING:
        return False
    if "to" in (token.lower_, word_before):
        return True
    return _share_of_level(root) and not _of_a_whole(root)


def _fraction_of_own(token: Token) -> bool:
    """ "lost more than half its value": a fraction before a thing's own measure (a noun
    with a possessive) is a part of that measure, which a verb of change may take."""
    return (
        token.lower_ in _SHARES
        and token.dep_ in ("nummod", "predet")
        and any(c.dep_ == "poss" for c in token.head.children)
    )


def _added(verb: Token, amount: Token) -> bool:
    """ "add about $800 to the price", "added 340 beds", "could add 50,000 barrels a day":
    an amount or a count added is a rise by that much; not a share of a whole ("added 9% of
    the power")."""
    return verb.lemma_.lower() == "add" and not _of_a_whole(amount)


def _of_a_whole(amount: Token) -> bool:
    """Whether ``amount`` is a share "of" a whole ("70% of the food")."""
    return any(child.dep_ == "prep" and child.lower_ == "of" for child in amount.children)


def _grown(verb: Token, amount: Token) -> bool:
    """ "which grows 70% of the country's food": a share of a crop a place grows or makes
    is what it grows, no growth."""
    return verb.lemma_.lower() in MAKING and _of_a_whole(amount)


def _landed_on(verb: Token) -> bool:
    """ "fell on schools": a burden that fell on someone landed on them (not "fell 3% on
    Monday", where the size comes first)."""
    following = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    return (
        verb.lemma_.lower() == "fall"
        and following is not None
        and following.lower_ in ("on", "upon")
        and following.head.i == verb.i
    )


def _taken_off(verb: Token) -> bool:
    """ "knocked $6bn off its value", "shaved 3 seconds off the record": the amount is
    taken off a measure (not "two days off work")."""
    if verb.lemma_.lower() not in TAKING_OFF:
        return False
    return any(
        child.lower_ == "off"
        and child.dep_ in ("prep", "prt")
        and not any(o.lemma_.lower() in NOT_TAKEN_OFF for o in child.children)
        for child in verb.children
    )


def _supplied(verb: Token) -> bool:
    """Whether ``verb`` cuts or restores a supply ("power was cut to 1.1 million homes")."""
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SUPPLIES for c in verb.children
    )


def _negated(verb: Token) -> bool:
    """ "did not drop below 29C", "never fell": a change the sentence denies (not "rose
    5%, not 7%", which denies another figure)."""
    return any(child.dep_ == "neg" for child in verb.lefts)


# What may stand between a verb and the threshold it crossed: "fell below", "pushed the
# index above", "slid further past"; not another phrase ("eased to 4.5% from a peak above").
_BETWEEN_VERB_AND_THRESHOLD = frozenset(["advmod", "prt", "dobj", "neg"])


def _crosses(verb: Token, threshold: Token) -> bool:
    """Whether the threshold preposition follows its verb with only the verb's adverbs,
    particle or object between."""
    for token in verb.doc[verb.i + 1 : threshold.i]:
        while token.head.i != verb.i and token.head.i != token.i:
            token = token.head
        if token.head.i != verb.i or token.dep_ not in _BETWEEN_VERB_AND_THRESHOLD:
            return False
    return True


def direction(root: Token, word_before: str, first: Token, last: Token) -> Direction | None:
    """The change stated for the figure (whose first token is ``first``, its last
    ``last``): by the words that govern it, else by an aside after it ("revenue was
    $18.4bn, up 94%"). The start of a change ("from 120") has none.
    """
    if word_before in ("from", "between"):
        return None
    if word_before in ("and", "or") and _joined_to_a_start(first):
        return None
    if root.lemma_.lower() in PERIOD_NOUNS and root.dep_ in MODIFIER_DEPS:
        return None  # "its biggest one-day drop": a period, not the size of the drop
    governed = _governing_change(root, word_before)
    aside = _aside_change(root, last)
    return governed or _compared_over_time(root) or aside or _of_changes(root)


def _of_changes(root: Token) -> Direction | None:
    """ "200 basis points of cuts", "$40bn of tax rises": the size of the changes its "of"
    names; not a share of them ("20% of the cuts")."""
    if root.lower_ in ("%", "percent", "per", "cent"):
        return None
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                if (
                    noun.dep_ == "pobj"
                    and noun.tag_ == "NNS"
                    and not any(c.dep_ == "det" for c in noun.children)
                ):
                    return change_of(noun)
    return None


def _joined_to_a_start(first: Token) -> bool:
    """ "up from 4% last year and 2% a decade ago", "from $55 in May and $60 in April": a
    figure after "and" is a change's start too when the figure before the "and" is one
    (the parse hangs the second on the verb, so the first is looked at)."""
    before = [t for t in first.doc[: first.i] if t.like_num and t.i < first.i - 1]
    if not before:
        return False
    token = before[-1]
    for _ in range(3):
        if token.dep_ == "pobj" and token.head.lower_ in ("from", "between"):
            return True
        token = token.head
    return False


def _compared_over_time(root: Token) -> Direction | None:
    """A figure set against an earlier time: "9% above the same day last year", "4,000
    more than a year ago" ("10mph less than the speeds on Mars" compares no times)."""
    doc = root.doc
    following = root.i + 1
    if following >= len(doc) or doc[following] not in (root.head, *root.children):
        return None
    word = doc[following].lower_
    if word not in MORE_THAN and word not in LESS_THAN:
        return None
    window = doc[following + 1 : following + 8]
    for token in window:
        if token.is_punct:
            return None
        if _earlier(token):
            return "up" if word in MORE_THAN else "down"
    return None


def _aside_change(root: Token, last: Token) -> Direction | None:
    """The change told in an aside after a level: "$18.4bn, up 94% from a year earlier",
    "1,375 complaints, up from 1,040", "1.87 billion bushels, slightly higher than".

    The aside ("up", "down", "higher", "lower" after a comma) hangs on the figure, the
    noun it counts or the verb governing it; it is the change of the last level before
    it ("The co-op's 1,870 farms delivered 1.41 billion litres, up 2.3%": the litres').
    """
    if _whole_of_a_part(root):
        return None  # "Seven of the 19 judges ..., up from four": the part's change
    if _period_told_over(root) or _hyphened_onto_noun(root):
        return None  # "in the four weeks to ...", "A 60-kg sack fetched ...": no level
    # The figure's own phrase, whose numbers are no other level ("38% of the 91 games").
    phrase = root.head if root.dep_ == "nummod" else root
    own = {t.i for t in phrase.subtree}
    anchors = [root]
    token = root
    for _ in range(3):
        if token.head.i == token.i or token.pos_ in VERBISH:
            break
        token = token.head
        anchors.append(token)
    for anchor in anchors:
        for child in anchor.rights:
            aside = child.lower_ in ASIDE_CHANGES and (
                child.dep_ in ("advmod", "amod", "acomp")
                or (child.dep_ == "advcl" and _has_than(child))  # not ", to lower costs"
            )
            opened = child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ","
            if aside and opened and child.i > root.i and _than_earlier(child):
                between = child.doc[last.i + 1 : child.left_edge.i]
                if any(_a_level(t) and t.i not in own for t in between):
                    return None  # the aside of a later level
                return "up" if child.lower_ in UP else "down"
    return None


def _a_level(token: Token) -> bool:
    """Whether ``token`` is the number of a figure, not of a time: not a year ("in 2024"),
    a day or a span ("3 August", "October 22", "the first nine months"), nor a size
    hyphened onto a noun ("a 50-kg bag"); an ordinal ("first") is no number."""
    if not (token.tag_ == "CD" or token.text[:1].isdigit()):
        return False
    year = len(token.text) == 4 and token.text[:2] in ("19", "20")
    doc = token.doc
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    return not (year or after in TIME_WORDS or after == "-" or before in MONTH_NAMES)


def _whole_of_a_part(root: Token) -> bool:
    """Whether the figure counts the whole a number or a share before it is part of
    ("Seven of the 19 judges", "38% of the 91 games")."""
    noun = root.head if root.dep_ == "nummod" else root
    of = noun.head
    part = of.head
    numbered = part.like_num or any(c.dep_ == "nummod" and c.like_num for c in part.children)
    return noun.dep_ == "pobj" and of.lower_ == "of" and numbered


def _period_told_over(root: Token) -> bool:
    """Whether the figure is a period its clause is told over: "in the four weeks to 28
    September", "over the past 12 months" (a span with a determiner after a preposition)."""
    return (
        root.dep_ == "pobj"
        and root.lemma_.lower() in PERIOD_NOUNS
        and any(c.dep_ == "det" for c in root.children)
    )


def _hyphened_onto_noun(root: Token) -> bool:
    """Whether the figure is a size hyphened onto the noun it describes: "a 60-kg sack",
    "a 20-litre can"."""
    doc = root.doc
    return (
        root.dep_ in ("compound", "amod")
        and root.i > 0
        and doc[root.i - 1].text == "-"
        and root.head.pos_ in NOUNISH
    )


def _has_than(token: Token) -> bool:
    return any(c.lower_ == "than" for c in token.children)


def _than_earlier(aside: Token) -> bool:
    """ "higher than a year earlier" compares times; "higher than the 2% target" or "than
    in the suburbs" compares another thing. An aside with no "than" ("up 94%") passes."""
    than = [c for c in aside.children if c.lower_ == "than"]
    return not than or any(_earlier(t) for t in than[0].subtree)


def _earlier(token: Token) -> bool:
    """Whether ``token`` names an earlier time: "ago", "last", "a year earlier", "in
    2019", "January 2024"; not a year naming a baseline ("the 1991-2020 norm")."""
    year = token.like_num and len(token.text) == 4 and token.text[:2] in ("19", "20")
    when = token.dep_ == "pobj" or token.head.lower_ in MONTH_NAMES
    return token.lower_ in EARLIER or (year and when)


def _governing_change(root: Token, word_before: str) -> Direction | None:
    """The change stated for the figure by the words that govern it.

    Climbs from the figure through prepositions ("rose to 4.3 per cent", "a cut of
    10%", "fell below 3%") and adverbs ("up 3%") to the first verb; a noun the figure merely counts
    stops the climb unless that noun is itself a change ("a 3% increase"). The word
    before the figure settles it when the parser hangs "to 135" on "from".
    """
    token = root
    threshold: Token | None = None
    if root.dep_ == "conj" and _share_of_level(root) and _of_a_whole(root):
        return None  # "41,600 cars, or nearly a fifth of deliveries": a share, no change
    for _ in range(5):
        head = token.head
        if head.i == token.i:
            return None
        if token.i == root.i and token.dep_ == "nsubj" and head.pos_ in VERBISH:
            return None  # "one fell in an open field", "18 rose": what moved, counted
        if token.dep_ == "pobj":
            if head.lower_ == "of" and head.head.lower_ == "out":
                return None  # "cut 1,200 jobs out of 38,000": the whole, not cut
            start_of_change = head.lower_ in ("from", "between")
            if start_of_change and word_before != "to":
                return None
            if head.lower_ == "to" and _supplied(head.head):
                return None  # "cut power to 86,000 homes": who lost it, not a level
            if head.lower_ in THRESHOLD_PREPS:
                threshold = head
            elif head.lower_ == "at" and (ended := _ended_at(head)) is not None:
                return ended
            elif not start_of_change and head.lower_ not in CHANGE_PREPS:  # "in 50mph winds"
                return None
            token = head
            continue
        # A plural the figure counts is no change: "3.7 rebounds" (tagged VBZ at times).
        counted = token.dep_ in MODIFIER_DEPS and head.tag_ in ("NNS", "NNPS", "VBZ")
        # Money a verb "raises" is collected, not a rise ("the levy raised $3bn").
        collected = token.dep_ == "dobj" and head.lemma_ in COLLECTING
        misread = misread_verb(head)  # "US lifts levy on goods to 145%"
        if threshold is not None and head.pos_ in VERBISH and not _crosses(head, threshold):
            return None  # "eased to 4.5% from a peak above 6%": the peak's, misparsed
        if token.dep_ == "nsubj" and head.lemma_.lower() == "fall" and _precipitation(token):
            return None  # "6 inches of sleet and snow fell"
        if token.dep_ == "nsubj" and _landed_on(head):
            return None  # "20% of the cuts fell on schools"
        if token.dep_ == "dobj" and _taken_off(head):
            return None if _negated(head) else "down"
        if token.dep_ == "dobj" and _added(head, token):
            return None if _negated(head) else "up"  # "add about $800 to the price"
        if token.dep_ == "dobj" and _grown(head, token):
            return None
        if token.dep_ == "npadvmod" and head.lower_ == "off" and _taken_off(head.head):
            return None if _negated(head.head) else "down"  # "knocking about $6bn off"
        shed = token.dep_ in MODIFIER_DEPS and head.dep_ == "dobj" and head.pos_ in NOUNISH
        if shed and head.head.lemma_.lower() in SHEDDING and head.lemma_ not in CONTESTS:
            return None if _negated(head.head) else "down"  # "will cut 300 jobs"
        if shed and _added(head.head, head):
            return None if _negated(head.head) else "up"  # "has added 340 beds"
        change = None if counted or collected else change_of(misread or head)
        # Not the level a loss ended at: "lost 286.4 points, or 0.7%, to 42,863.86".
        lost = head.lemma_.lower() == "lose" and "to" not in (token.lower_, word_before)
        if lost and not _share_of_level(root):
            change = None  # "lost 4 of its 6 games", "lost $2.1bn": counted, not falling
        if change is None and _recovered(head, root, token, word_before):
            change = "up"
        if change is not None:
            return None if _negated(head) else change
        if head.pos_ in VERBISH and token.lower_ == "to" and head.lemma_.lower() in CARRYING:
            return _carried(head)
        if head.pos_ in VERBISH:
            return _moved(head, root, threshold)
        if token.dep_ == "prep" and head.pos_ == "ADP":  # "to" hung on "from X"
            token = head
            continue
        if token.dep_ == "prep" and head.lemma_.lower() in CHANGE_FRAMES:
            token = head  # "risen by an average of 4.5%": the change is the verb's
            continue
        if token.dep_ == "prep" and not is_quantity(head):  # "the rating of the 550MW plant"
            return None
        if _fraction_of_own(token):
            token = head  # "lost half its value": the change of the value
            continue
        if head.pos_ in NOUNISH and token.dep_ in MODIFIER_DEPS and head.dep_ != "pobj":
            return None
        token = head
    return None
