"""Issue 16's abuse test, short mode: normal clients browse the sample corpus while abusive
clients send slow per-row SQL, amplified facets, huge values and bursts of 24 recursive CTEs.
The normal clients see no error, no abusive request gets a 500 or runs past its limit.
(The p95 ratio under abuse is a speed figure: bench/abuse.py prints it and fails over 3x; docs/reliability.md.)"""
from __future__ import annotations

from bench import abuse, load


def test_abusive_clients_are_bounded_and_normal_clients_unharmed(sample_corpus, capsys):
    with load.Server(sample_corpus) as server:
        alone, loaded, res = abuse.run(server.url, clients=8, seconds=6)
    with capsys.disabled():
        print("\n" + abuse.report(alone, loaded, res))
    assert alone.errors == [] and loaded.errors == [], (alone.errors[:5], loaded.errors[:10],
                                                        server.stderr_tail)
    assert res.failures == []
    assert set(res.statuses) == set(abuse.ABUSE)   # every kind of abuse was really sent
    refused = {k: {s for s in v} for k, v in res.statuses.items()}
    assert refused["too many facets"] == {400} and 400 in refused["huge value"]
    assert 400 in refused["slow per-row SQL"]      # stopped by the statement time limit
    assert refused["huge rows"] <= {400, 503} and 400 in refused["huge rows"]   # memory watchdog
    assert max(res.longest.values()) < abuse.ABUSE_LIMIT_S
    assert loaded.count > 0


def test_bench_clients_never_reuse_a_connection_the_server_may_be_closing():
    # a request sent on a connection idle for exactly the server's keep-alive timeout races
    # its close (a ReadError the server never saw): the load and abuse clients drop it sooner
    from archive.serve_workers import KEEP_ALIVE_S

    assert load.client_limits(24).keepalive_expiry <= KEEP_ALIVE_S - 0.5
    assert load.client_limits(1).max_connections == 1
