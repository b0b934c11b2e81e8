import { COMPARISON } from '../../../../schema/entities';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { loadAndMap } from '../../../kit/entity/dataloaders';
import { metricValue } from '../../../kit/compare/metric';
import { MetricValue } from './metric.type';
import { toCouncil } from '../council/council.mapper';
import { Council } from '../council/council.type';
import type { CouncilRow } from '../database';
import type { CouncilsContext } from '../loaders';
import { Comparison, PeerMeasure } from './compare.enums';
import { comparisonFacts, comparisonFactsById } from './comparison-facts.cache';
import { writeMemberFacts } from '../../../kit/compare/comparison-stub';
import type { ComparisonFacts } from './comparison-facts.repository';
import {
  checkPeerArguments,
  comparisonOf,
  DEFAULT_PEER_MEASURES,
  DEFAULT_PEERS,
  MAX_PEERS,
} from './comparison';
import { ComparisonMember, CouncilComparison, CouncilPeer } from './comparison.type';
import { nearestPeers } from './peers';

const BY = {
  defaultValue: DEFAULT_PEER_MEASURES,
  description: 'The measures peers are alike in (see `PeerMeasure`).',
} as const;
const FIRST = {
  defaultValue: DEFAULT_PEERS,
  description: `How many peers, 1 to ${MAX_PEERS}.`,
} as const;

async function councilsByIds({ loaders }: CouncilsContext, ids: string[]): Promise<Council[]> {
  const rows = await loaders.councilById.loadMany(ids);
  return rows
    .filter((row): row is CouncilRow => row !== null && !(row instanceof Error))
    .map(toCouncil);
}

@Resolver(() => Council)
export class CouncilComparisonResolver {
  @FieldResolver(() => [CouncilPeer], {
    description:
      'The current councils most like this one by `by`, nearest first, among councils of its tier (districts and unitaries, or county councils) that have every numeric measure. Each numeric measure is standardised over those candidates (minus the mean, over the standard deviation); a categorical one adds 1 to the squared distance when it differs; distance is the square root of the sum, ties broken by id. Computed once per data version. Empty when this council lacks a measure (e.g. IMD outside England) or is not current.',
  })
  async peers(
    @Root() council: Council,
    @Ctx() context: CouncilsContext,
    @Arg('by', () => [PeerMeasure], BY) by: PeerMeasure[],
    @Arg('first', () => Int, FIRST) first: number,
  ): Promise<CouncilPeer[]> {
    checkPeerArguments(by, first);
    const facts = await comparisonFacts(context.db, context.scope);
    const subject = facts.find((row) => row.id === council.id);
    if (!subject) return [];
    const peers = nearestPeers(subject, facts, by, first);
    const councils = new Map(
      (
        await councilsByIds(
          context,
          peers.map((p) => p.id),
        )
      ).map((c) => [c.id, c]),
    );
    return peers.flatMap((peer) => {
      const found = councils.get(peer.id);
      return found ? [{ council: found, distance: peer.distance, rank: peer.rank }] : [];
    });
  }

  @FieldResolver(() => CouncilComparison, {
    description:
      'This council compared with a group (`within`): its metrics with rank, percentile, decile and median, from every subgraph, over the same group.',
  })
  comparison(
    @Root() council: Council,
    @Ctx() { db, scope }: CouncilsContext,
    @Arg('within', () => Comparison, {
      defaultValue: Comparison.ENGLAND,
      description: 'Which councils to compare with.',
    })
    within: Comparison,
    @Arg('by', () => [PeerMeasure], { ...BY, description: 'For `PEERS`: ' + BY.description })
    by: PeerMeasure[],
    @Arg('first', () => Int, { ...FIRST, description: 'For `PEERS`: ' + FIRST.description })
    first: number,
  ): Promise<CouncilComparison> {
    if (within === Comparison.PEERS) checkPeerArguments(by, first);
    return comparisonOf(db, scope, {
      councilId: council.id,
      within,
      by: within === Comparison.PEERS ? by : [],
      first: within === Comparison.PEERS ? first : 0,
    });
  }
}

/** The group's members with their populations; a member's record is loaded only if asked for. */
async function groupMembers(
  comparison: CouncilComparison,
  context: CouncilsContext,
): Promise<ComparisonMember[]> {
  const facts = await comparisonFactsById(context.db, context.scope);
  return comparison.memberIds.map((id) => ({
    councilId: id,
    population: facts.get(id)?.population ?? null,
  }));
}

