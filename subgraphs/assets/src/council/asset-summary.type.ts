import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../../kit/schema/scalars';

@ObjectType({
  description:
    "A council's Assets of Community Value counted by status on a day. Counts cover the records this API holds, which for most councils are a sample of their lists, not the whole.",
})
export class AssetSummary {
  @Field(() => LocalDateScalar, { description: 'The day counted.' })
  asOf!: string;

  @Field(() => Int, { description: 'Assets on a list that day, whatever their status.' })
  total!: number;

  @Field(() => Int, { description: 'Nominated, not yet decided (or the decision is not known).' })
  nominated!: number;

  @Field(() => Int, { description: 'Listed.' })
  listed!: number;

  @Field(() => Int, { description: 'Listed and in an interim or full moratorium.' })
  inMoratorium!: number;

  @Field(() => Int, { description: 'Bought by a community group.' })
  boughtByCommunity!: number;

  @Field(() => Int, { description: 'Sold to a buyer other than a community group.' })
  soldOnOpenMarket!: number;

  @Field(() => Int, { description: 'Listing ended after five years and not renewed.' })
  expired!: number;

  @Field(() => Int, { description: 'Taken off the list on review or appeal.' })
  removed!: number;

  @Field(() => Int, { description: 'Nominations the council turned down.' })
  unsuccessful!: number;

  @Field(() => Int, { description: 'Nominations planned but not yet made.' })
  proposed!: number;
}
