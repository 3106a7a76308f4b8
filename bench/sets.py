"""The sets of a bench: the subfolders of its folder that hold a gold file, found on disk,
so a newly written set needs no list updated."""

from __future__ import annotations

from pathlib import Path


def sets_in(folder: Path, gold: str) -> list[str]:
    """The names of ``folder``'s subfolders holding a file ``gold``, in the order they were
    written: by name, a numbered one after its first ("unseen", "unseen2", ..., "unseen10")."""
    names = [d.name for d in folder.iterdir() if (d / gold).is_file()]
    return sorted(names, key=_written_order)


def _written_order(name: str) -> tuple[str, int]:
    stem = name.rstrip("0123456789")
    return stem, int(name[len(stem) :] or 1)
