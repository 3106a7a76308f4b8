"""Numbers that are not claims: dates, times, ordinals, names, codes, page chrome.

Each test looks at the sentence around one number (``start``/``end`` are the offsets
of its digits or words in ``sentence``) and says whether it is one of these; the
scanner in `claims.extraction.figures` drops what they reject.
"""

from __future__ import annotations

import re

from claims.extraction.vocabulary.time import MONTH

# What may follow a month's name when it is no date's: "of", "to", "in" (but "in" a
# place is a date's: "on 3 and 4 May in Rize").
_NOT_A_DAY = r"\s+(?:of|to|in(?!\s+[A-Z]))\b"
# Text right after the digits that makes them a time, a date, an ordinal or a code.
_AFTER_NUMBER = re.compile(
    rf"""
    (?: \s* (?:a\.?m\.?|p\.?m\.?) (?![A-Za-z])          # 10.45pm, 9 a.m.
      | \s* (?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|IST|AEST|AEDT|JST|HKT)\b  # 0401 GMT
      | [:/]\d                                          # 12:01, 2009/10, 24/7
      | (?:st(?![ ]?\d{{1,2}}[ ]?lbs?\b)|nd|rd|th)\b     # 10th, 2nd (not "11st 4lb")
      | s\b                                             # the 1980s, 747s
      | \s* o'clock
      | (?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b(?!{_NOT_A_DAY})       # 20 July, 4th of July
      | -\d{{1,2}}-\d                                    # 2020-01-05
      | \.(?:1[89]|20)\d\d(?!\d)                          # 30.11.2026: day and month
      | \s*(?:-|–|to|and|until)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b
        (?!{_NOT_A_DAY})                                 # between 18 and 25 November
      | \s*(?:-|–|to|and|until)\s*\d{{1,2}}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?![A-Za-z])
                                                        # from 2 to 4pm: the start is a time too
    )
    """,
    re.VERBOSE,
)

# Text right after the whole figure (number, scale, unit) that makes it a code or chrome.
_AFTER_FIGURE = re.compile(
    r"""
    (?: [A-Za-z0-9]                                     # 5G, 3D, V10 (units were taken before)
      | \s+read\b                                      # page chrome: "5 min read"
      | \s+ago\b                                       # page chrome: "2 hours ago"
    )
    """,
    re.VERBOSE,
)
# "earlier" after a span: it dates another time, as "ago" does ("up from 64% two years
# earlier"), unless "than" makes it a difference ("retire five years earlier than men");
# a span "later" measures the time since an event ("released it 28 minutes later").
_DATING = re.compile(r"\s+earlier\b(?!\s+than\b)", re.IGNORECASE)
# A bare number joined by a hyphen to a word is a name: 4-piperidone, 3-pointer
_HYPHEN_WORD = re.compile(r"-(?!(?:strong|odd|plus)\b)[A-Za-z]")  # "30,000-strong" is a count

# Text right before a number that makes it a date, a time, a code or a name.
_BEFORE = re.compile(
    rf"""
    (?: \b{MONTH}\.?\s+$                              # July 20, Jan. 24
      | \b(?i:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.\s+$  # "nov. 6" in lower case
      | [:/]$                                          # 12:01, 2009/10 (second part)
      | [A-Za-z]$                                      # G7, CO2, COP26
      | \b(?!(?:sub|minus|now|then|to)-)[A-Za-z]+-$   # Covid-19, F-35 (not "sub-7nm",
                                                    # "her now-18 month-old")
      | (?<!\d\s)\bto-$                              # "9-to-5"; but after a number "to-"
                                                    # ends a range: "200,000 to-260,000"
      | \b(?:No|Nos|Number|number|no)\.?\s*$           # No. 10
      | \#\s*$                                         # #1
      | \b(?i:comments?|replies|shares|likes|views|reactions)\s*\(\s*$  # "Comments (112)"
      | \b(?:1\d|20)\d\d[-–]$                          # 2020-21: the end of a year span
      | \d{{4}}-\d{{1,2}}-$                                # 2025-01-08: the day of an ISO date
      | \b(?:A\.?D\.?|B\.?C\.?)\s+$                    # A.D. 1000
    )
    """,
    re.VERBOSE,
)

