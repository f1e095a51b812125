"""Keep Python's full garbage collections off the request path of a serving process.

A serving process holds ~100,000 long-lived objects after its first pages (Datasette, plugins,
compiled templates, index metadata). CPython's full (generation 2) collection walks all of
them: 65-85 ms of CPU at 1M responses, about once every 80 table pages. Every request on that
process waits for it, so under 8 clients a single pause is the p95 of a whole benchmark row.

`gc.freeze()` moves every object alive now into a permanent generation that collections no
longer walk (objects still die normally by reference count). A serving process freezes when it
has started (`freeze_now`, from the startup hook: the modules and the site, most of the
objects, before it takes a request); again once it has served its first pages and is idle (no
request in flight, so a request's own objects are not frozen with the rest); then, when idle,
after 2x as many further requests each time (caches fill as a process serves), up to every
`MAX_EVERY` requests. Each freeze follows a `gc.collect()`, so no garbage is frozen.
"""
from __future__ import annotations

import asyncio
import gc

FIRST_AFTER = 20       # requests before the first freeze: templates and indexes loaded by then
MAX_EVERY = 20_000     # the longest wait between two freezes, in requests


def freeze_now() -> None:
    gc.collect()
    gc.freeze()


class Freezer:
    """Counts requests in flight and served; freezes the heap at idle moments on schedule."""

    def __init__(self, first_after: int = FIRST_AFTER, max_every: int = MAX_EVERY):
        self.in_flight = 0
        self.served = 0
        self.next_at = first_after
        self.every = first_after
        self.max_every = max_every
        self.freezes = 0

    def started(self) -> None:
        self.in_flight += 1

    def finished(self) -> None:
        self.in_flight -= 1
        self.served += 1

    def due(self) -> bool:
        return self.in_flight == 0 and self.served >= self.next_at

    def freeze(self) -> None:
        freeze_now()
        self.freezes += 1
        self.every = min(self.every * 2, self.max_every)
        self.next_at = self.served + self.every


def with_gc_freeze(app, freezer: Freezer | None = None, enabled: bool = True):
    """ASGI wrapper: count HTTP requests through `app`; freeze when the schedule says and no
    request is in flight. The freeze runs after the response is sent (the client is not kept
    waiting for it), on the next turn of the event loop. `enabled` False: `app` unchanged."""
    if not enabled:
        return app
    freezer = freezer or Freezer()

    async def wrapped(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        freezer.started()
        try:
            await app(scope, receive, send)
        finally:
            freezer.finished()
            if freezer.due():
                asyncio.get_running_loop().call_soon(_freeze_if_idle, freezer)

    wrapped.freezer = freezer
    return wrapped


def _freeze_if_idle(freezer: Freezer) -> None:
    if freezer.due():   # still idle: no request arrived meanwhile
        freezer.freeze()
