"""Phrases built from a parse: a noun with its modifiers and attachment, rendered short.

`claims.extraction.context.measured` decides which noun names what a figure measures;
this module turns that noun into readable words from the sentence ("narcotics confiscated at port",
"satellites capable of ISR", "tariff on steel").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from claims.extraction.context.direction import change_of
from claims.extraction.context.tokens import (
    in_dateline,
    is_dictionary_word,
    is_mixed_case,
    is_quantity,
)
from claims.extraction.scope.places import names_place
from claims.extraction.vocabulary.time import PERIOD_NOUNS, TIME_WORDS, WHEN_NOUNS
from claims.extraction.vocabulary.verbs import (
    ENABLING,
    FORECASTING_FORMS,
    LIGHT_VERBS,
    LINKING,
    MAKING,
    REPORTING,
    SAME_PAST,
    STAYING,
)
from claims.extraction.vocabulary.words import (
    COMPARING,
    COUNT_FRAMES,
    FIGURE_HEDGES,
    FORECAST_PREPS,
    FORECASTS,
    FRAMING,
    LEFT_DEPS,
    LOCATING_PREPS,
    MARKUP,
    NEGATING,
    NOUNISH,
    PARTITIVE_RELATIVE,
    PLACE_NOUNS,
    PRONOUN_NUMBER,
    RELATIVE,
    SUBSETS,
    VERBISH,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_WORDS = 6


class Led(list["Token"]):
    """Words of the sentence led by words it does not write, which say what they are the
    measure of: "age of" Holm, "span of" tax cuts, "time since last" reduction."""

    def __init__(self, lead: str, tokens: Iterable[Token], *, after: str = "") -> None:
        super().__init__(tokens)
        self.lead = lead
        self.after = after  # words after them: "Nova" "share price"


# Words kept inside a modifier before a noun: "Kia and Hyundai" of "Kia and Hyundai vehicles".
_MODIFIER_WORDS = LEFT_DEPS | {"conj", "cc"}


def subtree(token: Token) -> list[int]:
    """Indices of ``token`` and everything that hangs on it."""
    return [t.i for t in token.subtree]


def noun_phrase(
    head: Token, figure: set[int], *, with_verb: bool, acts: bool = False
) -> list[Token]:
    """``head`` with its adjectives and compounds and one attachment after it.

    The attachment is a participle ("narcotics confiscated"), a post-modifying
    adjective ("satellites capable of ISR") or a prepositional phrase ("tariff on
    steel"); with ``with_verb`` a passive or intransitive verb the noun is subject of
    stands in for it ("people [have been] killed in Gaza"), and with ``acts`` too a
    past verb it is the object of ("killed 50,000 people" -> "people killed") or an
    act it does ("fans watched the session"). "The number of X" names X.
    """
    if head.lower_ in ("%", "cent", "percent", "percentage"):
        return []  # another share's unit ("per cent of that") names nothing measured
    counted = framed(head)
    if counted is not None:  # "the number of people killed by the storm"
        return noun_phrase(counted, figure, with_verb=True, acts=acts)
    foreseen = forecast_of(head, figure)
    if foreseen is not None:  # "its estimate of growth in the quarter"
        return noun_phrase(foreseen, figure, with_verb=False)
    word = [t for t in whole_word(head) if t.i not in figure]  # "runners-up"
    modifiers = left_modifiers(head, figure)
    tokens = with_name_numbers([*modifiers, *word], figure)
    tail = attachment(head, figure)
    if not tail and with_verb:
        tail = verb_tail(head, figure, acts=acts)
    return tokens + tail


def framed(head: Token) -> Token | None:
    """The plural noun a frame counts: "people" of "the number of people"."""
    if head.lemma_.lower() not in COUNT_FRAMES:
        return None
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((o for o in prep.children if o.dep_ == "pobj" and o.tag_ == "NNS"), None)
    return None


def forecast_of(head: Token, figure: set[int]) -> Token | None:
    """What a forecast or an estimate is of: "inflation" of "its forecast for inflation";
    none for a period ("its forecast for 2026") or a figure ("forecasts of 5,000 cuts"),
    nor when a compound names it ("profit forecast for the group": the group's profit)."""
    if head.lemma_.lower() not in FORECASTS or any(c.dep_ == "compound" for c in head.lefts):
        return None
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in FORECAST_PREPS:
            return forecast_object(prep, figure)
    return None


def forecast_object(prep: Token, figure: set[int]) -> Token | None:
    """What the "of" or "for" phrase ``prep`` after a forecast names as forecast."""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in NOUNISH:
        return None
    # A period or a figure in what is forecast is what it is for ("its forecast for next
    # year", "of 5,000 cuts"); one hyphened onto a modifier only says which ("full-year
    # operating profit").
    words = [t for t in obj.subtree if not _hyphened_modifier(t, obj)]
    if any(t.i in figure or t.like_num or t.lower_ in TIME_WORDS for t in words):
        return None
    return obj


def _hyphened_modifier(token: Token, noun: Token) -> bool:
    """Whether ``token`` is part of a hyphened word before ``noun`` ("full-year")."""
    word = whole_word(token)
    return len(word) > 1 and word[-1].i < noun.i and word[-1].head.i == noun.i


def previous_subject(pronoun: Token) -> Token | None:
    """What a pronoun opening its sentence ("It recovered", "Its shares fell") stands
    for: the named subject, of the same number, of the sentence just before, when the
    extractor linked that sentence's parse (`describe.link_previous`)."""
    previous = pronoun.doc._.previous
    tags = PRONOUN_NUMBER.get(pronoun.lower_)
    # "In Vancouver, by contrast, they rose 11%": after an opening phrase, the subject
    # of the sentence's main verb
    main = pronoun.dep_ in ("nsubj", "nsubjpass") and pronoun.head.dep_ == "ROOT"
    if previous is None or tags is None or (pronoun.i > 1 and not main):
        return None
    roots = [t for t in previous if t.dep_ == "ROOT" and t.pos_ in VERBISH]
    subjects = [c for r in roots[:1] for c in r.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject = subjects[0] if subjects else None
    if subject is None or subject.pos_ not in NOUNISH or subject.tag_ not in tags:
        return None
    return subject


def with_name_numbers(tokens: list[Token], figure: set[int]) -> list[Token]:
    """``tokens`` with the number written right after a name in them ("S&P 500",
    "Model 3"): part of the name, not a figure."""
    out: list[Token] = []
    for token in tokens:
        out.append(token)
        following = token.nbor() if token.i + 1 < len(token.doc) else None
        if (
            token.pos_ == "PROPN"
            and following is not None
            and following.pos_ == "NUM"
            and following.i not in figure
        ):
            out.append(following)
    return out


def attachment(head: Token, figure: set[int]) -> list[Token]:
    """The first participle, post-modifying adjective or prepositional phrase after ``head``."""
    for child in head.rights:
        if child.i in figure or child.lower_ in SUBSETS:  # "people, including agents"
            continue
        if child.dep_ == "prep" and child.lower_ != "than" and not says_where(child):
            tail = _prep_phrase(child, figure)
        elif child.dep_ in ("acl", "amod") and child.pos_ in ("VERB", "ADJ"):
            if any(c.tag_ == "TO" for c in child.lefts):
                continue  # "a cost of $5bn to handle more flights": what for, not what
            tail = [child, *first_prep_phrase(child, figure)]
        elif child.dep_ == "relcl":
            tail = _own_clause(child, figure)
        else:
            continue
        if tail:
            return tail
    return []


def _own_clause(relcl: Token, figure: set[int]) -> list[Token]:
    """A relative clause with a subject of its own, which says which ones are meant:
    "port handles" of "containers that the port handles"; a pronoun subject is left
    out ("marathons she has started" -> "marathons started")."""
    if relcl.lemma_ in REPORTING or any(t.i in figure for t in relcl.subtree):
        return []  # "a plan the CSIRO estimates would cost $116bn" says nothing of which
    subject = next((c for c in relcl.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or _part_of_relative(subject):
        return []  # "12 miners, three of whom were injured": the clause tells of three
    if subject.lower_ in RELATIVE:
        return _which_ones(relcl, subject, figure)
    acts = [relcl, *(c for c in relcl.rights if c.dep_ == "prt"), *first_prep_phrase(relcl, figure)]
    if subject.pos_ == "PRON":  # "marathons she has started" -> "marathons started"
        return acts
    words = [*left_modifiers(subject, set()), subject]
    return [*words, *(c for c in relcl.lefts if c.dep_ in ("aux", "auxpass", "neg")), *acts]


def _part_of_relative(subject: Token) -> bool:
    """Whether a clause's subject is a part taken of its relative pronoun: "three of
    whom", "some of which"."""
    parts = (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of")
    return any(o.lower_ in PARTITIVE_RELATIVE for p in parts for o in p.children)


def _which_ones(relcl: Token, pronoun: Token, figure: set[int]) -> list[Token]:
    """A clause its relative pronoun opens with no comma on a counted noun, which says
    which ones are counted: "who sat exam" of "482,000 candidates who sat the exam";
    nothing on a noun no number counts ("the wildfire that broke out"), after a comma
    or "which" ("farmers, who grow cocoa, ..." tells more of them), for a passive, for an
    act on a figure of its own ("a goat that fetched KSh 6,000"), or for having, being or
    standing ("stores that have ...", "people who are ...")."""
    restrictive = pronoun.lower_ != "which" and not pronoun.nbor(-1).is_punct
    if not restrictive or pronoun.dep_ != "nsubj":  # "a range that is considered healthy"
        return []
    if not is_quantity(relcl.head):
        return []
    done = next((c for c in relcl.rights if c.dep_ == "dobj" and c.i not in figure), None)
    linking = relcl.lemma_ in LINKING and done is None  # "sat the exam" is an act
    if linking or relcl.lemma_ in LIGHT_VERBS:
        return []
    objects = [c for c in relcl.children if c.dep_ == "dobj"]
    objects += [o for c in relcl.children if c.dep_ == "prep" for o in c.children]
    if any(is_quantity(o) for o in objects):  # "sold for 6,000 baht", "fetched KSh 6,000"
        return []
    what = [*left_modifiers(done, figure), done] if done is not None else []
    what = what or first_prep_phrase(relcl, figure)
    particle = [c for c in relcl.rights if c.dep_ == "prt"]
    return [pronoun, relcl, *particle, *what] if what else []


def verb_tail(noun: Token, figure: set[int], *, acts: bool) -> list[Token]:
    """The verb a noun is subject of, standing in for an attachment.

    "killed in Gaza" for "people have been killed in Gaza", "died" for "people died",
    "killed in Turkey" for "killed 50,000 people in Turkey"; nothing for verbs of
    saying ("one official said") or of having ("had 5,000 employees").
    """
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in FRAMING:
        noun = noun.head.head  # "a total of 340 homes were destroyed": the total's verb
    verb = noun.head
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.lemma_ in LINKING | STAYING and obj is None and verb.pos_ in VERBISH:
        # "civilians remain trapped", "customers were without power"; "the levy remains"
        return complement(verb, figure) if noun.dep_ == "nsubj" else []
    if verb.pos_ != "VERB" or verb.lemma_ in REPORTING:
        return []
    passive = noun.dep_ == "nsubjpass"
    intransitive = noun.dep_ == "nsubj" and obj is None
    if acts and noun.dep_ == "nsubj" and obj is not None:
        # "2,000 fans watched the session"; another figure as object is not repeated.
        done = [] if is_quantity(obj) else [*left_modifiers(obj, figure), obj]
        return [verb, *done]
    # "killed 50,000 people" reads "people killed"; "had 5,000 employees" names no act.
    past_object = (
        acts and noun.dep_ == "dobj" and _participle_form(verb) and verb.lemma_ not in LIGHT_VERBS
    )
    if not (passive or intransitive or past_object):
        return []
    return [verb, *first_prep_phrase(verb, figure)]


def complement(verb: Token, figure: set[int]) -> list[Token]:
    """The state a verb of being or staying gives its subject: "trapped" of "remain
    trapped", "undecided" of "are undecided", "without power" of "were without power"."""
    for child in verb.rights:
        if child.dep_ in ("acomp", "oprd") and child.i not in figure:
            return [child, *first_prep_phrase(child, figure)]
    return _not_compared(first_prep_phrase(verb, figure))


def _not_compared(phrase: list[Token]) -> list[Token]:
    """``phrase`` unless it sets the figure against another ("against a target of 65%")."""
    return [] if phrase and phrase[0].lower_ in COMPARING else phrase


def what_it_does(subject: Token, figure: set[int]) -> list[Token]:
    """What a subject does or undergoes, told after a group it is a share of: "seen
    within four hours", "started treatment", "expect no cuts", "planned to spoil their
    ballots", "undecided" of "remain undecided"; nothing for a verb of change (the
    figure's own), nor for one of saying or having with no object."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in VERBISH:
        return []
    lemma = verb.lemma_.lower()
    if change_of(verb) is not None:
        return []
    if lemma in LINKING | STAYING:
        return complement(verb, figure)
    if to := infinitive(verb, figure):
        return [verb, *to]
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.i not in figure), None)
    done = [*left_modifiers(obj, figure), obj] if obj is not None and not is_quantity(obj) else []
    saying = lemma in REPORTING or (lemma in LIGHT_VERBS and subject.dep_ != "nsubjpass")
    if saying and not done:  # "they said", "had"; "were seen" is an act
        return []
    return [verb, *done, *_not_compared(first_prep_phrase(verb, figure))]


def infinitive(verb: Token, figure: set[int]) -> list[Token]:
    """The infinitive after ``verb`` with its object: "to spoil ballots" of "planned to
    spoil their ballots"."""
    for child in verb.rights:
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and child.i not in figure:
            return [*(t for t in child.lefts if t.tag_ == "TO"), *gerund(child, figure)]
    return []


def _participle_form(verb: Token) -> bool:
    """Whether ``verb`` as written reads as a participle after its object: "killed",
    "sold", "won" do; "flew" (flown) and "took" (taken) do not."""
    if verb.tag_ == "VBN":
        return True
    return verb.tag_ == "VBD" and (verb.lower_.endswith("ed") or verb.lower_ in SAME_PAST)


def left_modifiers(head: Token, figure: set[int]) -> list[Token]:
    """Compounds and adjectives before ``head`` (with their own compounds), not the figure."""
    keep: list[Token] = []
    for child in head.lefts:
        if child.dep_ == "compound" and child.lower_ in FORECASTING_FORMS:
            continue  # "The IMF forecasts growth": the forecaster and its verb, read as a noun
        if child.dep_ == "poss" and child.pos_ == "PRON":
            continue  # "its shares": whose they are is the claim's entity (or place)
        if child.dep_ == "det" and child.lower_ in NEGATING:  # "no cuts"
            keep.append(child)
            continue
        if child.lower_ in FIGURE_HEDGES and figure and child.i < min(figure):
            continue  # "an estimated 300,000 civilians": the figure is estimated
        named_owner = child.dep_ == "poss" and child.pos_ in NOUNISH  # "Spain's jobless rate"
        modifies = child.dep_ in LEFT_DEPS or named_owner
        # "70 per cent renewable power": the parse may hang "cent" on the adjective after it.
        after_figure = child.tag_ == "JJ" and bool(figure) and child.i > max(figure)
        if modifies and (after_figure or not any(i in figure for i in subtree(child))):
            # "per cent" of "a 25 per cent tariff" (an adjective is no unit: "one retired").
            if child.pos_ not in ("ADJ", "VERB") and _after_number(child, figure):
                continue
            words = [
                t
                for t in child.subtree
                if (t.dep_ in _MODIFIER_WORDS or t.i == child.i)
                and t.pos_ not in ("DET", "NUM", "PUNCT")
            ]
            keep.extend(t for t in _whole_words(words) if t.i not in figure)
    return keep


def _whole_words(tokens: list[Token]) -> list[Token]:
    """``tokens`` with the rest of any hyphenated word they are part of ("life-saving")."""
    out: list[Token] = []
    for token in tokens:
        out.extend(t for t in whole_word(token) if t not in out)
    return out


def whole_word(token: Token) -> list[Token]:
    """The tokens of the hyphenated word ``token`` is part of ("co-defendants",
    "runners-up"), or ``token`` alone."""
    start = token
    while start.i > 0 and start.nbor(-1).whitespace_ == "" and _joins(start.nbor(-1)):
        start = start.nbor(-1)
    end = token
    while end.whitespace_ == "" and end.i + 1 < len(end.doc) and _joins(end.nbor()):
        end = end.nbor()
    return list(token.doc[start.i : end.i + 1])


def _joins(token: Token) -> bool:
    """Part of a hyphenated word: a hyphen, a word or a number ("10-year") glued to one."""
    hyphened_number = token.like_num and token.i + 1 < len(token.doc) and token.nbor().text == "-"
    return token.text == "-" or token.is_alpha or hyphened_number


def _after_number(token: Token, figure: set[int]) -> bool:
    """Whether ``token``'s phrase follows a number that is not the figure: it is then
    that number's unit ("per cent", "%"), not a word about the noun."""
    start = token.left_edge.i
    if start == 0:
        return False
    before = token.doc[start - 1]
    number = before.like_num and before.pos_ == "NUM"  # "first" is like_num too
    return number and before.i not in figure


def _prep_phrase(prep: Token, figure: set[int]) -> list[Token]:
    """The phrase "on steel" for its ``prep`` token; empty for a time or the figure itself."""
    for obj in prep.children:
        if obj.dep_ == "pcomp" and obj.tag_ == "VBG" and obj.i not in figure:
            return [prep, *gerund(obj, figure)]  # "on buying back shares"
        if obj.dep_ != "pobj" or obj.i in figure or obj.like_num:
            continue
        if _bound_period(obj):  # "seen within four hours": the bound says which ones
            return [prep, *(c for c in obj.lefts if c.dep_ == "nummod"), obj]
        if obj.lower_ in TIME_WORDS or obj.pos_ not in (*NOUNISH, "PRON"):
            return []
        if obj.tag_ != "NNS" and is_quantity(obj):  # "on 23 per cent": another figure
            return []
        word = [t for t in whole_word(obj) if t.i not in figure]  # "for the runners-up"
        return [prep, *left_modifiers(obj, figure), *word]
    return []


def says_where(prep: Token) -> bool:
    """Whether ``prep`` opens a phrase saying where ("in Lisbon", "at Wembley Stadium",
    "across the region", "in parts of the capital", "on parts of Cagayan"): the claim's
    place holds it. After "in" only a known place is one ("shares in Acme" are the
    company's); after "on" only a place noun ("a tariff on China" is on its goods)."""
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None or prep.lower_ not in LOCATING_PREPS | {"on"}:
        return False
    if place.lemma_.lower() in PLACE_NOUNS:  # "the capital", "the Tokyo area"
        return True
    if prep.lower_ == "on":
        return False
    if place.pos_ != "PROPN":
        return False
    if prep.lower_ != "in":  # "at Heathrow", "across Kenya"
        return True
    named = [c for c in place.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    name = place.doc[named[0].i : place.i + 1].text if named else place.text
    return names_place(name)


def _bound_period(noun: Token) -> bool:
    """Whether ``noun`` is a counted period after "within" ("within 18 weeks")."""
    counted = any(c.dep_ == "nummod" for c in noun.lefts)
    return counted and noun.lemma_.lower() in PERIOD_NOUNS and noun.head.lower_ == "within"


def gerund(verb: Token, figure: set[int]) -> list[Token]:
    """An "-ing" verb with its particle and object: "buying back shares"; a counted
    object without its number ("train 20,000 apprentices" -> "train apprentices")."""
    words = [verb]
    for child in verb.rights:
        if child.dep_ == "prt" and child.i not in figure:
            words.append(child)
        elif child.dep_ == "dobj" and child.i not in figure and not child.text[:1].isdigit():
            words.extend([*left_modifiers(child, figure), child])
            break
    if verb.lemma_ in ENABLING and len(words) == 1:
        words.extend(_enabled(verb, figure))
    return words


def _enabled(verb: Token, figure: set[int]) -> list[Token]:
    """The act a verb of helping or allowing lets happen: "buy seed" of "help farmers buy
    seed", "pay for repairs" of "help pay for repairs"; who is helped would crowd it out."""
    for clause in verb.rights:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.pos_ != "VERB" or clause.i in figure:
            continue
        act = gerund(clause, figure)
        return act if len(act) > 1 else act + first_prep_phrase(clause, figure)
    return []


def first_prep_phrase(
    token: Token, figure: set[int], only: frozenset[str] | None = None
) -> list[Token]:
    """The first prepositional phrase after ``token`` (with a preposition in ``only``),
    past a place ("killed in Gaza"), unless it is where the thing was made ("built in
    Spain")."""
    made = token.lemma_.lower() in MAKING
    for child in token.rights:
        if (
            child.dep_ in ("prep", "agent")  # "killed by the storm": a passive's agent
            and child.i not in figure
            and (only is None or child.lower_ in only)
            and (made or not says_where(child))
        ):
            phrase = _prep_phrase(child, figure)
            if phrase:
                return phrase
    return []


def render(tokens: list[Token]) -> str | None:
    """The words, determiners and possessives dropped, at most a few of them, after the
    words that lead them (`Led`)."""
    words = _misread_objects(_whole_words(tokens))
    ordered = _trimmed(_capped(_without_dangling_hyphens(_kept(words))))
    led = tokens if isinstance(tokens, Led) else Led("", [])
    if not ordered:
        return led.after or None  # "share price" needs no word of the sentence
    parts = [led.lead + " "] if led.lead else []
    for previous, token in zip([None, *ordered], ordered, strict=False):
        glue = previous is not None and _next_to(previous, token) and not previous.whitespace_
        word = _as_written(token)
        parts.append(word if glue or previous is None else " " + word)
    return "".join(parts) + (" " + led.after if led.after else "")


def _kept(tokens: list[Token]) -> list[Token]:
    """The tokens worth reading, once each, in the order given ("people killed" puts the
    verb after); keyed by sentence too, as a pronoun's antecedent comes from the one
    before."""
    seen: dict[tuple[int, int], Token] = {}
    for token in tokens:
        if _worth_reading(token, after_seen=(id(token.doc), token.i - 1) in seen):
            seen.setdefault((id(token.doc), token.i), token)
    return list(seen.values())


def _worth_reading(token: Token, *, after_seen: bool) -> bool:
    """Whether ``token`` is read: no determiner, punctuation, possessive pronoun or "'s",
    no figure, no markup; a hyphen inside a word and a number in a name stay."""
    hyphen = token.text == "-" and after_seen and token.whitespace_ == ""
    # A possessive pronoun ("its") and the "'s" are dropped; a named owner stays.
    pronoun_owner = token.dep_ == "poss" and token.pos_ not in NOUNISH
    determiner = token.pos_ == "DET" and token.lower_ not in NEGATING  # "no cuts" stays
    dropped = (determiner or token.pos_ == "PUNCT") and not hyphen
    if dropped or pronoun_owner or token.dep_ == "case" or in_dateline(token):
        return False
    if _time_possessive(token):  # "last week's earthquake": when, which the period holds
        return False
    if token.pos_ == "NUM" and not _bound_period(token.head):  # "within 62 days" stays
        named_number = after_seen and token.nbor(-1).pos_ == "PROPN"  # "S&P 500"
        # A number hyphened onto the next word is part of it ("10-year Treasury yield").
        compounded = (
            not token.whitespace_ and token.i + 1 < len(token.doc) and token.nbor().text == "-"
        )
        if not (named_number or compounded):
            return False
    # Stray HTML or a line break in the article text is never read.
    return not MARKUP.search(token.text) and (hyphen or any(c.isalnum() for c in token.text))


def _time_possessive(token: Token) -> bool:
    """Whether ``token`` is a time named in the possessive, or a word of it: "last week"
    of "last week's earthquake", "Friday" of "Friday's auction"."""
    owner = token if token.dep_ == "poss" else token.head
    return owner.dep_ == "poss" and owner.lemma_.lower() in TIME_WORDS | WHEN_NOUNS


def _without_dangling_hyphens(kept: list[Token]) -> list[Token]:
    """A hyphen stays only inside a word ("life-saving"), never left dangling."""
    return [
        t
        for n, t in enumerate(kept)
        if t.text != "-" or (n + 1 < len(kept) and _next_to(t, kept[n + 1]))
    ]


def _misread_objects(tokens: list[Token]) -> list[Token]:
    """``tokens`` with the noun a hyphened word ending on a preposition was misread as the
    object of ("chicken" of "bone-in chicken", "ovens" of "built-in ovens")."""
    out: list[Token] = []
    for token in tokens:
        out.append(token)
        ends_word = token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_
        following = token.nbor() if token.i + 1 < len(token.doc) else None
        if following is None or following.head.i != token.i or following in tokens:
            continue
        if token.pos_ == "ADP" and ends_word:
            out.append(following)
    return out


def _capped(kept: list[Token]) -> list[Token]:
    """At most `MAX_WORDS` words, a hyphened word ("bone-in") counted once and never cut."""
    words = 0
    for n, token in enumerate(kept):
        glued = n > 0 and _next_to(kept[n - 1], token) and "-" in (token.text, kept[n - 1].text)
        if not glued:
            words += 1
        if words > MAX_WORDS:
            return kept[:n]
    return kept


def _trimmed(ordered: list[Token]) -> list[Token]:
    """Without a dangling word at the end ("in" of a phrase cut short), unless it ends a
    hyphened word ("runners-up")."""
    ordered = list(ordered)
    while ordered and ordered[-1].pos_ in ("ADP", "CCONJ", "SCONJ", "PART"):
        if len(ordered) > 1 and ordered[-2].text == "-" and not ordered[-2].whitespace_:
            break
        ordered.pop()
    return ordered


def _as_written(token: Token) -> str:
    """Names keep their capitals; a capital that only opens the sentence on a dictionary
    word does not."""
    opening = token.is_sent_start and is_dictionary_word(token)
    keep = token.pos_ == "PROPN" or is_mixed_case(token)
    keep = keep or (token.text[:1].isupper() and not opening)
    return token.text if keep else token.lower_


def _next_to(first: Token, second: Token) -> bool:
    """Whether ``second`` follows ``first`` in the same sentence."""
    return first.doc is second.doc and first.i + 1 == second.i
