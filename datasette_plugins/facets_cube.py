"""Facets read from counts precomputed at build time (`facet_counts`, per force and year).

Stock facets group the whole filtered table on every request: seconds at a million responses,
and Datasette then cuts them off. The corpus is immutable, so the build writes each facet's
counts per (force, year) cell and these facet types sum the matching cells when the page's
filters are only exact `force` / `year` values (the browsing paths: all responses, one force,
one year, both). Any other filter or search falls back to the stock computation.

Configured in metadata as `- cube: force` and `- cube_array: topics`; results keep the stock
shapes (`type` is reported as `column` / `array`), so the JSON API does not change.
"""
from __future__ import annotations

from datasette import hookimpl
from datasette.facets import ArrayFacet, ColumnFacet
from datasette.utils import path_with_added_args, path_with_removed_args

# Query-string keys that do not narrow the rows (paging, sorting, shape, facet choice).
_NEUTRAL = {"_size", "_next", "_sort", "_sort_desc", "_shape", "_labels", "_nofacet",
            "_nocount", "_facet", "_facet_array", "_facet_cube", "_facet_cube_array",
            "_facet_size", "_col", "_nocol", "_trace", "_json", "_stream", "_dl",
            "_extra", "_fts_table", "_fts_pk"}
CELL_FILTERS = ("force", "year")


def _cell_filters(pairs: list[tuple[str, str]]) -> dict[str, str] | None:
    """{force?, year?} when the request only filters on those (exactly once each), else None."""
    found: dict[str, str] = {}
    for key, value in pairs:
        if key in _NEUTRAL:
            continue
        name = key[:-len("__exact")] if key.endswith("__exact") else key
        if name not in CELL_FILTERS or name in found:
            return None
        found[name] = value
    if "year" in found and not found["year"].lstrip("-").isdigit():
        return None
    return found


class _CubeMixin:
    stock_type = ""

    async def _counts(self, column: str, cells: dict[str, str], limit: int):
        if not cells:  # whole table: the build's per-facet totals
            sql = (f"select value, n as count from facet_totals where facet = ? "
                   f"order by n desc, value limit {limit}")
            return (await self.ds.execute(self.database, sql, [column])).rows
        where = ["facet = ?"] + [f"{name} = ?" for name in cells]
        params = [column] + [int(v) if name == "year" else v for name, v in cells.items()]
        sql = (f"select value, sum(n) as count from facet_counts where {' and '.join(where)} "
               f"group by value order by count desc, value limit {limit}")
        return (await self.ds.execute(self.database, sql, params)).rows

    async def _available(self) -> bool:
        db = self.ds.get_database(self.database)
        names = await db.table_names()
        return self.table == "responses" and {"facet_counts", "facet_totals"} <= set(names)

    def _toggle(self, key: str, value, selected: bool) -> str:
        if selected:
            path = path_with_removed_args(self.request, {key: str(value)})
        else:
            path = path_with_added_args(self.request, {key: value})
        return self.ds.absolute_url(self.request, self.ds.urls.path(path))

    async def facet_results(self):
        pairs = self.get_querystring_pairs()
        cells = _cell_filters(pairs)
        if cells is None or not await self._available():
            results, timed_out = await super().facet_results()
            for r in results:
                r["type"] = self.stock_type
            return results, timed_out
        size = self.get_facet_size()
        results = []
        for source_and_config in self.get_configs():
            config, source = source_and_config["config"], source_and_config["source"]
            column = config.get("column") or config["simple"]
            rows = await self._counts(column, cells, size + 1)
            values = []
            labels = {}
            if self.stock_type == "column":
                labels = await self.ds.expand_foreign_keys(
                    self.database, self.table, column, [r["value"] for r in rows[:size]])
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


class CubeFacet(_CubeMixin, ColumnFacet):
    type = "cube"
    stock_type = "column"

    async def suggest(self):
        return []


class CubeArrayFacet(_CubeMixin, ArrayFacet):
    type = "cube_array"
    stock_type = "array"

    async def suggest(self):
        return []


@hookimpl
def register_facet_classes():
    return [CubeFacet, CubeArrayFacet]
