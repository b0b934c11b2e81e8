import { Arg, Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { bindCursors } from '../../../kit/list/cursors';
import { today } from '../../../../platform/calendar';
import { connectionOfList } from '../../../kit/list/connection';
import { PageArgs } from '../../../kit/list/page-args';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { toAllocation } from '../allocation/allocation.mapper';
import { AllocationConnection } from '../allocation/allocation.type';
import { toGrant } from '../grant/grant.mapper';
import { GrantConnection } from '../grant/grant.type';
import type { FundingContext } from '../loaders';
import { noFunding, toMoneyTotals, toPerHead } from '../totals/totals.mapper';
import { CouncilFunding } from '../totals/totals.type';
import { Council } from './council.type';

@Resolver(() => Council)
export class CouncilFundingResolver {
  @Directive('@requires(fields: "population { count year }")')
  @FieldResolver(() => CouncilFunding, {
    nullable: true,
    description:
      'The money for this council from every programme: allocations to it and to its Neighbourhood Boards, and grants benefiting its area, exact, per programme and per resident (from the funding subgraph).',
  })
  async funding(
    @Root() council: Council,
    @Ctx() { loaders }: FundingContext,
    @Arg('asOf', () => LocalDateScalar, {
      nullable: true,
      description: 'Count only records announced or awarded on or before this day; default today.',
    })
    asOf?: string,
  ): Promise<CouncilFunding> {
    const day = asOf ?? today();
    const population = council.population?.count ?? null;
    const populationYear = council.population?.year ?? null;
    const rows = await loaders.councilFunding.load({
      councilId: council.id,
      asOf: day,
      population,
      populationYear,
    });
    const all =
      rows.find((row) => row.all_programmes === 1) ?? noFunding(population, populationYear);
    return {
      ...toMoneyTotals(all),
      asOf: day,
      byProgramme: rows
        .filter((row) => row.all_programmes === 0)
        .map((row) => ({ ...toMoneyTotals(row), programme: null, programmeId: row.programme_id })),
      perHead: toPerHead(all),
      councilId: council.id,
    };
  }
}

const onOrBefore = (day: string | null, asOf: string) => day === null || day <= asOf;

@Resolver(() => CouncilFunding)
export class CouncilFundingListsResolver {
  @FieldResolver(() => AllocationConnection, {
    description: 'The allocations counted: to the council and to its boards, by id.',
  })
  async allocations(
    @Root() funding: CouncilFunding,
    @Ctx() { loaders, scope }: FundingContext,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<AllocationConnection> {
    const allocations = (await loaders.allocationsByCouncilId.load(funding.councilId))
      .filter((row) => onOrBefore(row.announced_on, funding.asOf))
      .map(toAllocation);
    return connectionOfList(
      AllocationConnection,
      page,
      await bindCursors(scope, 'CouncilFunding.allocations', [funding.councilId, funding.asOf]),
      allocations,
    );
  }

  @FieldResolver(() => GrantConnection, {
    description: "The grants counted: those benefiting the council's area, by id.",
  })
  async grants(
    @Root() funding: CouncilFunding,
    @Ctx() { loaders, scope }: FundingContext,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<GrantConnection> {
    const grants = (await loaders.grantsByCouncilId.load(funding.councilId))
      .filter((row) => onOrBefore(row.award_date, funding.asOf))
      .map(toGrant);
    return connectionOfList(
      GrantConnection,
      page,
      await bindCursors(scope, 'CouncilFunding.grants', [funding.councilId, funding.asOf]),
      grants,
    );
  }
}
