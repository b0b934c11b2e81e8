import { Field, ID, InputType } from 'type-graphql';
import { AssetCategory, AssetStatus } from '../asset/asset.enums';

@InputType({
  description: 'Narrows the assets `assetTotals` counts; all given conditions must hold.',
})
export class AssetTotalsFilter {
  @Field(() => ID, {
    nullable: true,
    description: "Only assets on this council's lists (GSS code).",
  })
  councilId?: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only assets of the member councils of these strategic authorities (register codes, e.g. `GMCA`; an empty list sets no condition).',
  })
  strategicAuthorityId?: string[];

  @Field(() => [AssetCategory], {
    nullable: true,
    description: 'Only these kinds of place (an empty list sets no condition).',
  })
  category?: AssetCategory[];

  @Field(() => [AssetStatus], {
    nullable: true,
    description: 'Only assets standing so on the day (an empty list sets no condition).',
  })
  status?: AssetStatus[];
}
