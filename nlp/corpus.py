"""Derived corpus tables: precedent passages + clusters, round-robin requests, similar responses.

    from nlp.corpus import update_derived
    update_derived(db, response_ids)   # None = (re)process every response

The names the build, benchmarks and tests import; the work is done in:
  nlp/derive.py             the derive step: schema, forgetting a batch, bulk rebuild, order
  nlp/derive_prepare.py     per-response work without corpus state (worker pool)
  nlp/passage_clusters.py   precedent passages and their clusters
  nlp/round_robins.py       round-robin requests (nlp/round_robin_merge.py joins split ones)
  nlp/similar_responses.py  similar responses (incremental and bulk)
  nlp/lsh_groups.py         near-duplicate groups by LSH band keys (passages, requests)
  nlp/derive_settings.py    thresholds and sizes (set them there: they are read from there)
Tables: archive/corpus_schema.py (DERIVED_TABLES, DERIVED_INDEXES).
"""

from .derive import ensure_schema, update_derived
from .lsh_groups import Grouper
from .round_robins import same_request
from .similar_responses import BulkSimilar, Similar

__all__ = ["update_derived", "ensure_schema", "same_request", "Grouper", "Similar",
           "BulkSimilar"]
