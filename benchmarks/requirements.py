"""Requirement extraction: throughput (chars/s) and gold accuracy against a named baseline.

Baseline "modal-regex": cut the text into sentences at 。！？； and line ends and keep every
sentence that contains a modal word (要 应 必须 不得 可 鼓励 …), with the modality of the
first one — what one would write in five minutes. Both run on already-parsed documents
(the policies of corpora/real plus seed 003), so the timing is extraction only.
Run: PYTHONPATH=src python benchmarks/requirements.py
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from policytext.pipeline import parse
from policytext.records import Document, Requirement
from policytext.requirements import RequirementExtractor
from policytext.requirements.evaluate import evaluate

MODAL = re.compile(r"严禁|不得|禁止|杜绝|不准|必须|务必|应当|应|须|要|可以|可|鼓励|提倡|支持")
KIND = {"严禁": "must_not", "不得": "must_not", "禁止": "must_not", "杜绝": "must_not", "不准": "must_not",
        "可以": "may", "可": "may", "鼓励": "encourage", "提倡": "encourage", "支持": "encourage"}
SENT = re.compile(r"[^。！？；\n]+[。！？；]?")


class ModalRegexBaseline:
    """Every sentence with a modal word is a provision."""

    def extract(self, doc: Document) -> list[Requirement]:
        out = []
        for m in SENT.finditer(doc.text):
            w = MODAL.search(m.group())
            if w:
                out.append(Requirement(doc.source, "", m.group(), KIND.get(w.group(), "must"), None, None,
                                       None, [], m.start(), m.end()))
        return out


def throughput(extractor, docs: list[Document], rounds: int) -> float:
    chars = sum(len(d.text) for d in docs) * rounds
    t = time.perf_counter()
    for _ in range(rounds):
        for d in docs:
            extractor.extract(d)
    return chars / (time.perf_counter() - t)


def main() -> None:
    paths = sorted((ROOT / "corpora/real/corpus").glob("policy_*.txt")) + sorted(
        (ROOT / "corpora/real/seeds").glob("003_*.txt"))
    docs = [parse(p) for p in paths]
    total = sum(len(d.text) for d in docs)
    ours, base = RequirementExtractor(), ModalRegexBaseline()
    ours.extract(docs[0])  # warm the compiled patterns
    rounds = 5
    t_ours = throughput(ours, docs, rounds)
    t_base = throughput(base, docs, rounds)
    print(f"{len(docs)} policy documents, {total} chars, {rounds} rounds")
    print(f"{'extractor':<22}{'chars/s':>12}{'vs baseline':>14}")
    print(f"{'modal-regex baseline':<22}{t_base:>12,.0f}{1.0:>13.2f}x")
    print(f"{'RequirementExtractor':<22}{t_ours:>12,.0f}{t_ours / t_base:>13.2f}x")
    print()
    print(f"{'accuracy':<22}{'split':>6}{'recall':>8}{'precision':>11}{'modality':>10}{'constraint F1':>15}")
    for name, ex in (("modal-regex baseline", base), ("RequirementExtractor", ours)):
        res = evaluate(ROOT / "corpora/requirements", "all", extractor=ex)
        for split in ("dev", "test"):
            m = res["splits"][split]
            print(f"{name:<22}{split:>6}{m['provision_recall']:>8.3f}{m['provision_precision']:>11.3f}"
                  f"{m['modality_accuracy']:>10.3f}{m['constraint_f1']:>15.3f}")


if __name__ == "__main__":
    main()
