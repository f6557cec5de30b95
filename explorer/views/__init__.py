"""What pages show, as data: grids, cards, charts and URL state, with no Streamlit.

The Compare page's two kinds of row live here, in the package's light top, because the CLI's
``compare --by`` names them without building a grid (and without importing pandas).
"""

from typing import Literal

View = Literal["attribute", "theme"]
VIEWS: tuple[View, ...] = ("attribute", "theme")
"""The values of the Compare page's ``by`` URL parameter and of ``compare --by``."""
