import { groupKeysOf } from '../../../kit/compare/grouped-totals';
import type { CouncilKind } from '../../../kit/types/council-kind.enum';
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

export function toFundingTotal(
  row: FundingTotalRow,
  groupBy: readonly FundingGroupBy[],
): FundingTotal {
  const keys = groupKeysOf(row, groupBy);
  const council = keys.text(FundingGroupBy.COUNCIL);
  const authority = keys.text(FundingGroupBy.STRATEGIC_AUTHORITY);
  const decile = keys.text(FundingGroupBy.IMD_2025_DECILE);
  return {
    ...toMoneyTotals(row),
    key: keys.key,
    programme: null,
    programmeId: keys.text(FundingGroupBy.PROGRAMME),
    council: council === null ? null : { id: council },
    region: keys.text(FundingGroupBy.REGION) as Region | null,
    strategicAuthority: authority === null ? null : { id: authority },
    kind: keys.text(FundingGroupBy.KIND) as CouncilKind | null,
    mayoral: keys.flag(FundingGroupBy.MAYORAL),
    financialYear: keys.text(FundingGroupBy.FINANCIAL_YEAR),
    imd2025Decile: decile === null ? null : Number(decile),
    allocationCount: row.allocation_count,
    grantCount: row.grant_count,
    perHead: toPerHead(row),
  };
}
