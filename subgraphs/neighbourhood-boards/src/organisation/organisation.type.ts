import { ENTITIES } from '../../../../schema/entities';
import { Node } from '../../../kit/entity/node';
import { connectionOf } from '../../../kit/list/connection';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { UrlScalar } from '../../../kit/schema/scalars';
import { OrganisationKind } from './organisation.enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: ENTITIES.Organisation.description, implements: Node })
export class Organisation {
  @Field(() => ID, { description: ENTITIES.Organisation.id })
  id!: string;

  @Field(() => String, { description: 'Name as registered or as the group calls itself.' })
  name!: string;

  @Field(() => OrganisationKind, { description: 'Legal or practical form.' })
  kind!: OrganisationKind;

  @Field(() => String, {
    nullable: true,
    description:
      'Registered charity number: Charity Commission for England and Wales (digits), OSCR (`SC…`) or Charity Commission for Northern Ireland (`NIC…`).',
  })
  charityNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Companies House company number.' })
  companyNumber!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'FCA Mutuals Public Register number (co-operatives and community benefit societies).',
  })
  societyNumber!: string | null;

  @Field(() => UrlScalar, { nullable: true, description: 'Website.' })
  website!: string | null;

  @Field(() => UrlScalar, { nullable: true, description: 'Page the record was compiled from.' })
  sourceUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Notes on the record.' })
  notes!: string | null;

  // Not exposed: resolved through the councils subgraph and the manifest.
  councilId!: string | null;
  sourceId!: string;
  loadedAt!: Date;
}

/** A page of Organisation values, as every list of them is served. */
export const OrganisationConnection = connectionOf(Organisation, 'A page of organisations.');
export type OrganisationConnection = InstanceType<typeof OrganisationConnection>;
