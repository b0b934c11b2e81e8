import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { today } from '../../../../platform/calendar';
import { checkGroupBy } from '../../../kit/compare/grouped-totals';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import type { AssetsContext } from '../loaders';
import { AssetGroupBy } from './totals.enums';
import { AssetTotalsFilter } from './totals.inputs';
import { toAssetTotal } from './totals.mapper';
import { assetTotals } from './totals.repository';
import { AssetTotal } from './totals.type';

@Resolver(() => AssetTotal)
export class AssetTotalResolver {
  @Query(() => [AssetTotal], {
    description:
      'Assets of Community Value counted on a day, grouped by up to four keys (council, region, strategic authority, kind, category, status, year first listed: one group per combination found), by status and outcome, with moratoria begun, median days from listing to outcome, and counts per 10,000 residents. The groups of a key add up to the whole.',
  })
  async assetTotals(
    @Ctx() { db }: AssetsContext,
    @Arg('groupBy', () => [AssetGroupBy], {
      description:
        'The keys to group by, in the order the groups are sorted (one key may be given alone: `groupBy: REGION`).',
    })
    groupBy: AssetGroupBy[],
    @Arg('filter', () => AssetTotalsFilter, {
      nullable: true,
      description: 'Which assets to count; omit for all of them.',
    })
    filter?: AssetTotalsFilter,
    @Arg('asOf', () => LocalDateScalar, {
      nullable: true,
      description: 'The day to count for (default today).',
    })
    asOf?: string,
  ): Promise<AssetTotal[]> {
    checkGroupBy(groupBy, 'groupBy', AssetGroupBy);
    return (await assetTotals(db, groupBy, filter, asOf ?? today())).map((row) =>
      toAssetTotal(row, groupBy),
    );
  }
}
