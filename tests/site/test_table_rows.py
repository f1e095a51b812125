"""The responses table's rows are built in Python (datasette_plugins/table_rows.py) instead of
Datasette's Jinja loop: same cells, same classes, scraped text still escaped."""
from __future__ import annotations

import lxml.html
from markupsafe import Markup

from datasette_plugins.table_rows import rows_html


def test_cells_are_escaped_unless_already_markup():
    rows = [[{"column": "title", "value_type": "str", "value": "<script>x</script> & y"},
             {"column": "My col", "value_type": "pk", "value": Markup('<a href="/r/1">1</a>')},
             {"column": "n", "value_type": "int", "value": 7}]]
    html = str(rows_html(rows))
    assert '<td class="col-title type-str">&lt;script&gt;x&lt;/script&gt; &amp; y</td>' in html
    assert '<a href="/r/1">1</a></td>' in html and 'class="col-My-col-' in html
    assert '<td class="col-n type-int">7</td>' in html


def test_table_page_shows_every_row_and_column_of_the_json(get):
    path = "/foi/responses?_sort=id&_size=100"
    data = get(path.replace("/foi/responses", "/foi/responses.json") + "&_shape=objects").json()
    table = lxml.html.fromstring(get(path).text).xpath('//table[@class="rows-and-columns"]')[0]
    headings = [th.get("data-column") for th in table.xpath(".//thead/tr/th")]
    assert headings == data["columns"]
    body_rows = table.xpath(".//tbody/tr")
    assert len(body_rows) == len(data["rows"])
    for tr, row in zip(body_rows, data["rows"], strict=True):
        cells = {td.get("class").split()[0]: td for td in tr.xpath("td")}
        assert cells["col-id"].text_content() == row["id"]
        assert row["force"] in cells["col-force"].text_content()   # linked, with its label
        assert (cells["col-title"].text_content().strip() == (row["title"] or "").strip()
                or len(row["title"]) > 300)
    # scraped markup in the data stays text
    assert not table.xpath(".//tbody//script")
