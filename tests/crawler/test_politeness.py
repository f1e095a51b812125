"""Polite defaults: robots.txt, AutoThrottle, two requests per site, an identifying User-Agent
with a configurable contact, and Retry-After in both of its forms."""
from __future__ import annotations

import json
import subprocess
import sys
from email.utils import formatdate

from crawler.middlewares import retry_after_seconds
from crawler.runner import ROOT, crawl_env, run_crawl
from tests.support.crawler_sites import FAST, make_force
from tests.support.fixture_server import FixtureSite, Page


def _settings(env: dict | None = None) -> dict:
    code = ("import json; from scrapy.settings import Settings; s = Settings(); "
            "s.setmodule('crawler.settings'); print(json.dumps({k: s.get(k) for k in "
            "['ROBOTSTXT_OBEY', 'AUTOTHROTTLE_ENABLED', 'CONCURRENT_REQUESTS_PER_DOMAIN', "
            "'USER_AGENT', 'RETRY_HTTP_CODES']}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**crawl_env(), **(env or {})},
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def test_polite_defaults_and_contact_from_the_environment():
    s = _settings({"FOI_ARCHIVE_CONTACT": "mailto:crawl@example.org"})
    assert s["ROBOTSTXT_OBEY"] is True and s["AUTOTHROTTLE_ENABLED"] is True
    assert int(s["CONCURRENT_REQUESTS_PER_DOMAIN"]) <= 2
    assert s["USER_AGENT"] == "foi-archive/0.1 (+mailto:crawl@example.org)"
    assert {429, 500, 503} <= {int(c) for c in s["RETRY_HTTP_CODES"]}


def test_retry_after_seconds_and_http_date():
    assert retry_after_seconds(b"7") == 7.0
    now = 1_700_000_000.0
    assert retry_after_seconds(formatdate(now + 30, usegmt=True), now=now) == 30.0
    assert retry_after_seconds("not a date") is None and retry_after_seconds(None) is None


def test_requests_carry_the_user_agent(raw_dir):
    pages = {"/robots.txt": Page(b"", "text/plain", etag=False),
             "/log/": Page(b"<html><body><a href='/log/a-1/'>a</a></body></html>"),
             "/log/a-1/": Page(b"<html><body>entry</body></html>")}
    with FixtureSite(pages) as site:
        run_crawl([make_force("generic")], raw_dir, start_url=site.base + "/log/", **FAST)
    agents = {entry[2].get("User-Agent") for entry in site.log}
    assert len(agents) == 1 and agents.pop().startswith("foi-archive/0.1 (+")
    assert site.log[0][0] == "/robots.txt"     # asked before anything else
