"""An article the extractor takes long on, and the time limit the tests hold it to.

1.7 MB of prose without a full stop and a figure every 425 characters: few enough
claims that the per-article claim limit does not stop the reading early. Parsing stops
at half an article's time limit, but reading its figures alone, without a parse, takes
about 6 s on this project's machines (within the 10 MB file limit), twice the limit
below, while a real article takes well under a second even on a loaded machine.
"""

from __future__ import annotations

_CLAUSE = (
    "officials said output at the northern mine rose sharply while exports fell and the "
    "ministers argued about the weather and the markets and "
)
PATHOLOGICAL = " ".join(f"{_CLAUSE * 3} {i} tonnes" for i in range(4_000))

# Seconds: the time limit the tests set.
LIMIT = 3
