import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Source } from '../../../kit/types/source.type';

export enum AssetLocationPrecision {
  RECORD = 'RECORD',
  POSTCODE = 'POSTCODE',
}

registerEnumType(AssetLocationPrecision, {
  name: 'AssetLocationPrecision',
  description: "Where an asset's point comes from, and so how exact it is.",
  valuesConfig: {
    RECORD: { description: "The asset's own record gives the latitude and longitude." },
    POSTCODE: {
      description:
        'The centre of its postcode (ONS postcode lookup): within a few tens of metres in towns, more in the country.',
    },
  },
});

@ObjectType({ description: 'Where an asset is, and how that is known.' })
export class AssetLocation {
  @Field(() => Float, { description: 'Latitude, WGS84 decimal degrees.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude, WGS84 decimal degrees.' })
  longitude!: number;

  @Field(() => AssetLocationPrecision, { description: 'Where the point comes from.' })
  precision!: AssetLocationPrecision;

  @Field(() => Source, {
    description: "The point's source: the asset's register, or the postcode file.",
  })
  source!: Source;
}
