"""The ``claims`` command line: parses arguments and prints; the library does the work."""

from __future__ import annotations

import argparse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="claims", description=__doc__)
    parser.parse_args(argv)
    return 0
