// The results as a plain-text table: figure, measured value, target, verdict.

const VERDICT = { true: "pass", false: "MISS", null: "info" };

export function printTable(figures) {
  const rows = figures.map((entry) => [
    entry.benchmark,
    entry.name,
    String(entry.value),
    entry.target || "–",
    VERDICT[entry.pass],
  ]);
  const header = ["benchmark", "figure", "measured", "target", ""];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join("  ");
  console.log(`\n${line(header)}\n${widths.map((width) => "-".repeat(width)).join("  ")}`);
  for (const row of rows) console.log(line(row));
  const notes = figures.filter((entry) => entry.note);
  if (notes.length) {
    console.log("\nNotes:");
    for (const entry of notes) console.log(`- ${entry.name}: ${entry.note}`);
  }
}
