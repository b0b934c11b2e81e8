import { Field, Int, ObjectType } from 'type-graphql';
import { CouncilKind } from '../../../kit/types/council-kind.enum';
import { Region } from '../../../kit/types/geography.enums';
import { Money } from '../../../kit/types/money.type';
import { Council } from '../council/council.type';
import { Programme } from '../programme/programme.type';
import { StrategicAuthority } from '../strategic-authority/strategic-authority.type';

@ObjectType({
  description:
    'Money added up exactly (by Postgres, on exact decimals): confirmed amounts, caps, and how many records had no amount.',
})
export class MoneyTotals {
  @Field(() => Money, { description: 'Confirmed amounts, including grants.' })
  confirmed!: Money;

  @Field(() => Money, { description: '"Up to" caps (not money confirmed for anyone).' })
  capped!: Money;

  @Field(() => Money, {
    description:
      'Confirmed plus capped: the most the money could come to. Each record counts once, so a tranche paid early is not added to its cap.',
  })
  total!: Money;

  @Field(() => Int, { description: 'Allocations and grants counted.' })
  recordCount!: number;

  @Field(() => Int, {
    description: 'Of those, the ones whose source gives no amount (left out of the sums).',
  })
  withoutAmountCount!: number;
}

@ObjectType({
  description:
    'Money per resident, computed by Postgres on exact decimals and rounded to the penny.',
})
export class PerHead {
  @Field(() => Int, { description: 'Residents divided by.' })
  population!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Year of the population estimate used (ONS mid-year estimate).',
  })
  populationYear!: number | null;

  @Field(() => Money, { description: '`confirmed` per resident.' })
  confirmed!: Money;

  @Field(() => Money, { description: '`total` (confirmed plus caps) per resident.' })
  total!: Money;
}

@ObjectType({ description: 'One group of `fundingTotals`, with its sums and per-head figures.' })
export class FundingTotal extends MoneyTotals {
  @Field(() => String, {
    nullable: true,
    description:
      "The group's keys as text in the order of `groupBy`, joined by `|`: a programme id, council GSS code, region, strategic authority code, kind, financial year (`2025-26`) or decile (`1`); an empty part where the key does not apply (no council, no date, no decile). Null with one key that does not apply. The typed fields beside it say the same.",
  })
  key!: string | null;

  @Field(() => Programme, {
    nullable: true,
    description: 'The programme, when grouped by programme.',
  })
  programme!: Programme | null;

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

  @Field(() => String, {
    nullable: true,
    description: 'The financial year, when grouped by financial year.',
  })
  financialYear!: string | null;

  @Field(() => Int, { nullable: true, description: 'The IMD 2025 decile, when grouped by decile.' })
  imd2025Decile!: number | null;

  @Field(() => Int, { description: 'Allocations counted.' })
  allocationCount!: number;

  @Field(() => Int, { description: 'Grants counted.' })
  grantCount!: number;

  // Not exposed: resolved to `programme` through a loader.
  programmeId!: string | null;

  @Field(() => PerHead, {
    nullable: true,
    description:
      "Per resident of the group's place, from funding's copy of the register's ONS mid-2020 estimates: a council's own residents; grouped by kind, those of every current council of the kind; otherwise those of the current districts and unitaries in the region, authority, decile or mayoral side (a county's residents are already its districts'), narrowed by the filter's council or authority. An empty place key (no authority, no decile) is the councils without one. Null when no key is a place (programme, year alone) or the group holds money with no council.",
  })
  perHead!: PerHead | null;
}

@ObjectType({ description: "One programme's share of a council's money." })
export class ProgrammeFunding extends MoneyTotals {
  @Field(() => Programme, {
    nullable: true,
    description: 'The programme; null for grants not tied to a known programme.',
  })
  programme!: Programme | null;

  // Not exposed: resolved to `programme` through a loader.
  programmeId!: string | null;
}

@ObjectType({
  description:
    "A council's money from every programme (allocations to it and its boards, and grants benefiting its area), as of a day, exact.",
})
export class CouncilFunding extends MoneyTotals {
  @Field(() => String, {
    description:
      'The day asked about: records announced or awarded after it are left out; undated records count.',
  })
  asOf!: string;

  @Field(() => [ProgrammeFunding], { description: 'The same sums per programme.' })
  byProgramme!: ProgrammeFunding[];

  @Field(() => PerHead, {
    nullable: true,
    description:
      "Per resident, from the council's `population` (the councils subgraph's figure, with its year); null where it has none.",
  })
  perHead!: PerHead | null;

  // Not exposed: for the allocations and grants lists.
  councilId!: string;
}

@ObjectType({
  description:
    "A Neighbourhood Board's money as of a day, exact: the allocations made to it (today its programme cap).",
})
export class BoardFunding extends MoneyTotals {
  @Field(() => String, {
    description:
      'The day asked about: allocations announced after it are left out; undated ones count.',
  })
  asOf!: string;
}
