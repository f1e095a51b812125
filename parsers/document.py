"""parse_document: sniff the format, read it, analyse the text; never raises on bad input."""
from __future__ import annotations

from parsers import charset
from parsers.analyse import analyse
from parsers.limits import LIMITS, Budget, LimitExceeded
from parsers.not_response import classify as not_response
from parsers.record import error_record
from parsers.sniff import sniff


def parse_document(data: bytes, content_type: str | None = None, url: str | None = None,
                   force: str | None = None, source: str | None = None) -> dict:
    source = source or url or ""
    fmt = None
    try:
        if data is None or not data.strip():
            return error_record("empty file", source)
        if len(data) > LIMITS.max_body_bytes:
            return error_record(f"file too large ({len(data)} bytes, limit {LIMITS.max_body_bytes})", source)
        data = charset.to_utf8(data, content_type)
        fmt = sniff(data, content_type, url)
        rec = _parse(fmt, data, content_type, url, force, source)
    except LimitExceeded as exc:
        return error_record(f"{fmt or 'unknown'} refused: {exc}", source, fmt)
    except RecursionError:
        return error_record(f"{fmt or 'unknown'} parse failed: structure nested too deeply", source, fmt)
    except MemoryError:
        return error_record(f"{fmt or 'unknown'} parse failed: out of memory", source, fmt)
    except Exception as exc:  # one bad file must never stop a batch
        return error_record(f"{fmt or 'unknown'} parse failed: {type(exc).__name__}: {exc}", source, fmt)
    return rec


def _parse(fmt: str, data: bytes, content_type, url, force, source) -> dict:
    ocr = False
    truncated = None
    budget = Budget()
    if fmt == "html":
        from parsers.html import read_html

        page = read_html(data, url, content_type)
        truncated = page["truncated"]
        rec = analyse(page["text"], source=source, url=url, force_slug=force, title_hint=page["title"],
                      published_hint=page["published"], attachments=page["attachments"],
                      head_text=page["head"], fmt=fmt, page=page)
    elif fmt == "pdf":
        from parsers.pdf import read_pdf

        try:
            doc = read_pdf(data, budget)
        except LimitExceeded:
            raise
        except Exception as exc:
            return error_record(f"unreadable PDF (truncated or damaged): {exc}", source, fmt)
        ocr = doc["ocr"]
        truncated = doc["truncated"]
        if not doc["text"].strip():
            return error_record("PDF has no text, even after OCR", source, fmt)
        rec = analyse(doc["text"], source=source, url=url, force_slug=force, extra_tables=doc["tables"],
                      head_text=doc["text"][:600], fmt=fmt)
    elif fmt == "docx":
        from parsers.docx import read_docx

        doc = read_docx(data)
        truncated = doc.get("truncated")
        rec = analyse(doc["text"], source=source, url=url, force_slug=force, extra_tables=doc["tables"],
                      head_text=doc["text"][:600], fmt=fmt, headings=doc.get("headings"),
                      fields=doc.get("fields"), header_text=doc.get("header_text", ""))
    elif fmt in ("xlsx", "csv"):
        from parsers.sheets import read_csv, read_xlsx

        doc = read_xlsx(data, budget) if fmt == "xlsx" else read_csv(data, content_type)
        truncated = doc["truncated"]
        if not doc["tables"]:
            return error_record(f"{fmt} has no cells", source, fmt)
        rec = analyse(doc["text"], source=source, url=url, force_slug=force, extra_tables=doc["tables"],
                      find_tables=False, title_hint=doc.get("title"))
        if doc.get("reference"):  # read from the title rows above the grid ("FOI Ref: 12-24")
            rec["reference"] = doc["reference"]
        if not doc.get("letter"):  # (a sheet that is the reply itself says it: parsers/sheets.py)
            rec["outcome"] = "unknown"  # a data file alone does not say what was asked or withheld
    elif fmt == "text":
        text = charset.decode(data, content_type)[0]
        if len(text) > LIMITS.max_text_chars:
            truncated = f"text cut at {LIMITS.max_text_chars} characters"
        rec = analyse(text, source=source, url=url, force_slug=force, head_text=text[:600], fmt=fmt)
    else:
        return error_record("unsupported or unrecognised file format", source, fmt)
    rec["format"] = fmt
    rec["ocr"] = ocr
    if truncated:  # a bounded partial parse: the record is good as far as it goes
        rec["truncated"] = truncated
    rec["not_response"] = not_response(rec, data if fmt == "html" else None, url,  # why it is no response
                                       text=text if fmt == "text" else None)
    if (rec["not_response"] or "").startswith("listing page") and fmt == "html":
        # a log's index page: its entries' titles, references and first asks are theirs, not the page's
        rec.update(questions=[], request_text="", reference=None,
                   title=next((h for h in page.get("h1") or [] if h.strip()), None) or rec.get("title"))
    return rec
