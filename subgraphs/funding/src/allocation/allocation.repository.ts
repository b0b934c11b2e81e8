import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { PageRequest } from '../../../kit/list/connection';
import { OrderDirection } from '../../../kit/list/order-direction.enum';
import type { AllocationRow, FundingDatabase } from '../database';
import { ALLOCATION_COLUMNS } from './allocation.table';
import { AllocationOrderField } from './allocation.enums';
import type { AllocationFilter, AllocationOrder } from './allocation.inputs';

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

export function listAllocations(
  db: Db,
  filter: AllocationFilter | undefined,
  order: AllocationOrder,
  page: PageRequest,
): Promise<AllocationRow[]> {
  const direction = order.direction === OrderDirection.DESC ? 'desc' : 'asc';
  let query = applyFilter(db.selectFrom('allocation'), filter).select(ALLOCATION_COLUMNS);
  if (order.field === AllocationOrderField.AMOUNT)
    query = query.orderBy('amount_gbp', (ob) => ob[direction]().nullsLast());
  if (order.field === AllocationOrderField.ANNOUNCED_ON)
    query = query.orderBy('announced_on', (ob) => ob[direction]().nullsLast());
  return query
    .orderBy('id', direction)
    .offset(page.offset)
    .limit(page.limit + 1)
    .execute();
}

export async function countAllocations(
  db: Db,
  filter: AllocationFilter | undefined,
): Promise<number> {
  const { count } = await applyFilter(db.selectFrom('allocation'), filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}
