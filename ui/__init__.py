"""Streamlit glue shared by ``app.py`` and ``pages/``: cached data, page setup, URL state.

Logic lives in :mod:`explorer`; this package only adapts it to Streamlit.
"""