/** A metric of the councils subgraph's own facts, for every member of the group. */
async function factMetric(
  comparison: CouncilComparison,
  context: CouncilsContext,
  valueOf: (facts: ComparisonFacts) => number | null,
  metric: Omit<Parameters<typeof metricValue>[0], 'values'>,
): Promise<MetricValue> {
  const facts = await comparisonFactsById(context.db, context.scope);
  const values = new Map(
    comparison.memberIds.map((id) => {
      const row = facts.get(id);
      const value = row ? valueOf(row) : null;
      return [id, value === null ? null : String(value)];
    }),
  );
  return metricValue({ ...metric, values }, comparison.councilId);
}

@Resolver(() => CouncilComparison)
export class CouncilComparisonFieldsResolver {
  @FieldResolver(() => Council, { nullable: true, description: 'The council compared.' })
  async council(
    @Root() comparison: CouncilComparison,
    @Ctx() context: CouncilsContext,
  ): Promise<Council | null> {
    return (await councilsByIds(context, [comparison.councilId]))[0] ?? null;
  }

  @FieldResolver(() => Int, {
    description: 'How many councils are in the group, this one included.',
  })
  size(@Root() comparison: CouncilComparison): number {
    return comparison.memberIds.length;
  }

  @FieldResolver(() => [ComparisonMember], { description: COMPARISON.members })
  async members(
    @Root() comparison: CouncilComparison,
    @Ctx() context: CouncilsContext,
  ): Promise<ComparisonMember[]> {
    return groupMembers(comparison, context);
  }

  @Directive('@inaccessible')
  @FieldResolver(() => String, { description: COMPARISON.memberFacts })
  async memberFacts(
    @Root() comparison: CouncilComparison,
    @Ctx() context: CouncilsContext,
  ): Promise<string> {
    return writeMemberFacts(await groupMembers(comparison, context));
  }

  @FieldResolver(() => MetricValue, {
    description:
      'IMD 2025 rank of average score among English districts and unitaries (1 = most deprived); rank 1 in the group is its most deprived.',
  })
  imd2025Rank(
    @Root() comparison: CouncilComparison,
    @Ctx() context: CouncilsContext,
  ): Promise<MetricValue> {
    return factMetric(comparison, context, (row) => row.imd_2025_rank, {
      unit: 'IMD 2025 rank (1 = most deprived)',
      direction: 'LOWEST_FIRST',
      reason: 'No IMD 2025 rank: the English indices cover English districts and unitaries only.',
    });
  }

  @FieldResolver(() => MetricValue, {
    description:
      'IMD rank in 2025 minus rank in 2019 (positive: relatively less deprived than in 2019); rank 1 in the group moved furthest that way.',
  })
  imdRankChange(
    @Root() comparison: CouncilComparison,
    @Ctx() context: CouncilsContext,
  ): Promise<MetricValue> {
    return factMetric(
      comparison,
      context,
      (row) =>
        row.imd_2025_rank !== null && row.imd_2019_rank !== null
          ? row.imd_2025_rank - row.imd_2019_rank
          : null,
      {
        unit: 'places in the IMD ranking',
        direction: 'HIGHEST_FIRST',
        reason:
          'No rank in both IMD 2019 and IMD 2025 (the council is not English, or its area changed in between).',
      },
    );
  }

  @FieldResolver(() => MetricValue, {
    description: 'Population (ONS mid-2020 estimate); rank 1 in the group is the largest.',
  })
  population(
    @Root() comparison: CouncilComparison,
    @Ctx() context: CouncilsContext,
  ): Promise<MetricValue> {
    return factMetric(comparison, context, (row) => row.population, {
      unit: 'residents',
      direction: 'HIGHEST_FIRST',
      reason: 'The register gives no population.',
    });
  }
}

@Resolver(() => ComparisonMember)
export class ComparisonMemberResolver {
  @FieldResolver(() => Council, { description: 'The council.' })
  async council(
    @Root() member: ComparisonMember,
    @Ctx() { loaders }: CouncilsContext,
  ): Promise<Council> {
    const council = await loadAndMap(loaders.councilById, member.councilId, toCouncil);
    if (!council) throw new Error(`Comparison member ${member.councilId} is not in the register`);
    return council;
  }
}
