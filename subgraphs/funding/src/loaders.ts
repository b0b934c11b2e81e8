import { byOnlyKey } from '../../kit/compare/grouped-totals';
import { FundingGroupBy } from './totals/totals.enums';
import { fundingTotals } from './totals/totals.repository';
import type { RequestScope } from '../../kit/service/module';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { groupedLoader, keyedLoader, perArguments } from '../../kit/entity/dataloaders';
import { findAllocationsBy, findAllocationsByIds } from './allocation/allocation.repository';
import type { FundingDatabase } from './database';
import {
  memberFunding,
  type MemberFundingRow,
  type MemberPopulation,
} from './compare/comparison-funding.repository';
import {
  findGrantsByCouncilIds,
  findGrantsByIds,
  findLinkedGrants,
  findLinksByGrantIds,
} from './grant/grant.repository';
import { countHeldByProgrammeIds, findProgrammesByIds } from './programme/programme.repository';
import {
  boardFunding,
  councilFunding,
  type CouncilFundingKey,
  type CouncilFundingRow,
} from './totals/totals.repository';

/**
 * A council's funding as of a day, per request: the councils of a batch that share `asOf` cost
 * one statement, whatever their number.
 */
function councilFundingLoader(db: Kysely<FundingDatabase>) {
  return new DataLoader<CouncilFundingKey, CouncilFundingRow[], string>(
    async (keys) => {
      const byAsOf = new Map<string, CouncilFundingKey[]>();
      for (const key of keys) {
        const batch = byAsOf.get(key.asOf);
        if (batch) batch.push(key);
        else byAsOf.set(key.asOf, [key]);
      }
      const rows = new Map<string, CouncilFundingRow[]>();
      for (const [asOf, batch] of byAsOf) {
        for (const row of await councilFunding(db, asOf, batch)) {
          const id = `${asOf}|${row.council_id}`;
          const list = rows.get(id);
          if (list) list.push(row);
          else rows.set(id, [row]);
        }
      }
      return keys.map((key) => rows.get(`${key.asOf}|${key.councilId}`) ?? []);
    },
    // A council's population is one fact: two keys for one council must not make two rows of it.
    { cacheKeyFn: (key) => `${key.asOf}|${key.councilId}` },
  );
}

/** Per-request DataLoaders: each batch of keys costs one SQL statement. */
export function createLoaders(db: Kysely<FundingDatabase>) {
  return {
    /**
     * Every strategic authority's money as of a day, by authority: one statement per request and
     * day, read by `StrategicAuthority.funding` and the authorities' ranking alike.
     */
    authorityFunding: perArguments(async (asOf: string | undefined) =>
      byOnlyKey(await fundingTotals(db, [FundingGroupBy.STRATEGIC_AUTHORITY], undefined, asOf)),
    ),
    programmeById: keyedLoader(
      (ids) => findProgrammesByIds(db, ids),
      (row) => row.id,
    ),
    coverageByProgrammeId: keyedLoader(
      (ids) => countHeldByProgrammeIds(db, ids),
      (row) => row.programme_id,
    ),
    allocationById: keyedLoader(
      (ids) => findAllocationsByIds(db, ids),
      (row) => row.id,
    ),
    allocationsByCouncilId: groupedLoader(
      (ids) => findAllocationsBy(db, 'council_id', ids),
      (row) => row.council_id,
    ),
    allocationsByBoardId: groupedLoader(
      (ids) => findAllocationsBy(db, 'board_id', ids),
      (row) => row.board_id,
    ),
    allocationsByStrategicAuthorityId: groupedLoader(
      (ids) => findAllocationsBy(db, 'strategic_authority_id', ids),
      (row) => row.strategic_authority_id,
    ),
    grantById: keyedLoader(
      (ids) => findGrantsByIds(db, ids),
      (row) => row.id,
    ),
    grantsByCouncilId: groupedLoader(
      (ids) => findGrantsByCouncilIds(db, ids),
      (row) => row.council_id,
    ),
    grantsByAssetId: groupedLoader(
      (ids) => findLinkedGrants(db, 'asset', ids),
      (row) => row.target_id,
    ),
    grantsByOrganisationId: groupedLoader(
      (ids) => findLinkedGrants(db, 'organisation', ids),
      (row) => row.target_id,
    ),
    linksByGrantId: groupedLoader(
      (ids) => findLinksByGrantIds(db, ids),
      (row) => row.grant_id,
    ),
    councilFunding: councilFundingLoader(db),
    memberFunding: perArguments(
      ({ asOf, programmeId }: { asOf: string; programmeId: string | null }) =>
        new DataLoader<MemberPopulation, MemberFundingRow | null, string>(
          async (members) => {
            const rows = await memberFunding(db, asOf, programmeId, members);
            const byId = new Map(rows.map((row) => [row.council_id, row]));
            return members.map((member) => byId.get(member.councilId) ?? null);
          },
          { cacheKeyFn: (member) => member.councilId },
        ),
    ),
    boardFunding: perArguments((asOf: string) =>
      keyedLoader(
        (ids) => boardFunding(db, asOf, ids),
        (row) => row.board_id,
      ),
    ),
  };
}

export type FundingLoaders = ReturnType<typeof createLoaders>;

export interface FundingContext {
  db: Kysely<FundingDatabase>;
  /** The request's data version, to which list cursors are bound. */
  scope: RequestScope;
  loaders: FundingLoaders;
}
