"""Helpers shared by the tests (imported as `tests.support.<module>`; conftest.py files hold only
fixtures). Corpora: site_corpus (hand-written records through the real write path),
sample_corpus (the bundled sample site crawled and built), timeliness_corpus, corpus_builder
(NLP tables), ico_corpus; servers: live_site (`foi-archive serve`), fixture_server and
fixture_sites (small crawlable sites), crawler_sites (crawl settings and a test force); inputs:
parser_fixtures, sample_site_parse, sample_letters, seed_records, build_records, change_pages,
hostile and reliability; browser (Playwright helpers)."""
