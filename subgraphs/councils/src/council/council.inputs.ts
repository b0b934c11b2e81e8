import { Field, ID, InputType } from 'type-graphql';
import { Nation, Region } from '../../../kit/types/geography.enums';
import { orderInput } from '../../../kit/list/order.input';
import { CouncilKind } from '../../../kit/types/council-kind.enum';
import { CouncilOrderField, CouncilTier } from './council.enums';

@InputType({ description: 'Narrows a list of councils; all given conditions must hold.' })
export class CouncilFilter {
  @Field(() => Nation, { nullable: true, description: 'Only councils in this nation.' })
  nation?: Nation;

  @Field(() => Region, { nullable: true, description: 'Only councils in this region.' })
  region?: Region;

  @Field(() => [CouncilKind], { nullable: true, description: 'Only councils of these kinds.' })
  kind?: CouncilKind[];

  @Field(() => CouncilTier, { nullable: true, description: 'Only councils of this tier.' })
  tier?: CouncilTier;

  @Field(() => ID, {
    nullable: true,
    description: 'Only members of this strategic authority (its id, e.g. `GMCA`).',
  })
  strategicAuthorityId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only districts of this county council (its id, e.g. `E10000014`).',
  })
  countyId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True for current councils only, false for abolished ones only.',
  })
  active?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive part of the name or official name (1 to 100 characters).',
  })
  nameContains?: string;
}

export const CouncilOrder = orderInput(
  'CouncilOrder',
  CouncilOrderField,
  CouncilOrderField.NAME,
  'councils',
);
export type CouncilOrder = InstanceType<typeof CouncilOrder>;
