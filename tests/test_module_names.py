"""No module of the package binds one top-level name twice: the later binding silently
replaces the earlier for every function that reads it (check/core.py once had two
_THE_REST patterns, and one rule read the other's)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "policytext"


def _bound(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_top_level_name_is_bound_twice(path):
    counts = Counter(_bound(ast.parse(path.read_text(encoding="utf-8"))))
    assert not [n for n, k in counts.items() if k > 1]
