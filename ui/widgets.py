"""Widgets whose value lives in the URL: the address given to a page always wins.

Every choice on every page is a query parameter, so a link opens exactly what it names. Each
widget here works the same way, on every run:

1. the page's URL is read and cleaned (:mod:`explorer.views.urlstate`: unknown values dropped
   with a notice, case and spacing forgiven, the canonical spelling written back);
2. that value is put into the widget's session state *before* the widget is drawn;
3. a change by the reader writes the URL from the widget's callback, which runs before the
   next script run, so step 1 then reads the reader's own change.

Why not ``bind="query-params"``: in Streamlit 1.67 a bound widget's session state wins over
the URL on reruns, and on a page change ``populate_from_query_string`` drops every parameter
that a widget of the *previous* page was bound to, so a link from one page to another could
lose its ``subjects`` or ``mode``. And why not "only when it differs": a key that two pages
share (``_url_article``) still reports the other page's value through ``st.session_state``
while this page's widget shows its own stale one, which made "Read the article" open the
first article. Writing the URL's value every run has neither problem; back and forward work
because they hand the page its old URL. A write to ``st.query_params`` adds a history entry
(the 1.67 frontend's ``handlePageInfoChanged`` pushes unless it is replaying history), so
Back first undoes the reader's last choice on a page, then returns to the page before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from explorer.corpus import Corpus
from explorer.model import Article
from explorer.views.collections import featured_first, home_list
from explorer.views.markdown import plain_text
from explorer.views.urlstate import clean_choices, clean_flag, clean_text
from ui.params import notify

URL_STATE_PREFIX = "_url_"
"""Key prefix for select widgets whose label differs from the value in the URL."""


def _write_url(param: str, values: Sequence[str]) -> None:
    """``?param=`` as ``values`` (repeated for several); no values leaves it out."""
    if not values:
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = list(values) if len(values) != 1 else values[0]


def _from_url(param: str, key: str, *, state: Any, url: Sequence[str]) -> None:
    """Give the widget ``key`` the URL's value, and tidy the address bar if it was cleaned.

    ``url`` is what the address bar should hold for ``state`` (nothing for the default); the
    bar is rewritten only when it holds something else (an unknown value, ``Pytorch``).
    """
    st.session_state[key] = state
    if st.query_params.get_all(param) != list(url):
        _write_url(param, url)


def _on_change(
    param: str, key: str, to_url: Callable[[Any], Sequence[str]], then: Callable[[], None] | None
) -> Callable[[], None]:
    def changed() -> None:
        _write_url(param, to_url(st.session_state[key]))
        if then:
            then()

    return changed


def url_selectbox(
    label: str,
    options: Sequence[str],
    *,
    param: str,
    what: str,
    format_func: Callable[[str], str] = plain_text,
    default: str | None = None,
    on_change: Callable[[], None] | None = None,
    **kwargs: Any,
) -> str:
    """A selectbox showing ``format_func(option)`` whose choice is ``?{param}=<option>``."""
    first = default if default is not None and default in options else options[0]
    key = URL_STATE_PREFIX + param
    cleaned = notify(
        param, clean_choices(st.query_params.get_all(param), options, multi=False), what
    )

    def to_url(value: str) -> list[str]:
        return [] if value == first else [value]

    value = cleaned.value or first
    _from_url(param, key, state=value, url=to_url(value))
    chosen = st.selectbox(
        label,
        options,
        key=key,
        format_func=format_func,
        on_change=_on_change(param, key, to_url, on_change),
        **kwargs,
    )
    return str(chosen)


def url_multiselect(
    label: str,
    options: Sequence[str],
    *,
    param: str,
    what: str,
    format_func: Callable[[str], str] = plain_text,
    default: Sequence[str] = (),
    key: str | None = None,
    **kwargs: Any,
) -> list[str]:
    """A multiselect whose choices are repeated ``?{param}=`` values (the default left out)."""
    key = key or URL_STATE_PREFIX + param
    cleaned = notify(
        param, clean_choices(st.query_params.get_all(param), options, multi=True), what
    )

    def to_url(values: Sequence[str]) -> list[str]:
        return [] if list(values) == list(default) else list(values)

    values = list(cleaned.values) or list(default)
    _from_url(param, key, state=values, url=to_url(values))
    chosen = st.multiselect(
        label,
        options,
        key=key,
        format_func=format_func,
        on_change=_on_change(param, key, to_url, None),
        **kwargs,
    )
    return [str(v) for v in chosen]


def url_radio(
    label: str, options: Sequence[str], *, param: str, what: str, default: str | None, **kwargs: Any
) -> str | None:
    """Radio buttons whose choice is ``?{param}=<option>``; ``default`` None starts unanswered."""

    def to_url(value: str | None) -> list[str]:
        return [] if value is None or value == default else [value]

    cleaned = notify(
        param, clean_choices(st.query_params.get_all(param), options, multi=False), what
    )
    value = cleaned.value or default
    _from_url(param, param, state=value, url=to_url(value))
    chosen = st.radio(
        label,
        options,
        index=None,  # the state set above decides; an index too would make Streamlit warn
        key=param,
        on_change=_on_change(param, param, to_url, None),
        **kwargs,
    )
    return None if chosen is None else str(chosen)


def url_toggle(label: str, *, param: str, **kwargs: Any) -> bool:
    """A toggle that is ``?{param}=true`` when on (off is left out of the URL)."""

    def to_url(on: bool) -> list[str]:
        return ["true"] if on else []

    cleaned = notify(param, clean_flag(st.query_params.get_all(param)), "true/false value")
    on = cleaned.value == "true"
    _from_url(param, param, state=on, url=to_url(on))
    return bool(
        st.toggle(label, key=param, on_change=_on_change(param, param, to_url, None), **kwargs)
    )


def url_text_input(label: str, *, param: str, max_chars: int = 200, **kwargs: Any) -> str:
    """A text input (a search) that is ``?{param}=<text>``; longer text is cut, with a notice."""

    def to_url(text: str) -> list[str]:
        return [text] if text else []

    cleaned = notify(
        param,
        clean_text(st.query_params.get_all(param), max_length=max_chars),
        "search (it was cut short)",
    )
    text = cleaned.value or ""
    _from_url(param, param, state=text, url=to_url(text))
    value = st.text_input(
        label,
        key=param,
        max_chars=max_chars,
        on_change=_on_change(param, param, to_url, None),
        **kwargs,
    )
    return str(value)


def url_slider(
    label: str, low: int, high: int, default: int, *, param: str, what: str, **kwargs: Any
) -> int:
    """A whole-number slider that is ``?{param}=<n>`` (the default left out)."""
    steps = [str(i) for i in range(low, high + 1)]

    def to_url(value: int) -> list[str]:
        return [] if value == default else [str(value)]

    cleaned = notify(param, clean_choices(st.query_params.get_all(param), steps, multi=False), what)
    value = int(cleaned.value) if cleaned.value is not None else default
    _from_url(param, param, state=value, url=to_url(value))
    chosen = st.slider(
        label, low, high, key=param, on_change=_on_change(param, param, to_url, None), **kwargs
    )
    return int(chosen)


def pick_article(corpus: Corpus, *, forget: Sequence[str] = ()) -> Article:
    """The article chooser every per-article page starts with (``?article=<id>``).

    The featured article (``data/collections.yaml``) is listed first and is the default, so
    every page opens on the same article Home leads with; a folder without it starts on its
    first article. Titles are shown as typed (:func:`plain_text`): an option is not Markdown.
    Stops the page with a notice when the folder has no articles. ``forget`` names URL
    parameters that belong to the previous article (its subjects, a highlighted line) and are
    dropped when the reader picks another one.
    """
    if not corpus.articles:
        st.warning(f"No articles found in `{corpus.folder}`. Add Markdown files there and reload.")
        st.stop()
    ordered = featured_first(corpus.articles, home_list(corpus.articles).featured_id)
    titles = {a.id: plain_text(a.title) for a in ordered}

    def forget_previous() -> None:
        for param in forget:
            st.query_params.pop(param, None)

    article_id = url_selectbox(
        "Article",
        list(titles),
        param="article",
        what="article",
        format_func=titles.__getitem__,
        on_change=forget_previous,
    )
    article = corpus.get(article_id)
    if article is None:  # the folder changed between two runs
        st.warning("That article is no longer available; pick another.")
        st.stop()
    return article
