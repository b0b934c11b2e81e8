import { LOCATION } from '../../../../schema/entities';
import { Arg, Ctx, FieldResolver, Float, Query, Resolver, Root } from 'type-graphql';
import { loadAndMap } from '../../../kit/entity/dataloaders';
import { Source, toSource } from '../../../kit/types/source.type';
import { toCouncil } from '../council/council.mapper';
import { Council } from '../council/council.type';
import type { CouncilRow } from '../database';
import type { CouncilsContext } from '../loaders';
import { districtBoundariesSource, sourceById } from '../sources';
import { toStrategicAuthority } from '../strategic-authority/strategic-authority.mapper';
import { StrategicAuthority } from '../strategic-authority/strategic-authority.type';
import { locate } from './locate';
import { Location } from './location.type';

/** The district councils found, then the county council of each two-tier district. */
async function councilsOf(location: Location, { loaders }: CouncilsContext) {
  const districts = (await loaders.councilById.loadMany(location.districtIds)).filter(
    (row): row is CouncilRow => row !== null && !(row instanceof Error),
  );
  const countyCodes = [...new Set(districts.flatMap((row) => row.county_code ?? []))];
  const counties = (await loaders.councilByCode.loadMany(countyCodes)).filter(
    (row): row is CouncilRow => row !== null && !(row instanceof Error),
  );
  return { districts, counties };
}

@Resolver(() => Location)
export class LocationResolver {
  @Query(() => Location, {
    description:
      'Where a postcode or a point is: the councils whose areas hold it (district and county, by the ONS boundaries), its strategic authority, and (from the other subgraphs) its boards and the assets around it. Give a `postcode` (or an outward code alone), or a `latitude` and a `longitude`. A malformed postcode, an unknown outward code or a point off the globe gets 400 naming the argument; a point at sea or abroad gets an answer with no councils, saying so.',
  })
  locate(
    @Ctx() { db }: CouncilsContext,
    @Arg('postcode', () => String, {
      nullable: true,
      description:
        'A UK postcode (`SW1A 1AA`, any spacing or case) or an outward code alone (`SW1A`).',
    })
    postcode?: string,
    @Arg('latitude', () => Float, { nullable: true, description: 'WGS84 latitude in degrees.' })
    latitude?: number,
    @Arg('longitude', () => Float, { nullable: true, description: 'WGS84 longitude in degrees.' })
    longitude?: number,
  ): Promise<Location> {
    return locate(db, { postcode, latitude, longitude });
  }

  @FieldResolver(() => [Council], {
    description: LOCATION.councils,
  })
  async councils(@Root() location: Location, @Ctx() context: CouncilsContext): Promise<Council[]> {
    const { districts, counties } = await councilsOf(location, context);
    return [...districts, ...counties].map(toCouncil);
  }

  @FieldResolver(() => Council, {
    nullable: true,
    description:
      'The district or unitary council whose area holds the point; null at sea, abroad or on a border (see `match`).',
  })
  async district(
    @Root() location: Location,
    @Ctx() { loaders }: CouncilsContext,
  ): Promise<Council | null> {
    if (location.districtIds.length !== 1) return null;
    return loadAndMap(loaders.councilById, location.districtIds[0], toCouncil);
  }

  @FieldResolver(() => Council, {
    nullable: true,
    description: 'The county council above the district, in two-tier England; otherwise null.',
  })
  async county(
    @Root() location: Location,
    @Ctx() context: CouncilsContext,
  ): Promise<Council | null> {
    if (location.districtIds.length !== 1) return null;
    const { counties } = await councilsOf(location, context);
    return counties[0] ? toCouncil(counties[0]) : null;
  }

  @FieldResolver(() => StrategicAuthority, {
    nullable: true,
    description:
      'The combined authority or GLA the district (or else its county) belongs to; null where there is none or the district is not known.',
  })
  async strategicAuthority(
    @Root() location: Location,
    @Ctx() context: CouncilsContext,
  ): Promise<StrategicAuthority | null> {
    if (location.districtIds.length !== 1) return null;
    const { districts, counties } = await councilsOf(location, context);
    const code =
      districts[0]?.strategic_authority_code ?? counties[0]?.strategic_authority_code ?? null;
    return code
      ? loadAndMap(context.loaders.strategicAuthorityById, code, toStrategicAuthority)
      : null;
  }

  @FieldResolver(() => Source, {
    nullable: true,
    description:
      "Where the point comes from: the postcode file's source; null for a point asked about.",
  })
  pointSource(@Root() location: Location): Source | null {
    return location.pointSourceId ? toSource(sourceById(location.pointSourceId)) : null;
  }

  @FieldResolver(() => Source, { description: 'The boundaries the point was matched against.' })
  boundarySource(): Source {
    return toSource(districtBoundariesSource);
  }
}
