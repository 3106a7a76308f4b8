from dataclasses import FrozenInstanceError

import pytest

from claims import Claim


def test_claim_is_frozen() -> None:
    claim = Claim(
        surface="20 per cent", start=0, end=11, value=20.0, unit="percent", kind="percentage"
    )
    with pytest.raises(FrozenInstanceError):
        claim.value = 3.0  # type: ignore[misc]
