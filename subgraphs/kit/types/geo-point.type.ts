import { Directive, Field, Float, ObjectType } from 'type-graphql';

@Directive('@shareable')
@ObjectType({ description: 'A point in WGS 84 (the latitude/longitude used by GPS and web maps).' })
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude in decimal degrees.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude in decimal degrees.' })
  longitude!: number;
}
