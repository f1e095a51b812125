"""Generators for hostile input files, written into a test's tmp_path (nothing is committed).

Each returns bytes small enough to build in well under a second.
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib


def pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from object bodies (object i+1 is objects[i]) with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _text_stream(text: bytes) -> bytes:
    content = b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET"
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def many_pages_pdf(pages: int) -> bytes:
    """A real PDF of `pages` pages sharing one content stream (a few bytes per page)."""
    # 1 catalog, 2 pages root, 3 font, 4 content, 5.. page objects
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, kids),
            _FONT,
            _text_stream(b"Reference: FOI-1234. Request 1. How many pages?")]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    objs += [page] * pages
    return pdf(objs)


def lying_count_pdf(claimed: int) -> bytes:
    """One real page in a page tree that claims `claimed` pages."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Count %d /Kids [5 0 R] >>" % claimed,
            _FONT, _text_stream(b"Request 1. How many pages are there?"),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"]
    return pdf(objs)


def deep_pages_pdf(depth: int) -> bytes:
    """A page tree nested `depth` levels deep (each /Pages node has one /Pages kid)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", _FONT, _text_stream(b"Request 1. How deep is this?")]
    # objects 2 (already reserved) ... : rebuild list with the tree after the fixed objects
    objs = [objs[0], None, objs[1], objs[2]]  # 1 catalog, 2 root node, 3 font, 4 content
    first = 5
    nodes = [2] + list(range(first, first + depth - 1))
    leaf = first + depth - 1
    bodies = {}
    for k, num in enumerate(nodes):
        kid = nodes[k + 1] if k + 1 < len(nodes) else leaf
        bodies[num] = b"<< /Type /Pages /Count 1 /Kids [%d 0 R] >>" % kid
    bodies[leaf] = (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
                    b" /Contents 4 0 R >>" % nodes[-1])
    objs[1] = bodies[2]
    for num in range(first, leaf + 1):
        objs.append(bodies[num])
    return pdf(objs)


def deep_array_pdf(depth: int) -> bytes:
    """A page whose resources hold an array nested `depth` levels deep."""
    nested = b"[" * depth + b"1" + b"]" * depth
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Count 1 /Kids [5 0 R] >>",
            _FONT, _text_stream(b"Request 1. Is this nested?"),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >>"
            b" /Junk " + nested + b" >> /Contents 4 0 R >>"]
    return pdf(objs)


def _bomb_member(size: int) -> tuple[bytes, int]:
    """(raw deflate data, CRC-32) for `size` spaces, built in ~1 s for gigabytes.

    After a full flush the compressor starts afresh, so every 16 MB chunk deflates to the same
    bytes: one chunk is compressed once and its output repeated.
    """
    chunk = b" " * (16 * 1024 * 1024)
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = co.compress(chunk) + co.flush(zlib.Z_FULL_FLUSH)
    n, rest = divmod(size, len(chunk))
    tail = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = block * n + tail.compress(chunk[:rest]) + tail.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(n):
        crc = zlib.crc32(chunk, crc)
    return data, zlib.crc32(chunk[:rest], crc)


def _zip_with(members: dict[str, bytes], bomb_name: str, bomb_bytes: int) -> bytes:
    """A valid zip: `members` plus one deflated member inflating to `bomb_bytes` (< 4 GiB) spaces."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    plain = buf.getvalue()
    cd_at = plain.rfind(b"PK\x01\x02", 0, plain.rfind(b"PK\x05\x06"))
    cd_start = struct.unpack("<I", plain[plain.rfind(b"PK\x05\x06") + 16:][:4])[0]
    local, central = plain[:cd_start], plain[cd_start:plain.rfind(b"PK\x05\x06")]
    del cd_at
    data, crc = _bomb_member(bomb_bytes)
    name = bomb_name.encode()
    offset = len(local)
    head = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), bomb_bytes, len(name), 0)
    entry = struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(data), bomb_bytes,
                        len(name), 0, 0, 0, 0, 0, offset)
    body = local + head + name + data
    cd = central + entry + name
    count = len(members) + 1
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(cd), len(body), 0)
    return body + cd + end


_CT = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       b'<Default Extension="xml" ContentType="application/xml"/></Types>')


def docx_bomb(inflated: int) -> bytes:
    return _zip_with({"[Content_Types].xml": _CT}, "word/document.xml", inflated)


def xlsx_bomb(inflated: int) -> bytes:
    return _zip_with({"[Content_Types].xml": _CT, "xl/workbook.xml": b"<workbook/>"}, "xl/worksheets/sheet1.xml", inflated)


def lying_zip(declared: int) -> bytes:
    """A tiny docx-looking zip whose central directory claims a member of `declared` bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("word/document.xml", b"<w:document/>")
    data = bytearray(buf.getvalue())
    # Patch the uncompressed size (offset 24) of the second central-directory entry.
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24: cd + 28] = struct.pack("<I", min(declared, 0xFFFFFFFE))
    return bytes(data)


def xlsx_sheet(sheet_xml: bytes) -> bytes:
    """A minimal valid XLSX with one sheet whose XML is given."""
    ns = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    files = {
        "[Content_Types].xml": (
            b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            b'<Default Extension="xml" ContentType="application/xml"/>'
            b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            b"</Types>"),
        "_rels/.rels": (
            b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            b"</Relationships>"),
        "xl/workbook.xml": (b'<?xml version="1.0" encoding="UTF-8"?><workbook ' + ns + b" " + rel + b">"
                            b'<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            b"</Relationships>"),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _cell(ref: str, value) -> bytes:
    if isinstance(value, int):
        return b'<c r="%s"><v>%d</v></c>' % (ref.encode(), value)
    return b'<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref.encode(), value.encode())


def sheet_xml(data_rows: list[list], empty_rows_after: int = 0, styled_empty: bool = True,
              dimension: str | None = None) -> bytes:
    """Sheet XML: data rows, then `empty_rows_after` rows holding only a styled empty cell."""
    ns = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    dim = b'<dimension ref="%s"/>' % dimension.encode() if dimension else b""
    parts = [b'<?xml version="1.0" encoding="UTF-8"?><worksheet ' + ns + b">" + dim + b"<sheetData>"]
    for r, row in enumerate(data_rows, start=1):
        cells = b"".join(_cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row))
        parts.append(b'<row r="%d">' % r + cells + b"</row>")
    start = len(data_rows) + 1
    empty = (lambda r: b'<row r="%d"><c r="A%d" s="0"/></row>' % (r, r)) if styled_empty else (lambda r: b'<row r="%d"/>' % r)
    parts.extend(empty(r) for r in range(start, start + empty_rows_after))
    parts.append(b"</sheetData></worksheet>")
    return b"".join(parts)


def deep_html(depth: int) -> bytes:
    return (b"<html><head><title>Deep</title></head><body><main><h1>Drones (99/24)</h1>"
            b"<p>Request</p><p>1. How many drones do you own?</p><p>Response</p><p>We own 4 drones.</p>"
            + b"<div>" * depth + b"buried" + b"</div>" * depth + b"</main></body></html>")
