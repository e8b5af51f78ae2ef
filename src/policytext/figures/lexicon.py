"""The figures lexicons (units, fixed formulas, cue words), loaded once from package data."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import DataError

_PKG = "policytext.data.figures"


@dataclass(frozen=True, slots=True)
class Unit:
    surface: str  # as written: 平米
    unit: str  # normalised: 平方米
    kind: str  # count | amount | duration | ratio | percent | change
    cn_ok: bool  # trusted after a Chinese numeral


def _read(name: str) -> str:
    try:
        return resources.files(_PKG).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:  # pragma: no cover - broken install
        raise DataError(f"figures data file {name} is missing from the package") from exc


@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    """Unit and measure-word lexicon keyed by surface (units.tsv)."""
    table: dict[str, Unit] = {}
    for n, line in enumerate(_read("units.tsv").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 4:
            raise DataError(f"units.tsv line {n}: expected 4 tab-separated fields")
        table[parts[0]] = Unit(parts[0], parts[1], parts[2], parts[3].strip() == "1")
    return table


@lru_cache(maxsize=1)
def formulas() -> tuple[str, ...]:
    """Fixed formulas and names with numerals (formulas.txt), longest first."""
    items = {ln.strip() for ln in _read("formulas.txt").splitlines()
             if ln.strip() and not ln.startswith("#")}
    return tuple(sorted(items, key=lambda s: (-len(s), s)))


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """Cue word lists (cues.yaml)."""
    data = yaml.safe_load(_read("cues.yaml"))
    if not isinstance(data, dict):
        raise DataError("cues.yaml must be a mapping")
    return data
