import { Field, ID, InputType } from 'type-graphql';
import { orderInput } from '../../../kit/list/order.input';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { GrantOrderField } from './grant.enums';

@InputType({ description: 'Narrows a list of grants; all given conditions must hold.' })
export class GrantFilter {
  @Field(() => ID, { nullable: true, description: 'Only grants of this programme (e.g. `COF`).' })
  programmeId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only grants benefiting this council area (GSS code).',
  })
  councilId?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only grants the crosswalk links to this Organisation id (e.g. `hartcliffe-city-farm`).',
  })
  recipientId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only grants the crosswalk links to this Asset id (e.g. `CHW-ACV-H-01`).',
  })
  assetId?: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Only grants awarded on or after this day (undated grants are left out).',
  })
  awardedAfter?: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Only grants awarded on or before this day (undated grants are left out).',
  })
  awardedBefore?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Only grants of at least this amount in pounds, as an exact decimal string (e.g. `"250000"`); grants without an amount are left out.',
  })
  minAmount?: string;
}

export const GrantOrder = orderInput('GrantOrder', GrantOrderField, GrantOrderField.ID, 'grants');
export type GrantOrder = InstanceType<typeof GrantOrder>;
