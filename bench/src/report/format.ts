export function kb(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
}

export function mb(bytes: number): string {
  return Number.isFinite(bytes) ? `${Math.round(bytes / 1024 / 1024)} MB` : '—';
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

export function seconds(value: number): string {
  return Number.isFinite(value) ? `${(value / 1000).toFixed(1)} s` : '—';
}

export function ratio(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return '∞ (none shipped)';
  return Number.isFinite(value) ? `${value.toFixed(value >= 10 ? 0 : 1)}×` : '—';
}

export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const cell = (cell: string) => cell.replaceAll('|', '\\|').replaceAll('\n', ' ');
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}
