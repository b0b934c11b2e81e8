import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '../../../../platform/calendar';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import type { AssetsContext } from '../loaders';
import { AssetGroupBy } from '../totals/totals.enums';
import { toAssetTotal } from '../totals/totals.mapper';
import { AssetTotal } from '../totals/totals.type';
import { StrategicAuthority } from './strategic-authority.type';

@Resolver(() => StrategicAuthority)
export class StrategicAuthorityAssetsResolver {
  @FieldResolver(() => AssetTotal, {
    nullable: true,
    description:
      "The Assets of Community Value of its member councils on the day (from the assets subgraph), by status and outcome, per 10,000 of its residents: `assetTotals(groupBy: STRATEGIC_AUTHORITY)`'s group for it. Null when its councils have none on record.",
  })
  async assetTotals(
    @Root() authority: StrategicAuthority,
    @Ctx() { loaders }: AssetsContext,
    @Arg('asOf', () => LocalDateScalar, {
      nullable: true,
      description: 'The day to count for (default today).',
    })
    asOf?: string,
  ): Promise<AssetTotal | null> {
    const row = (await loaders.authorityAssets(asOf ?? today())).get(authority.id);
    return row ? toAssetTotal(row, [AssetGroupBy.STRATEGIC_AUTHORITY]) : null;
  }
}
