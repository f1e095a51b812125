"""`foi-archive serve`: Datasette 0.65 over the corpus, read-only, with the archive's pages.

The corpus is opened immutable (Datasette then skips locking and change checks and may count
rows once), always under the database name `foi` whatever the file is called, so the metadata,
canned queries and page links hold for any --db path.
"""
from __future__ import annotations

import asyncio
import os
import socket
import sqlite3
from pathlib import Path

from datasette.app import Datasette
from datasette.database import Database

from datasette_plugins.page_cache import CACHE_MB_ENV
from parsers.yaml_data import load_yaml

SITE_DIR = Path(__file__).resolve().parent / "site"
DB_NAME = "foi"

SETTINGS = {
    "sql_time_limit_ms": 3000,
    "default_page_size": 50,
    "max_returned_rows": 1000,
    "default_facet_size": 10,   # the first screen shows rows, not long facet lists ("…" for more)
    "facet_time_limit_ms": 1000,
    "allow_download": True,
    "allow_csv_stream": True,
    "suggest_facets": False,
    # long texts are cut in table cells (the row and /response/ pages show them whole)
    "truncate_cells_html": 300,
}


def load_metadata() -> dict:
    return load_yaml(SITE_DIR / "metadata.yaml")


def make_datasette(db_path: Path, page_cache_mb: float | None = None,
                   dump_path: Path | None = None) -> Datasette:
    """A Datasette instance over `db_path` as configured for the public site (used by tests too).
    `page_cache_mb`: memory for rendered pages (datasette_plugins/page_cache.py); None takes
    FOI_PAGE_CACHE_MB or the default, 0 renders every request."""
    # Templates, static files and speed paths come from the plugin's hooks
    # (datasette_plugins/pages.py), as under a plain `datasette serve`.
    ds = Datasette(metadata=load_metadata(), settings=SETTINGS)
    ds.page_cache_mb = page_cache_mb   # read at the first request
    path = str(Path(db_path).resolve())
    # serve_corpus gives pinned links for the corpus and its dump (pinned_file)
    from archive.corpus_dump import dump_path_for

    ds.dump_path = str(dump_path or dump_path_for(Path(path)))
    ds.immutables.add(path)
    # The file never changes while served: count each table once here (set before the database
    # is added, which reads it), so table pages, JSON pages and the index never run count(*)
    # over a million rows per request; the Etag comes from size and mtime instead of hashing
    # gigabytes on the first download.
    stat = Path(path).stat()
    ds.inspect_data = {DB_NAME: {"file": path, "tables": table_counts(path),
                                 "size": stat.st_size,
                                 "hash": f"{stat.st_size:x}-{stat.st_mtime_ns:x}"}}
    ds.add_database(Database(ds, path=path, is_mutable=False), name=DB_NAME)
    return ds


def pinned_file(real: Path) -> str:
    """A name for a file (the corpus, its dump) as it is now, which a rebuild cannot replace.

    Every SQL thread opens its own connection when it first runs a query, possibly long after
    startup; by then a rebuild may have renamed a new corpus over `real`, and the server would
    answer from two corpora at once. A hard link made at startup keeps naming the file this
    server started with (`.foi.db.serving-<pid>-<tag>`, made once by the serving process before
    any worker starts, removed at exit; links of processes that died are removed by the next
    server). Falls back to `real` where no link can be made."""
    import atexit
    import uuid

    for old in real.parent.glob(f".{real.name}.serving-*"):
        try:
            os.kill(int(old.name.rsplit("-", 2)[1]), 0)
        except (ValueError, IndexError, ProcessLookupError):
            old.unlink(missing_ok=True)
        except PermissionError:
            pass   # alive, someone else's
    link = real.with_name(f".{real.name}.serving-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        os.link(real, link)
    except OSError:
        return str(real)
    atexit.register(link.unlink, missing_ok=True)
    return str(link)


def _pinned(db_path: Path) -> tuple[Path, None, Path]:
    """(pinned corpus, page cache default, pinned dump) for make_datasette's arguments."""
    from archive.corpus_dump import dump_path_for

    real = Path(db_path).resolve()
    dump = dump_path_for(real)
    return (Path(pinned_file(real)), None,
            Path(pinned_file(dump)) if dump.exists() else dump)


def table_counts(path: str) -> dict[str, dict[str, int]]:
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' "
            "and sql not like 'CREATE VIRTUAL TABLE%'")]
        return {n: {"count": conn.execute(f'select count(*) from "{n}"').fetchone()[0]}
                for n in names}
    finally:
        conn.close()


