"""The `foi-archive` command line: crawl, build, serve, parse, demo.

Each command is a thin wrapper: the work lives in crawler/, archive/build.py, parsers/ and nlp/.
Exit status follows ../shared/contract/corpus.md: 0 success, 1 finished with recorded failures,
2 bad usage (Click's own usage errors exit 2).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from crawler.revisit import DEFAULT_REVISIT, DEFAULT_REVISIT_AFTER_DAYS

DEFAULT_RAW = Path("data/raw")
DEFAULT_DB = Path("data/foi.db")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="foi-archive")
def main() -> None:
    """Archive of UK police forces' FOI disclosure logs: crawl, parse, tag, publish."""


@main.command()
@click.argument("forces", nargs=-1, required=True)
@click.option("--start-url", help="Crawl from this URL instead of the registry's entry URL "
              "(e.g. a copy of the site served on 127.0.0.1).")
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path), default=DEFAULT_RAW,
              show_default=True, help="Raw store directory.")
@click.option("--redis", "redis_url", envvar="FOI_ARCHIVE_REDIS_URL", metavar="URL",
              help="Share one request queue and seen-set on this Redis server "
              "(redis://host:port/db) with crawler processes on other machines "
              "(env FOI_ARCHIVE_REDIS_URL; see docs/distributed.md).")
@click.option("--revisit", "revisit", type=click.IntRange(min=0), default=DEFAULT_REVISIT,
              show_default=True, metavar="N",
              help="Also revalidate at most N stored entries and attachments per "
              "force per crawl (conditional requests, oldest-checked first; 0: none), so edits "
              "and withdrawals are seen (docs/changes.md).")
@click.option("--revisit-after", "revisit_after", type=click.FloatRange(min=0),
              default=DEFAULT_REVISIT_AFTER_DAYS, show_default=True, metavar="DAYS",
              help="A stored entry or attachment is due for a revisit when not checked for "
              "DAYS days (0: all are due).")
def crawl(forces: tuple[str, ...], start_url: str | None, raw_dir: Path,
          redis_url: str | None, revisit: int, revisit_after: float) -> None:
    """Crawl the disclosure logs of FORCES (registry slugs, or `all`) into the raw store.

    Each crawl also re-checks up to --revisit stored responses not checked for --revisit-after
    days, with the same delays, robots.txt rules and concurrency as every other request."""
    from archive.registry import load_forces
    from crawler.runner import run_crawl

    registry = {f["slug"]: f for f in load_forces()}
    slugs = list(registry) if forces == ("all",) else list(forces)
    unknown = [s for s in slugs if s not in registry]
    if unknown:
        raise click.UsageError(f"unknown force slug(s): {', '.join(unknown)} "
                               "(see data/forces.csv)")
    if start_url and len(slugs) != 1:
        raise click.UsageError("--start-url needs exactly one FORCE")
    if start_url:
        _check_http_url(start_url)
    _check_raw_store(raw_dir, writable=True)
    shared = {"FOI_REDIS_URL": redis_url} if redis_url else {}
    summary = run_crawl([registry[s] for s in slugs], raw_dir=raw_dir, start_url=start_url,
                        FOI_REVISIT=revisit, FOI_REVISIT_AFTER_DAYS=revisit_after, **shared)
    click.echo(summary.describe())
    sys.exit(1 if summary.failed else 0)


@main.command("crawl-ico")
@click.option("--start-url", help="Crawl the decision-notice listing from this URL instead of "
              "the Commissioner's (e.g. the local copy served on 127.0.0.1).")
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path), default=DEFAULT_RAW,
              show_default=True, help="Raw store directory.")
def crawl_ico(start_url: str | None, raw_dir: Path) -> None:
    """Crawl the Information Commissioner's decision notices about police forces and police
    and crime commissioners into the raw store (docs/ico.md)."""
    from crawler.runner import run_crawl
    from crawler.spiders.ico import ICO_SOURCE

    if start_url:
        _check_http_url(start_url)
    _check_raw_store(raw_dir, writable=True)
    summary = run_crawl([ICO_SOURCE], raw_dir=raw_dir, start_url=start_url)
    click.echo(summary.describe().replace("1 force", "the decision notices"))
    sys.exit(1 if summary.failed else 0)


