"""jieba, imported once and quiet: its dictionary-loading chatter must not reach a user's
stderr, and the genre words it would cut into non-words (``data/segment/words.txt``) are
added to its dictionary, and the few dictionary words that steal characters from genre
words (``-要约``: 要约谈 is 要/约谈) are taken out of it."""
from __future__ import annotations

import logging
from importlib import resources

import jieba

jieba.setLogLevel(logging.WARNING)

for _line in resources.files("policytext.data.segment").joinpath("words.txt").read_text("utf-8").splitlines():
    _word = _line.strip()
    if not _word or _word.startswith("#"):
        continue
    if _word.startswith("-"):  # a dictionary word that wrongly wins in this genre (要约 in 要约谈)
        jieba.del_word(_word[1:])
    else:
        jieba.add_word(_word)

__all__ = ["jieba"]
