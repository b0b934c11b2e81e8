import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { LOCATION } from '../../../../schema/entities';

/** The councils subgraph's `Location`, by its point: locations are given the assets around them. */
@Directive('@key(fields: "latitude longitude")')
@ObjectType({ description: LOCATION.description })
export class Location {
  @Field(() => Float, { description: LOCATION.latitude })
  latitude!: number;

  @Field(() => Float, { description: LOCATION.longitude })
  longitude!: number;
}
