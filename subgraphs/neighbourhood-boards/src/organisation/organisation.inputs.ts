import { Field, ID, InputType } from 'type-graphql';
import { orderInput } from '../../../kit/list/order.input';
import { OrganisationKind, OrganisationOrderField } from './organisation.enums';

@InputType({ description: 'Narrows a list of organisations; all given conditions must hold.' })
export class OrganisationFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Only organisations working in this council area (its id, a GSS code).',
  })
  councilId?: string;

  @Field(() => [OrganisationKind], {
    nullable: true,
    description: 'Only these kinds (an empty list sets no condition).',
  })
  kind?: OrganisationKind[];

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive part of the name (1 to 100 characters).',
  })
  nameContains?: string;
}

export const OrganisationOrder = orderInput(
  'OrganisationOrder',
  OrganisationOrderField,
  OrganisationOrderField.NAME,
  'organisations',
);
export type OrganisationOrder = InstanceType<typeof OrganisationOrder>;
