"""Training the shipped model and writing its model card.

``train_model`` evaluates on the document-level splits first (so the card states what the
model scores on documents it never saw), then fits the final model on the training split
— every labelled document except the real in-domain seeds, which stay held out so the
card's test numbers describe the very file that is shipped — and saves it with skops.
"""
from __future__ import annotations

import datetime as _dt
import platform
import time
from dataclasses import dataclass, field
from pathlib import Path

from .data import Example, default_data_dir, is_national_doc, is_test_doc, load_examples
from .evaluate import SplitResult, evaluate_cv, evaluate_held_out, format_report
from .model import PassageClassifier
from .persist import MODEL_FILE, save_model
from .taxonomy import Taxonomy, load_taxonomy


@dataclass
class TrainResult:
    """What a training run produced."""

    model_path: Path
    card_path: Path | None
    n_train: int
    n_docs: int
    seconds: float
    results: list[SplitResult] = field(default_factory=list)


def _versions() -> str:
    import jieba
    import numpy
    import scipy
    import sklearn
    import skops

    return (f"python {platform.python_version()}, scikit-learn {sklearn.__version__}, "
            f"skops {skops.__version__}, numpy {numpy.__version__}, scipy {scipy.__version__}, "
            f"jieba {jieba.__version__}")


def _data_table(examples: list[Example]) -> str:
    rows = {}
    for e in examples:
        split = ("test (held out)" if is_test_doc(e.doc) else
                 "train; test-national (held out of that split only)" if is_national_doc(e.doc)
                 else "train")
        key = (split, "real" if e.real else "written here")
        docs, n = rows.get(key, (set(), 0))
        docs.add(e.doc)
        rows[key] = (docs, n + 1)
    out = ["| split | documents | origin | labelled lines |", "|---|---|---|---|"]
    for (split, origin), (docs, n) in sorted(rows.items()):
        out.append(f"| {split} | {len(docs)} | {origin} | {n} |")
    return "\n".join(out)


#: the issue's aim on real test documents
AIM_TOPIC_F1, AIM_FUNCTION_ACC = 0.85, 0.90


def _aim(results: list[SplitResult]) -> str:
    test = next((r for r in results if r.name == "test"), None)
    if test is None:
        return ""
    m = test.systems["model"]
    measured = (f"Aim on real test documents: topic macro-F1 ≥ {AIM_TOPIC_F1}, function accuracy ≥ "
                f"{AIM_FUNCTION_ACC}. Measured on the held-out seeds: topic macro-F1 "
                f"{m.topic_macro_f1:.3f} ({m.topic_macro_f1 - AIM_TOPIC_F1:+.3f}), function accuracy "
                f"{m.function_accuracy:.3f} ({m.function_accuracy - AIM_FUNCTION_ACC:+.3f}), over "
                f"{m.n} body lines of {test.n_test_docs} documents.")
    lines = ["## Against the aim", "", measured]
    if m.topic_macro_f1 < AIM_TOPIC_F1 or m.function_accuracy < AIM_FUNCTION_ACC:
        why = ("The aim is **not met**. Why, as far as the per-document and per-label "
               "tables show: the test set is small (a few lines per label, so one line moves a "
               "label's F1 by 0.1–0.3); the real seed paragraphs are long and cover three or "
               "four topics each, while most training lines are shorter and cover one or two; "
               "the news seeds (002, 004) mix reported measures with quotes and commentary, "
               "which the labelling rules call `other` and the model reads as measures; and "
               "most training documents are written here, so the wording of real documents is "
               "underrepresented. " + _national(results)
               + "More labelled real in-domain documents are the likeliest fix.")
        lines += ["", why]
    return "\n".join(lines) + "\n"


def _national(results: list[SplitResult]) -> str:
    """What the real national split says of the limit, from its numbers."""
    nat = next((r for r in results if r.name == "test-national"), None)
    if nat is None:
        return ""
    m, b = nat.systems["model"], nat.systems["keyword baseline"]
    topics = ("falls below" if m.topic_macro_f1 < b.topic_macro_f1 else "is only "
              f"{m.topic_macro_f1 - b.topic_macro_f1:.2f} above")
    return (f"The `test-national` split shows the limit plainly: on real national "
            f"party-building text the model trained without it {topics} the cue-word baseline "
            f"on topics (macro-F1 {m.topic_macro_f1:.2f} against {b.topic_macro_f1:.2f}) and reads "
            f"the congress reports' future tasks (要…, 必须…) as a guideline's requirements rather "
            f"than a report's plans (function accuracy {m.function_accuracy:.2f}). ")


