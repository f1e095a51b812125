"""A cap on the bytes one answer may carry: a page or JSON body larger than MAX_RESPONSE_BYTES
is refused with 400 instead of being sent.

Datasette builds a page or JSON answer whole and sends it as one body. A 1,000-row answer of
32 MB values (the SQL value cap) would be gigabytes; the statement watchdog stops the fetch when
the process grows past its memory limit, and this stops whatever is still too big at the door.
Streamed answers (several body messages: the `_stream=on` CSV export of a table, the corpus
downloads) are exports of stored rows and pass, each chunk bounded by the page size.
"""
from __future__ import annotations

import os

MAX_RESPONSE_BYTES = 128 * 1024 * 1024
CAP_MB_ENV = "FOI_MAX_RESPONSE_MB"   # an operator's (or a test's) own cap, in MB


def response_limit() -> int:
    """The cap in bytes: FOI_MAX_RESPONSE_MB when set to a positive number, else 128 MB."""
    try:
        mb = float(os.environ.get(CAP_MB_ENV, ""))
    except ValueError:
        return MAX_RESPONSE_BYTES
    return int(mb * 2**20) if mb > 0 else MAX_RESPONSE_BYTES


def _message(limit: int) -> bytes:
    size = f"{limit / 2**20:g} MB" if limit >= 2**20 else f"{limit:,} bytes"
    return (f"This answer would be larger than {size}: ask for fewer "
            "rows (_size=) or columns, or use the downloads (/downloads).\n").encode()


def with_response_cap(app, limit: int | None = None):
    limit = response_limit() if limit is None else limit
    refusal = _message(limit)

    async def wrapped(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        held: dict = {}

        async def capped_send(message):
            kind = message["type"]
            if kind == "http.response.start" and not held:
                held["start"] = message           # sent with the first body, or replaced
                return
            if kind == "http.response.body" and "start" in held:
                start = held.pop("start")
                held["sent"] = True
                if not message.get("more_body") and len(message.get("body", b"")) > limit:
                    await send({"type": "http.response.start", "status": 400,
                                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                            (b"content-length", str(len(refusal)).encode())]})
                    await send({"type": "http.response.body", "body": refusal})
                    return
                await send(start)
            await send(message)

        await app(scope, receive, capped_send)
        if "start" in held:   # a start with no body message at all
            await send(held["start"])

    return wrapped
