"""``python -m explorer``: see :mod:`explorer.cli.main` (the entry point handles a closed pipe)."""

from explorer.cli.main import entry_point

raise SystemExit(entry_point())
