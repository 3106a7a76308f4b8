"""Keys that say less, put with the one metric that says more of the same.

"tariff" in Britain is the "steel tariff" in Britain when the steel tariff is the one
tariff there the news is about; the "policy rate" of a statement that names no bank is
Norges Bank's when it is the only policy rate in Norway. A key joins another of the same
dimension and kind of statement when its concepts are a subset of the other's, its
entity (or some words of its name), event and place are the other's or unsaid, and the
other is the one such key (or holds at least twice as many statements as any other)
among those that state its figures when any does (a headline's "50 per cent US tariff"
is no 30 per cent tariff on Chinese goods), and, unless it is a running total, its
figures are of the other's size: 24 satellites of one launch are no fleet of 2,436. The
keys weighed are the widest ones and any key between that joins no other.
A key of one statement whose words join no metric (a speaker or a stray word kept for
what it measures: "the airline put it at 131 million florins") joins the one metric that
states each of its precise figures, of its place, entity and event or ones unsaid.
The metrics of a figure and its conversion into another currency or unit in its sentence
are one.
A key of a city, state or province is its country's when no other place of that country
has one saying the same (a protest's crowd in Prague is the Czech protest's); two places
of a country stating one property keep each its own (Stockholm's and Gothenburg's prices),
and so does a place an article states beside its country, with another figure (the
capital's turnout beside the nation's).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Collection, Mapping

from claims.tracking.groups import Groups
from claims.tracking.keys import (
    MEASURES,
    MONTHLY,
    OTHER_QUANTITIES,
    RESTATED_WITHIN,
    MetricKey,
    automatic,
    counted_noun,
    countrywide,
    dated,
    happening,
    precise,
)

# A key this many times busier than the others is the one a vaguer key means.
_DOMINANT = 2

Sizes = Mapping[str, tuple[float, float]]
# The figures (value, unit) each of some keys states, asked for only when a vaguer key
# fits several metrics.
Values = Callable[[Collection[str]], Mapping[str, frozenset[tuple[float, str | None]]]]
# The figures each of some keys states, with whether it is said with a hedge ("about 41%").
Stating = Mapping[str, frozenset[tuple[float, str | None, bool]]]
Hedged = Callable[[Collection[str]], Stating]


def merged(
    counts: Mapping[str, int],
    sizes: Sizes | None = None,
    *,
    values: Values | None = None,
    hedged: Hedged | None = None,
    converted: Collection[tuple[str, str]] = (),
    apart: Collection[tuple[str, str]] = (),
) -> dict[str, str]:
    """Each key text (with its number of statements) -> the key text of its metric; with
    ``sizes`` (each key's smallest and largest figure, in one unit per dimension), a
    vaguer key joins only a metric of its size; with ``values``, a vaguer key that fits
    several metrics chooses among those that state all its figures, if any does; with
    ``hedged`` (each key's figures and whether each is hedged), keys stating one precise
    figure, hedged by both or by neither, are one metric; the metrics of the keys of a
    figure and its conversion into another currency or unit (pairs of ``converted``) are
    one; a key of a city, state or province and its country's that an article states
    with other figures (pairs of ``apart``) are two."""
    sizes = sizes or {}
    keys = {text: key for text in counts if (key := automatic(text)) is not None}
    # The key of the one place of a country stating it is its country's, and when that
    # key is written with the country too, one key, its statements counted together.
    sole = _sole_places(keys, apart)
    written = dict(keys)  # each key's own place, before a city's becomes its country's
    keys.update(sole)
    alias = {text: key.text for text, key in sole.items() if key.text in keys}
    counts = _counted_as(counts, alias)
    for text in alias:
        del keys[text]
    contexts: dict[tuple[str, str], list[str]] = {}
    for text, key in keys.items():
        contexts.setdefault((key.dimension, key.statement), []).append(text)

    def covers(wide: str, narrow: str) -> bool:
        return _covers(keys[wide], keys[narrow], _sized(sizes, wide, narrow, keys[narrow]))

    wider: dict[str, list[str]] = {}
    choices: dict[str, list[str]] = {}
    for members in contexts.values():
        for text in members:
            wider[text] = [other for other in members if covers(other, text)]
            choices[text] = [w for w in wider[text] if not any(covers(o, w) for o in wider[text])]
    # A key between a vaguer key and the widest ones that joins no other key is a metric of
    # its own, a choice as much as they are: Gaza's "deaths" are the war's toll, not the
    # two deaths near an aid site that only outnumber two stray keys naming more of the war.
    joining = _chosen(choices, counts, values)
    for text, widest in choices.items():
        widest += [w for w in wider[text] if w not in widest and w not in joining]
    target = _one_place_each(_chosen(choices, counts, values), keys)
    target.update(alias)
    metric_of = {text: _follow(text, target) for text in [*counts, *alias]}
    # The figures of the keys naming no figure, read from the store once for both steps.
    named = {t for t, k in keys.items() if k.figure is None}
    found = hedged(named) if hedged is not None and named else None
    shared = _sharing(metric_of, keys, found)
    shared.update(_restating((keys, written), contexts, (metric_of, shared), values))
    shared.update(_lone(keys, shared, counts, found))
    return _converting(shared, converted)


def _chosen(
    choices: Mapping[str, list[str]], counts: Mapping[str, int], values: Values | None
) -> dict[str, str]:
    """Each key -> the one of its ``choices`` it joins: of those stating all its figures
    when any does, the dominant one."""
    stated = {**choices, **_stating(choices, values)}
    target = {}
    for text, widest in stated.items():
        chosen = _dominant(widest, counts)
        if chosen is not None:
            target[text] = chosen
    return target


def _sole_places(
    keys: Mapping[str, MetricKey], apart: Collection[tuple[str, str]] = ()
) -> dict[str, MetricKey]:
    """Each key of a city, state or province -> its country's key (`countrywide`), when
    no other place of that country has a key saying the same, and no article states the
    two keys with other figures (pairs of ``apart``): the crowd of a protest in Prague is
    the Czech protest's, however each outlet names its place; the apartment prices of
    Stockholm and of Gothenburg stay each city's, and neither is Sweden's; the turnout
    of 61.0% in the capital, beside the nation's 58.2%, is the capital's."""
    wide = {text: found for text, key in keys.items() if (found := countrywide(key))}
    places: dict[MetricKey, set[str | None]] = {}
    for text, found in wide.items():
        places.setdefault(found, set()).add(keys[text].place)
    told = set(apart)
    return {
        text: found
        for text, found in wide.items()
        if len(places[found]) == 1 and (text, found.text) not in told
    }


def _counted_as(counts: Mapping[str, int], alias: Mapping[str, str]) -> dict[str, int]:
    """``counts`` with the statements of each key of ``alias`` counted as its other's."""
    found = {text: n for text, n in counts.items() if text not in alias}
    for text, other in alias.items():
        found[other] += counts[text]
    return found


def _converting(
    metric_of: Mapping[str, str], converted: Collection[tuple[str, str]]
) -> dict[str, str]:
    """``metric_of`` with the metrics of a figure and its conversion into another currency
    or unit in its sentence made one: "380 billion shillings (about $103 million)"."""
    groups: Groups[str] = Groups()
    for a, b in converted:
        if a in metric_of and b in metric_of:
            groups.join(metric_of[a], metric_of[b])
    return {text: groups.find(metric) for text, metric in metric_of.items()}


def _sharing(
    metric_of: Mapping[str, str], keys: Mapping[str, MetricKey], found: Stating | None
) -> dict[str, str]:
    """``metric_of`` with the metrics of keys that state one precise figure (two
    significant digits or more), both with a hedge or both without, in one place, event,
    dimension and kind of statement made one: "15%" as the rise in tuition fees and as
    "the increase" in the Netherlands. Not when both name properties news names and
    different ones (a 9.25% yield is no 9.25% policy rate), nor for a key whose place is
    unsaid, nor when one says it is about that figure and the other states it ("about
    41%" of turnout is no 41% of new councillors: two properties may round to one
    figure)."""
    linked = [t for t, k in keys.items() if k.figure is None and k.place is not None]
    if found is None or not linked:
        return dict(metric_of)
    stating: dict[tuple[object, ...], list[str]] = {}
    for text in linked:
        key = keys[text]
        for value, unit, hedge in found.get(text, ()):
            if precise(value):
                scope = (key.place, key.event, key.dimension, key.statement, value, unit, hedge)
                stating.setdefault(scope, []).append(text)
    groups: Groups[str] = Groups()
    for texts in stating.values():
        for a, b in itertools.combinations(texts, 2):
            if not _other_properties(keys[a], keys[b]) and _one_base(keys[a], keys[b]):
                groups.join(metric_of[a], metric_of[b])
    return {text: groups.find(metric) for text, metric in metric_of.items()}


def _lone(
    keys: Mapping[str, MetricKey],
    metric_of: Mapping[str, str],
    counts: Mapping[str, int],
    found: Stating | None,
) -> dict[str, str]:
    """Each key of one statement that is a metric of its own -> the one metric of two
    statements or more stating each of its figures, all precise, hedged alike, through
    keys of its dimension and kind of statement that may state what it does
    (`_restates`) and share its place or a word of its name: its words are a
    speaker or a stray word the extractor kept for what it measures ("the airline put it
    at 131 million florins", Boca Air's debt)."""
    size: Counter[str] = Counter()
    for text, metric in metric_of.items():
        size[metric] += counts.get(text, 0)
    named = [t for t, k in keys.items() if k.figure is None]
    lone = [t for t in named if size[metric_of[t]] == 1]
    if found is None or not lone:
        return {}
    # The keys of metrics of two statements or more by each figure they state, in their
    # dimension and kind of statement: a lone key looks up only its own figures'.
    stating: dict[tuple[object, ...], list[str]] = {}
    for text in named:
        if size[metric_of[text]] > 1:
            key = keys[text]
            for figure in found.get(text, ()):
                stating.setdefault((key.dimension, key.statement, *figure), []).append(text)
    chosen = {}
    for text in lone:
        key, figures = keys[text], found.get(text, frozenset())
        if not figures or not all(precise(value) for value, _, _ in figures):
            continue  # "2%", "5,000": too common to tell which figure they restate
        each = [
            {
                metric_of[other]
                for other in stating.get((key.dimension, key.statement, *figure), ())
                if _restates(keys[other], key) and _anchors(keys[other]) & _anchors(key)
            }
            for figure in figures
        ]
        own = set.intersection(*each)  # stating all its figures
        if len(own) == 1:
            chosen[text] = own.pop()
    return chosen


def _anchors(key: MetricKey) -> set[str]:
    """What ties a key to its story: its place and the words of its entity's name."""
    return {*(key.entity or "").split(), *([key.place] if key.place else [])}


def _restates(key: MetricKey, lone: MetricKey) -> bool:
    """Whether a figure of ``lone`` may restate one of ``key``'s: of one place, entity
    (a word of its name) and event, or one unsaid (a town's figure is no nation's, one
    company's revenue no other's; no past year's event when it names none), naming a
    running total if ``key`` does (11 people trapped are no toll of 11), counting one
    noun when both say which, of one other quantity or none (a change is no level), and
    naming no property news names (`_other_properties`) nor a verb's concept
    (`happening`: customers reconnected) the other does not."""
    if None not in (key.entity, lone.entity) and not _one_entity(key, lone):
        return False
    if any(
        None not in (a, b) and a != b for a, b in [(key.place, lone.place), (key.event, lone.event)]
    ):
        return False
    if lone.event is None and dated(key.event):
        return False  # a figure naming no year is no figure of the past year's disaster
    if key.cumulative and not lone.cumulative:
        return False  # 11 people trapped are no toll of 11: another count of its event
    nouns = (counted_noun(key), counted_noun(lone))
    if None not in nouns and nouns[0] != nouns[1]:
        return False
    others = [set(k.concepts) & OTHER_QUANTITIES for k in (key, lone)]
    verbs = any(happening(c) for c in set(key.concepts) ^ set(lone.concepts))
    return others[0] == others[1] and not verbs and not _other_properties(key, lone)


def _other_properties(a: MetricKey, b: MetricKey) -> bool:
    """Whether each key names a property news names that the other does not."""
    return bool(set(a.concepts) - set(b.concepts) & MEASURES) and bool(
        set(b.concepts) - set(a.concepts) & MEASURES
    )


def _one_base(a: MetricKey, b: MetricKey) -> bool:
    """Whether both keys are changes on the month before, or neither is: a 1.8% fall on
    the month is no 1.8% fall on a year before."""
    return (MONTHLY in a.concepts) == (MONTHLY in b.concepts)


def _one_place_each(target: Mapping[str, str], keys: Mapping[str, MetricKey]) -> dict[str, str]:
    """``target`` without the keys of places that join a key leaving its place unsaid
    when keys of two places would: which place's figure it is stays unsaid (the Red
    Crescent's toll of floods in both Bangladesh and India)."""
    places: dict[str, set[str]] = {}
    for text, wide in target.items():
        if keys[wide].place is None and (place := keys[text].place) is not None:
            places.setdefault(wide, set()).add(place)
    return {
        text: wide
        for text, wide in target.items()
        if len(places.get(wide, ())) < 2 or keys[text].place is None
    }


def _restating(
    both: tuple[Mapping[str, MetricKey], Mapping[str, MetricKey]],
    contexts: Mapping[tuple[str, str], list[str]],
    metrics: tuple[Mapping[str, str], Mapping[str, str]],
    values: Values | None,
) -> dict[str, str]:
    """Each key of a figure whose words name nothing -> the one metric of its dimension,
    kind of statement and place that states that figure,
    when one does: "$1.35 billion" beside the name "Pacifica" is the deal's value another
    article states. ``both``: the keys, and each as written, before the key of the one
    place of its country stating it became its country's (`_sole_places`): a figure of a
    city restates a metric of that city as written ("Yap counted 11,460" beside Yap's
    population, though Pohnpei's and Chuuk's keep each theirs), or as its country's key
    now. Its entity is not compared: in a sentence that names nothing the
    figure measures, the name beside it is as often the buyer as the bought. In no place,
    only the entity ties a figure to its story: it restates a metric of its entity (a word
    of its name), or one naming none when it names none ("about 12%" of a price is no
    company's shares down 12%). ``metrics`` maps each key to its metric before and after
    keys stating one precise figure are made one (`_sharing`): the metric after counts as
    the one when the keys stating the figure are linked by words of what they measure or
    whose it is (`_one_thing`: "€310 million" of Royal Meuse FC's cost and of a stadium's
    seats); a deal's value and a railway's cost stating one figure leave unsaid which one
    a bare figure restates."""
    keys, written = both
    before, after = metrics
    figures = {text: key for text, key in keys.items() if key.figure is not None}
    if not figures or values is None:
        return {}
    scopes = {
        text: [
            other
            for other in contexts[(key.dimension, key.statement)]
            if keys[other].figure is None
            and (keys[other].place == key.place or written[other].place == written[text].place)
            and (key.place is not None or _one_entity(key, keys[other]))
        ]
        for text, key in figures.items()
    }
    found = values({other for scope in scopes.values() for other in scope})
    chosen = {}
    for text, scope in scopes.items():
        value, unit = figures[text].figure or (0.0, None)
        own = [
            other
            for other in scope
            if any(v == value and unit in (None, u) for v, u in found.get(other, ()))
        ]
        one = len({after[other] for other in own}) == 1 and _one_thing([keys[o] for o in own])
        if len({before[other] for other in own}) == 1 or one:
            chosen[text] = after[own[0]]
    return chosen


def _one_thing(keys: list[MetricKey]) -> bool:
    """Whether ``keys`` are linked, each two through keys sharing a word of what they
    measure or whose it is: the cost of Royal Meuse FC's stadium, the stadium of Royal
    Meuse and a stadium's seats; never a deal's value and a railway's cost."""

    def words(key: MetricKey) -> set[str]:
        return {*key.concepts, *(key.entity or "").split()}

    groups: Groups[int] = Groups()
    for (i, a), (j, b) in itertools.combinations(enumerate(keys), 2):
        if words(a) & words(b):
            groups.join(i, j)
    return len({groups.find(i) for i in range(len(keys))}) == 1


def _one_entity(a: MetricKey, b: MetricKey) -> bool:
    """Whether two keys name no entity, or entities sharing a word of their names
    ("altavia and pacifica air", "pacifica air")."""
    if a.entity is None or b.entity is None:
        return a.entity == b.entity
    return bool(set(a.entity.split()) & set(b.entity.split()))


def _stating(choices: Mapping[str, list[str]], values: Values | None) -> dict[str, list[str]]:
    """Each key that fits several wider ones -> those of them that state all its figures,
    when any does: it joins none that states other figures."""
    torn = {text: widest for text, widest in choices.items() if len(widest) > 1}
    if not torn or values is None:
        return {}
    found = values({k for text, widest in torn.items() for k in (text, *widest)})
    chosen = {}
    for text, widest in torn.items():
        own = found.get(text, frozenset())
        stating = [w for w in widest if own and own <= found.get(w, frozenset())]
        if stating:
            chosen[text] = stating
    return chosen


def _covers(wide: MetricKey, narrow: MetricKey, sized: bool | None) -> bool:
    """Whether ``wide`` says all ``narrow`` says, and more, and ``sized`` (whether their
    figures are of one size; ``None`` when unknown) does not tell them apart. With fewer
    words, ``narrow`` must name a news property or count something ("tariff",
    "satellites"), or be of ``wide``'s size, not only name what it is of ("rice" is no
    "sack of rice", "solar" no "solar capacity"); ``wide`` must name no other property,
    and both must count one noun when ``narrow`` says which (`_other_noun`)."""
    if wide == narrow or sized is False or not set(narrow.concepts) <= set(wide.concepts):
        return False
    if _other_noun(wide, narrow):
        return False  # 3,400 candidates are no count of the 1,210 seats they contest
    if narrow.figure is not None and not any(_scope(narrow)):
        return False  # a figure naming nothing, of no one in no place, may be any story's
    more = set(wide.concepts) - set(narrow.concepts)
    named = narrow.dimension == "count" or set(narrow.concepts) & MEASURES
    if more and not named and not sized:
        return False
    if more & (MEASURES | OTHER_QUANTITIES):
        # "people wounded" is no part of "people died of their injuries", a fleet of a
        # permit, nine derailed carriages of the train's 12, a toll of the deaths added,
        # a lake's level of how far below its usual level it is
        return False
    if not _names_within(narrow.entity, wide.entity) or narrow.event not in (None, wide.event):
        return False
    if narrow.event is None and dated(wide.event):
        return False  # a figure naming no year is no figure of the past year's disaster
    if None not in (narrow.place, wide.place) and narrow.place != wide.place:
        return False  # another place's figure (a place unsaid fits any)
    if _anywhere(wide) and narrow.place is not None and narrow.event is None:
        return False  # a place's figure naming no event is no figure of an event anywhere
    # More: another concept, or an entity, event or place the narrow key leaves unsaid.
    added = (w is not None and n != w for w, n in zip(_scope(wide), _scope(narrow), strict=True))
    return wide.concepts != narrow.concepts or any(added)


def _other_noun(wide: MetricKey, narrow: MetricKey) -> bool:
    """Whether the keys count two nouns: 3,400 candidates are no count of the seats they
    contest; a count of people, or of a property counting them, or of a noun unsaid is
    any ("deaths" are the miners killed, the "212" a manifest lists its passengers)."""
    noun = counted_noun(narrow)
    return noun is not None and noun != counted_noun(wide)


def _anywhere(key: MetricKey) -> bool:
    """Whether a key is of an event in no place (whoever's figure it is: "Conred")."""
    return key.event is not None and key.place is None


def _sized(sizes: Sizes, wide: str, narrow: str, key: MetricKey) -> bool | None:
    """Whether the figures of ``narrow`` (keyed ``key``) are of the size of ``wide``'s;
    ``None`` when a size is unknown, or ``narrow`` is a running total, whose early figures
    may be any fraction of its later ones."""
    if wide not in sizes or narrow not in sizes or key.cumulative:
        return None
    (low, high), (small, large) = sizes[wide], sizes[narrow]
    return small <= high * RESTATED_WITHIN and large * RESTATED_WITHIN >= low


def _names_within(narrow: str | None, wide: str | None) -> bool:
    """Whether the name ``narrow`` says no more than ``wide``: unsaid, the same, or some of
    its words ("kivela" of "kivela paper")."""
    if narrow is None or narrow == wide:
        return True
    return wide is not None and set(narrow.split()) < set(wide.split())


def _scope(key: MetricKey) -> tuple[str | None, str | None, str | None]:
    return key.entity, key.event, key.place


def _dominant(keys: list[str], counts: Mapping[str, int]) -> str | None:
    if not keys:
        return None
    ranked = sorted(keys, key=lambda k: (-counts[k], k))
    if len(ranked) == 1 or counts[ranked[0]] >= _DOMINANT * counts[ranked[1]]:
        return ranked[0]
    return None


def _follow(text: str, target: Mapping[str, str]) -> str:
    seen = {text}
    while text in target and target[text] not in seen:
        text = target[text]
        seen.add(text)
    return text
