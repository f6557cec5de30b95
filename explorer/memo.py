"""A dict that works out each key's value on first sight and keeps it (up to a size)."""

from __future__ import annotations

from collections.abc import Callable


class Memo(dict[str, str]):
    """``compute`` of each key, worked out on first sight and remembered (up to ``size`` keys).

    Used where the same few keys recur across a whole corpus (an article's words, front-matter
    values such as "QuickTakes"): ``memo[key]`` and ``map(memo.__getitem__, keys)`` look a
    known key up in C, so it costs no Python call; past ``size`` new keys are computed and not
    kept, so memory stays bounded however many files are read.
    """

    def __init__(self, compute: Callable[[str], str], size: int = 65_536) -> None:
        super().__init__()
        self.compute = compute
        self.size = size

    def __missing__(self, key: str) -> str:
        value = self.compute(key)
        if len(self) < self.size:
            self[key] = value
        return value
