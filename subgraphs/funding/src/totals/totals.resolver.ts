import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { FundingContext } from '../loaders';
import { programmeOf } from '../programme/programme.lookup';
import { Programme } from '../programme/programme.type';
import { FundingGroupBy } from './totals.enums';
import { FundingTotalsFilter } from './totals.inputs';
import { toFundingTotal } from './totals.mapper';
import { fundingTotals } from './totals.repository';
import { FundingTotal, ProgrammeFunding } from './totals.type';

@Resolver(() => FundingTotal)
export class FundingTotalResolver {
  @Query(() => [FundingTotal], {
    description:
      'Allocations and grants added up exactly, grouped by programme, council, region, financial year or IMD 2025 decile, with counts and per-head figures. Partial programmes stay partial: see `Programme.coverage`.',
  })
  async fundingTotals(
    @Ctx() { db }: FundingContext,
    @Arg('groupBy', () => FundingGroupBy, { description: 'How to group.' }) groupBy: FundingGroupBy,
    @Arg('filter', () => FundingTotalsFilter, {
      nullable: true,
      description: 'Which money to count; omit for all of it.',
    })
    filter?: FundingTotalsFilter,
  ): Promise<FundingTotal[]> {
    return (await fundingTotals(db, groupBy, filter)).map((row) => toFundingTotal(row, groupBy));
  }

  @FieldResolver(() => Programme, {
    nullable: true,
    description: 'The programme, when grouped by programme.',
  })
  programme(
    @Root() total: FundingTotal,
    @Ctx() context: FundingContext,
  ): Promise<Programme | null> {
    return programmeOf(total.programmeId, context);
  }
}

@Resolver(() => ProgrammeFunding)
export class ProgrammeFundingResolver {
  @FieldResolver(() => Programme, {
    nullable: true,
    description: 'The programme; null for grants not tied to a known programme.',
  })
  programme(
    @Root() funding: ProgrammeFunding,
    @Ctx() context: FundingContext,
  ): Promise<Programme | null> {
    return programmeOf(funding.programmeId, context);
  }
}