# Inside a web address: "https://example.test/2025/01/08/story-15".
_IN_URL = re.compile(r"(?:https?://|www\.)\S*$")

# Markup that text extraction left (issue 11): the start of an HTML tag not yet closed
# (`<img width="600"`) or an attribute (`onclick="track(3)"`), a Markdown link or image target
# (`](chart.html?id=42`), a script or mail address (`javascript:alert(6)`), a query
# string (`report.pdf?page=3&id=42`); and what closes the tag after the number.
_MARKUP_BEFORE = re.compile(
    r"""(?: <[A-Za-z][^<>]*
      | \]\( [^\s)]*
      | \b[A-Za-z][\w-]*=["'][^"'<>]*         # an attribute whose tag was cut off
      | \b(?:javascript|mailto): \S*
      | [\w.~/-]+\?(?:[\w.~%+-]*=[\w.~%+-]*[&;])*[\w.~%+-]*=
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
_TAG_CLOSED_AFTER = re.compile(r"[^<>]*>")
_OPEN_TAG = re.compile(r"<[A-Za-z][^<>]*$")
# A footnote mark glued to the text before it: "rose 6%[1]", "fell.[2]", "4%[^3]".
_FOOTNOTE_BEFORE = re.compile(r"\S\[\^?$")
_FOOTNOTE_AFTER = re.compile(r"\]")
# A clause reference: "3(a)", "12(b)(ii)".
_CLAUSE_AFTER = re.compile(r"\((?:[a-z]{1,2}|[ivx]{1,4})\)")
_MARKUP_WINDOW = 300

# A name before a bare integer: a capitalised word not at the start of the sentence
# (``S&P 500``, ``Windows 10``, ``Formula 1``), or a word with a capital inside it
# (``iPhone 11``, ``FTSE 100``) anywhere.
_NAME_BEFORE = re.compile(
    r"""
    (?: (?<=\S\s) [A-Z][A-Za-z]*          # a capitalised word after another word
      | \b [A-Za-z]*[A-Z][A-Za-z]*[A-Z&/][A-Za-z&/]*   # mixed or all caps: FTSE, S&P, iPhone
      | \b i[A-Z][A-Za-z]+
    ) \s $
    """,
    re.VERBOSE,
)
# Nouns a number labels rather than counts: "phase 3 trials", "Section 230" (not "day":
# "every day 300 cross").
_LABEL_BEFORE = re.compile(
    r"""\b(?:phase|stage|section|article|category|level|version|round|wave|route|chapter
    |tier|step|formula|episode|series|volume|vol\.|type|gate|platform|terminal|exit|clause
    |schedule|annex|table|page|item|question|grade|paragraph|zone|district|ward|chart|fig\.
    |photo|image|picture|slide)\s$""",
    re.VERBOSE | re.IGNORECASE,
)
# The total after a labelled item's number: "Photo 3 of 8", "page 2/5".
_LABEL_TOTAL = re.compile(
    r"\b(?:photo|image|picture|slide|page)\s+\d{1,3}\s*(?:of|/)\s*$", re.IGNORECASE
)
# Capitalised words that are not names even mid-sentence.
_NOT_NAMES = frozenset(
    [
        "I",
        "The",
        "A",
        "An",
        "About",
        "Around",
        "Some",
        "Nearly",
        "Almost",
        "Over",
        "Under",
        "Only",
        "Just",
        "All",
        "Another",
        "Those",
        "These",
        "Up",
        "Down",
        "Of",
        "In",
        "On",
        "At",
        "By",
        "To",
        "For",
        "From",
        "With",
        "Than",
        "And",
        "Or",
        "But",
        "Top",
    ]
)
# A word right before, in the same clause (no punctuation between): a capitalised number
# word there is not the start of the sentence.
_WORD_BEFORE = re.compile(r"[A-Za-z0-9][ \u00a0]+$")
_YEAR = re.compile(r"(?:1\d\d\d|2[01]\d\d)$")
_SCORE_AFTER = re.compile(r"[-–]\d")
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]+[a-z]s|people|men|women|children)\b")
# A name or a word for a person, then a comma or an opening bracket: "Senard, ", "Smith (".
_APPOSITION_BEFORE = re.compile(
    r"""(?-i:\b[A-Z][a-z]+)(?P<open>,\s|\s\()$
    | (?i:\b(?:man|woman|boy|girl|teenager|teen|mother|father|victim|driver|suspect|pensioner
      |student|son|daughter|wife|husband|pilot|officer|worker|farmer|player|actor|actress
      |singer|child|baby|toddler|grandmother|grandfather|nurse|doctor|soldier)(?P<open2>,\s))$
    | (?i:(?P<open3>,\s+now\s))$   # "One worker, now 74, said ..."
    """,
    re.VERBOSE,
)
_APPOSITION_AFTER = re.compile(r",\s")
_BRACKET_AFTER = re.compile(r"\)")
# A group of people bounded by an age: "people over 65", "children aged under 5".
_AGE_GROUP = re.compile(
    r"""\b(?:people|children|adults|those|men|women|residents|patients|anyone|kids|voters
    |pupils|girls|boys|everyone|workers|drivers|babies|infants|teenagers|individuals)
    \s+(?:aged\s+)?(?:over|under|above|below|older\s+than|younger\s+than)\s+$""",
    re.VERBOSE | re.IGNORECASE,
)
# Plural nouns that follow a year rather than count: "compared with 2019 levels".
_YEAR_NOUN = re.compile(
    r"\s+(?:levels|prices|figures|terms|rates|standards|elections|games|olympics|results"
    r"|highs|lows|peaks|values|averages|budgets|accounts|playoffs|models|editions|rules)\b",
    re.IGNORECASE,
)
# A hyphenated term ("10-year", "two-year", "seven-day") ...
_MATURITY = re.compile(r"[\w.]+-(?:year|month|week|day)", re.IGNORECASE)
# ... before the instrument it names: the 10-year Treasury yield, a 30-year fixed mortgage.
_MATURITY_NOUN = re.compile(
    r"""\s+(?:(?:US|U\.S\.|German|Japanese|government|benchmark|Treasury|fixed|average)\s+)*
    (?:Treasury|Treasuries|bonds?|notes?|yields?|gilts?|bunds?|JGBs?|swaps?|bills?|mortgages?
    |fixed|paper|debt|securities|issues?|maturity|tenor|breakeven
    |(?:reverse\s+)?repo)\b""",  # a central bank's "two-week repo rate"
    re.VERBOSE | re.IGNORECASE,
)
# Telephone numbers: international ("+44 20 7946 0958"), national with a leading zero
# ("020 7946 0958", "(0161) 496 0000", "02 672 09 12"), North American ("555-867-5309",
# "(767) 448 2040") and four groups or more of which one is of two or four digits ("622
# 35 14 14"): no amount is written so ("1 200 000" groups its thousands in threes).
_PHONE = re.compile(
    r"""(?<![\w.,])
    (?: \+\d{1,3}(?:[ \u00a0.-]?\(?\d{1,5}\)?){2,}
      | \(?0\d{2,4}\)?[ .-]\d{3,4}[ .-]\d{3,4}
      | 0\d{1,3}(?:[ .]\d{2,4}){3,}
      | \(?\d{3}\)?[ .-]\d{3}-\d{4}
      | \(\d{3}\)[ ]?\d{3}[ .-]\d{4}
      | \d{2,4}(?=(?:[ .]\d+)*[ .](?:\d{2}|\d{4})\b)(?:[ .]\d{2,4}){3,} )
    (?![\w.,]\d)""",
    re.VERBOSE,
)
# A local number without its area code after a word of calling: "by calling 6555 0142",
# "dial 555 1234", "the hotline on 800 1234".
_CALLED = re.compile(
    r"""\b(?:call|calls|calling|called|dial|dialling|dialing|phone|phoning|ring|ringing
    |text|texting|hotline|helpline|telephone|tel\.?|whatsapp)
    (?:\s+(?:the\s+)?(?:hotline|helpline|line|number|us|them))?(?:\s+on)?:?\s+
    (?P<number>\d{3,4}[ .-]\d{4})(?![\w.,]\d)""",
    re.VERBOSE | re.IGNORECASE,
)
# A number in groups a line is said to be: "the price hotline is 222 010 330".
_LINE_IS = re.compile(
    r"\b(?:hotline|helpline|line|number)\s+(?:is|was)\s+(?P<number>\d{2,4}(?:[ ]\d{2,4}){1,4})"
    r"(?![\w.,]\d)",
    re.IGNORECASE,
)
# A short service number, the end of its clause: after a word of calling ("by calling
# 111 or", "dial 999"), a line named before it ("the ministry's line, 132,") or "on" after
# reporting or calling ("report new fires to the civil defence on 125"). A count after
# them has its noun ("calling 40 witnesses").
_SERVICE = re.compile(
    r"""(?: \b(?:call|calling|dial|dialling|dialing|ring|text|texting)
            (?:\s+(?:the\s+)?(?:hotline|helpline|line|number))?(?:\s+on)?
          | \b(?:hotline|helpline|line|number)\s*,
          | \b(?:report|reports|reporting|call|calls|calling|ring|text|texting|contact
              |contacting)\b[^.;:!?\d]{0,40}?\bon )
    :?\s+(?P<number>\d{2,6})
    (?=\s*(?:[,.;:)!?]|$)|\s+(?:or|and|to|for|from|if)\b)""",
    re.VERBOSE | re.IGNORECASE,
)
# Words before an amount, never before a year: "rose by an average of 1500".
_AMOUNT_BEFORE = re.compile(
    r"\b(?:average|total|tally|sum|maximum|minimum|extra|additional|further|another)"
    r"\s+(?:of\s+)?$",
    re.IGNORECASE,
)
# Words before a year: "in 2019", "since 1992", "the 2020 election", "2019's".
_YEAR_BEFORE = re.compile(
    rf"""(?:\b(?:in|since|by|until|till|from|of|during|before|after|early|late|mid|the|
    Q[1-4]|H[12]|FY|
    this|that|year|years|season|fiscal|through|between|and|to|for|circa|{MONTH})
    \.?,?\s+|-)$""",
    re.VERBOSE | re.IGNORECASE,
)


def is_phone_number(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` is part of a telephone number ("+44 20 7946 0958")
    or is a short service number ("by calling 111")."""
    for m in _PHONE.finditer(sentence, max(0, start - 20), min(len(sentence), end + 20)):
        if m.start() <= start and end <= m.end():
            return True
    for called in (_CALLED, _LINE_IS, _SERVICE):
        for m in called.finditer(sentence, max(0, start - 80), min(len(sentence), end + 20)):
            if m.start("number") <= start and end <= m.end("number"):
                return True
    return False


def is_date_time_or_code(sentence: str, start: int, end: int) -> bool:
    """A time, date, ordinal, code or web address around the number ``sentence[start:end]``."""
    if _AFTER_NUMBER.match(sentence, end):
        return True
    if _BEFORE.search(sentence, max(0, start - 12), start):
        return True
    return bool(_IN_URL.search(sentence, max(0, start - 300), start))


def in_markup(sentence: str, start: int, end: int) -> bool:
    """A number in markup or a link target that text extraction left: a tag's attributes,
    a Markdown link target, a script address, a query string, a footnote mark, a clause."""
    window = max(0, start - _MARKUP_WINDOW)
    before = _MARKUP_BEFORE.search(sentence, window, start)
    if before is not None:
        # An open tag counts only when it closes after the number; "<5C" is no tag.
        tag = _OPEN_TAG.match(before.group())
        return tag is None or bool(_TAG_CLOSED_AFTER.match(sentence, end))
    if _FOOTNOTE_BEFORE.search(sentence, max(0, start - 3), start):
        return bool(_FOOTNOTE_AFTER.match(sentence, end))
    return bool(_CLAUSE_AFTER.match(sentence, end))


def dates_another_time(sentence: str, end: int) -> bool:
    """A span ending at ``end`` that dates another time: "two years earlier"."""
    return bool(_DATING.match(sentence, end))


def is_code_or_chrome(sentence: str, end: int, *, bare: bool) -> bool:
    """A figure ending at ``end`` glued to a code (``5G``) or followed by ``ago``/``read``.

    A ``bare`` figure (no unit) followed by ``-word`` is a name too (``4-piperidone``).
    """
    if _AFTER_FIGURE.match(sentence, end):
        return True
    return bare and bool(_HYPHEN_WORD.match(sentence, end))


# A band of a ranking: "finished in the top 20", "fell out of the top 50".
_TOP_BAND = re.compile(
    r"\b(?:in|into|of|outside|inside|within|from|made|make|reached)\s+the\s+top\s+$",
    re.IGNORECASE,
)


def is_rank_band(sentence: str, start: int) -> bool:
    """A number naming a band of a ranking ("in the top 20"), not a count."""
    return bool(_TOP_BAND.search(sentence, max(0, start - 24), start))


def is_maturity(sentence: str, start: int, end: int) -> bool:
    """A maturity naming a bond or loan: the ``10-year`` Treasury yield, a ``30-year`` fixed."""
    return bool(_MATURITY.fullmatch(sentence, start, end)) and bool(
        _MATURITY_NOUN.match(sentence, end)
    )


def is_name(sentence: str, start: int, end: int) -> bool:
    """A bare integer that is part of a name: ``S&P 500``, ``Windows 10``, ``phase 3``."""
    if _LABEL_BEFORE.search(sentence, max(0, start - 12), start):
        return True
    if _LABEL_TOTAL.search(sentence, max(0, start - 16), start):
        return True
    m = _NAME_BEFORE.search(sentence, max(0, start - 20), start)
    if m is None or _SCORE_AFTER.match(sentence, end):  # "beat Charlton 2-1": a score
        return False
    word = m.group().strip()
    return word.capitalize() not in _NOT_NAMES and not word.endswith("s'")


def is_capitalised_name(sentence: str, start: int, end: int) -> bool:
    """A number word capitalised after another word: part of a name ("the Kick Six",
    "Group of Seven", "Final Four", "The Three Gorges Dam"), not a count."""
    word = sentence[start:end]
    return (
        word[:1].isupper()
        and not word[1:2].isupper()
        and bool(_WORD_BEFORE.search(sentence, max(0, start - 30), start))
    )


def is_year(sentence: str, start: int, end: int, *, has_noun: bool) -> bool:
    """A bare four-digit year: ``in 2019``, ``the 2020 election``, a year alone.

    Such a number is a count only when a plural common noun follows (``2000 jobs``).
    """
    if not looks_like_year(sentence[start:end]):
        return False
    if _AMOUNT_BEFORE.search(sentence, max(0, start - 16), start):
        return False  # "an average of 1500", "a further 2000"
    if not has_noun or not _PLURAL_AFTER.match(sentence, end):
        return True
    if _YEAR_NOUN.match(sentence, end):
        return True  # "2019 levels", "the 2020 elections": of that year, not a count
    return bool(_YEAR_BEFORE.search(sentence, max(0, start - 12), start))


def looks_like_year(number: str) -> bool:
    """Whether the digits could be a year (1000-2199)."""
    return bool(_YEAR.match(number))


def in_age_group(sentence: str, start: int) -> bool:
    """A number bounding a group of people by age: ``children under five``."""
    return bool(_AGE_GROUP.search(sentence, max(0, start - 40), start))


def age_in_apposition(sentence: str, start: int, end: int) -> bool:
    """An age set beside a person: ``Senard, 65, said``, ``the teenager, 17,``,
    ``John Smith (44) was charged``, ``people over 65``."""
    number = sentence[start:end]
    if not (number.isdigit() and len(number) <= 3 and int(number) <= 120):
        return False
    if _AGE_GROUP.search(sentence, max(0, start - 40), start):
        return True
    before = _APPOSITION_BEFORE.search(sentence, max(0, start - 30), start)
    if before is None:
        return False
    opening = before.group("open") or before.group("open2") or before.group("open3")
    after = _APPOSITION_AFTER if opening.startswith(",") else _BRACKET_AFTER
    return bool(after.match(sentence, end))


# Document structure, not figures (issue 11): a list item's number opening its line ("1.",
# "2)"), a listicle's count ("5 takeaways from", "Three more things"), a quote widget's
# line ("MSFT, -1.20%"), a teaser headline inside a body ("READ MORE: Union rejects 3%").
_LIST_NUMBER = re.compile(r"[\s\"'“(•*-]*$")
_LIST_MARK = re.compile(r"[.)](?:\s|$)")
_LISTICLE = re.compile(
    r"""\s+(?:(?:more|other|key|big|main|quick|early|final)\s+)*
    (?:things|takeaways|lessons|reasons|ways|charts|questions|facts|tips|signs|trends
    |numbers|moments|stories|graphs|maps|myths|mistakes|winners|losers)\b""",
    re.VERBOSE | re.IGNORECASE,
)
_HEADING_START = re.compile(r"[\s\"'“]*(?:(?:here\s+are|these\s+are|the|our)\s+)?$", re.I)
_TICKER = r"[A-Z]{1,5}(?:\.[A-Z]{1,2})?"
_QUOTES_BEFORE = re.compile(rf"\s*(?:{_TICKER},?\s*[+\-−]?\d+(?:\.\d+)?%\s*)*{_TICKER},?\s*$")
_TEASER = re.compile(r"\b(?:READ\s+MORE|Read\s+more|RELATED|Related|SEE\s+ALSO|WATCH)\s*:[^.!?]*$")
_TEASER_WINDOW = 100  # a teaser headline is short; body text after it is kept


# A list run into one line ("Podium: 1. Ana Ruiz (Spain) 2. Mia Holt"), which the
# sentence splitter cuts at each mark: a number closing its "sentence" as "2." right after
# a label's colon, an item's bracket or a name that is all its "sentence" holds.
_RUN_ON_ITEM_BEFORE = re.compile(r".*[:)]\s*|\s*(?:[A-Z][\w'’-]*\s+)+", re.DOTALL)
_RUN_ON_MARK = re.compile(r"\.\s*$")


def is_list_number(sentence: str, start: int, end: int) -> bool:
    """A one- or two-digit number marked "1." or "2)" opening its sentence, or closing it
    in a list run into one line."""
    if end - start > 2:
        return False
    if _LIST_NUMBER.fullmatch(sentence, 0, start) and _LIST_MARK.match(sentence, end):
        return True
    return bool(
        _RUN_ON_MARK.fullmatch(sentence, end) and _RUN_ON_ITEM_BEFORE.fullmatch(sentence, 0, start)
    )


# A page's counter between its chrome's bars or dots: "| 86 comments |", "· 57 shares".
_COUNTER_BEFORE = re.compile(r"(?:^|[|·•])\s*$")
_COUNTER_AFTER = re.compile(
    r"\s+(?:comments?|replies|shares|likes|views|reactions)\s*(?:[|·•]|$)", re.IGNORECASE
)


def is_page_counter(sentence: str, start: int, end: int) -> bool:
    """A page's count of its comments or shares set in its chrome: "| 86 comments"."""
    return bool(
        _COUNTER_BEFORE.search(sentence, max(0, start - 4), start)
        and _COUNTER_AFTER.match(sentence, end)
    )


def is_listicle(sentence: str, start: int, end: int) -> bool:
    """A heading's count of its own parts: "5 takeaways from the data", "Three more things"."""
    return bool(_HEADING_START.fullmatch(sentence, 0, start) and _LISTICLE.match(sentence, end))


def is_quote_widget(sentence: str, start: int) -> bool:
    """A change in a quote widget's line of tickers: "MSFT, -1.20% AAPL, +0.4%"."""
    return bool(_QUOTES_BEFORE.fullmatch(sentence, 0, start))


def in_teaser(sentence: str, start: int) -> bool:
    """Inside a teaser headline a page puts in a body: "READ MORE: Union rejects 3% offer"."""
    return bool(_TEASER.search(sentence, max(0, start - _TEASER_WINDOW), start))


_COMPARED = re.compile(r"\b(?:over|on|versus|vs\.?|against|compared\s+(?:with|to))\s+$", re.I)
_A_CHANGE_BEFORE = re.compile(r"%|\bper\s*cent\b|\bpercent\b", re.IGNORECASE)


def is_year_compared(sentence: str, start: int, end: int) -> bool:
    """A year after "over" or "on" that a percentage change before it is measured against."""
    return (
        looks_like_year(sentence[start:end])
        and bool(_COMPARED.search(sentence, max(0, start - 16), start))
        and bool(_A_CHANGE_BEFORE.search(sentence, 0, start))
    )
