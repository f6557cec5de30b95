"""ui.corrections under AppTest: what the renderer draws, with hostile text kept inert.

Each test writes a tiny app (a main script and a stand-in ``pages/2_Explore.py``, which
``st.page_link`` needs to resolve its target) that calls the ui function, then reads back the
elements. The pages themselves are wired by another module's tests.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from streamlit.testing.v1 import AppTest

from explorer.views.markdown import literal_markdown
from tests.pages.conftest import ROOT

HOSTILE_TITLE = "Notes <b>bold</b> ![x](http://tracker.example/x.png) **loud**"
PAREN_URL = "https://example.org/wiki/Lite_(runtime)"


def run_app(tmp_path: Path, body: str) -> AppTest:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "2_Explore.py").write_text("import streamlit as st\nst.write('x')\n")
    script = tmp_path / "app.py"
    script.write_text(
        textwrap.dedent(
            f"""\
            import sys
            sys.path.insert(0, {str(ROOT)!r})
            from explorer.facts import Fact, load_facts
            from explorer.load import load_article, parse_article_text
            from ui.corrections import show_changes, show_corrections
            """
        )
        + textwrap.dedent(body)
    )
    return AppTest.from_file(str(script), default_timeout=30).run()


def markdown_bodies(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def page_links(at: AppTest) -> list[Any]:
    return [e.proto for e in at.get("page_link")]


FACT = f"""\
fact = Fact.model_validate({{
    "id": "lite-renamed",
    "match": "Lite",
    "status": "outdated",
    "correction": "It was renamed *LiteRT* <i>in 2024</i>. The old [format](javascript:x) stays.",
    "sources": [
        {{"title": {HOSTILE_TITLE!r}, "url": {PAREN_URL!r}, "date": "2024-09-04"}},
        {{"title": "Current docs", "url": "https://example.org/docs"}},
    ],
    "checked": "2026-11-25",
    "as_of": "2024-09-04",
}})
"""


def test_one_correction_is_badge_sentence_and_details(tmp_path: Path) -> None:
    at = run_app(tmp_path, FACT + "show_corrections([fact], '2024-11-26')\n")
    assert not at.exception
    bodies = markdown_bodies(at)
    assert bodies[0] == ":orange-badge[:material/history: Outdated since 2024-09]"
    # One sentence, escaped, at normal size (markdown, not a caption).
    assert bodies[1] == literal_markdown("It was renamed *LiteRT* <i>in 2024</i>.")
    assert not at.caption
    [details] = at.expander
    assert details.label == "Sources (2) and details · checked 2026-11-25"
    inside = [m.value for m in details.markdown]
    assert inside[0] == literal_markdown("The old [format](javascript:x) stays.")
    assert inside[1] == literal_markdown("Changed 2024-09-04, before this article was written.")
    assert inside[2] == (
        f"- 2024-09-04 · [{literal_markdown(HOSTILE_TITLE)}]"
        "(https://example.org/wiki/Lite_%28runtime%29)\n"
        "- undated · [Current docs](https://example.org/docs)"
    )
    assert inside[3] == literal_markdown("Checked 2026-11-25 against these sources.")
    assert not any(m.proto.allow_html for m in at.markdown)


def test_two_facts_give_two_badges_in_order(tmp_path: Path) -> None:
    body = FACT + textwrap.dedent(
        """\
        other = fact.model_copy(update={"id": "lite-ok", "status": "confirmed"})
        show_corrections([fact, other], None)
        """
    )
    at = run_app(tmp_path, body)
    assert not at.exception
    badges = [b for b in markdown_bodies(at) if "-badge[" in b]
    assert badges == [
        ":orange-badge[:material/history: Outdated since 2024-09]",
        ":green-badge[:material/check_circle: Still true as of 2026-11]",
    ]
    assert len(at.expander) == 2
    # Without an article date the details give the change's date only.
    assert literal_markdown("Changed 2024-09-04.") in [m.value for m in at.expander[0].markdown]


def test_no_fact_draws_nothing(tmp_path: Path) -> None:
    at = run_app(tmp_path, "show_corrections([], '2024-11-26')\n")
    assert not at.exception
    assert not at.markdown and not at.expander


def test_seed_changes_link_to_explore_per_status(tmp_path: Path) -> None:
    body = f"""\
        article = load_article({str(ROOT / "data" / "articles" / "keras-tensorflow-pytorch.md")!r})
        show_changes(article, load_facts())
        """
    at = run_app(tmp_path, body)
    assert not at.exception
    assert markdown_bodies(at) == [
        literal_markdown("This article has 2 outdated and 4 clarified claims.")
    ]
    links = page_links(at)
    assert [link.label for link in links] == [
        "See the 2 outdated claims",
        "See the 4 clarified claims",
    ]
    assert [parse_qs(link.query_string) for link in links] == [
        {"articles": ["keras-tensorflow-pytorch"], "corrected": ["outdated"]},
        {"articles": ["keras-tensorflow-pytorch"], "corrected": ["clarified"]},
    ]
    assert [link.icon for link in links] == [":material/history:", ":material/info:"]
    assert all(link.page_script_hash for link in links)  # resolved to pages/2_Explore.py


def test_an_article_without_corrections_says_so_and_links_nowhere(tmp_path: Path) -> None:
    body = """\
        text = "---\\ntitle: T\\n---\\n### A\\n- **X**: a.\\n### B\\n- **X**: b.\\n"
        show_changes(parse_article_text(text, article_id="t"), load_facts())
        """
    at = run_app(tmp_path, body)
    assert not at.exception
    assert markdown_bodies(at) == ["No correction applies to this article."]
    assert page_links(at) == []
