import { Field, Float, ID, InputType } from 'type-graphql';
import { Region } from '../../../kit/types/geography.enums';
import { orderInput } from '../../../kit/list/order.input';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { AssetCategory, AssetOrderField, AssetStatus } from './asset.enums';

@InputType({ description: 'A circle on the map: assets within `km` of a point.' })
export class NearInput {
  @Field(() => Float, { description: 'Latitude of the centre (WGS 84).' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude of the centre (WGS 84).' })
  longitude!: number;

  @Field(() => Float, { description: 'Radius in kilometres, more than 0 and at most 50.' })
  km!: number;
}

@InputType({ description: "Narrows a council's assets; all given conditions must hold." })
export class CouncilAssetFilter {
  @Field(() => [AssetStatus], {
    nullable: true,
    description:
      'Only assets with one of these statuses on the day (an empty list sets no condition).',
  })
  status?: AssetStatus[];

  @Field(() => [AssetCategory], {
    nullable: true,
    description: 'Only assets of these categories (an empty list sets no condition).',
  })
  category?: AssetCategory[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only assets in a moratorium (interim or full) on the day; false: only assets not in one.',
  })
  inMoratorium?: boolean;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Only assets whose moratorium in force on the day ends before this date.',
  })
  moratoriumEndsBefore?: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Only assets listed (entered on the list) on or after this date.',
  })
  listedAfter?: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Only assets listed on or before this date.',
  })
  listedBefore?: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Only assets listed on the day whose five-year listing ends before this date.',
  })
  expiringBefore?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive part of the name (1 to 100 characters).',
  })
  nameContains?: string;
}

@InputType({ description: 'Narrows a list of assets; all given conditions must hold.' })
export class AssetFilter extends CouncilAssetFilter {
  @Field(() => ID, {
    nullable: true,
    description:
      'Only assets listed by this council (GSS code, e.g. `E07000241`), or its predecessors.',
  })
  councilId?: string;

  @Field(() => Region, { nullable: true, description: 'Only assets in this region.' })
  region?: Region;

  @Field(() => NearInput, {
    nullable: true,
    description: 'Only assets within a distance of a point.',
  })
  near?: NearInput;
}

export const AssetOrder = orderInput('AssetOrder', AssetOrderField, AssetOrderField.NAME, 'assets');
export type AssetOrder = InstanceType<typeof AssetOrder>;
