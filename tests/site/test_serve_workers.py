"""`foi-archive serve` runs one process per core by default, on a shared socket whose accepted
connections have Nagle's algorithm off (else every small page waits for a delayed ACK)."""
from __future__ import annotations

import asyncio
import os
import socket

from archive import serve


def test_default_workers_is_one_per_usable_core_unless_set(monkeypatch):
    monkeypatch.delenv(serve.WORKERS_ENV, raising=False)
    assert serve.default_workers() == len(os.sched_getaffinity(0))
    monkeypatch.setenv(serve.WORKERS_ENV, "3")
    assert serve.default_workers() == 3


def test_connections_accepted_on_the_shared_socket_have_nodelay():
    sock = serve.listening_socket("127.0.0.1", 0)
    port = sock.getsockname()[1]
    seen = []

    class Probe(asyncio.Protocol):
        def connection_made(self, transport):
            accepted = transport.get_extra_info("socket")
            seen.append(accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    async def main():
        server = await asyncio.get_running_loop().create_server(Probe, sock=sock)
        async with server:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            for _ in range(100):
                if seen:
                    break
                await asyncio.sleep(0.01)
            writer.close()

    asyncio.run(main())
    assert seen and seen[0] != 0
