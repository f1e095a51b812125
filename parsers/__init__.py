"""Parsers: pure functions from (bytes, content type, URL) to the parse record of
../shared/contract/response.schema.json. No network, no database."""
from __future__ import annotations

from parsers.document import parse_document
from parsers.merge import merge_attachments

__all__ = ["parse_document", "merge_attachments"]