def write_card(path: Path, taxonomy: Taxonomy, examples: list[Example], model: PassageClassifier,
               results: list[SplitResult], seconds: float, include_test: bool,
               model_path: Path) -> Path:
    """models/README.md: data, split, metrics per label, date, library versions."""
    size = model_path.stat().st_size / 1e6 if model_path.exists() else 0.0
    thr = ", ".join(f"{lab} {t:.2f}" for lab, t in zip(model.topic_labels_, model.thresholds_))
    trained_on = ("every labelled document, seeds included (`--include-test`): the test "
                  "numbers below were measured before, on the held-out split"
                  if include_test else "the training split only (seeds held out)")
    text = f"""# Model card: policytext passage classifier

- **File**: `{model_path.name}` ({size:.1f} MB), skops format, loaded with an explicit
  trusted-types list (`policytext.classify.persist.TRUSTED`); never pickle.
- **Date**: {_dt.date.today().isoformat()}
- **Libraries**: {_versions()}
- **Taxonomy**: `{taxonomy.name}` (fingerprint `{taxonomy.fingerprint}`), {len(taxonomy.topics)}
  topics (multi-label) and {len(taxonomy.functions)} functions (one per passage); see
  `docs/taxonomy.md` and `src/policytext/data/taxonomy.yaml`.
- **Model**: TF-IDF over character 1–3-grams and jieba words of the passage, character
  n-grams of the document title and enclosing headings, position bin, heading flag, length
  and counts of the taxonomy's cue words (weight {model.cue_weight}); one logistic
  regression per topic (class-balanced, C={model.C_topic}) with per-label thresholds tuned
  on out-of-fold probabilities (GroupKFold by document); a paragraph's topic score is the
  higher of its own and {model.sentence_weight} times its best sentence's (a long paragraph
  that spends one sentence on a topic is about it too), and a topic is kept only when it
  also scores {model.relative_threshold} of the passage's top topic; a multinomial logistic regression
  for the function (C={model.C_function}), which also reads the parsed document's type
  (policy, report, news, other; weight {model.genre_weight}). Heading context weight: topics
  {model.topic_context_weight}, function {model.function_context_weight}.
- **Trained on**: {trained_on}; {model.n_train_} labelled lines; {seconds:.0f} s for the
  whole run (evaluation + final fit) on this machine.
- **Topic thresholds**: {thr}.

## Data

Labelled lines from `corpora/classify/labels/` (format in `corpora/README.md`). "Real"
documents are published texts (the seeds, the party-building passages of the congress reports, and
out-of-domain real corpus documents);
"written here" are realistic documents written for this project by annotator sessions.

{_data_table(examples)}

## Metrics

Body lines only (headings and paragraphs; titles and boilerplate lines excluded) unless
marked "all lines". Topic macro-F1 is the mean F1 over the topic labels that occur in the
truth of the split. The keyword baseline labels topics by the taxonomy's cue words and the
function by cue words in the headings and passage, or, where no cue is found, by the most
frequent function in its training lines (so its function score moves when that one
changes).

{format_report(results, taxonomy)}

{_aim(results)}
## Retrain

    policytext train                      # default taxonomy and corpora/classify
    policytext train --taxonomy my.yaml --data my_labels/ --out my_models/
    policytext evaluate classify          # the tables above, without saving a model
"""
    path.write_text(text, encoding="utf-8")
    return path


def train_model(taxonomy_path: str | Path | None = None, data_dir: str | Path | None = None,
                out_dir: str | Path | None = None, include_test: bool = False,
                evaluate: bool = True, model_params: dict | None = None) -> TrainResult:
    """Evaluate on the document splits, fit the final model, save it and its card."""
    t0 = time.perf_counter()
    taxonomy = load_taxonomy(taxonomy_path)
    examples = load_examples(data_dir or default_data_dir(), taxonomy)
    params = model_params or {}
    results: list[SplitResult] = []
    if evaluate:
        results.extend(evaluate_held_out(examples, taxonomy, params))
        results.append(evaluate_cv(examples, taxonomy, model_params=params))
    train = examples if include_test else [e for e in examples if not is_test_doc(e.doc)]
    model = PassageClassifier.for_taxonomy(taxonomy, **params).fit(
        [e.passage for e in train], [(e.topics, e.function) for e in train], [e.doc for e in train])
    out = Path(out_dir) if out_dir is not None else Path(__file__).resolve().parents[3] / "models"
    model_path = save_model(model, out / MODEL_FILE)
    seconds = time.perf_counter() - t0
    card = write_card(out / "README.md", taxonomy, examples, model, results, seconds,
                      include_test, model_path) if evaluate else None
    return TrainResult(model_path, card, len(train), len({e.doc for e in examples}), seconds, results)
