"""A downloader middleware that never answers for URLs containing '/stuck': a stand-in for any
bug that leaves a request neither downloaded nor failed (tests/crawler/test_stall.py)."""
from __future__ import annotations

import asyncio


class NeverAnswer:
    async def process_request(self, request):
        if "/stuck" in request.url:
            await asyncio.get_running_loop().create_future()   # never set
        return None
