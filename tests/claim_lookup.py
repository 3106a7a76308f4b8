"""Find one claim of `claims.extract` by its surface (shared by the extraction case tables)."""

from __future__ import annotations

from claims import Claim, extract


def claim_with_surface(text: str, surface: str, **kwargs: str) -> Claim:
    """The one claim of ``extract(text)`` whose surface is ``surface``."""
    claims = extract(text, **kwargs)
    found = [c for c in claims if c.surface == surface]
    assert len(found) == 1, f"no single claim {surface!r} in {[c.surface for c in claims]}"
    return found[0]
