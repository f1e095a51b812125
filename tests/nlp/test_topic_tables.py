"""The spaCy topic matcher's exported tables (nlp/topic_tables.py) tag exactly as the pipeline
does, and a one-file `foi-archive parse` no longer imports spaCy to do it."""

import json
import os
import pickle
import random
import subprocess
import sys
from pathlib import Path

import pytest

from nlp import load_pipeline, tag_topics, topic_tables
from nlp.topic_chunks import fold
from nlp.topic_tables import TableMatcher, export_tables, table_matcher

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def _texts() -> list[str]:
    """Every paragraph of the dev set, the seeds and the fixtures, folded as tagging folds it."""
    files = [p for d in (SHARED / "eval" / "dev", SHARED / "seeds", ROOT / "tests" / "fixtures")
             for p in sorted(d.rglob("*")) if p.suffix in (".txt", ".html", ".htm", ".eml", ".md")]
    out = []
    for path in files:
        text = path.read_bytes().decode("utf-8", "replace")
        out += [fold(p)[0] for p in text.split("\n\n") if p.strip()]
    return out


@pytest.fixture(scope="module")
def both():
    return load_pipeline(), table_matcher()


def test_tokens_and_hits_equal_the_pipelines_on_every_fixture_paragraph(both):
    nlp_, tables = both
    texts = _texts()
    assert len(texts) > 1500
    hits = 0
    for text in texts:
        doc = nlp_(text)
        assert [(t.idx, t.text) for t in doc] == [(s, t) for s, t, _ in tables.tokenizer(text)], text[:80]
        assert tables.topic_hits(text) == doc._.topic_hits, text[:80]
        hits += len(doc._.topic_hits)
    assert hits > 5000  # the paragraphs did exercise the taxonomy


def test_tokens_equal_spacys_on_awkward_strings(both):
    """Contractions, abbreviations, URLs, currency, units, brackets and quotes run together
    and apart: every rule of spaCy's tokenizer (special cases found again after affix
    splitting, too)."""
    nlp_, tables = both
    pieces = ["officer", "officers'", "don't", "e.g.", "Mr.", "(a)", "1.", "£1,000", "10km",
              "http://x.org/a?b=1", "foo@bar.com", "stop-and-search", "U.K.", "a.m.", "3pm",
              ":)", "'s", "\u2019s", "n't", "--", "...", "\u201cquoted\u201d", "e-scooter", "Dr",
              "St.", "2023/24", "s.40(2)", "vs.", "i.e.", "can't", "o'clock", "'cause", "-", "(",
              ")", '"', "'", ",", ";", ":", "!", "?", "/", "&", "%", "\u2013", "\u2014", "\u2026",
              "\u00b0C", "12:30", "1st", "www.police.uk", "data", "seized", "vehicles"]
    pieces += random.Random(3).sample(sorted(nlp_.tokenizer.rules), 200)
    rng = random.Random(11)
    for _ in range(4000):
        parts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 3)))
                 for _ in range(rng.randint(1, 10))]
        text = "".join(p + rng.choice([" ", " ", "", "  ", "\n", "\xa0"]) for p in parts)
        doc = nlp_(text)
        got = tables.tokenizer(text)
        assert [(t.idx, t.text) for t in doc] == [(s, t) for s, t, _ in got], repr(text)
        # a special case's own NORM ("n't" -> "not") is carried
        assert all(n is None or n == t.norm_ for t, (_, _, n) in zip(doc, got, strict=True))
        assert tables.topic_hits(text) == doc._.topic_hits, repr(text)


def test_tag_topics_by_default_equals_the_pipeline_on_parsed_records():
    from parsers import parse_document

    dev = SHARED / "eval" / "dev"
    labels = json.loads((dev / "expected.json").read_text())["files"]
    nlp_ = load_pipeline()
    tagged = 0
    for name, exp in sorted(labels.items()):
        rec = parse_document((dev / name).read_bytes(), None, exp.get("url") or str(dev / name))
        assert tag_topics(rec) == tag_topics(rec, nlp_), name
        tagged += bool(tag_topics(rec))
    assert tagged >= 35


def test_one_file_parse_runs_without_importing_spacy(tmp_path):
    env = dict(os.environ, FOI_ARCHIVE_CACHE=str(tmp_path))
    first = subprocess.run([sys.executable, "-m", "nlp.topic_tables"], env=env, cwd=ROOT,
                           capture_output=True, text=True, check=True)
    assert Path(first.stdout.strip()).exists()
    probe = ("import sys, json\n"
             "from archive.parse_files import parse_paths\n"
             "rec = next(parse_paths([sys.argv[1]]))\n"
             "print(json.dumps([rec['topics'], 'spacy' in sys.modules]))\n")
    seed = sorted((SHARED / "seeds").glob("*.txt"))[0]
    run = subprocess.run([sys.executable, "-c", probe, str(seed)], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True)
    topics, spacy_loaded = json.loads(run.stdout)
    assert topics and not spacy_loaded


def test_a_changed_taxonomy_or_a_spoilt_cache_file_is_exported_again(tmp_path, monkeypatch):
    monkeypatch.setenv("FOI_ARCHIVE_CACHE", str(tmp_path))
    topic_tables.load_tables.cache_clear()
    try:
        path = topic_tables.cache_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"not a pickle")
        tables = topic_tables.load_tables()
        assert tables["phrases"] and pickle.loads(path.read_bytes())["format"] == topic_tables.FORMAT
        taxonomy = tmp_path / "taxonomy.yaml"
        taxonomy.write_text("topics:\n  drones:\n    strong: [drone]\n", encoding="utf-8")
        monkeypatch.setattr(topic_tables, "TAXONOMY_PATH", taxonomy)
        assert topic_tables.cache_path() != path  # the key follows the taxonomy's text
    finally:
        topic_tables.load_tables.cache_clear()


def test_an_unwritable_cache_falls_back_to_the_temporary_directory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("FOI_ARCHIVE_CACHE", str(blocker / "cache"))  # under a file: cannot mkdir
    monkeypatch.setattr(topic_tables.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    topic_tables.load_tables.cache_clear()
    try:
        matcher = TableMatcher(topic_tables.load_tables())
        assert any(h[0] == "stop-and-search" for h in matcher.topic_hits("Stop and search records"))
        assert list((tmp_path / "tmp").rglob("topic-tables-*.pickle"))
    finally:
        topic_tables.load_tables.cache_clear()


def test_export_is_plain_data():
    """Strings, numbers and containers only: the cache never pickles a spaCy object."""
    data = export_tables(load_pipeline())

    def plain(x):
        if isinstance(x, dict):
            return all(plain(k) and plain(v) for k, v in x.items())
        if isinstance(x, (list, tuple, set)):
            return all(plain(v) for v in x)
        return x is None or isinstance(x, (str, int, float, bool))

    assert plain(data)
