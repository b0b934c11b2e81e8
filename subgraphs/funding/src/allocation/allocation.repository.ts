import type { Kysely, SelectQueryBuilder } from 'kysely';
import { listRepository, type ListOrdering } from '../../../kit/list/list-query';
import type { AllocationRow, FundingDatabase } from '../database';
import { ALLOCATION_COLUMNS } from './allocation.table';
import { AllocationOrderField } from './allocation.enums';
import type { AllocationFilter } from './allocation.inputs';

type Db = Kysely<FundingDatabase>;
type AllocationQuery = SelectQueryBuilder<FundingDatabase, 'allocation', object>;

export const findAllocationsByIds = (db: Db, ids: readonly string[]): Promise<AllocationRow[]> =>
  db.selectFrom('allocation').select(ALLOCATION_COLUMNS).where('id', 'in', ids).execute();

/** Every allocation whose `column` is one of `keys`, in id order: one statement for a batch. */
export const findAllocationsBy = (
  db: Db,
  column: 'council_id' | 'board_id' | 'strategic_authority_id',
  keys: readonly string[],
): Promise<AllocationRow[]> =>
  db
    .selectFrom('allocation')
    .select(ALLOCATION_COLUMNS)
    .where(column, 'in', keys)
    .orderBy('id')
    .execute();

function applyFilter(
  query: AllocationQuery,
  filter: AllocationFilter | undefined,
): AllocationQuery {
  if (!filter) return query;
  let q = query;
  if (filter.programmeId != null) q = q.where('programme_id', '=', filter.programmeId);
  if (filter.councilId != null) q = q.where('council_id', '=', filter.councilId);
  if (filter.boardId != null) q = q.where('board_id', '=', filter.boardId);
  if (filter.kind?.length) q = q.where('basis', 'in', filter.kind);
  if (filter.recipientKind?.length) q = q.where('recipient_kind', 'in', filter.recipientKind);
  return q;
}

const ALLOCATION_ORDERING: ListOrdering<FundingDatabase, 'allocation', AllocationOrderField> = {
  fields: {
    [AllocationOrderField.AMOUNT]: { by: 'amount_gbp', nullable: true },
    [AllocationOrderField.ANNOUNCED_ON]: { by: 'announced_on', nullable: true },
    [AllocationOrderField.ID]: null,
  },
  tieBreaker: 'id',
};

/** The root list: its filters, its columns, its order (see `kit/list/list-query.ts`). */
export const { page: listAllocations, count: countAllocations } = listRepository<
  FundingDatabase,
  'allocation',
  AllocationFilter,
  AllocationOrderField,
  AllocationRow
>((db) => ({
  from: (filter) => applyFilter(db.selectFrom('allocation'), filter),
  select: (query) => query.select(ALLOCATION_COLUMNS),
  ordering: ALLOCATION_ORDERING,
}));
