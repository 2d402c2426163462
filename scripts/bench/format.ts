/** Plain-text rendering of bench tables (right-aligned numbers, left-aligned text). */
import type { BenchCell, BenchTable } from './types';

function cellText(cell: BenchCell): string {
  return typeof cell === 'number' ? formatNumber(cell) : cell;
}

/** Numbers: 3 significant digits below 100, whole numbers above, thousands separated. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return Number(value.toPrecision(3)).toString();
}

export function renderTable(table: BenchTable): string {
  const cells = table.rows.map((row) => row.map(cellText));
  const widths = table.columns.map((column, i) =>
    Math.max(column.length, ...cells.map((row) => (row[i] ?? '').length)),
  );
  const line = (values: string[], numeric: boolean[]) =>
    values
      .map((value, i) => (numeric[i] ? value.padStart(widths[i] ?? 0) : value.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const numericColumns = table.columns.map((_, i) => table.rows.every((row) => typeof row[i] === 'number'));
  const out = [
    `## ${table.title}`,
    line(table.columns, numericColumns),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map((row) => line(row, numericColumns)),
  ];
  for (const note of table.notes ?? []) out.push(`  ${note}`);
  return out.join('\n');
}
