"""Home: what the explorer is for, and every article with a way into Compare."""

import streamlit as st

from ui.links import article_links
from ui.page import setup

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

st.subheader(f"{len(corpus.articles)} articles")
for article in corpus.articles:
    comp = article.comparison
    with st.container(border=True):
        st.markdown(f"**{article.title}**")
        subjects = ", ".join(comp.subjects) if comp.subjects else "no separate subjects"
        counts = f"{len(comp.claims)} claims"
        if comp.differences:
            counts += f", {len(comp.differences)} key differences"
        st.caption(f"{article.date or 'undated'} · {subjects} · {counts}")
        article_links(article, here="Home")
