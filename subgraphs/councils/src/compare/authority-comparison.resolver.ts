import { COMPARISON } from '../../../../schema/entities';
import { Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { writeMemberFacts, type GroupMember } from '../../../kit/compare/comparison-stub';
import { metricValue } from '../../../kit/compare/metric';
import type { CouncilsContext } from '../loaders';
import { StrategicAuthority } from '../strategic-authority/strategic-authority.type';
import { AuthorityComparison } from './authority-comparison.type';
import { comparisonFacts } from './comparison-facts.cache';
import type { ComparisonFacts } from './comparison-facts.repository';
import { MetricValue } from './metric.type';
import { tierGroupOf } from './peers';

// The authorities' residents, worked out once per list of facts (so once per data version).
const residentsByFacts = new WeakMap<ComparisonFacts[], GroupMember[]>();

/**
 * Every authority with residents: those of its current member districts and unitaries (a member
 * county's are already its districts'), from the facts of the request's data version.
 */
async function authorityResidents(context: CouncilsContext): Promise<GroupMember[]> {
  const facts = await comparisonFacts(context.db, context.scope);
  const known = residentsByFacts.get(facts);
  if (known) return known;
  const residents = new Map<string, number>();
  for (const council of facts) {
    const authority = council.strategic_authority_code;
    if (!authority || council.population === null) continue;
    if (tierGroupOf(council) === 'county') continue;
    residents.set(authority, (residents.get(authority) ?? 0) + council.population);
  }
  const members = [...residents]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([councilId, population]) => ({ councilId, population }));
  residentsByFacts.set(facts, members);
  return members;
}

@Resolver(() => StrategicAuthority)
export class AuthorityComparisonFieldResolver {
  @FieldResolver(() => AuthorityComparison, {
    description:
      'This authority compared with every other that has residents: its metrics with rank, percentile, decile and median, from every subgraph.',
  })
  comparison(@Root() authority: StrategicAuthority): AuthorityComparison {
    return { id: authority.id };
  }
}

@Resolver(() => AuthorityComparison)
export class AuthorityComparisonResolver {
  @FieldResolver(() => Int, { description: 'How many authorities are compared.' })
  async size(@Ctx() context: CouncilsContext): Promise<number> {
    return (await authorityResidents(context)).length;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => String, { description: COMPARISON.memberFacts })
  async memberFacts(@Ctx() context: CouncilsContext): Promise<string> {
    return writeMemberFacts(await authorityResidents(context));
  }

  @FieldResolver(() => MetricValue, {
    description: 'Residents of its current districts and unitaries (ONS mid-2020), ranked.',
  })
  async population(
    @Root() comparison: AuthorityComparison,
    @Ctx() context: CouncilsContext,
  ): Promise<MetricValue> {
    const members = await authorityResidents(context);
    return metricValue(
      {
        values: new Map(members.map((m) => [m.councilId, String(m.population)])),
        unit: 'residents',
        direction: 'HIGHEST_FIRST',
        reason: 'The authority has no current member council with a population.',
      },
      comparison.id,
    );
  }
}
