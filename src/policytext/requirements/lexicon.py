"""The requirement lexicons (modal cues, hedges, actor heads, periods, context words).

They are UTF-8 data files under ``policytext/data/requirements/`` so that a user can read
and extend them without touching code; this module loads them once and compiles the
regular expressions the extractor needs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import DataError

MODALITIES = ("must", "must_not", "may", "encourage")

#: how a policy names itself: 本意见, 本实施意见, 本办法, 本条例, 该规定 …
DOC_SELF = (
    "(?:本|该)(?:实施)?(?:意见|办法|条例|规定|通知|方案|细则|决定|规则|制度|准则|标准|规划|纲要)"
)


def _read(name: str) -> str:
    try:
        return (resources.files("policytext") / "data" / "requirements" / name).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:  # pragma: no cover - broken install
        raise DataError(f"requirement lexicon {name} cannot be read: {exc}") from None


def _yaml(name: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(_read(name))
    except yaml.YAMLError as exc:
        raise DataError(f"requirement lexicon {name} is not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise DataError(f"requirement lexicon {name} must be a mapping")
    return data


def _lines(name: str) -> list[str]:
    return [ln.strip() for ln in _read(name).splitlines() if ln.strip() and not ln.startswith("#")]


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation, longest words first so the longest cue wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractor looks words up in, compiled once."""

    cue_modality: dict[str, str]  # cue word -> modality
    aux_cues: frozenset[str]
    verb_cues: frozenset[str]
    cue_re: re.Pattern[str]
    false_friend_re: re.Pattern[str]
    hedge_re: re.Pattern[str]
    hedge_ff_re: re.Pattern[str]
    actor_heads: tuple[str, ...]
    actor_head_re: str  # alternation, for embedding
    periods: dict[str, str]
    occurrence_units: tuple[str, ...]
    time_units: tuple[str, ...]
    measure_units: tuple[str, ...]
    background_headings: tuple[str, ...]
    duty_list_heads: tuple[str, ...]
    cue_only_titles: tuple[str, ...]
    report_titles: tuple[str, ...]
    table_scoring: tuple[str, ...]
    descriptive_starts: tuple[str, ...]
    descriptive_words: tuple[str, ...]
    answer_background: tuple[str, ...]
    copula_exceptions: tuple[str, ...]
    assignments: tuple[str, ...]
    formulas: tuple[str, ...]
    predicate_starts: tuple[str, ...]
    cue_adverbs: tuple[str, ...]
    condition_starts: tuple[str, ...]
    condition_ends: tuple[str, ...]
    verb_starts: tuple[str, ...]
    article_duty_starts: tuple[str, ...]
    declaring_actors: tuple[str, ...]
    time_limit_fields: tuple[str, ...]
    task_field_re: re.Pattern[str]
    condition_end_exceptions: tuple[str, ...]
    continuation_cues: frozenset[str]
    scope_res: dict[str, re.Pattern[str]]
    topic_cues: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load and compile the requirement lexicons (cached: loaded once per process)."""
    cues = _yaml("cues.yaml")
    cue_modality: dict[str, str] = {}
    aux: set[str] = set()
    verb: set[str] = set()
    for mod in MODALITIES:
        spec = cues.get(mod) or {}
        for w in spec.get("aux") or []:
            cue_modality[w] = mod
            aux.add(w)
        for w in spec.get("verb") or []:
            cue_modality[w] = mod
            verb.add(w)
    ff: list[str] = [w for words in (cues.get("false_friends") or {}).values() for w in (words or [])]
    periods = _yaml("periods.yaml")
    ctx = _yaml("context.yaml")
    scope = _yaml("scope.yaml")
    heads = tuple(sorted(set(_lines("actors.txt")), key=len, reverse=True))
    topics: dict[str, tuple[str, ...]] = {}
    for ln in _lines("topic_cues.tsv"):
        label, _, words = ln.partition("\t")
        topics[label] = tuple(w for w in words.split(",") if w)
    try:
        scope_res = {k: re.compile(v.replace("<DOC>", DOC_SELF)) for k, v in scope.items()}
    except re.error as exc:
        raise DataError(f"scope.yaml holds a bad pattern: {exc}") from None
    return Lexicon(
        cue_modality=cue_modality,
        aux_cues=frozenset(aux),
        verb_cues=frozenset(verb),
        cue_re=re.compile(_alt(list(cue_modality))),
        false_friend_re=re.compile(_alt(ff)) if ff else re.compile(r"(?!x)x"),
        hedge_re=re.compile(_alt(cues.get("hedges") or [])),
        hedge_ff_re=re.compile(_alt(cues.get("hedge_false_friends") or ["(?!x)x"])),
        actor_heads=heads,
        actor_head_re=_alt(list(heads)),
        periods=dict(periods["periods"]),
        occurrence_units=tuple(periods["occurrence_units"]),
        time_units=tuple(periods["time_units"]),
        measure_units=tuple(periods["measure_units"]),
        background_headings=tuple(ctx["background_headings"]),
        duty_list_heads=tuple(ctx["duty_list_heads"]),
        cue_only_titles=tuple(ctx["cue_only_titles"]),
        report_titles=tuple(ctx["report_titles"]),
        table_scoring=tuple(ctx.get("table_scoring", ())),
        descriptive_starts=tuple(ctx["descriptive_starts"]),
        descriptive_words=tuple(ctx["descriptive_words"]),
        answer_background=tuple(ctx.get("answer_background", ())),
        copula_exceptions=tuple(ctx["copula_exceptions"]),
        assignments=tuple(ctx.get("assignments", ())),
        formulas=tuple(ctx["formulas"]),
        predicate_starts=tuple(ctx["predicate_starts"]),
        cue_adverbs=tuple(ctx["cue_adverbs"]),
        condition_starts=tuple(ctx["condition_starts"]),
        condition_ends=tuple(ctx["condition_ends"]),
        verb_starts=tuple(ctx["verb_starts"]),
        article_duty_starts=tuple(ctx.get("article_duty_starts") or ()),
        declaring_actors=tuple(ctx.get("declaring_actors") or ()),
        time_limit_fields=tuple(ctx.get("time_limit_fields") or ()),
        task_field_re=re.compile(r"^\s*(?:" + _alt(list(ctx.get("time_limit_fields") or ())
                                                    + list(ctx.get("task_fields") or ())) + r")\s*[：:]"),
        condition_end_exceptions=tuple(ctx["condition_end_exceptions"]),
        continuation_cues=frozenset(cues.get("continuation") or []),
        scope_res=scope_res,
        topic_cues=topics,
    )
