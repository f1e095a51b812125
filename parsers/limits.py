"""Size, time and depth limits for untrusted input, and the cheap checks that enforce them.

Every reader consults these before handing bytes to a library that could be made to use
unbounded memory or time (zip containers, PDF page trees, deep HTML). A body over a limit gives
a one-line error; a body that is merely long gives a bounded partial parse with `truncated` set.
Environment variables override the defaults (e.g. FOI_MAX_BODY_BYTES) for a run.
"""
from __future__ import annotations

import io
import os
import time
import zipfile
from dataclasses import dataclass


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = _env_int("FOI_MAX_BODY_BYTES", 50 * 1024 * 1024)
    # A body this large is still read, but logged: one tenth of the refusal size or more is rare.
    warn_body_bytes: int = _env_int("FOI_WARN_BODY_BYTES", 5 * 1024 * 1024)
    max_pdf_pages: int = _env_int("FOI_MAX_PDF_PAGES", 500)
    max_ocr_pages: int = _env_int("FOI_MAX_OCR_PAGES", 30)
    # Zip containers (DOCX/XLSX): checked from the central directory before any library opens them.
    max_zip_members: int = _env_int("FOI_MAX_ZIP_MEMBERS", 2000)
    max_unzipped_bytes: int = _env_int("FOI_MAX_UNZIPPED_BYTES", 200 * 1024 * 1024)
    max_zip_ratio: int = _env_int("FOI_MAX_ZIP_RATIO", 200)  # per member; office XML is ~5-30x
    max_sheet_rows: int = _env_int("FOI_MAX_SHEET_ROWS", 20000)
    max_sheet_cols: int = _env_int("FOI_MAX_SHEET_COLS", 200)
    max_empty_rows: int = _env_int("FOI_MAX_EMPTY_ROWS", 1000)  # a run of blank rows ends a sheet
    max_html_depth: int = _env_int("FOI_MAX_HTML_DEPTH", 200)
    max_text_chars: int = _env_int("FOI_MAX_TEXT_CHARS", 2_000_000)
    seconds_per_doc: float = _env_float("FOI_SECONDS_PER_DOC", 20.0)


LIMITS = Limits()


class LimitExceeded(Exception):
    """Input refused outright because reading it would break a limit."""


class Budget:
    """A per-document deadline, checked between pages/rows so a reader stops with what it has."""

    def __init__(self, seconds: float | None = None):
        self.deadline = time.monotonic() + (LIMITS.seconds_per_doc if seconds is None else seconds)

    def spent(self) -> bool:
        return time.monotonic() > self.deadline


def check_zip(data: bytes, limits: Limits = LIMITS) -> None:
    """Refuse zip bombs from the central directory alone (sizes declared there, nothing inflated).

    The declared sizes cannot lie usefully: zipfile stops each member at its declared size and
    fails the CRC check if more was packed in.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise LimitExceeded(f"damaged zip container: {exc}") from exc
    infos = zf.infolist()
    if len(infos) > limits.max_zip_members:
        raise LimitExceeded(f"zip has {len(infos)} members (limit {limits.max_zip_members})")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > limits.max_zip_ratio * max(info.compress_size, 1):
            raise LimitExceeded(f"zip bomb: {info.filename!r} inflates {info.file_size // max(info.compress_size, 1)}x")
    if total > limits.max_unzipped_bytes:
        raise LimitExceeded(f"zip inflates to {total} bytes (limit {limits.max_unzipped_bytes})")


def bounded_zip(data: bytes) -> io.BytesIO:
    """The bytes as a file object, after check_zip passed (for python-docx and openpyxl)."""
    check_zip(data)
    return io.BytesIO(data)
