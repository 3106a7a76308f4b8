"""The README's Python examples run and print what it says they print.

The blocks run in order in one namespace, as a reader would type them.
"""

import doctest
import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
_PYCON = re.compile(r"```pycon\n(.*?)```", re.S)


def test_readme_examples() -> None:
    blocks = _PYCON.findall(README.read_text(encoding="utf-8"))
    assert len(blocks) >= 3
    test = doctest.DocTestParser().get_doctest("\n".join(blocks), {}, "README.md", str(README), 0)
    runner = doctest.DocTestRunner()
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
