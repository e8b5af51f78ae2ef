"""One exception family for everything a user can act on.

The CLI turns every :class:`PolicyTextError` into one line on stderr and exit code 1.
Each subclass has a stable ``code`` so scripts can tell failures apart.
"""
from __future__ import annotations


class PolicyTextError(Exception):
    """Base class: a problem with the user's input or setup, never a bug."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:  # one sentence, with the file when we know it
        msg = super().__str__()
        return f"{self.path}: {msg}" if self.path else msg


class InputNotFound(PolicyTextError):
    code = "E001"


class UnsupportedFormat(PolicyTextError):
    code = "E002"


class EmptyDocument(PolicyTextError):
    code = "E003"


class NotText(PolicyTextError):
    """Binary junk or an encoding we cannot decode."""

    code = "E004"


class EncryptedPDF(PolicyTextError):
    code = "E005"


class BrokenFile(PolicyTextError):
    """A PDF/DOCX/HTML file that is truncated or corrupt."""

    code = "E006"


class ScannedPDF(PolicyTextError):
    """A PDF with no text layer: it needs OCR first."""

    code = "E007"


class FileTooLarge(PolicyTextError):
    code = "E008"


class ModelError(PolicyTextError):
    """The classifier model is missing or incompatible."""

    code = "E010"


class QueryError(PolicyTextError):
    """A search query that cannot be parsed."""

    code = "E020"


class ArchiveError(PolicyTextError):
    code = "E021"


class DataError(PolicyTextError):
    """A taxonomy, label or gold file that is malformed."""

    code = "E030"
