"""The responses table's facets, counted exactly from the build's facet index.

Stock facets group the whole filtered table on every request (seconds at a million responses,
then cut off by the time limit). The build writes a roaring bitmap of row numbers per facet
value (archive/facet_index.py); `datasette_plugins.facet_index.FacetIndex` answers any
combination of the supported filters, with or without a search, with the exact count of every
value (intersection cardinalities). A filter the index does not know (`_where`, `__gt`, ...)
is counted by Datasette's own SQL instead, under its facet time limit: exact or not shown,
never sampled.

Configured in metadata as `- cube: force` and `- cube_array: topics` (the names predate the
index); results keep the stock shapes (`type` is reported as `column` / `array`), so the JSON
API is Datasette's.
"""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from datasette.facets import ArrayFacet, ColumnFacet
from datasette.utils import path_with_added_args, path_with_removed_args

from datasette_plugins.facet_index import FacetIndex

# Array facets whose values are shown by their title from a table: (table, key, title).
# value -> the words a page shows for it: (table, key column, title column)
VALUE_TITLES = {"exemption_families": ("exemption_families", "family", "title"),
                "outcome": ("outcomes", "value", "label")}


class _IndexedMixin:
    stock_type = ""

    async def _index_counts(self, columns: list[str]) -> dict | None:
        """{"total", "facets"} from the facet index for this request, or None (no index for
        this table, or a filter it cannot answer). Shared by both facet types of a request."""
        if self.table != "responses":
            return None
        cache = self.request.scope.setdefault("foi_facet_index", {})
        if "filters" not in cache:
            index = await FacetIndex.for_database(self.ds, self.database)
            cache["index"] = index
            cache["filters"] = None if index is None else await index.filters(self.request)
        index, filters = cache["index"], cache["filters"]
        if filters is None or not index.has_facets(columns):
            return None
        return index.counts(filters, columns)

    async def _titles(self, column: str) -> dict:
        """value -> title for a column whose values a small table names (the exemption families
        under their Act: `FOISA s38 Personal information`; outcomes in words: `Over the cost
        limit`); read once per corpus."""
        index = self.request.scope.get("foi_facet_index", {}).get("index")
        cache = index.titles if index is not None else {}   # (no index: a corpus without it)
        if column not in cache:
            table, key, title = VALUE_TITLES[column]
            db = self.ds.get_database(self.database)
            titles = {}
            if await db.table_exists(table):
                rows = await db.execute(f"select {key}, {title} from {table}")
                titles = {r[0]: r[1] for r in rows.rows}
            cache[column] = titles
        return cache[column]

    def _toggle(self, key: str, value, selected: bool) -> str:
        """Datasette's path_with_removed_args / path_with_added_args for one facet value,
        with the page's query string parsed once per request instead of once per value."""
        if value is None:   # (the stock helpers treat None specially)
            path = (path_with_removed_args(self.request, {key: str(value)}) if selected
                    else path_with_added_args(self.request, {key: value}))
            return self.ds.absolute_url(self.request, self.ds.urls.path(path))
        parsed = self.request.scope.setdefault("foi_facet_query", {})
        if not parsed:
            parsed["pairs"] = parse_qsl(self.request.query_string)
            parsed["encoded"] = urlencode(parsed["pairs"])
            # absolute_url(request, "/path?query") is urljoin(request.url, ...): ~0.2 ms per
            # value (80 values a page). The path part is the same for every value and an
            # urlencoded query holds no "#", so the absolute path is made once and the query
            # appended (as urljoin would)
            parsed["absolute"] = str(self.ds.absolute_url(
                self.request, self.ds.urls.path(self.request.path)))
        current = parsed["pairs"]
        if selected:
            query = urlencode([(k, v) for k, v in current if not (k == key and v == str(value))])
        else:
            query = "&".join(q for q in (parsed["encoded"],
                                         urlencode([(key, value)])) if q)
        return parsed["absolute"] + (f"?{query}" if query else "")

    async def facet_results(self):
        pairs = self.get_querystring_pairs()
        configs = self.get_configs()
        columns = [c["config"].get("column") or c["config"]["simple"] for c in configs]
        counted = await self._index_counts(columns) if columns else None
        if counted is None:   # exact SQL counts (Datasette's), under its facet time limit
            results, timed_out = await super().facet_results()
            for r in results:
                r["type"] = self.stock_type
                if r["name"] in VALUE_TITLES:
                    titles = await self._titles(r["name"])
                    for v in r["results"]:
                        v["label"] = titles.get(v["value"], v["label"])
            return results, timed_out
        size = self.get_facet_size()
        results = []
        for source_and_config, column in zip(configs, columns, strict=True):
            source = source_and_config["source"]
            rows = [{"value": v, "count": n} for v, n in counted["facets"][column][:size + 1]]
            values = []
            labels = {}
            if self.stock_type == "column":
                labels = await self.ds.expand_foreign_keys(
                    self.database, self.table, column, [r["value"] for r in rows[:size]])
            if column in VALUE_TITLES:
                labels = {(column, v): t for v, t in (await self._titles(column)).items()}
            for row in rows[:size]:
                if self.stock_type == "array":
                    key, value = f"{column}__arraycontains", str(row["value"])
                else:
                    key = f"{column}__exact" if column.startswith("_") else column
                    value = row["value"]
                selected = (key, str(value)) in pairs
                values.append({"value": value, "label": labels.get((column, value), value),
                               "count": row["count"], "selected": selected,
                               "toggle_url": self._toggle(key, value, selected)})
            remove = "_facet_array" if self.stock_type == "array" else "_facet"
            results.append({
                "name": column, "type": self.stock_type, "hideable": source != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request,
                                                                       {remove: column})),
                "results": values, "truncated": len(rows) > size})
        return results, []


class CubeFacet(_IndexedMixin, ColumnFacet):
    type = "cube"
    stock_type = "column"

    async def suggest(self):
        return []


class CubeArrayFacet(_IndexedMixin, ArrayFacet):
    type = "cube_array"
    stock_type = "array"

    async def suggest(self):
        return []


@hookimpl
def register_facet_classes():
    return [CubeFacet, CubeArrayFacet]
