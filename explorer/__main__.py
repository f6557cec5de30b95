"""``python -m explorer``: see :mod:`explorer.cli.main`."""

from explorer.cli.main import main

raise SystemExit(main())
