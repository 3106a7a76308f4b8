"""Quotations of an article and who speaks them; people and bodies named as speakers.

Read once per article from the raw text with regexes (no parse): a quotation keeps its
speaker over every sentence until it closes, and over the next paragraph when that
paragraph opens a quotation again without closing the first (news style for a long
quote); the speaker may be named before the quote ("She said: "), after it ('", said
Jane Doe'), or after the quote's first sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from claims.extraction.scope.evidence import Quote
from claims.extraction.scope.vocabulary import (
    BODIES,
    BODY_NAMES,
    NAME_ABBREVIATIONS,
    PLACE_PREPS,
    ROLES,
    TITLES,
)

# A speaker's name: a run of capitalised words ("Jane Doe", "the Met Office", "Reuters"),
# or a body or group written in lower case after "the" ("the ministry", "officials").
_NAME = r"""(?:
      (?:the\s+)?(?:[A-Z][\w’'.&-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.&-]*){0,5}
    | (?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}
      (?:ministry|spokesperson|spokesman|spokeswoman|official|officials|police|analysts?
        |economists?|government|company|bank|agency|department|authorities|experts?
        |statement|report|researchers?|scientists?|organisers|residents?|witnesses)
    )"""
_PRONOUN = r"(?:he|she|they|it|we|He|She|They|It|We)"
# Lower-case words that cannot be a role between "said" and a name ("said Jane Doe on").
_NOT_ROLE_WORDS = r"""(?:the|a|an|on|in|at|of|for|to|and|that|after|before|when|while|with
    |as|by|from|its|his|her|their)"""
_SAYS = r"""(?:said|says|added|adds|told|tells|explained|wrote|writes|warned|noted|argued
    |insisted|stated|recalled|continued)"""
# After a closing quote: '", said Jane Doe', '," she said', '," Doe told Reuters'.
_AFTER = re.compile(
    rf"""[^\S\n]*[,.]?[^\S\n]*        # on the quotation's own line, not the next paragraph
    (?: {_SAYS}\s+(?:[A-Z][\w’'&.-]*\s+){{0,3}}(?:(?!{_NOT_ROLE_WORDS}\b)[a-z-]+\s+){{1,3}}
        (?P<role_name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})
                                  # '", said Kisumu county warden Peter Otieno'
      | {_SAYS}\s+(?P<after_name>{_NAME})
      | (?:(?:[A-Z][\w’'&.-]*\s+){{1,2}}(?:[a-z-]+\s+){{1,3}}|(?:[a-z-]+\s+){{0,3}})
        (?P<after_who>{_NAME}|{_PRONOUN})\s+{_SAYS}\b
                                  # '," project manager Hiroshi Okada told', '," Kisumu
                                  # county warden Peter Otieno said'

      | according\s+to\s+(?P<according>{_NAME})
    )""",
    re.VERBOSE,
)
# Before an opening quote: 'Jane Doe said: "', 'She told reporters: "'.
_BEFORE = re.compile(
    rf"""(?P<who>{_NAME}|{_PRONOUN})\s+{_SAYS}\b[^."“”]{{0,60}}?[:,]\s*$""",
    re.VERBOSE,
)
# A person named as a speaker anywhere: "Jane Doe said", "said Jane Doe".
_NAMED_SPEAKER = re.compile(
    rf"""(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)(?:,[^,.]{{1,80}},)?\s+{_SAYS}\b
    | {_SAYS}\s+(?P<who2>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)""",
    re.VERBOSE,
)
# A body named as a speaker: capitalised words, maybe after "the", maybe joined by "of",
# "for", "and" ("the Port Authority of Valmora"), maybe with its abbreviation in brackets;
# or a body written in lower case ("the WHO's cancer research agency", "the national
# oceanographic commission ENFEN"). What "it said" stands for.
_BODY_NAME = rf"""(?:
      [Tt]he\s+(?:[A-Z][\w&.-]*['’]s\s+)?(?:[a-z-]+\s+){{0,2}}(?:{"|".join(sorted(BODIES))})
        (?:\s+[A-Z][\w&]*)?
    | (?:[Tt]he\s+)?[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w’'&.-]*){{0,6}}
    )"""
_REPORTS = r"""(?:said|says|added|adds|told|tells|reported|reports|announced|announces
    |estimated|estimates|expects|expected|forecast|forecasts|warned|warns|noted|notes
    |predicted|predicts|projected|projects|calculated|calculates|recorded|records
    |confirmed|confirms|found|finds)"""
_BODY_SPEAKS = re.compile(
    rf"""(?P<who>{_BODY_NAME})(?:\s+\([A-Z][\w&]*\))?(?:,[^,.]{{1,80}},)?
        \s+(?:has\s+|had\s+)?{_REPORTS}\b
    | (?:{_REPORTS}|according\s+to)\s+(?P<who2>{_BODY_NAME})
    | (?:^|(?<=[.!?]\s))(?P<who3>{_BODY_NAME})(?:\s+\([A-Z][\w&]*\))?\s+(?=[a-z])
                                  # a body opening a sentence: its subject""",
    re.VERBOSE | re.MULTILINE,
)
# The Latin capitals a name may open with, accented ones too ("Žan Kos", "Łukasz Nowak").
_CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# A person's name: a title and a surname, or two or three capitalised words.
_PERSON = re.compile(
    rf"""\b(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+[{_CAPITALS}][\w’'-]+           # Ms Doe
    | [{_CAPITALS}][a-z][\w’'-]*(?:\s+[{_CAPITALS}][a-z][\w’'-]*){{1,2}})\b  # Jane Doe, Žan Kos
    """,
    re.VERBOSE,
)
# Words that open a capitalised run that is no person ("The Met Office", "In March").
_NOT_FIRST_NAMES = frozenset(
    ["The", "A", "An", "In", "On", "At", "By", "For", "From", "This", "That", "But", "And"]
    + ["It", "He", "She", "We", "They", "Its", "Their", "His", "Her", "If", "As", "When"]
    + ["New", "North", "South", "East", "West", "United", "Prime", "Chief", "Finance"]
)
# A person introduced by a role or title: "President Helena Duarte", "coach Thomas Berger",
# "campaign manager Paulo Mendes", "Mr Okada".
_ROLE_NAME = re.compile(
    rf"""\b(?P<role>{"|".join(sorted(ROLES | TITLES))})\.?\s+
    (?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})""",
    re.VERBOSE,
)
_PRONOUNS = frozenset(["he", "she", "they", "it", "we"])
# Words before a capitalised run that make it a place or a thing, not a person.
_BEFORE_PLACES = PLACE_PREPS | {"the", "through", "into", "towards"}
# Characters read before a quotation for its speaker ("Jane Doe told reporters: ").
_BEFORE_CHARS = 200
# Quotation marks: curly pairs, or straight double quotes paired in order.
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.MULTILINE)
_PARAGRAPH = re.compile(r"\n\s*\n")


def surnames(text: str) -> frozenset[str]:
    """The last words of the names of people ``text`` introduces by their role or title
    ("President Helena Duarte", "coach Thomas Berger"): in this article, persons."""
    return frozenset(m.group("name").split()[-1] for m in _ROLE_NAME.finditer(text))


def role_holder(text: str, role: str, at: int) -> str | None:
    """The person ``text`` last introduced with ``role`` before ``at`` (whom "the
    governor said" means after "Governor Rahmat Hidayat")."""
    holder = None
    for m in _ROLE_NAME.finditer(text, 0, at):
        if m.group("role").lower() == role:
            holder = m.group("name")
    return holder


def named_people(text: str, not_people: frozenset[str]) -> tuple[tuple[int, str], ...]:
    """``(offset, name)`` of every person ``text`` names as a speaker or by a name of
    two or three capitalised words, in order (what "she" and "he" may stand for);
    ``not_people`` are names known to be others' (places, bodies' words)."""
    found = {
        m.start(): (m.group("who") or m.group("who2")).strip()
        for m in _NAMED_SPEAKER.finditer(text)
    }
    for m in _ROLE_NAME.finditer(text):
        found.setdefault(m.start("name"), m.group("name"))
    for m in _PERSON.finditer(text):
        words = m.group().split()
        if words[0] in _NOT_FIRST_NAMES or any(w in not_people for w in words):
            continue
        before = text[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1].lower() in _BEFORE_PLACES:
            continue  # "near the Silver Bay", "in Upper Volta Province": a place
        # "Economist Rosa Linde" is Rosa Linde; "Trade Minister Kofi" names no one whole.
        roles = [i for i, w in enumerate(words) if w in TITLES or w.lower() in ROLES]
        name = words[roles[-1] + 1 :] if roles else words
        if len(name) >= 2:
            found.setdefault(m.start() + m.group().index(name[0]), " ".join(name))
    return tuple(sorted(found.items()))


def named_bodies(text: str, people: frozenset[str]) -> tuple[tuple[int, str], ...]:
    """``(offset, name)`` of every body ``text`` names as a speaker ("The Coffee Growers
    Federation said", "according to the health ministry") or as the subject opening a
    sentence ("The Bank of Valmora kept its rate"), in order: what "it said" stands for.
    A run ending in one of ``people`` (surnames) is a person's name."""
    found = []
    for m in _BODY_SPEAKS.finditer(text):
        group = next(g for g in ("who", "who2", "who3") if m.group(g))
        name = _without_full_stop(m.group(group))
        words = name.split()
        if words[-1] in people or not _a_body(words):
            continue
        found.append((m.start(group), name))
    return tuple(found)


def _a_body(words: list[str]) -> bool:
    """Whether a speaker's words name a body, not a person: after "the", a body's word,
    or an abbreviation ("IMF")."""
    return (
        words[0].lower() == "the"
        or any(w in BODY_NAMES or w.lower() in BODIES for w in words)
        or any(len(w) > 1 and w.isupper() for w in words)
    )


def quotations(text: str, speakers: Speakers) -> tuple[Quote, ...]:
    """Every quotation of ``text`` with its speaker (pronouns resolved by ``speakers``)."""
    found: list[tuple[int, int]] = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    said = [_speaker(text, start, end, speakers) for start, end in found]
    quotes: list[Quote] = []
    for i, ((start, end), speaker) in enumerate(zip(found, said, strict=True)):
        if speaker is None:
            speaker = _continued(text, found, said, i)
        quotes.append(Quote(start, end, speaker))
    return tuple(quotes)


def _speaker(text: str, start: int, end: int, speakers: Speakers) -> str | None:
    after = _AFTER.match(text, end, min(len(text), end + 120))
    if after is not None:
        who = (
            after.group("role_name")
            or after.group("after_name")
            or after.group("after_who")
            or after.group("according")
        )
        return speakers.resolve(who, end)
    window = max(0, start - _BEFORE_CHARS)
    line_start = max(text.rfind("\n", window, start), text.rfind(". ", window, start), window)
    before = _BEFORE.search(text, line_start, start)
    if before is not None:
        return speakers.resolve(before.group("who"), start)
    return None


def _continued(
    text: str, found: list[tuple[int, int]], speakers: list[str | None], i: int
) -> str | None:
    """The speaker of a quotation that names none: that of the quotation just before or
    after it when only the same paragraph's text or a paragraph break lies between."""
    for j in (i + 1, i - 1):
        if 0 <= j < len(found) and speakers[j] is not None:
            a, b = sorted((found[i], found[j]))
            between = text[a[1] : b[0]]
            if len(_PARAGRAPH.findall(between)) <= 1 and len(between) < 400:
                return speakers[j]
    return None


@dataclass(frozen=True)
class Speakers:
    """Whom a pronoun may stand for: ``(offset, name)`` of the people an article names
    (`named_people`) and of the bodies it names as speakers (`named_bodies`), in order."""

    people: tuple[tuple[int, str], ...]
    bodies: tuple[tuple[int, str], ...]

    def resolve(self, who: str, at: int) -> str | None:
        """``who`` as written (less a sentence's full stop), or whom a pronoun at ``at``
        stands for: "it" the last body named as a speaker, the others the last person."""
        who = who.strip()
        if who.lower() not in _PRONOUNS:
            return _without_full_stop(who)
        named = self.bodies if who.lower() == "it" else self.people
        last = bisect_left(named, (at, "")) - 1
        return named[last][1] if last >= 0 else None


def _without_full_stop(name: str) -> str:
    """A name less the full stop of the sentence it ends, kept after an abbreviation
    ("SariMart Holdings Inc.")."""
    last = name.split()[-1] if name.split() else ""
    if last.endswith(".") and last.rstrip(".") not in NAME_ABBREVIATIONS and "." not in last[:-1]:
        return name[:-1]
    return name
