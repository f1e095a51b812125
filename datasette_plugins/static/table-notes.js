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
