"""Let the shared checks of tests/claim_lookup.py show what they compare on failure."""

import pytest

pytest.register_assert_rewrite("claim_lookup")
