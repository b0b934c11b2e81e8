import { Arg, Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../kit/list/page-args';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { AssetOrder, CouncilAssetFilter } from '../asset/asset.inputs';
import { AssetConnection } from '../asset/asset.type';
import { councilAssetConnection } from '../council/council-assets';
import type { AssetsContext } from '../loaders';
import { NeighbourhoodBoard } from './board.type';

@Resolver(() => NeighbourhoodBoard)
export class BoardAssetsResolver {
  @Directive('@requires(fields: "council { id }")')
  @FieldResolver(() => AssetConnection, {
    nullable: true,
    description:
      "Assets of Community Value on the lists of the board's accountable council, by name: the same list as its council's `assets`. No Pride in Place place boundary is published as data, so this is the council's area, not the place's (from the assets subgraph).",
  })
  assets(
    @Root() board: NeighbourhoodBoard,
    @Ctx() context: AssetsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CouncilAssetFilter, {
      nullable: true,
      description: 'Conditions every asset listed must meet; omit for all of them.',
    })
    filter?: CouncilAssetFilter,
    @Arg('asOf', () => LocalDateScalar, {
      nullable: true,
      description: 'The day to answer for (default today).',
    })
    asOf?: string,
    @Arg('orderBy', () => AssetOrder, {
      nullable: true,
      description: 'Defaults to name, ascending.',
    })
    orderBy?: AssetOrder,
  ): Promise<AssetConnection | null> {
    // Null when the boards subgraph could not say which council (it is down, or has none).
    if (!board.council) return Promise.resolve(null);
    return councilAssetConnection(context, 'NeighbourhoodBoard.assets', board.council.id, {
      page,
      filter,
      asOf,
      orderBy,
    });
  }
}
