"""The YAML reader that remembers lines, as the facts matrix uses it.

``data/facts.yaml`` and ``data/facts/*.yaml`` report problems as ``path:line: problem; fix``,
so both need a loader that keeps every key's line. The reader lives with the corrections
today and is moving into ``explorer.checks``; importing it through this one module means that
move is a one-line change here, not an edit of every caller.
"""

from __future__ import annotations

from explorer.facts.corrections import _parse as read_yaml_with_lines
from explorer.facts.corrections import _Parsed as YamlWithLines
from explorer.facts.corrections import date_period

__all__ = ["YamlWithLines", "date_period", "read_yaml_with_lines"]
