"""jieba, imported once and quiet: its dictionary-loading chatter must not reach a user's stderr."""
from __future__ import annotations

import logging

import jieba

jieba.setLogLevel(logging.WARNING)

__all__ = ["jieba"]
