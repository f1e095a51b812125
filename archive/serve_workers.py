"""The processes of a multi-process `foi-archive serve`: one listening socket per worker.

With one socket shared by every worker, the first process to wake accepted every connection
waiting (uvloop drains the queue): 8 clients opening their connections together landed 8/0 on
two workers in 2 of 5 trials, so one core served them all while the other idled (JSON pages at
p95 26-45 ms where a balanced split gives 10-14). Here each worker listens on its own socket
bound to the same port with SO_REUSEPORT, and the kernel spreads new connections over the
sockets by their addresses (8 connections: 8/0 in 1% of trials, 5/3 or better in 70%).

The supervisor starts the workers (spawned, as uvicorn's own supervisor does), starts a worker
again on its socket if it dies, and stops them on SIGINT or SIGTERM. A worker that keeps dying
at start-up (MAX_QUICK_DEATHS in a row) stops the server with an error rather than looping.
"""
from __future__ import annotations

import multiprocessing
import signal
import socket
import sys
import threading
import time

KEEP_ALIVE_S = 5         # an idle keep-alive connection is closed after this (uvicorn's default)
QUICK_DEATH_S = 5.0      # a worker that dies sooner than this after its start "died at start-up"
MAX_QUICK_DEATHS = 5


def listening_sockets(host: str, port: int, count: int) -> list[socket.socket]:
    """`count` TCP sockets listening on one port (port 0: the first one's free port). Created
    with the TCP protocol number, so asyncio turns Nagle off on what they accept (uvicorn's
    `bind_socket` leaves it 0 and every small response waited ~40 ms for a delayed ACK)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    socks: list[socket.socket] = []
    try:
        for _ in range(count):
            sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if count > 1:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            socks.append(sock)
            sock.bind((host, port))
            port = sock.getsockname()[1]
            sock.listen(2048)   # connections queue from now on, before the workers start
            sock.set_inheritable(True)
    except OSError:
        for sock in socks:
            sock.close()
        raise
    return socks


def _worker(sock: socket.socket) -> None:
    """One worker process: uvicorn (uvloop and httptools where installed) on its own socket;
    the app comes from archive.serve.worker_app (the corpus path arrives in the environment)."""
    import uvicorn

    from nlp.child_process import die_with_parent

    die_with_parent()   # a killed supervisor must not leave workers holding the port
    config = uvicorn.Config("archive.serve:worker_app", factory=True, log_level="warning",
                            lifespan="on", timeout_keep_alive=KEEP_ALIVE_S)
    uvicorn.Server(config).run(sockets=[sock])


def supervise(socks: list[socket.socket], target=_worker, poll_s: float = 0.5) -> int:
    """Run one `target(sock)` process per socket until SIGINT/SIGTERM; returns an exit code."""
    ctx = multiprocessing.get_context("spawn")
    stopping = threading.Event()
    previous = {s: signal.signal(s, lambda *_: stopping.set())
                for s in (signal.SIGINT, signal.SIGTERM)}

    def start(sock):
        proc = ctx.Process(target=target, args=(sock,), daemon=True)
        proc.start()
        return proc, time.monotonic()

    procs = [start(sock) for sock in socks]
    quick = 0
    code = 0
    try:
        while not stopping.wait(poll_s):
            for i, (proc, started) in enumerate(procs):
                if proc.is_alive():
                    continue
                quick = quick + 1 if time.monotonic() - started < QUICK_DEATH_S else 0
                if quick >= MAX_QUICK_DEATHS:
                    print(f"serve: workers keep dying at start-up (exit code {proc.exitcode}); "
                          "stopping", file=sys.stderr, flush=True)
                    code = 1
                    stopping.set()
                    break
                procs[i] = start(socks[i])
    finally:
        for proc, _ in procs:
            if proc.is_alive():
                proc.terminate()   # SIGTERM: uvicorn finishes the requests in flight
        deadline = time.monotonic() + 10
        for proc, _ in procs:
            proc.join(max(0.0, deadline - time.monotonic()))
            if proc.is_alive():
                proc.kill()
                proc.join()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return code
