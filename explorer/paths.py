"""Where the project's own files live, so that every module names them one way.

The app, the CLI and the tests all start from the project root; data files are data as code
(``data/``) and each has one default path here rather than one per module that reads it.
"""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
DEFAULT_ARTICLES = DATA_DIR / "articles"
DEFAULT_NEEDS = DATA_DIR / "needs.yaml"
DEFAULT_FACTS = DATA_DIR / "facts.yaml"
DEFAULT_FACTS_DIR = DATA_DIR / "facts"
DEFAULT_QUESTIONS = DATA_DIR / "questions.yaml"
DEFAULT_COLLECTIONS = DATA_DIR / "collections.yaml"
ARTICLES_ENV = "EXPLORER_ARTICLES"
