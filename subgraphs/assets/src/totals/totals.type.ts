import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CouncilKind } from '../../../kit/types/council-kind.enum';
import { Region } from '../../../kit/types/geography.enums';
import { AssetCategory, AssetStatus } from '../asset/asset.enums';
import { Council } from '../council/council.type';
import { StrategicAuthority } from '../strategic-authority/strategic-authority.type';

@ObjectType({ description: "A group's assets per 10,000 residents of its place." })
export class AssetsPerResidents {
  @Field(() => Int, { description: 'Residents divided by.' })
  population!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Year of the population estimate used (ONS mid-year estimate).',
  })
  populationYear!: number | null;

  @Field(() => String, {
    description: '`assets` per 10,000 residents, to two decimals (rounded half up, exact).',
  })
  assetsPer10k!: string;

  @Field(() => String, {
    description: '`listed` per 10,000 residents, to two decimals (rounded half up, exact).',
  })
  listedPer10k!: string;
}

@ObjectType({
  description:
    'One group of `assetTotals`: its assets counted by where they stand on the day, what ended their listing, moratoria begun and time to an outcome.',
})
export class AssetTotal {
  @Field(() => String, {
    nullable: true,
    description:
      "The group's keys as text in the order of `groupBy`, joined by `|`, an empty part where a key does not apply; null with one key that does not apply. The typed fields beside it say the same.",
  })
  key!: string | null;

  @Field(() => Council, { nullable: true, description: 'The council, when grouped by council.' })
  council!: Council | null;

  @Field(() => Region, { nullable: true, description: 'The region, when grouped by region.' })
  region!: Region | null;

  @Field(() => StrategicAuthority, {
    nullable: true,
    description: 'The combined or strategic authority, when grouped by strategic authority.',
  })
  strategicAuthority!: StrategicAuthority | null;

  @Field(() => CouncilKind, {
    nullable: true,
    description: "The council's kind, when grouped by kind.",
  })
  kind!: CouncilKind | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the councils have a mayoral strategic authority, when grouped by MAYORAL.',
  })
  mayoral!: boolean | null;

  @Field(() => Int, { nullable: true, description: 'The IMD 2025 decile, when grouped by decile.' })
  imd2025Decile!: number | null;

  @Field(() => AssetCategory, {
    nullable: true,
    description: 'The category, when grouped by category.',
  })
  category!: AssetCategory | null;

  @Field(() => AssetStatus, { nullable: true, description: 'The status, when grouped by status.' })
  status!: AssetStatus | null;

  @Field(() => Int, { nullable: true, description: 'The year first listed, when grouped by year.' })
  year!: number | null;

  @Field(() => Int, { description: 'Assets counted (every status).' })
  assets!: number;

  @Field(() => Int, { description: 'Of those, nominated but not yet decided.' })
  nominated!: number;

  @Field(() => Int, { description: 'Proposed for nomination.' })
  proposed!: number;

  @Field(() => Int, { description: 'On the list of assets of community value.' })
  listed!: number;

  @Field(() => Int, { description: 'Not listed: on the list of unsuccessful nominations.' })
  unsuccessful!: number;

  @Field(() => Int, { description: 'Outcome: bought by a community group.' })
  soldToCommunity!: number;

  @Field(() => Int, { description: 'Outcome: sold to a buyer other than a community group.' })
  soldOtherwise!: number;

  @Field(() => Int, {
    description:
      'Outcome: withdrawn from the list on review or appeal before its five years ran out.',
  })
  withdrawn!: number;

  @Field(() => Int, { description: 'Outcome: the five-year listing lapsed and was not renewed.' })
  lapsed!: number;

  @Field(() => Int, { description: 'Moratoria (interim or full) begun on or before the day.' })
  moratoriaStarted!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Median days from the day an asset was first listed to the day its outcome began (sold, bought, withdrawn or lapsed), over the assets whose sources give both; null when none do.',
  })
  medianDaysToOutcome!: number | null;

  @Field(() => Int, { description: 'How many assets `medianDaysToOutcome` is the median of.' })
  medianDaysToOutcomeOf!: number;

  @Field(() => AssetsPerResidents, {
    nullable: true,
    description:
      "Per 10,000 residents of the group's place, from assets' copy of the register's ONS mid-2020 estimates: a council's own residents; grouped by kind, those of every current council of the kind; otherwise those of the current districts and unitaries in the region, authority, decile or mayoral side, narrowed by the filter's council or authority. An empty place key is the councils without one. Null when no key is a place or the group holds assets with no council.",
  })
  perResidents!: AssetsPerResidents | null;
}
