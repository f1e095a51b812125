"""Issue 18: the site on Datasette's documented hooks. Only datasette_compat.py reaches into
Datasette's internals; it refuses an untested Datasette; with its speed paths off
(FOI_SPEED_PATHS=0) every page answers as with them on; and a plain `datasette serve` of the
corpus with the project's metadata serves the whole site."""
from __future__ import annotations

import ast
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from datasette.app import Datasette
from datasette.database import Database

from datasette_plugins import datasette_compat
from tests.support.live_site import free_port

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
METHODS = {n for cls in (Database, Datasette) for n in dir(cls) if callable(getattr(cls, n))}


def _datasette_names(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.asname or a.name.split(".")[0] for a in node.names
                      if a.name.split(".")[0] == "datasette"}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "datasette":
            names |= {a.asname or a.name for a in node.names}
    return names


def test_only_the_compat_module_assigns_to_datasette():
    """No module but datasette_compat.py replaces a Datasette function or method: no assignment
    to an attribute of anything imported from datasette, no assignment of a Database/Datasette
    method name on any object, no setattr."""
    found = []
    for path in sorted([*(ROOT / "datasette_plugins").glob("*.py"), *(ROOT / "archive").glob("*.py")]):
        if path.name == "datasette_compat.py":
            continue
        tree = ast.parse(path.read_text())
        imported = _datasette_names(tree)
        for node in ast.walk(tree):
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []
            for target in targets:
                for t in (target.elts if isinstance(target, ast.Tuple) else [target]):
                    if isinstance(t, ast.Attribute) and (
                            t.attr in METHODS or (isinstance(t.value, ast.Name)
                                                  and t.value.id in imported)):
                        found.append(f"{path.name}:{node.lineno} {ast.unparse(t)}")
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "setattr":
                found.append(f"{path.name}:{node.lineno} setattr")
    assert found == []


def test_an_untested_datasette_is_refused_with_the_way_out():
    datasette_compat.check_version("0.65.5")
    with pytest.raises(datasette_compat.UntestedDatasette, match="FOI_SPEED_PATHS=0"):
        datasette_compat.check_version("1.0a19")


@contextlib.contextmanager
def _server(cmd: list[str], env: dict, log: Path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with open(log, "wb") as out:
        proc = subprocess.Popen([*cmd, "--port", str(port)], stdout=out,
                                stderr=subprocess.STDOUT, env={**os.environ, **env}, cwd=ROOT)
    try:
        for _ in range(150):
            if proc.poll() is not None:
                raise RuntimeError(log.read_text()[-2000:])
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def _fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def _paths(db: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    try:
        rid = conn.execute("select id from responses order by id limit 1").fetchone()[0]
        force, year = conn.execute("select force, year from responses where year is not null "
                                   "group by 1, 2 order by count(*) desc").fetchone()
        rr = conn.execute("select id from round_robins limit 1").fetchone()
    finally:
        conn.close()
    paths = ["/", f"/response/{rid}", "/foi/responses", "/foi/responses?_search=police",
             f"/foi/responses?force={force}&year={year}", "/search?q=police", "/analytics",
             "/precedents?q=personal+data", "/round-robins", "/changes", "/data", "/downloads",
             "/foi/responses.atom", "/foi-static/foi.css", "/about/accuracy",
             "/foi/responses.json?_shape=objects&_size=5",
             f"/foi/responses.json?force={force}&year={year}&_shape=objects",
             "/foi/responses.json?_search=police&_shape=objects", "/foi/figures.json"]
    if rr:
        paths.append(f"/round-robin/{rr[0]}")
    return paths


def _comparable(path: str, body: bytes, base: str):
    body = body.replace(base.encode(), b"BASE")   # absolute links name each server's port
    if ".json" in path:
        data = json.loads(body)
        return {k: data.get(k) for k in ("rows", "count", "filtered_table_rows_count")}
    # timings differ between two servers; everything else must not
    return re.sub(rb"[0-9.]+ ?ms\b", b"", body)


def test_every_page_is_the_same_with_the_speed_paths_off(corpus_db, tmp_path):
    cmd = [str(BIN / "foi-archive"), "serve", "--db", str(corpus_db), "--workers", "1",
           "--page-cache-mb", "0"]
    paths = _paths(corpus_db)
    with _server(cmd, {"FOI_SPEED_PATHS": "1"}, tmp_path / "on.log") as on, \
            _server(cmd, {"FOI_SPEED_PATHS": "0"}, tmp_path / "off.log") as off:
        for path in paths:
            (s_on, b_on), (s_off, b_off) = _fetch(on + path), _fetch(off + path)
            assert s_on == s_off == 200, (path, s_on, s_off, b_off[:300])
            assert _comparable(path, b_on, on) == _comparable(path, b_off, off), path


def test_plain_datasette_serve_with_the_metadata_serves_the_site(corpus_db, tmp_path):
    """`datasette serve foi.db -m archive/site/metadata.yaml`: the plugin alone, no
    foi-archive serve, every page of the site answers (templates and styles from the plugin)."""
    db = tmp_path / "foi.db"
    shutil.copy(corpus_db, db)
    cmd = [str(BIN / "datasette"), "serve", "-i", str(db), "-m",
           str(ROOT / "archive" / "site" / "metadata.yaml")]
    with _server(cmd, {}, tmp_path / "plain.log") as base:
        for path in _paths(db):
            status, body = _fetch(base + path)
            assert status == 200, (path, status, body[:500])
        home = _fetch(base + "/")[1].decode()
        assert "/foi-static/foi.css" in _fetch(base + "/foi/responses")[1].decode()
        assert 'name="q"' in home   # the site's own home page, not Datasette's index
