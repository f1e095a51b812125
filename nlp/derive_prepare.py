"""The per-response work of the derive step that needs no corpus state (passage split, MinHash
band keys, request key, request words), run in a pool of worker processes for large batches."""

import multiprocessing as mp
import os
from collections import defaultdict, deque
from collections.abc import Iterator
from functools import lru_cache

from . import derive_settings as cfg
from . import minhash
from .child_process import die_with_parent
from .content_words import request_terms
from .passages import REASONING_KINDS
from .passages import passages as split_passages
from .request_key import request_key, uses_questions


@lru_cache(maxsize=1 << 15)  # the same boilerplate wording recurs across many responses
def _passage_keys(folded: str) -> tuple[int, ...]:
    return tuple(minhash.band_keys(minhash.signature(minhash.shingles(folded)),
                                   cfg.PASSAGE_BANDS))


def prepare(batch: list[tuple[dict, list[str] | None]]) -> list[tuple]:
    """The per-response work that needs no corpus state: passage split, classify, fold,
    MinHash band keys; the request key; the term set. Runs in worker processes.

    Returns (id, [(ordinal, kind, text, folded, keys)], (request key, keys) | None,
    (terms, keys) | None) per response, in input order."""
    out = []
    for resp, asks in batch:
        # Letters attached as PDF/DOCX carry the reasoning for forces that publish that way.
        text = "\n\n".join(t for t in (resp.get("response_text"), resp.get("attachment_text"))
                           if t)
        items = []
        for p in split_passages(text):
            if p["kind"] not in REASONING_KINDS:  # the response's own content: not precedent
                continue
            folded = minhash.fold(p["text"])
            items.append((p["ordinal"], p["kind"], p["text"], folded, _passage_keys(folded)))
        request_text = resp.get("request_text") or ""
        plain_key = request_key(request_text)  # what the term set is built from
        key = (plain_key if request_text and not uses_questions(asks)
               else request_key(request_text or resp.get("title") or "", asks))
        request = None
        if len(key) >= 15:
            request = (key, minhash.band_keys(minhash.signature(minhash.shingles(key, 2)),
                                              cfg.REQUEST_BANDS))
        terms = request_terms(resp, plain_key)
        prepared_terms = None
        if len(terms) >= 2:
            prepared_terms = (terms, minhash.band_keys(minhash.signature(terms), cfg.TERM_BANDS))
        out.append((resp["id"], items, request, prepared_terms))
    return out


def prepared_chunks(db, response_ids: list[str], chunk_size: int = 1000) -> Iterator[list]:
    """Responses read in id order, prepared in a worker pool when the batch is large and there
    is a second core (the main process meanwhile groups the previous chunk and writes)."""
    cols = ("id", "force", "title", "published", "request_text", "response_text",
            "attachment_text")
    sql = (f"select id, force, title, published, request_text, response_text, "
           f"{_attachment_text_column(db)} from responses where id in ({{marks}}) order by id")

    def load(chunk):
        rows = [dict(zip(cols, row, strict=True))
                for row in db.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)]
        asks = _questions_of(db, [r["id"] for r in rows])
        return [(r, asks.get(r["id"])) for r in rows]

    chunks = cfg.chunks(response_ids, chunk_size)
    workers = min(cfg.PREPARE_WORKERS, os.cpu_count() or 1)
    if workers < 2 or len(response_ids) < cfg.PARALLEL_FROM:
        for chunk in chunks:
            yield prepare(load(chunk))
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers, initializer=die_with_parent) as pool:
        # The corpus connection stays in this thread: chunks are read here and submitted with
        # a bounded window, so memory holds a few chunks, not the corpus.
        window: deque = deque()
        for chunk in chunks:
            window.append(pool.apply_async(prepare, (load(chunk),)))
            if len(window) > workers + 1:
                yield window.popleft().get()
        while window:
            yield window.popleft().get()


def _questions_of(db, ids: list[str]) -> dict[str, list[str]]:
    """Each response's parsed asks, in order (the build writes `questions` before this runs)."""
    if "questions" not in db.table_names() or not ids:
        return {}
    out: dict[str, list[str]] = defaultdict(list)
    marks = ",".join("?" * len(ids))
    for rid, text in db.execute(f"select response_id, text from questions where response_id in "
                                f"({marks}) order by response_id, rowid", ids):
        if text:
            out[rid].append(text)
    return out


def _attachment_text_column(db) -> str:
    """Corpora written before attachments were merged have no attachment_text column."""
    cols = {c.name for c in db["responses"].columns}
    return "attachment_text" if "attachment_text" in cols else "''"
