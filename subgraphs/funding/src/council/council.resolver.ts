import { Arg, Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '../../../../platform/calendar';
import { PageArgs } from '../../../kit/list/page-args';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { AllocationConnection } from '../allocation/allocation.type';
import { GrantConnection } from '../grant/grant.type';
import { sortedListConnection } from '../../../kit/list/sorted-rows';
import type { AllocationOrder } from '../allocation/allocation.inputs';
import { allocationList } from '../allocation/allocation.sort';
import type { GrantOrder } from '../grant/grant.inputs';
import { grantList } from '../grant/grant.sort';
import { AllocationOrderArg, GrantOrderArg } from '../list-args';
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
    description: 'The allocations counted: to the council and to its boards.',
  })
  async allocations(
    @Root() funding: CouncilFunding,
    @Ctx() { loaders, scope }: FundingContext,
    @Args(() => PageArgs) page: PageArgs,
    @AllocationOrderArg() orderBy?: AllocationOrder,
  ): Promise<AllocationConnection> {
    const rows = (await loaders.allocationsByCouncilId.load(funding.councilId)).filter((row) =>
      onOrBefore(row.announced_on, funding.asOf),
    );
    return sortedListConnection(
      AllocationConnection,
      page,
      scope,
      allocationList(
        'CouncilFunding.allocations',
        [funding.councilId, funding.asOf],
        rows,
        orderBy,
      ),
    );
  }

  @FieldResolver(() => GrantConnection, {
    description: "The grants counted: those benefiting the council's area.",
  })
  async grants(
    @Root() funding: CouncilFunding,
    @Ctx() { loaders, scope }: FundingContext,
    @Args(() => PageArgs) page: PageArgs,
    @GrantOrderArg() orderBy?: GrantOrder,
  ): Promise<GrantConnection> {
    const rows = (await loaders.grantsByCouncilId.load(funding.councilId)).filter((row) =>
      onOrBefore(row.award_date, funding.asOf),
    );
    return sortedListConnection(
      GrantConnection,
      page,
      scope,
      grantList('CouncilFunding.grants', [funding.councilId, funding.asOf], rows, orderBy),
    );
  }
}
