"""The bundled labelled corpus stays consistent with its texts and the taxonomy."""
from __future__ import annotations

import importlib.util

from .conftest import CORPORA


def test_every_written_document_has_exactly_one_valid_label_per_line(capsys):
    spec = importlib.util.spec_from_file_location("check_labels", CORPORA / "classify" / "check_labels.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main([]) == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    assert "OK" in out
