import { Field, ID, ObjectType } from 'type-graphql';
import { connectionOf } from '../../../kit/list/connection';
import { LocalDateScalar, UrlScalar } from '../../../kit/schema/scalars';
import { AssetEventKind } from './event.enums';

@ObjectType({ description: 'A dated event in the history of an Asset of Community Value.' })
export class AssetEvent {
  @Field(() => ID, { description: 'Stable id of the event.' })
  id!: string;

  @Field(() => AssetEventKind, { description: 'What happened.' })
  kind!: AssetEventKind;

  @Field(() => LocalDateScalar, { description: 'The day it happened.' })
  occurredOn!: string;

  @Field(() => String, { nullable: true, description: 'What the source says about it.' })
  detail!: string | null;

  @Field(() => String, {
    description:
      'Where in our data it comes from: `events` (the events file) or `register:<column>` (a date column of a register).',
  })
  origin!: string;

  @Field(() => UrlScalar, { nullable: true, description: 'The page the event was read on.' })
  sourceUrl!: string | null;

  // Not exposed: resolved to the asset through a loader.
  assetId!: string;
}

export const AssetEventConnection = connectionOf(AssetEvent, 'A page of asset events.');
export type AssetEventConnection = InstanceType<typeof AssetEventConnection>;
