import { LOCATION } from '../../../../schema/entities';
import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { AreaMatch, LocationPrecision } from './location.enums';

@Directive('@key(fields: "latitude longitude")')
@ObjectType({ description: LOCATION.description })
export class Location {
  @Field(() => Float, { description: LOCATION.latitude })
  latitude!: number;

  @Field(() => Float, { description: LOCATION.longitude })
  longitude!: number;

  @Field(() => LocationPrecision, { description: 'Where the point comes from.' })
  precision!: LocationPrecision;

  @Field(() => String, {
    nullable: true,
    description: 'The postcode asked about, as the postcode files write it (`SW1A 1AA`).',
  })
  postcode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The outward code of the postcode asked about, or the one asked for (`SW1A`).',
  })
  outcode!: string | null;

  @Field(() => AreaMatch, { description: 'How the point was matched to the councils.' })
  match!: AreaMatch;

  @Field(() => Float, {
    nullable: true,
    description:
      'For `NEAREST`: the distance in kilometres from the point to the area taken; otherwise null.',
  })
  distanceKm!: number | null;

  @Field(() => [String], {
    description:
      'What a reader must know about this answer (a rough point, a border, the sea), in words.',
  })
  notes!: string[];

  // Not exposed: resolved through loaders.
  districtIds!: string[];
  pointSourceId!: string | null;
}
