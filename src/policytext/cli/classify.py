"""``policytext classify``, ``policytext train`` and ``policytext evaluate classify``."""
from __future__ import annotations

from pathlib import Path

import typer

from . import app, evaluate_app
from .common import (
    Format,
    emit,
    err,
    expand_inputs,
    guarded,
    out,
    report_failures,
    resolve_format,
    run_batch,
)

#: columns of the table and CSV views (JSON keeps every field)
COLUMNS = ["doc", "level", "section", "start", "end", "topics", "function", "text"]


def _rows(labels, doc, with_text: bool) -> list[dict]:
    rows = []
    for lab in labels:
        rows.append({
            "doc": lab.doc, "level": lab.level, "section": lab.section, "start": lab.start,
            "end": lab.end,
            "topics": " ".join(f"{t.label}:{t.score:.2f}" for t in lab.topics),
            "function": f"{lab.function.label}:{lab.function.score:.2f}",
            "text": doc.text[lab.start:lab.end][:60] if with_text else "",
        })
    return rows


def _classified(path: Path, parse, classify_document, clf):
    doc = parse(path)
    return doc, classify_document(doc, clf)


@app.command("classify")
@guarded
def classify_cmd(
    paths: list[Path] = typer.Argument(..., help="Files or folders (txt, html, pdf, docx, md)."),
    fmt: Format = typer.Option(None, "--format", "-f", help="table, json, jsonl or csv."),
    model: Path | None = typer.Option(None, "--model", "-m", dir_okay=False,
                                         help="A .skops model (default: models/classifier.skops)."),
) -> None:
    """Label each section and paragraph with topics (with scores) and one function.

    Example: policytext classify corpora/real/seeds/003_5fc48af29f382da5.txt --format json
    """
    from ..classify import classify_document, load_model
    from ..pipeline import parse

    clf = load_model(model)  # fails early, with advice, when there is no usable model
    files = expand_inputs(paths)
    done, failed = run_batch(files, lambda f: _classified(f, parse, classify_document, clf),
                             "classifying")
    results = [r for _, r in done]
    fmt = resolve_format(fmt)
    if fmt in (Format.table, Format.csv):
        rows = [r for doc, labels in results for r in _rows(labels, doc, fmt is Format.table)]
        emit(rows, fmt, columns=COLUMNS if fmt is Format.table else COLUMNS[:-1])
    else:
        emit([lab for _, labels in results for lab in labels], fmt)
    report_failures(failed, len(files))


@app.command("train")
@guarded
def train_cmd(
    taxonomy: Path | None = typer.Option(None, "--taxonomy", dir_okay=False,
                                            help="Taxonomy YAML/JSON (default: the shipped one)."),
    data: Path | None = typer.Option(None, "--data", help="Folder with labels/*.jsonl "
                                        "(and written/*.txt); default corpora/classify."),
    out_dir: Path | None = typer.Option(None, "--out", file_okay=False,
                                           help="Where to write classifier.skops and README.md "
                                           "(default: models/)."),
    include_test: bool = typer.Option(False, "--include-test",
                                      help="Also train on the held-out seed documents."),
    no_eval: bool = typer.Option(False, "--no-eval", help="Skip the evaluation (no model card)."),
) -> None:
    """Train the classifier from labelled lines, evaluate it, save it with its model card.

    Example: policytext train --taxonomy my_taxonomy.yaml --data my_labels/ --out my_models/
    """
    from ..classify import train_model

    err.print("training (evaluation splits first; this takes a few minutes) …")
    res = train_model(taxonomy, data, out_dir, include_test=include_test, evaluate=not no_eval)
    for r in res.results:
        s = r.systems["model"]
        b = r.systems["keyword baseline"]
        out.print(f"{r.name}: topic macro-F1 {s.topic_macro_f1:.3f} (baseline {b.topic_macro_f1:.3f}), "
                  f"function accuracy {s.function_accuracy:.3f} (baseline {b.function_accuracy:.3f}) "
                  f"— {r.description}")
    out.print(f"model: {res.model_path} ({res.n_train} lines, {res.seconds:.0f} s)"
              + (f"; card: {res.card_path}" if res.card_path else ""))


@evaluate_app.command("classify")
@guarded
def evaluate_classify_cmd(
    taxonomy: Path | None = typer.Option(None, "--taxonomy", dir_okay=False, help="Taxonomy file."),
    data: Path | None = typer.Option(None, "--data", help="Folder with labels/*.jsonl."),
    folds: int = typer.Option(5, "--folds", min=2, help="Cross-validation folds (by document)."),
    no_cv: bool = typer.Option(False, "--no-cv", help="Only the real held-out splits (seeds, congress reports)."),
    unseen: list[Path] = typer.Option(
        [], "--unseen", exists=True, dir_okay=False,
        help="Label file of a document the saved model never saw: score the model as it is on "
             "these files instead of training (repeatable)."),
    model: Path | None = typer.Option(None, "--model", dir_okay=False,
                                      help="Model file for --unseen (default: the shipped model)."),
) -> None:
    """Score the model and the keyword baseline: real held-out splits and document-level CV,
    or the saved model on documents it never saw (--unseen).

    Example: policytext evaluate classify --folds 5
    """
    from ..classify.data import default_data_dir, load_examples, load_label_file
    from ..classify.evaluate import evaluate_cv, evaluate_held_out, evaluate_saved, format_report
    from ..classify.taxonomy import load_taxonomy

    tax = load_taxonomy(taxonomy)
    examples = load_examples(data or default_data_dir(), tax)
    if unseen:
        from ..classify.persist import load_model

        test = [e for f in unseen for e in load_label_file(f, tax)]
        tested = {e.doc for e in test}
        train = [e for e in examples if e.doc not in tested]
        results = [evaluate_saved(load_model(model, tax), test, train, tax,
                                  "the saved model as it is, on documents it was not trained on")]
    else:
        results = evaluate_held_out(examples, tax)
        if not no_cv:
            results.append(evaluate_cv(examples, tax, folds=folds))
    import sys

    sys.stdout.write(format_report(results, tax) + "\n")
