"""Check reports against a guideline: ``check(report, policy)`` -> :class:`CheckResult`."""
from __future__ import annotations

from ..errors import ModelError
from ..records import Document
from .core import CheckResult, ReportView, assess, check_documents, prepare_report


def _labels(doc: Document):
    from ..classify import classify_document

    try:
        return classify_document(doc)
    except ModelError:
        return None  # heading and sentence cues stand in for the classifier


def check(report: Document, policy: Document) -> CheckResult:
    """Hold one parsed report against one parsed guideline, provision by provision."""
    return check_many([report], policy)[0]


def check_many(reports: list[Document], policy: Document) -> list[CheckResult]:
    """Hold several reports against one guideline; the guideline is read once."""
    from ..figures import extract_figures
    from ..requirements import extract_requirements
    from .run_in import with_run_in_headings
    from .time_limits import with_time_limits

    reqs = with_time_limits(policy, with_run_in_headings(policy, extract_requirements(policy)))
    return [
        check_documents(r, reqs, extract_figures(r), _labels(r), policy_source=policy.source)
        for r in reports
    ]


__all__ = ["CheckResult", "ReportView", "assess", "check", "check_documents", "check_many",
           "prepare_report"]
