"""Write parsed response records into a corpus (the lower layer of the build).

`write_corpus` takes records shaped like ../shared/contract/response.schema.json plus the build's
extras (`url`, `source_urls`, `fetched_at`, `topic_tags`, `format`, `ocr`, `attachment_text`)
and writes every corpus table into a fresh file; `append_corpus` adds or replaces a batch in an
existing one. Records that share a response id are one response.

The work is split by seam: archive/corpus_rows.py (a record as rows of every table),
archive/corpus_bulk_write.py (the full build), archive/corpus_append.py (the incremental one).
This module keeps the names the build, bench and tests import.
"""
from __future__ import annotations

from archive.corpus_append import SchemaMismatch, append_corpus
from archive.corpus_bulk_write import write_corpus
from archive.corpus_rows import WriteResult, content_hash, merge_duplicates
from archive.corpus_schema import date_order

__all__ = ["SchemaMismatch", "WriteResult", "append_corpus", "content_hash", "date_order",
           "merge_duplicates", "write_corpus"]
