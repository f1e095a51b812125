"""The per-response work of the derive step that needs no corpus state (passage split, MinHash
band keys, request key, request words), run in a pool of worker processes for large batches."""

import multiprocessing as mp
import os
from collections import defaultdict, deque
from collections.abc import Iterator
from functools import lru_cache

from archive.bulk_gc import few_collections

from . import derive_settings as cfg
from . import minhash
from .child_process import die_with_parent
from .content_words import request_terms
from .literal_scan import use_compiled
from .passages import REASONING_KINDS, classify, passage_texts
from .request_key import request_key, uses_questions


@lru_cache(maxsize=1 << 15)  # the same boilerplate wording recurs across many responses
def _passage_keys(folded: str) -> tuple[int, ...]:
    return tuple(minhash.band_keys_of(minhash.shingles(folded), cfg.PASSAGE_BANDS))


@lru_cache(maxsize=1 << 14)
def _passage_info(passage: str) -> tuple[str, str | None, tuple[int, ...] | None]:
    """(kind, folded, band keys) of one passage; folded and keys only for reasoning kinds.
    Boilerplate passages recur word for word: their classification and folding are looked
    up, not redone (a repeat costs one hash of the passage)."""
    kind = classify(passage)
    if kind not in REASONING_KINDS:  # the response's own content: not precedent
        return kind, None, None
    folded = minhash.fold(passage)
    return kind, folded, _passage_keys(folded)


def prepare(batch: list[tuple]) -> list[tuple]:
    """The per-response work that needs no corpus state: passage split, classify, fold,
    MinHash band keys; the request key; the term set. Runs in worker processes.

    batch: (id, title, request_text, response and attachment text, asks | None) per response.
    Returns (id, [(ordinal, kind, text, folded, keys)], (request key, keys) | None,
    (sorted terms, keys) | None) per response, in input order. A wording repeated in the
    batch is one object, so the result pickles it once."""
    out = []
    same: dict[str, str] = {}
    for rid, title, request_text, text, asks in batch:
        items = []
        for ordinal, passage in enumerate(passage_texts(text)):
            kind, folded, keys = _passage_info(passage)
            if folded is None:  # the response's own content: not precedent
                continue
            passage = same.setdefault(passage, passage)
            folded = same.setdefault(folded, folded)
            items.append((ordinal, kind, passage, folded, keys))
        request_text = request_text or ""
        plain_key = request_key(request_text)  # what the term set is built from
        key = (plain_key if request_text and not uses_questions(asks)
               else request_key(request_text or title or "", asks))
        request = None
        if len(key) >= 15:
            request = (key, minhash.band_keys_of(minhash.shingles(key, 2), cfg.REQUEST_BANDS))
        terms = request_terms({"title": title}, plain_key)
        prepared_terms = None
        if len(terms) >= 2:
            prepared_terms = (tuple(sorted(terms)),
                              minhash.band_keys_of(terms, cfg.TERM_BANDS))
        out.append((rid, items, request, prepared_terms))
    return out


def prepared_chunks(db, response_ids: list[str], chunk_size: int = 1000) -> Iterator[list]:
    """Responses read in id order, prepared in a worker pool when the batch is large and there
    is a second core (the main process meanwhile groups the previous chunk and writes)."""
    sql = (f"select id, title, request_text, response_text, {_attachment_text_column(db)} "
           f"from responses where id in ({{marks}}) order by id")

    def load(chunk):
        # only what prepare reads: the texts are most of what is pickled to the workers
        rows = db.execute(sql.format(marks=",".join("?" * len(chunk))), chunk).fetchall()
        asks = _questions_of(db, [r[0] for r in rows])
        # Letters attached as PDF/DOCX carry the reasoning for forces that publish that way.
        return [(rid, title, request_text, "\n\n".join(t for t in (text, attached) if t),
                 asks.get(rid)) for rid, title, request_text, text, attached in rows]

    chunks = cfg.chunks(response_ids, chunk_size)
    workers = min(cfg.PREPARE_WORKERS, os.cpu_count() or 1)
    if workers < 2 or len(response_ids) < cfg.PARALLEL_FROM:
        for chunk in chunks:
            yield prepare(load(chunk))
        return
    passages_warm_up()  # compiled kernels loaded once here, inherited by the forked workers
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers, initializer=_worker_start) as pool:
        # The corpus connection stays in this thread: chunks are read here and submitted with
        # a bounded window, so memory holds a few chunks, not the corpus.
        window: deque = deque()
        for chunk in chunks:
            window.append(pool.apply_async(prepare, (load(chunk),)))
            if len(window) > workers + 1:
                yield window.popleft().get()
        while window:
            yield window.popleft().get()


def _worker_start() -> None:
    """A prepare worker: gone with its parent; collections rare (archive/bulk_gc.py: the
    worker makes millions of short-lived tuples and strings and no cycles, and collecting
    every 700 allocations took ~14% of its CPU)."""
    die_with_parent()
    few_collections()


def passages_warm_up() -> None:
    use_compiled()  # the bulk path: the kernel pays for its load over thousands of responses
    classify("section 12 warm-up")
    request_terms({"title": "warm-up requests"}, request_key("Thank you, Kent Police",
                                                           ["warm up question, thank you"]))
    minhash.band_keys_of({"warm up"}, cfg.PASSAGE_BANDS)


def _questions_of(db, ids: list[str]) -> dict[str, list[str]]:
    """Each response's parsed asks, in order (the build writes `questions` before this runs)."""
    if "questions" not in db.table_names() or not ids:
        return {}
    out: dict[str, list[str]] = defaultdict(list)
    marks = ",".join("?" * len(ids))
    # (a response's questions are inserted in ordinal order: the index's order, no sort)
    for rid, text in db.execute(f"select response_id, text from questions where response_id in "
                                f"({marks}) order by response_id, ordinal", ids):
        if text:
            out[rid].append(text)
    return out


def _attachment_text_column(db) -> str:
    """Corpora written before attachments were merged have no attachment_text column."""
    cols = {c.name for c in db["responses"].columns}
    return "attachment_text" if "attachment_text" in cols else "''"
