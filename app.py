"""Home: what the explorer is for, and every article with a way into Compare."""

import streamlit as st

from explorer.views.markdown import literal_markdown
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

    st.subheader(f"{len(corpus.articles)} articles")
    for article in corpus.articles:
        comp = article.comparison
        with st.container(border=True):
            st.markdown(f"**{literal_markdown(article.title)}**")
            subjects = ", ".join(comp.subjects) if comp.subjects else "no separate subjects"
            counts = f"{len(comp.claims)} claims"
            if comp.differences:
                counts += f", {len(comp.differences)} key differences"
            st.caption(literal_markdown(f"{article.date or 'undated'} · {subjects} · {counts}"))
            cols = st.columns(3)
            cols[0].page_link(
                "pages/1_Compare.py", label="Compare", query_params={"article": article.id}
            )
            cols[1].page_link(
                "pages/3_Article.py", label="Read", query_params={"article": article.id}
            )
            if comp.is_comparison:
                cols[2].page_link(
                    "pages/4_Chooser.py", label="Choose", query_params={"article": article.id}
                )