def _check_http_url(url: str) -> None:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise click.UsageError(f"--start-url must be an http(s) URL with a host, not {url!r}")


def _check_raw_store(raw_dir: Path, writable: bool = False) -> None:
    import os

    from crawler.rawstore import integrity_error

    if raw_dir.exists() and not raw_dir.is_dir():
        raise click.UsageError(f"--raw {raw_dir} is not a directory")
    if writable:
        probe = raw_dir if raw_dir.exists() else next(
            (p for p in raw_dir.absolute().parents if p.exists()), Path("/"))
        if not os.access(probe, os.W_OK | os.X_OK):
            raise click.UsageError(f"--raw {raw_dir} is not writable")
    problem = integrity_error(raw_dir)
    if problem:
        raise click.ClickException(problem + " (restore it from a copy, or crawl into a new --raw)")


def _check_db_path(db_path: Path) -> None:
    if db_path.is_dir():
        raise click.UsageError(f"--db {db_path} is a directory: give the corpus file's path")


@main.command("merge-raw")
@click.argument("dest", type=click.Path(path_type=Path))
@click.argument("sources", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False, path_type=Path))
def merge_raw(dest: Path, sources: tuple[Path, ...]) -> None:
    """Merge raw stores crawled on other machines (see --redis) into DEST."""
    from crawler.merge import merge_raw_stores

    bad = [str(s) for s in sources if not (s / "index.sqlite").exists()]
    if bad:
        raise click.UsageError(f"not a raw store: {', '.join(bad)}")
    click.echo(merge_raw_stores(dest, list(sources)).describe())


@main.command()
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path), default=DEFAULT_RAW,
              show_default=True, help="Raw store to read (never the network).")
@click.option("--db", "db_path", type=click.Path(path_type=Path), default=DEFAULT_DB,
              show_default=True, help="Corpus SQLite file to publish.")
def build(raw_dir: Path, db_path: Path) -> None:
    """Parse, tag and write the corpus from the raw store, then swap it in atomically."""
    from archive.build import build_corpus
    from archive.build_lock import BuildLocked

    if not (raw_dir / "index.sqlite").exists():
        raise click.UsageError(f"no raw store at {raw_dir} (run `foi-archive crawl` first)")
    _check_db_path(db_path)
    _check_raw_store(raw_dir)
    try:
        report = build_corpus(raw_dir=raw_dir, db_path=db_path)
    except BuildLocked as exc:
        raise click.UsageError(str(exc)) from exc
    click.echo(report.describe())
    sys.exit(1 if report.failed else 0)


@main.command()
@click.option("--db", "db_path", type=click.Path(path_type=Path), default=DEFAULT_DB,
              show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Server processes sharing the port [default: FOI_SERVE_WORKERS, else one "
                   "per CPU core].")
@click.option("--page-cache-mb", type=click.FloatRange(min=0), default=None,
              help="Memory per process for rendered pages (0: render every request) "
                   "[default: FOI_PAGE_CACHE_MB, else 64].")
@click.option("--base-url", envvar="FOI_BASE_URL", metavar="URL",
              help="The site's public address, for absolute links in feeds and headers "
                   "(env FOI_BASE_URL) [default: http://HOST:PORT].")
def serve(db_path: Path, host: str, port: int, workers: int | None,
          page_cache_mb: float | None, base_url: str | None) -> None:
    """Serve the corpus with Datasette (read-only) and the archive's pages."""
    from archive.serve import serve_corpus

    if not db_path.exists():
        raise click.UsageError(f"no corpus at {db_path} (run `foi-archive build` first)")
    _check_db_path(db_path)
    _check_corpus(db_path)
    _check_port_free(host, port)
    import os
    from urllib.parse import urlsplit

    if base_url:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.path.strip("/"):
            raise click.UsageError(f"--base-url must be http(s)://host[:port], not {base_url!r}")
    os.environ["FOI_BASE_URL"] = (base_url or f"http://{host}:{port}").rstrip("/")
    serve_corpus(db_path=db_path, host=host, port=port, workers=workers,
                 page_cache_mb=page_cache_mb)


def _check_port_free(host: str, port: int) -> None:
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise click.UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


def _check_corpus(db_path: Path) -> None:
    """Serve only a corpus the build wrote: any other SQLite file (the raw index with its HTTP
    headers, say) would be published as it is."""
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            names = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise click.UsageError(f"{db_path} is not an SQLite corpus: {exc}") from exc
    missing = {"responses", "forces", "questions"} - names
    if missing:
        raise click.UsageError(f"{db_path} is not a corpus built by `foi-archive build` "
                               f"(no {', '.join(sorted(missing))} table)")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, required=True,
              help="Print one JSON object per input file, in input order (required).")
