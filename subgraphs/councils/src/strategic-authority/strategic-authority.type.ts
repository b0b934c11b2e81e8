import { ENTITIES } from '../../../../schema/entities';
import { Node } from '../../../kit/entity/node';
import { connectionOf } from '../../../kit/list/connection';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Region } from '../../../kit/types/geography.enums';
import { StrategicAuthorityKind } from './strategic-authority.enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: ENTITIES.StrategicAuthority.description, implements: Node })
export class StrategicAuthority {
  @Field(() => ID, { description: ENTITIES.StrategicAuthority.id })
  id!: string;

  @Field(() => String, { nullable: true, description: 'ONS GSS code (e.g. `E47000001`).' })
  gssCode!: string | null;

  @Field(() => String, { description: 'Official name.' })
  name!: string;

  @Field(() => StrategicAuthorityKind, { description: 'Kind of authority.' })
  kind!: StrategicAuthorityKind;

  @Field(() => Region, { nullable: true, description: 'Region it is in.' })
  region!: Region | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date it was established.' })
  startDate!: string | null;

  @Field(() => Int, { description: 'Number of member councils the source lists.' })
  memberCountInSource!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Warnings about the record (e.g. known staleness of the source).',
  })
  notes!: string | null;

  sourceId!: string;
  loadedAt!: Date;
}

/** A page of StrategicAuthority values, as every list of them is served. */
export const StrategicAuthorityConnection = connectionOf(
  StrategicAuthority,
  'A page of strategic authorities.',
);
export type StrategicAuthorityConnection = InstanceType<typeof StrategicAuthorityConnection>;
