import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { LOCATION } from '../../../../schema/entities';
import { Council } from '../council/council.type';

/**
 * The councils subgraph's `Location`, by its point, with the councils it found (`@external`):
 * locations are given the boards of those councils.
 */
@Directive('@key(fields: "latitude longitude")')
@ObjectType({ description: LOCATION.description })
export class Location {
  @Field(() => Float, { description: LOCATION.latitude })
  latitude!: number;

  @Field(() => Float, { description: LOCATION.longitude })
  longitude!: number;

  @Directive('@external')
  @Field(() => [Council], { description: LOCATION.councils })
  councils?: Council[];
}
