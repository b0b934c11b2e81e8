import { ENTITIES } from '../../../../schema/entities';
import { Node } from '../../../kit/entity/node';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Confidence } from '../../../kit/types/confidence.enum';
import { connectionOf } from '../../../kit/list/connection';
import { Currency } from '../../../kit/types/currency.enum';
import { Money } from '../../../kit/types/money.type';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { Council } from '../council/council.type';

@ObjectType({ description: 'An organisation as a 360Giving file names it (recipient or funder).' })
export class GrantOrganisation {
  @Field(() => String, {
    nullable: true,
    description:
      'Org-id identifier (e.g. `GB-CHC-1234567`), as the file gives it; null where the source gives none.',
  })
  identifier!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name, as the file gives it; null where the source names none.',
  })
  name!: string | null;
}

@ObjectType({ description: 'Where a grant benefits: a council area, by GSS code.' })
export class BeneficiaryLocation {
  @Field(() => String, {
    description: 'GSS code of the area (the 360Giving `Beneficiary Location:Geographic Code`).',
  })
  geographicCode!: string;

  @Field(() => Confidence, {
    nullable: true,
    description:
      'How the area was found: OFFICIAL when the grants file gives it, CORROBORATED when the source names the place, COMPILED when we inferred it from a town or parish name.',
  })
  confidence!: Confidence | null;

  @Field(() => Council, {
    nullable: true,
    description: 'The council of the area (from the councils subgraph).',
  })
  council!: Council;
}

@ObjectType({ description: 'When the funded work is planned to run.' })
export class PlannedDates {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Planned start.' })
  startDate!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Planned end.' })
  endDate!: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: ENTITIES.Grant.description, implements: Node })
export class Grant {
  @Field(() => ID, { description: ENTITIES.Grant.id })
  id!: string;

  @Field(() => String, { description: 'Title of the grant or project.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Description of the grant.' })
  description!: string | null;

  @Field(() => Currency, { description: 'Currency of the amount.' })
  currency!: Currency;

  @Field(() => Money, {
    nullable: true,
    description: 'Amount awarded; null where the source gives no exact figure (see `amountNote`).',
  })
  amountAwarded!: Money | null;

  @Field(() => String, { nullable: true, description: 'Why the amount is missing, when it is.' })
  amountNote!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Date of the award; null where the source gives none.',
  })
  awardDate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Financial year of `awardDate` (e.g. `2023-24`).',
  })
  financialYear!: string | null;

  @Field(() => GrantOrganisation, { description: 'The recipient, as the file names it.' })
  recipientOrganisation!: GrantOrganisation;

  @Field(() => GrantOrganisation, { description: 'The funder, as the file names it.' })
  fundingOrganisation!: GrantOrganisation;

  @Field(() => BeneficiaryLocation, {
    nullable: true,
    description: 'Where the grant benefits; null where the area could not be determined.',
  })
  beneficiaryLocation!: BeneficiaryLocation | null;

  @Field(() => PlannedDates, { description: 'Planned dates of the funded work.' })
  plannedDates!: PlannedDates;

  @Field(() => String, { nullable: true, description: 'Grant programme as the file names it.' })
  programmeTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'Funding round (e.g. `3`), where known.' })
  round!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Window within the round (e.g. `2`), where known.',
  })
  window!: string | null;

  @Field(() => [String], {
    description:
      "Ids of the documents the record relies on, from the data compilers' source register (e.g. `S-COF-SLCC`).",
  })
  citedDocumentIds!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Notes on the record (e.g. how its council was mapped).',
  })
  notes!: string | null;

  // Not exposed: keys to related records.
  programmeId!: string | null;
  sourceId!: string;
  loadedAt!: Date;
}

/** A page of Grant values. */
export const GrantConnection = connectionOf(Grant, 'A page of grants.');
export type GrantConnection = InstanceType<typeof GrantConnection>;