@click.option("--force", "force", help="Force slug, when the caller knows it.")
@click.option("--url", help="The URL the file was published at (helps find force/reference).")
def parse(paths: tuple[Path, ...], as_json: bool, force: str | None, url: str | None) -> None:
    """Parse response files (HTML, PDF, DOCX, XLSX, CSV, text) to JSON records."""
    from archive.parse_files import parse_paths

    any_error = False
    for record in parse_paths(list(paths), force=force, url=url):
        any_error |= bool(record.get("error"))
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    sys.exit(1 if any_error else 0)


@main.command("eval")
@click.argument("folders", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--labels", "labels_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Labels for a folder that holds no expected*.json (e.g. the seeds, "
                   "labelled in ../shared/eval/seeds.expected.json).")
@click.option("--misses/--no-misses", default=True, show_default=True,
              help="List every field that does not match its label.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the figures (per field, per format, topics, misses) to this file.")
@click.option("--check", is_flag=True,
              help="Exit 1 below the thresholds of issue 12 (overall 0.97, every field 0.92, "
                   "topic precision 0.90, recall 0.85).")
def eval_cmd(folders: tuple[Path, ...], labels_file: Path | None, misses: bool, json_out: Path | None, check: bool) -> None:
    """Parse and tag every labelled file of FOLDERS (expected*.json beside them) and score it."""
    from archive.accuracy import evaluate

    results, failed = [], []
    for folder in folders:
        try:
            res = evaluate(folder, labels_file=labels_file)
        except (FileNotFoundError, ValueError) as exc:
            raise click.UsageError(str(exc)) from exc
        click.echo(res.report(show_misses=misses) + "\n")
        results.append(res.to_json())
        failed += [f"{folder}: {line}" for line in res.failures()]
    if json_out:
        json_out.write_text(json.dumps(results if len(results) > 1 else results[0], indent=1,
                                       ensure_ascii=False) + "\n")
    if check and failed:
        click.echo("Below the thresholds:\n" + "\n".join(failed), err=True)
        sys.exit(1)


@main.command()
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535),
              help="Datasette port.")
@click.option("--raw", "raw_dir", type=click.Path(path_type=Path), default=DEFAULT_RAW,
              show_default=True)
@click.option("--db", "db_path", type=click.Path(path_type=Path), default=DEFAULT_DB,
              show_default=True)
@click.option("--no-serve", is_flag=True, help="Crawl and build only, then exit.")
def demo(port: int, raw_dir: Path, db_path: Path, no_serve: bool) -> None:
    """Crawl the bundled sample site over HTTP on 127.0.0.1, build, and serve it.

    The first run crawls the site as first published, builds, then crawls its later state
    (an edited and a withdrawn response; data/sample_site/later.json) and builds again.
    The local copy of the Information Commissioner's decision notices (data/sample_ico/) is
    crawled with the later state."""
    from archive.demo import run_demo

    run_demo(raw_dir=raw_dir, db_path=db_path, port=port, serve=not no_serve)


if __name__ == "__main__":
    main()
