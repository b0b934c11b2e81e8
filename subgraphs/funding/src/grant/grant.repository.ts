import type { Kysely, SelectQueryBuilder } from 'kysely';
import { listRepository, type ListOrdering } from '../../../kit/list/list-query';
import type { FundingDatabase, GrantLinkRow, GrantRow } from '../database';
import { GRANT_COLUMNS, GRANT_LINK_COLUMNS } from './grant.table';
import { qualified } from '../../../kit/list/columns';
import { GrantOrderField } from './grant.enums';
import type { GrantFilter } from './grant.inputs';

type Db = Kysely<FundingDatabase>;
type GrantQuery = SelectQueryBuilder<FundingDatabase, 'grant_award', object>;

export const findGrantsByIds = (db: Db, ids: readonly string[]): Promise<GrantRow[]> =>
  db.selectFrom('grant_award').select(GRANT_COLUMNS).where('id', 'in', ids).execute();

export const findGrantsByCouncilIds = (db: Db, ids: readonly string[]): Promise<GrantRow[]> =>
  db
    .selectFrom('grant_award')
    .select(GRANT_COLUMNS)
    .where('council_id', 'in', ids)
    .orderBy('id')
    .execute();

/** Grants the crosswalk links to any of `targets` (assets or organisations), with the target. */
export const findLinkedGrants = (
  db: Db,
  targetType: 'asset' | 'organisation',
  targets: readonly string[],
): Promise<(GrantRow & { target_id: string })[]> =>
  db
    .selectFrom('grant_award')
    .innerJoin('grant_link', 'grant_link.grant_id', 'grant_award.id')
    .select(qualified('grant_award', GRANT_COLUMNS))
    .select('grant_link.target_id')
    .where('grant_link.target_type', '=', targetType)
    .where('grant_link.target_id', 'in', targets)
    .orderBy('grant_award.id')
    .execute();

export const findLinksByGrantIds = (db: Db, ids: readonly string[]): Promise<GrantLinkRow[]> =>
  db
    .selectFrom('grant_link')
    .select(GRANT_LINK_COLUMNS)
    .where('grant_id', 'in', ids)
    .orderBy('target_id')
    .execute();

function applyFilter(query: GrantQuery, filter: GrantFilter | undefined): GrantQuery {
  if (!filter) return query;
  let q = query;
  if (filter.programmeId != null) q = q.where('programme_id', '=', filter.programmeId);
  if (filter.councilId != null) q = q.where('council_id', '=', filter.councilId);
  if (filter.awardedAfter != null) q = q.where('award_date', '>=', filter.awardedAfter);
  if (filter.awardedBefore != null) q = q.where('award_date', '<=', filter.awardedBefore);
  if (filter.minAmount != null) q = q.where('amount_gbp', '>=', filter.minAmount);
  for (const [type, target] of [
    ['organisation', filter.recipientId],
    ['asset', filter.assetId],
  ] as const) {
    if (target == null) continue;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('grant_link')
          .select('grant_link.grant_id')
          .whereRef('grant_link.grant_id', '=', 'grant_award.id')
          .where('grant_link.target_type', '=', type)
          .where('grant_link.target_id', '=', target),
      ),
    );
  }
  return q;
}

const GRANT_ORDERING: ListOrdering<FundingDatabase, 'grant_award', GrantOrderField> = {
  fields: {
    [GrantOrderField.AWARD_DATE]: { by: 'award_date', nullable: true },
    [GrantOrderField.AMOUNT]: { by: 'amount_gbp', nullable: true },
    [GrantOrderField.TITLE]: { by: 'title', nullable: true },
    [GrantOrderField.ID]: null,
  },
  tieBreaker: 'id',
};

/** The root list: its filters, its columns, its order (see `kit/list/list-query.ts`). */
export const { page: listGrants, count: countGrants } = listRepository<
  FundingDatabase,
  'grant_award',
  GrantFilter,
  GrantOrderField,
  GrantRow
>((db) => ({
  from: (filter) => applyFilter(db.selectFrom('grant_award'), filter),
  select: (query) => query.select(GRANT_COLUMNS),
  ordering: GRANT_ORDERING,
}));
