"""jieba, imported once and quiet: its dictionary-loading chatter must not reach a user's
stderr, and the genre words it would cut into non-words (``data/segment/words.txt``) are
added to its dictionary."""
from __future__ import annotations

import logging
from importlib import resources

import jieba

jieba.setLogLevel(logging.WARNING)

for _line in resources.files("policytext.data.segment").joinpath("words.txt").read_text("utf-8").splitlines():
    if _line.strip() and not _line.startswith("#"):
        jieba.add_word(_line.strip())

__all__ = ["jieba"]
