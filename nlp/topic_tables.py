"""The topic matcher of the spaCy pipeline, exported as plain tables and run without spaCy.

`foi-archive parse FILE` used to import spaCy (1.0 s) and load the pipeline (0.5 s) to tag one
file: most of a 2.2 s run, and an evaluation harness parsing files one per call timed out. The
pipeline (nlp/config, nlp/components.py) stays the definition of topic matching. Its tokenizer
rules, phrase keys and `near` cues are exported once to a cache file; `TableMatcher` runs the
same steps over them (tokens by `rule_tokenizer.RuleTokenizer`, phrases, near cues, the longest
phrase first), giving the same hits. tests/nlp/test_topic_tables.py holds the two equal over
every fixture, dev and seed text.

The cache lives in $FOI_ARCHIVE_CACHE (default ~/.cache/foi-archive; else the temporary
directory), keyed by a hash of the
taxonomy, the pipeline's config and code, and the spaCy and lookups versions: editing any of
them exports afresh on the next run (spaCy is loaded once for that). `make setup` exports it.

    python -m nlp.topic_tables          # export unless fresh; prints the cache file
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import sys
import tempfile
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from .normalise import fold_plural
from .rule_tokenizer import RuleTokenizer
from .taxonomy import NEAR_GAP, TAXONOMY_PATH

HERE = Path(__file__).parent
# What the exported tables depend on: change one and the cache key changes.
_SOURCES = ("components.py", "normalise.py", "topic_tables.py", "rule_tokenizer.py",
            "taxonomy.py", "config/config.cfg")
FORMAT = 1


def cache_dir() -> Path:
    env = os.environ.get("FOI_ARCHIVE_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "foi-archive"


def cache_key() -> str:
    h = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]}".encode())
    for name in _SOURCES:
        h.update((HERE / name).read_bytes())
    h.update(Path(TAXONOMY_PATH).read_bytes())
    for package in ("spacy", "spacy_lookups_data"):
        h.update(_version_file(package))
    return h.hexdigest()[:20]


def _version_file(package: str) -> bytes:
    """The installed package's about.py (its version), found without importing it: importing
    spaCy is the second this module saves, importlib.metadata another 30 ms."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.origin:
        return f"{package}=none".encode()
    about = Path(spec.origin).with_name("about.py")
    return about.read_bytes() if about.exists() else Path(spec.origin).read_bytes()


def cache_path() -> Path:
    return cache_dir() / f"topic-tables-{cache_key()}.pickle"


# -- export (needs spaCy) -------------------------------------------------------------------

def export_tables(nlp) -> dict:
    """Everything TableMatcher needs, read from the loaded spaCy pipeline."""
    from .normalise import fold_norm

    tok = nlp.tokenizer

    def spec(bound):
        return (bound.__self__.pattern, bound.__self__.flags) if bound is not None else None

    specials = {s: [(t.text, t.norm_) for t in tok(s)] for s in tok.rules}
    matcher = nlp.get_pipe("foi_topic_matcher")
    phrases: dict[tuple, str] = {}
    for entry in matcher.taxonomy.values():
        for tier in ("strong", "weak", "generic", "subject"):
            for phrase in entry[tier]:
                norms = tuple(t.norm_ for t in nlp.make_doc(phrase))
                phrases[norms] = " ".join(norms)
    words = set().union(*phrases)
    strings = nlp.vocab.strings
    # A word's NORM is fold_norm(word); the tables keep it only where the plain plural fold
    # would differ and either side could be a phrase word (see TableMatcher.norm).
    lemma_norms = {}
    for key in _lemma_words():
        if isinstance(key, str) and key == key.lower().replace("\u2019", "'"):
            real, naive = fold_norm(key), fold_plural(key)
            if real != naive and (real in words or naive in words):
                lemma_norms[key] = real
    # Lexemes made before the pipeline set its NORM getter keep the norm they were made with.
    lexeme_norms = {lex.orth_: lex.norm_ for lex in nlp.vocab
                    if lex.norm_ != fold_norm(lex.orth_)
                    and (lex.norm_ in words or fold_norm(lex.orth_) in words)}
    rules = {"prefix": spec(tok.prefix_search), "suffix": spec(tok.suffix_search),
             "infix": spec(tok.infix_finditer), "token_match": spec(tok.token_match),
             "url_match": spec(tok.url_match), "specials": specials}
    rules["rejoin"] = RuleTokenizer(rules).rejoin
    return {
        "format": FORMAT,
        "tokenizer": rules,
        "phrases": phrases,
        "phrase_topics": {k: dict(v) for k, v in matcher.phrase_topics.items()},
        "near_keys": list(matcher.near_keys),
        "near_first": {strings[w]: [(cue, tuple(strings[h] for h in seq)) for cue, seq in v]
                       for w, v in matcher.near_first.items()},
        "near_second": [{size: {tuple(strings[h] for h in seq) for seq in seqs}
                         for size, seqs in per.items()} for per in matcher.near_second],
        "lemma_norms": lemma_norms,
        "lexeme_norms": lexeme_norms,
    }


