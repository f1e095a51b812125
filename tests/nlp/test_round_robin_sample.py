"""read_sampled_asks (nlp/round_robin_sample.py) reads only the sampled members of each
round-robin group and must give what round_robin_merge._read_asks gives reading them all."""
from __future__ import annotations

import sqlite3

from bench.build_synth import full_build
from nlp.round_robin_merge import _digests, _read_asks
from nlp.round_robin_sample import read_sampled_asks


def test_sampled_read_gives_the_full_read(tmp_path):
    db = tmp_path / "foi.db"
    full_build(600, db, seed=5)
    conn = sqlite3.connect(db)
    try:
        gids = sorted(_digests(conn))
        sizes = [n for (n,) in conn.execute("select count(*) from round_robin_members "
                                             "group by round_robin_id")]
        assert gids and max(sizes) > 6   # some groups have more members than are sampled
        want = _read_asks(conn, gids)
        assert any(want.values())
        assert read_sampled_asks(conn, gids) == want
        assert read_sampled_asks(conn, gids[::3]) == _read_asks(conn, gids[::3])
    finally:
        conn.close()
