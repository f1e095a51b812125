"""Scrapy settings for the disclosure-log crawler: polite by default.

Tests and `run_crawl(**overrides)` may loosen delays for local sites; nothing here should be
made less polite for real force websites.
"""
import os

from parsers.limits import LIMITS

BOT_NAME = "foi-archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Who we are and how to reach us: set FOI_ARCHIVE_CONTACT to a page or mailto for your crawl.
FOI_ARCHIVE_CONTACT = os.environ.get("FOI_ARCHIVE_CONTACT",
                                     "https://github.com/foi-archive/foi-archive")
USER_AGENT = f"foi-archive/0.1 (+{FOI_ARCHIVE_CONTACT})"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
RANDOMIZE_DOWNLOAD_DELAY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 60
# A body the parsers would refuse is not downloaded either: the download stops at the parsers'
# size limit (gzip bodies are counted after decompression) and the URL goes to crawl_errors.
DOWNLOAD_MAXSIZE = LIMITS.max_body_bytes
DOWNLOAD_WARNSIZE = LIMITS.warn_body_bytes
COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False

# Retries: 429 and 5xx with exponential backoff; Retry-After is honoured (capped).
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
FOI_RETRY_BACKOFF_BASE = 2.0       # seconds; doubled on each further retry
FOI_RETRY_BACKOFF_MAX = 120.0      # cap on any single wait, Retry-After included
FOI_CRAWL_DELAY_MAX = 60.0         # cap on a robots.txt Crawl-delay honoured (crawler/middlewares.py)

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.PoliteRetryMiddleware": 550,
    # robots.txt Crawl-delay, which Scrapy's RobotsTxtMiddleware (100) reads but does not apply
    "crawler.middlewares.CrawlDelayMiddleware": 110,
    # redirects only within the log's own site (crawler/redirect_scope.py)
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.redirect_scope.ScopedRedirectMiddleware": 600,
}
ITEM_PIPELINES = {"crawler.pipelines.RawStorePipeline": 300}
EXTENSIONS = {"crawler.extensions.CrawlProgress": 500, "crawler.extensions.StallWatchdog": 510}
FOI_PROGRESS_INTERVAL = 10.0       # seconds between progress lines on stderr
# A crawl with work outstanding and no response, error or stored item for this long is closed
# as "stalled" (its state and stacks go to the log): DOWNLOAD_TIMEOUT plus the longest backoff
# and AutoThrottle delay is under 4 minutes, so 10 is never a slow site.
FOI_STALL_TIMEOUT = 600.0

# Distributed crawling: with a Redis URL (`crawl --redis`, or env FOI_ARCHIVE_REDIS_URL) these
# two move to Redis (crawler/redis_scheduler.py); the spiders do not depend on them.
SCHEDULER = "scrapy.core.scheduler.Scheduler"
DUPEFILTER_CLASS = "scrapy.dupefilters.RFPDupeFilter"
FOI_REDIS_URL = os.environ.get("FOI_ARCHIVE_REDIS_URL") or None
FOI_REDIS_LEASE = 60.0   # seconds a dead process's requests stay leased before others retake them
FOI_REDIS_POLL = 1.0     # seconds between lease renewals / checks for work queued by others

# Browser-backed fetching for forces with `browser=1` in the registry (scrapy-playwright
# with Debian's Chromium; see crawler/browser.py). Only enabled for those forces.
FOI_CHROMIUM_PATH = os.environ.get("FOI_CHROMIUM_PATH", "/usr/bin/chromium")

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"
