"""The YAML reader that remembers lines, as the facts matrix uses it.

``data/facts.yaml`` and ``data/facts/*.yaml`` report problems as ``path:line: problem; fix``,
so both need a loader that keeps every key's line. The reader lives with the corrections
today and is moving into ``explorer.checks``; importing it through this one module means that
move is a one-line change here, not an edit of every caller.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from explorer.errors import ArticleError
from explorer.facts.corrections import _parse, date_period
from explorer.facts.corrections import _Parsed as YamlWithLines

__all__ = ["YamlWithLines", "date_period", "read_yaml_with_lines"]


def read_yaml_with_lines(path: Path) -> YamlWithLines:
    """The parsed file and its lines; every failure is an :class:`ArticleError` with a line.

    PyYAML rejects control characters (a pasted ``\\x1f``) while the loader is being built,
    before the reader's own ``try``; that error is turned into the same kind of message here.
    """
    try:
        return _parse(path)
    except yaml.reader.ReaderError as exc:
        text = path.read_text(encoding="utf-8", errors="replace")
        line = text.count("\n", 0, exc.position) + 1
        raise ArticleError(
            f"not valid YAML: the control character U+{exc.character:04X} is not allowed",
            path=path,
            line=line,
            fix="delete the control character (often pasted from a PDF or terminal)",
        ) from None
