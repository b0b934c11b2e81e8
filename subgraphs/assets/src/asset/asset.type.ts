import { ENTITIES } from '../../../../schema/entities';
import { Node } from '../../../kit/entity/node';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Confidence } from '../../../kit/types/confidence.enum';
import { connectionOf } from '../../../kit/list/connection';
import { AssetLocation } from '../location/asset-location.type';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import type { AssetRow } from '../database';
import { AssetCategory, AssetStatus } from './asset.enums';

@ObjectType({ description: "An asset's status on a day, and what it rests on." })
export class AssetStatusOnDay {
  @Field(() => AssetStatus, { description: 'The status.' })
  status!: AssetStatus;

  @Field(() => String, {
    nullable: true,
    description:
      "The source's words beside its status word, kept as written (e.g. `presumed; 5-year term`).",
  })
  qualifier!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'The day the status began, when an event or rule dates it; null when the source gave it undated (see `knownFrom`).',
  })
  since!: string | null;

  @Field(() => LocalDateScalar, {
    description:
      'The first day the status is known to hold: `since`, or the day the source was read.',
  })
  knownFrom!: string;

  @Field(() => String, {
    description:
      'What the status rests on: `event:<kind>`, `rule:listing-ended` (the five years of s.87(3) ran out) or `recorded` (the source gave it without a date).',
  })
  basis!: string;
}

@ObjectType({ description: "The status as the asset's source recorded it." })
export class RecordedStatus {
  @Field(() => AssetStatus, { description: "The source's status word, mapped." })
  status!: AssetStatus;

  @Field(() => String, { nullable: true, description: "The source's words beside it." })
  qualifier!: string | null;

  @Field(() => LocalDateScalar, { description: 'The day the source was read.' })
  readOn!: string;
}

@ObjectType({ description: 'The community group that nominated an asset.' })
export class NominatingGroup {
  @Field(() => String, { description: 'The name the source gives.' })
  name!: string;

  // Resolved to an `Organisation` reference when the source names one by id.
  organisationId!: string | null;
}

@ObjectType({
  description:
    'How far each fact about an asset can be trusted. Researchers: filter on these before drawing conclusions.',
})
export class AssetTrust {
  @Field(() => Confidence, {
    description:
      'The record as a whole: OFFICIAL when read on a council or tribunal page, THIRD_PARTY for news, campaign pages and copies on document-sharing sites.',
  })
  record!: Confidence;

  @Field(() => Confidence, {
    description:
      'The listing authority: COMPILED when the compiler inferred it (e.g. from addresses).',
  })
  council!: Confidence;

  @Field(() => Confidence, {
    description: 'The category: COMPILED when read off the name (`categoryInferred`).',
  })
  category!: Confidence;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: ENTITIES.Asset.description, implements: Node })
export class Asset {
  @Field(() => ID, { description: ENTITIES.Asset.id })
  id!: string;

  @Field(() => String, { description: 'Name as the source gives it (e.g. `Chequers Inn`).' })
  name!: string;

  @Field(() => AssetCategory, { description: 'What kind of place it is.' })
  category!: AssetCategory;

  @Field(() => Boolean, {
    description: 'True when the category was read off the name, not given by the source.',
  })
  categoryInferred!: boolean;

  @Field(() => String, { nullable: true, description: 'Address as the source gives it.' })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'Full postcode, when the source gives one.' })
  postcode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Unique Property Reference Number, when the source gives one.',
  })
  uprn!: string | null;

  @Field(() => AssetLocation, {
    nullable: true,
    description:
      'Where it is: the point its source gives, else the centre of its postcode; null when neither is known (see `locationUnknownReason`).',
  })
  location!: AssetLocation | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why `location` is null, in words; null when it is known.',
  })
  locationUnknownReason!: string | null;

  @Field(() => String, {
    description: 'The listing authority as the source names it.',
  })
  listingAuthorityName!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Set when the listing authority has been abolished: who listed it, and which council (`council`) holds its list now.',
  })
  successionNote!: string | null;

  @Field(() => String, { nullable: true, description: 'The owner, where the source names one.' })
  owner!: string | null;

  @Field(() => RecordedStatus, {
    description: "The status in the source's own words; `status` is what it means on a day.",
  })
  recordedStatus!: RecordedStatus;

  // Resolved by `AssetResolver.trust` (it needs the citation); declared here for its place.
  @Field(() => AssetTrust, { description: 'How far each fact can be trusted.' })
  trust?: AssetTrust;

  @Field(() => String, { nullable: true, description: "The source's notes on the record." })
  notes!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The council register reference (e.g. `CAMACV16`), when there is one.',
  })
  registerReference!: string | null;

  // Not exposed: the row, the day asked about, and keys resolved through loaders.
  row!: AssetRow;
  /** The day the query asked about (its `asOf`, or today): child fields answer for that day. */
  asOf!: string;
}

export const AssetConnection = connectionOf(Asset, 'A page of Assets of Community Value.');
export type AssetConnection = InstanceType<typeof AssetConnection>;
