import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { checkGroupBy } from '../../../kit/compare/grouped-totals';
import { LocalDateScalar } from '../../../kit/schema/scalars';
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
      'Allocations and grants added up exactly, grouped by up to four keys (programme, council, region, strategic authority, kind, financial year, IMD 2025 decile: one group per combination found), with counts and per-head figures. The groups of a key add up to the total to the penny. Partial programmes stay partial: see `Programme.coverage`.',
  })
  async fundingTotals(
    @Ctx() { db }: FundingContext,
    @Arg('groupBy', () => [FundingGroupBy], {
      description:
        'The keys to group by, in the order the groups are sorted (one key may be given alone: `groupBy: REGION`).',
    })
    groupBy: FundingGroupBy[],
    @Arg('filter', () => FundingTotalsFilter, {
      nullable: true,
      description: 'Which money to count; omit for all of it.',
    })
    filter?: FundingTotalsFilter,
    @Arg('asOf', () => LocalDateScalar, {
      nullable: true,
      description:
        'Count only records announced or awarded on or before this day (undated ones count); omit to count every record.',
    })
    asOf?: string,
  ): Promise<FundingTotal[]> {
    checkGroupBy(groupBy, 'groupBy', FundingGroupBy);
    return (await fundingTotals(db, groupBy, filter, asOf)).map((row) =>
      toFundingTotal(row, groupBy),
    );
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
