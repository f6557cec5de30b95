"""Home: what the explorer is for, the featured article first, then every article by topic."""

import streamlit as st

from explorer.views.collections import home_list
from explorer.views.markdown import literal_markdown, notice_markdown
from ui.links import article_card
from ui.page import guarded, setup

with guarded("Home"):
    corpus = setup("Home")

    st.title("Comparison Explorer")
    st.markdown(
        "Comparison articles, turned into tables you can explore: see subjects side by side, "
        "filter and search every claim, and ask which option fits your use case, with the "
        "article's own sentences as evidence."
    )

    if not corpus.articles:
        st.warning(f"No articles found in `{corpus.folder}`. Add Markdown files there and reload.")
        st.stop()

    home = home_list(corpus.articles)
    if home.problem:
        st.warning(notice_markdown(f"Articles are not grouped by topic: {home.problem}"))
    st.subheader(f"{len(corpus.articles)} articles")
    if home.featured is not None:
        st.caption("Start here: every page opens on this article until you pick another.")
        article_card(home.featured, label="Featured · ")
    for group in home.groups:
        st.subheader(literal_markdown(group.title))
        for article in group.articles:
            article_card(article)