def _lemma_words() -> list[str]:
    """The words of the lemma table fold_norm reads (spaCy keeps only their hashes)."""
    import gzip
    import json

    from .normalise import lemma_table

    if not lemma_table():
        return []
    import spacy_lookups_data

    path = Path(str(spacy_lookups_data.en["lemma_lookup"]))
    if not path.exists():  # shipped gzipped; spaCy's reader adds the suffix the same way
        path = path.with_name(path.name + ".gz")
    with (gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz"
          else open(path, encoding="utf-8")) as fh:
        words = list(json.load(fh))
    if len(words) != len(lemma_table()):  # not the table spaCy loaded: no partial export
        raise RuntimeError(f"lemma table {path} has {len(words)} words, spaCy {len(lemma_table())}")
    return words


def write_tables(path: Path) -> dict:
    """Export the tables to `path` (atomically: a parallel run reads the old file or the
    whole new one) and return them."""
    from . import load_pipeline

    path.parent.mkdir(parents=True, exist_ok=True)
    data = export_tables(load_pipeline())
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".topic-tables-")
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
    return data


@lru_cache(maxsize=1)
def load_tables() -> dict:
    """The cached tables, exported first when missing or stale. A home that cannot be written
    falls back to the temporary directory, then to an export kept in memory."""
    key = cache_key()
    for path in (cache_dir() / f"topic-tables-{key}.pickle",
                 Path(tempfile.gettempdir()) / f"foi-archive-{os.getuid()}" / f"topic-tables-{key}.pickle"):
        data = _read(path)
        if data is not None:
            return data
        try:
            return write_tables(path)
        except OSError:
            continue
    from . import load_pipeline

    return export_tables(load_pipeline())


def _read(path: Path) -> dict | None:
    try:
        with open(path, "rb") as fh:
            data = pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


@lru_cache(maxsize=1)
def table_matcher() -> TableMatcher:
    return TableMatcher(load_tables())


# -- matching (no spaCy) -----------------------------------------------------------------------

class TableMatcher:
    """`TopicMatcher` (nlp/components.py) over the exported tables: `topic_hits(text)` is the
    `doc._.topic_hits` the pipeline gives for the same text."""

    def __init__(self, tables: dict):
        self.tokenizer = RuleTokenizer(tables["tokenizer"])
        self.phrases: dict[tuple, str] = tables["phrases"]
        self.phrase_lengths: dict[str, list[int]] = defaultdict(list)
        for norms in self.phrases:
            if len(norms) not in self.phrase_lengths[norms[0]]:
                self.phrase_lengths[norms[0]].append(len(norms))
        self.phrase_topics = tables["phrase_topics"]
        self.near_keys = tables["near_keys"]
        self.near_first = tables["near_first"]
        self.near_second = tables["near_second"]
        self.lemma_norms = tables["lemma_norms"]
        self.lexeme_norms = tables["lexeme_norms"]
        self._norms: dict[str, str] = {}

    def norm(self, text: str) -> str:
        """fold_norm(text) wherever the answer can be a phrase word (elsewhere it only has to
        be some word no phrase holds, which the plural fold then is)."""
        got = self._norms.get(text)
        if got is None:
            got = self.lexeme_norms.get(text)
            if got is None:
                low = text.lower().replace("\u2019", "'")
                got = self.lemma_norms.get(low) or fold_plural(low)
            self._norms[text] = got
        return got

    def topic_hits(self, text: str) -> list[tuple]:
        tokens = self.tokenizer(text)
        norms = [n if n is not None else self.norm(t) for _, t, n in tokens]
        found, n = [], len(norms)
        for i, w in enumerate(norms):
            for size in self.phrase_lengths.get(w, ()):
                key = self.phrases.get(tuple(norms[i:i + size])) if i + size <= n else None
                if key is not None:
                    found.append((i, i + size, key))
        kept = _drop_contained(found)
        near = _drop_contained(self._near_spans(tokens))
        kept += [n for n in near if not any(k[0] <= n[0] and n[1] <= k[1] for k in kept)]
        hits = []
        for s, e, key in kept:
            start = tokens[s][0]
            end = tokens[e - 1][0] + len(tokens[e - 1][1])
            for slug, (weight, tier) in self.phrase_topics[key].items():
                hits.append((slug, weight, tier, key, start, end))
        return hits

    def _near_spans(self, tokens) -> list[tuple]:
        words = [t.lower() for _, t, _ in tokens]
        return [(s, e, self.near_keys[cue]) for s, e, cue in near_pairs(words, self.near_first, self.near_second)]


def near_pairs(words: list, near_first: dict, near_second: list) -> list[tuple[int, int, int]]:
    """(start, end, cue) of every near cue in `words` (strings here, vocabulary hashes in
    components.TopicMatcher): a first-side alternative at `start`, then 0..NEAR_GAP words, then a
    second-side alternative ending at `end`, in (start, end, cue) order."""
    n, found = len(words), set()
    for i, w in enumerate(words):
        for cue, first in near_first.get(w, ()):
            j = i + len(first)
            if tuple(words[i:j]) != first:
                continue
            for size, second in near_second[cue].items():
                for at in range(j, min(j + NEAR_GAP, n - size) + 1):
                    if tuple(words[at:at + size]) in second:
                        found.add((i, at + size, cue))
    return sorted(found)


def _drop_contained(spans: list[tuple]) -> list[tuple]:
    """components._drop_contained over (start, end, key) tuples."""
    kept: list[tuple] = []
    for span in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if not any(k[0] <= span[0] and span[1] <= k[1] and k[:2] != span[:2] for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s[0])


if __name__ == "__main__":
    load_tables()  # exports only when the cache is missing or stale
    print(cache_path() if cache_path().exists() else "topic tables: no writable cache directory")
