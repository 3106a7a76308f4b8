"""Number words, scale words and fractions as news writes them."""

from __future__ import annotations

SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# "hundred" multiplies what precedes it but does not close a group like "thousand".
SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "crore": 1e7,
    "crores": 1e7,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "t": 1e12,  # only attached to money: "$2.174T"
    "trn": 1e12,
}
DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
    "sixth": 6,
    "sixths": 6,
    "eighth": 8,
    "eighths": 8,
    "hundredth": 100,
    "hundredths": 100,
}
# Vague plurals ("tens of thousands") are ranges from one to ten of the unit.
VAGUE = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6}
VAGUE.update({"billions": 1e9, "trillions": 1e12})
# The scale words written out ("1.5 million"); "hundred" multiplies but closes no group.
SPELLED_SCALES = ("thousand", "million", "billion", "trillion")
# Scale words, spelled out (part of the figure) or abbreviated (matched between counts).
SCALE_NAMES = frozenset([*SPELLED_SCALES, "lakh", "crore"])
SCALE_WORDS = SCALE_NAMES | {"m", "bn", "k"}
