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

from claims.extraction.scope.evidence import Quote
from claims.extraction.scope.vocabulary import ROLES, TITLES

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
_SAYS = r"""(?:said|says|added|adds|told|tells|explained|wrote|writes|warned|noted|argued
    |insisted|stated|recalled|continued)"""
# After a closing quote: '", said Jane Doe', '," she said', '," Doe told Reuters'.
_AFTER = re.compile(
    rf"""[\s,.]*
    (?: {_SAYS}\s+(?P<after_name>{_NAME})
      | (?:[a-z-]+\s+){{0,3}}(?P<after_who>{_NAME}|{_PRONOUN})\s+{_SAYS}\b
                                  # '," project manager Hiroshi Okada told'

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
# A person's name: a title and a surname, or two or three capitalised words.
_PERSON = re.compile(
    r"""\b(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+[A-Z][\w’'-]+            # Ms Doe
    | [A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2})\b   # Jane Doe, Lars Ole Eriksen
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
    for m in _PERSON.finditer(text):
        words = m.group().split()
        if words[0] in _NOT_FIRST_NAMES or any(w in not_people for w in words):
            continue
        found.setdefault(m.start(), m.group())
    return tuple(sorted(found.items()))


def quotations(text: str, names: tuple[tuple[int, str], ...]) -> tuple[Quote, ...]:
    """Every quotation of ``text`` with its speaker (pronouns resolved to the last person
    ``names`` gives before them)."""
    found: list[tuple[int, int]] = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    speakers = [_speaker(text, start, end, names) for start, end in found]
    quotes: list[Quote] = []
    for i, ((start, end), speaker) in enumerate(zip(found, speakers, strict=True)):
        if speaker is None:
            speaker = _continued(text, found, speakers, i)
        quotes.append(Quote(start, end, speaker))
    return tuple(quotes)


def _speaker(text: str, start: int, end: int, names: tuple[tuple[int, str], ...]) -> str | None:
    after = _AFTER.match(text, end, min(len(text), end + 120))
    if after is not None:
        who = after.group("after_name") or after.group("after_who") or after.group("according")
        return _resolved(who, end, names)
    window = max(0, start - _BEFORE_CHARS)
    line_start = max(text.rfind("\n", window, start), text.rfind(". ", window, start), window)
    before = _BEFORE.search(text, line_start, start)
    if before is not None:
        return _resolved(before.group("who"), start, names)
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


def _resolved(who: str, at: int, names: tuple[tuple[int, str], ...]) -> str | None:
    """``who`` as written, or the person a pronoun stands for."""
    who = who.strip()
    if who.lower() not in _PRONOUNS:
        return who
    last = bisect_left(names, (at, "")) - 1
    return names[last][1] if last >= 0 else None


def speaker_before(at: int, names: tuple[tuple[int, str], ...]) -> str | None:
    """The last person named as a speaker before ``at`` (whom "she said" means)."""
    return _resolved("she", at, names)
