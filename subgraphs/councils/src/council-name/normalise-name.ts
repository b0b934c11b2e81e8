/**
 * Folds the spellings that differ between gov.uk lists ("St. Helens", "St Helens"; "&", "and";
 * stray spaces and case) so names can be matched against the register's lookup.
 */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
