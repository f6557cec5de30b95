"""Select widgets that keep a short id in the URL while showing a friendly label.

``bind="query-params"`` stores a select widget's *formatted label* in the URL, so an article
chooser showing titles would put whole titles in every shared link. These helpers keep the
article id in the URL instead: the URL is read first (unknown values dropped with a notice),
then the widget is drawn, and a change writes the id back. Browser back/forward works because
the URL is re-read on every run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from explorer.corpus import Corpus
from explorer.model import Article
from explorer.views.markdown import plain_text
from ui.params import url_choices


def _state_key(param: str) -> str:
    return f"_url_{param}"


def _write_url(param: str, values: Sequence[str], default: Sequence[str]) -> None:
    if list(values) == list(default):
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = list(values) if len(values) != 1 else values[0]


def url_selectbox(
    label: str,
    options: Sequence[str],
    *,
    param: str,
    what: str,
    format_func: Callable[[str], str] = str,
    default: str | None = None,
    on_change: Callable[[], None] | None = None,
    **kwargs: object,
) -> str:
    """A selectbox whose choice is ``?{param}=<option>`` in the URL (the default is left out)."""
    default = default if default in options else options[0]
    key = _state_key(param)
    cleaned = url_choices(param, options, what=what)
    if cleaned.dropped:
        st.query_params.pop(param, None)
    wanted = cleaned.value or default
    if st.session_state.get(key) != wanted:
        st.session_state[key] = wanted

    def changed() -> None:
        _write_url(param, [st.session_state[key]], [default])
        if on_change:
            on_change()

    value = st.selectbox(
        label, options, key=key, format_func=format_func, on_change=changed, **kwargs
    )
    return str(value)


def url_multiselect(
    label: str,
    options: Sequence[str],
    *,
    param: str,
    what: str,
    format_func: Callable[[str], str] = str,
    default: Sequence[str] = (),
    **kwargs: object,
) -> list[str]:
    """A multiselect whose choices are repeated ``?{param}=`` values in the URL."""
    key = _state_key(param)
    cleaned = url_choices(param, options, what=what, multi=True)
    if cleaned.dropped:
        _write_url(param, cleaned.values, default)
    wanted = list(cleaned.values) or list(default)
    if st.session_state.get(key) != wanted:
        st.session_state[key] = wanted

    def changed() -> None:
        _write_url(param, st.session_state[key], default)

    values = st.multiselect(
        label, options, key=key, format_func=format_func, on_change=changed, **kwargs
    )
    return [str(v) for v in values]


def pick_article(corpus: Corpus, *, forget: Sequence[str] = ()) -> Article:
    """The article chooser every per-article page starts with (``?article=<id>``).

    Stops the page with a notice when the folder has no articles. ``forget`` names URL
    parameters that belong to the previous article (its subjects, a highlighted line) and are
    dropped when the reader picks another one.
    """
    if not corpus.articles:
        st.warning(f"No articles found in `{corpus.folder}`. Add Markdown files there and reload.")
        st.stop()
    titles = {a.id: plain_text(a.title) for a in corpus.articles}

    def forget_previous() -> None:
        for param in forget:
            st.query_params.pop(param, None)

    article_id = url_selectbox(
        "Article",
        corpus.ids,
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
