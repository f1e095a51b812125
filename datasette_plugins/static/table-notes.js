// Datasette's table page lists every column's note above the rows (the responses table's 26
// notes pushed the first row 1,300 px down): fold them behind one summary line.
document.querySelectorAll("dl.column-descriptions").forEach((notes) => {
  const fold = document.createElement("details");
  fold.className = "column-notes";
  const summary = document.createElement("summary");
  summary.textContent = `What the ${notes.querySelectorAll("dt").length} columns mean`;
  notes.replaceWith(fold);
  fold.append(summary, notes);
});

// On a phone the facet lists (eight of them, about 1,000 px) came before the first row: fold
// them behind one line naming them, closed below 600 px and open on wider screens.
const phone = window.matchMedia("(max-width: 600px)").matches;
document.querySelectorAll("div.facet-results").forEach((facets) => {
  const names = [...facets.querySelectorAll(".facet-info")].map((f) => f.dataset.column);
  if (!names.length) return;
  const fold = document.createElement("details");
  fold.className = "facet-fold";
  fold.open = !phone;
  const summary = document.createElement("summary");
  summary.textContent = `Counts by ${names.join(", ").replaceAll("_", " ")}`;
  summary.title = summary.textContent;
  facets.replaceWith(fold);
  fold.append(summary, facets);
});

// ... and the column filter and sort rows behind "Filter and sort" (open when a filter is set),
// leaving the search box and the Apply button in view.
if (phone) {
  document.querySelectorAll("form.filters").forEach((form) => {
    const rows = [...form.querySelectorAll(":scope > .filter-row")];
    const last = rows.pop();
    if (!last) return;
    const sort = document.createElement("div");
    sort.className = "filter-row";
    sort.append(...last.querySelectorAll(".small-screen-only"));
    const fold = document.createElement("details");
    fold.className = "filter-fold";
    fold.open = rows.length > 1;   // Datasette adds a row per filter in use
    const summary = document.createElement("summary");
    summary.textContent = "Filter and sort";
    last.before(fold);
    fold.append(summary, ...rows, sort);
  });
}
