import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { AreaMatch, LocationPrecision } from './location.enums';

@Directive('@key(fields: "latitude longitude")')
@ObjectType({
  description:
    "A place in the UK, from a postcode or a point, with the councils whose areas hold it (by the ONS boundaries, not the nearest council's centre). Other subgraphs add what is around it.",
})
export class Location {
  @Field(() => Float, { description: 'Latitude of the point, WGS84 decimal degrees.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude of the point, WGS84 decimal degrees.' })
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