def _event_loop_factory():
    """uvloop's event loop where installed, as uvicorn's own workers choose (`loop="auto"`):
    a JSON page costs ~0.3 ms less of the process's one core."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


async def _serve(ds: Datasette, host: str, port: int) -> None:
    import uvicorn

    ds.gc_freeze = True   # a serving process: datasette_plugins/gc_freeze.py
    await ds.invoke_startup()
    from archive.serve_workers import KEEP_ALIVE_S

    server = uvicorn.Server(uvicorn.Config(ds.app(), host=host, port=port, log_level="warning",
                                           lifespan="on", timeout_keep_alive=KEEP_ALIVE_S))

    async def announce() -> None:
        while not server.started:
            if server.should_exit:
                return
            await asyncio.sleep(0.05)
        print(f"Serving the archive at http://{host}:{port}/", flush=True)

    await asyncio.gather(server.serve(), announce())


WORKERS_ENV = "FOI_SERVE_WORKERS"   # processes serving the site (default: one per core)
_DB_ENV = "FOI_SERVE_DB"            # how a worker process learns the (pinned) corpus path
_DUMP_ENV = "FOI_SERVE_DUMP"        # and the (pinned) dump beside it


def default_workers() -> int:
    """One process per core this process may run on: a Datasette process runs its Python on
    one core at a time (GIL), whatever `num_sql_threads` says."""
    if os.environ.get(WORKERS_ENV):
        return max(1, int(os.environ[WORKERS_ENV]))
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def worker_app():
    """uvicorn factory for one worker process of a multi-process server (the page cache size
    comes through FOI_PAGE_CACHE_MB)."""
    dump = os.environ.get(_DUMP_ENV)
    ds = make_datasette(Path(os.environ[_DB_ENV]), dump_path=Path(dump) if dump else None)
    ds.gc_freeze = True   # a serving process: datasette_plugins/gc_freeze.py
    return ds.app()


def listening_socket(host: str, port: int) -> socket.socket:
    """One listening TCP socket (archive/serve_workers.py: Nagle off on what it accepts)."""
    from archive.serve_workers import listening_sockets

    return listening_sockets(host, port, 1)[0]


def default_public_origin(host: str, port: int) -> None:
    """Absolute links (next_url, feeds) name this server unless --base-url / FOI_BASE_URL said
    otherwise: `foi-archive demo --port 8031` once paged its JSON to port 8001."""
    from datasette_plugins.security import BASE_URL_ENV

    os.environ.setdefault(BASE_URL_ENV, f"http://{host}:{port}")


def serve_corpus(db_path: Path, host: str = "127.0.0.1", port: int = 8001,
                 workers: int | None = None, page_cache_mb: float | None = None) -> None:
    """Serve until stopped, with `workers` processes on the port (default_workers()), each on
    its own listening socket. Each process keeps its own page cache of `page_cache_mb`."""
    workers = workers or default_workers()
    if page_cache_mb is not None:
        os.environ[CACHE_MB_ENV] = str(page_cache_mb)
    default_public_origin(host, port)
    if workers <= 1:
        with asyncio.Runner(loop_factory=_event_loop_factory()) as runner:
            runner.run(_serve(make_datasette(*_pinned(db_path)), host, port))
        return
    from archive.serve_workers import listening_sockets, supervise

    pinned_db, _, pinned_dump = _pinned(db_path)
    make_datasette(pinned_db)   # fail here, once, on a bad corpus rather than in every worker
    os.environ[_DB_ENV] = str(pinned_db)
    os.environ[_DUMP_ENV] = str(pinned_dump)
    socks = listening_sockets(host, port, workers)   # one per worker: serve_workers.py
    print(f"Serving the archive at http://{host}:{port}/ ({workers} processes)", flush=True)
    code = supervise(socks)
    if code:
        raise SystemExit(code)
