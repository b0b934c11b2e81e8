/** The UK financial year (April to March) a day falls in, as `2025-26`. */
export function financialYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const start = Number(isoDate.slice(5, 7)) >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The financial years from `first` for `count` years: `2025-26`, `2026-27`, ... */
export function financialYearsFrom(first: string, count: number): string[] {
  const start = Number(first.slice(0, 4));
  return Array.from({ length: count }, (_, i) => financialYearOf(`${start + i}-04-01`));
}
