"""Write every fetched page and file to the raw store, count new and changed versions, and
record each entry or attachment fetch in `checks` (new, changed or unchanged)."""
from __future__ import annotations


class RawStorePipeline:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        spider = self.crawler.spider
        store = spider.store
        existed = store.latest(item["url"]) is not None
        added = store.add(item["force"], item["url"], item["final_url"], item["status"],
                          item["headers"], item["body"], item["kind"],
                          parent_url=item.get("parent_url"), link_text=item.get("link_text"))
        if added:
            self.crawler.stats.inc_value("foi/changed" if existed else "foi/new")
            self.crawler.stats.inc_value(f"foi/stored/{item['kind']}")
        if item["kind"] in ("entry", "attachment"):
            result = "unchanged" if not added else "changed" if existed else "new"
            spider.check(item["url"], item["kind"], item["status"], result)
        if item["kind"] == "entry":
            spider.entry_stored(item["url"], item.get("link_context"))
        # The body is in the store; keep it out of Scrapy's memory and logs.
        return {k: v for k, v in item.items() if k not in ("body", "link_context")}
