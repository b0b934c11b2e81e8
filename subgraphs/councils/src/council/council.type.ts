import { ENTITIES } from '../../../../schema/entities';
import { Node } from '../../../kit/entity/node';
import { connectionOf } from '../../../kit/list/connection';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GeoPoint } from '../../../kit/types/geo-point.type';
import { Nation, Region } from '../../../kit/types/geography.enums';
import { CouncilKind } from '../../../kit/types/council-kind.enum';
import { CouncilTier } from './council.enums';

@ObjectType({ description: 'A population estimate.' })
export class Population {
  @Field(() => Int, { description: 'Number of residents.' })
  count!: number;

  @Field(() => Int, { description: 'Year of the estimate (ONS mid-year estimate).' })
  year!: number;
}

@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@ObjectType({ description: ENTITIES.Council.description, implements: Node })
export class Council {
  @Field(() => ID, { description: ENTITIES.Council.id })
  id!: string;

  @Field(() => String, {
    description: 'Stable register code (e.g. `SHF`), used by mySociety and gov.uk lists.',
  })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: 'ONS GSS code, or null where the council never had one.',
  })
  gssCode!: string | null;

  @Field(() => String, { description: 'Everyday name (e.g. `Sheffield`).' })
  name!: string;

  @Field(() => String, { description: 'Official name (e.g. `Sheffield City Council`).' })
  officialName!: string;

  @Field(() => CouncilKind, { description: 'Type of authority.' })
  kind!: CouncilKind;

  @Field(() => String, {
    description: 'Type of authority as the register writes it (e.g. `Metropolitan district`).',
  })
  kindName!: string;

  @Field(() => CouncilTier, { description: 'Which tier of services it provides.' })
  tier!: CouncilTier;

  @Field(() => Nation, { description: 'Nation it is in.' })
  nation!: Nation;

  @Field(() => Region, { nullable: true, description: 'English region, or the nation elsewhere.' })
  region!: Region | null;

  @Field(() => String, {
    nullable: true,
    description: 'Region as the register writes it (e.g. `Yorkshire and The Humber`).',
  })
  regionName!: string | null;

  @Field(() => Population, {
    nullable: true,
    description: 'Population (ONS mid-2020 estimate); null where the register has none.',
  })
  population!: Population | null;

  @Field(() => Float, { nullable: true, description: 'Area in square kilometres.' })
  areaKm2!: number | null;

  @Field(() => Boolean, {
    description: 'True for a council that exists today; false for an abolished one.',
  })
  active!: boolean;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Date the council came into being, where the register gives it.',
  })
  startDate!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Date the council was abolished.',
  })
  endDate!: string | null;

  @Field(() => [String], {
    description: 'GSS codes the council used before boundary or code changes.',
  })
  formerGssCodes!: string[];

  @Field(() => GeoPoint, { nullable: true, description: 'Centroid of the council area.' })
  location!: GeoPoint | null;

  @Field(() => String, {
    nullable: true,
    description: 'Slug of the council on gov.uk (`https://www.gov.uk/find-local-council/<slug>`).',
  })
  govUkSlug!: string | null;

  // Not exposed: keys to related records, resolved through loaders.
  countyCode!: string | null;
  strategicAuthorityCode!: string | null;
  replacedByCodes!: string[];
  sourceId!: string;
  loadedAt!: Date;
}

/** A page of Council values, as every list of them is served. */
export const CouncilConnection = connectionOf(Council, 'A page of councils.');
export type CouncilConnection = InstanceType<typeof CouncilConnection>;
