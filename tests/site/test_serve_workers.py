"""`foi-archive serve` runs one process per core by default, each on its own listening socket of
the port (archive/serve_workers.py), whose accepted connections have Nagle's algorithm off (else
every small page waits for a delayed ACK); a worker that dies is started again."""
from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import time
import urllib.request

from archive import serve, serve_workers
from tests.support.live_site import CLI, free_port


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


def test_each_worker_listens_on_its_own_socket_of_one_port():
    """SO_REUSEPORT: the kernel spreads connections over the workers' sockets (with one shared
    socket the first worker to wake took every waiting connection)."""
    socks = serve_workers.listening_sockets("127.0.0.1", 0, 2)
    try:
        port = socks[0].getsockname()[1]
        assert socks[1].getsockname()[1] == port
        clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(40)]
        accepted = []
        for sock in socks:
            sock.setblocking(False)
            n = 0
            while True:
                try:
                    conn, _ = sock.accept()
                except BlockingIOError:
                    break
                conn.close()
                n += 1
            accepted.append(n)
        for c in clients:
            c.close()
        # 40 connections, each placed by its address hash: all on one socket has p = 2**-39
        assert sum(accepted) == 40 and min(accepted) > 0
    finally:
        for sock in socks:
            sock.close()


def _children(pid: int) -> set[int]:
    """The worker processes of server `pid` (not multiprocessing's resource tracker)."""
    out = subprocess.run(["ps", "-ww", "-o", "pid=,args=", "--ppid", str(pid)],
                         capture_output=True, text=True).stdout
    return {int(line.split()[0]) for line in out.splitlines() if "spawn_main" in line}


def test_a_killed_worker_is_started_again_and_the_site_keeps_answering(corpus_db):
    port = free_port()
    proc = subprocess.Popen([str(CLI), "serve", "--db", str(corpus_db), "--port", str(port),
                             "--workers", "2"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        workers = _wait_for(lambda: len(_children(proc.pid)) == 2 and _children(proc.pid))
        killed = sorted(workers)[0]
        os.kill(killed, signal.SIGKILL)
        again = _wait_for(lambda: (len(_children(proc.pid) - {killed}) == 2
                                   and _children(proc.pid)))
        assert killed not in again
        # both sockets are served again: many fresh connections all answer
        for _ in range(20):
            body = _wait_for(lambda: _get(port, "/-/versions.json"))
            assert b"datasette" in body
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert proc.returncode == 0   # stopped cleanly, its workers with it


def _get(port: int, path: str) -> bytes | None:
    try:
        return urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5).read()
    except OSError:
        return None


def _wait_for(check, deadline_s: float = 60.0):
    """Poll `check` until it returns something true (a bound on waiting, not a speed test)."""
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        got = check()
        if got:
            return got
        time.sleep(0.2)
    raise AssertionError("condition not reached within the deadline")
