import { toMoney } from '../../../kit/types/money.type';
import type { ProgrammeRow } from '../database';
import type { Programme } from './programme.type';

const money = (pounds: string | null) => (pounds === null ? null : toMoney(pounds));

export function toProgramme(row: ProgrammeRow): Programme {
  return {
    id: row.id,
    name: row.name,
    department: row.department,
    scope: row.scope,
    rules: { maxPerPlace: money(row.max_per_place_gbp), fundingType: row.funding_type },
    budget: money(row.total_budget_gbp),
    period: row.period,
    keyDates: row.key_dates,
    citedDocumentIds: row.citation_ids,
    notes: row.notes,
    placesExpected: row.places_expected,
    sourceId: row.source_id,
    loadedAt: row.valid_from,
  };
}
