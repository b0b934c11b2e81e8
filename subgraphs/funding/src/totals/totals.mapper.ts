import type { Region } from '../../../kit/types/geography.enums';
import { toMoney } from '../../../kit/types/money.type';
import { FundingGroupBy } from './totals.enums';
import type { FundingTotalRow, MoneySums, SumsRow } from './totals.repository';
import type { FundingTotal, MoneyTotals, PerHead } from './totals.type';

export const toMoneyTotals = (row: MoneySums): MoneyTotals => ({
  confirmed: toMoney(row.confirmed),
  capped: toMoney(row.capped),
  total: toMoney(row.total),
  recordCount: row.record_count,
  withoutAmountCount: row.without_amount_count,
});

export function toPerHead(row: SumsRow): PerHead | null {
  if (row.population === null || row.total_per_head === null || row.confirmed_per_head === null)
    return null;
  return {
    population: Number(row.population),
    populationYear: row.population_year,
    confirmed: toMoney(row.confirmed_per_head),
    total: toMoney(row.total_per_head),
  };
}

/** A council with no money: zero sums (no arithmetic), per head of its population if known. */
export const noFunding = (population: number | null, populationYear: number | null): SumsRow => ({
  record_count: 0,
  allocation_count: 0,
  grant_count: 0,
  without_amount_count: 0,
  confirmed: '0',
  capped: '0',
  total: '0',
  population,
  population_year: populationYear,
  confirmed_per_head: population ? '0' : null,
  total_per_head: population ? '0' : null,
});

export function toFundingTotal(row: FundingTotalRow, groupBy: FundingGroupBy): FundingTotal {
  const key = row.key;
  const when = (by: FundingGroupBy) => (groupBy === by ? key : null);
  return {
    ...toMoneyTotals(row),
    key,
    programme: null,
    programmeId: when(FundingGroupBy.PROGRAMME),
    council: key !== null && groupBy === FundingGroupBy.COUNCIL ? { id: key } : null,
    region: when(FundingGroupBy.REGION) as Region | null,
    financialYear: when(FundingGroupBy.FINANCIAL_YEAR),
    imd2025Decile: key !== null && groupBy === FundingGroupBy.IMD_2025_DECILE ? Number(key) : null,
    allocationCount: row.allocation_count,
    grantCount: row.grant_count,
    perHead: toPerHead(row),
  };
}
