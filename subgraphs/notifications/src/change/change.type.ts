import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../../kit/entity/node';
import { PageInfo } from '../../../kit/list/page-info.type';
import { JsonObjectScalar } from '../../../kit/schema/scalars';
import { Council, StrategicAuthority } from '../node/entity-stubs';
import type { EntityKey } from '../../../kit/entity/entity-stub';
import { ChangeKind, ChangeSource } from './change.enums';

@ObjectType('Change', {
  description:
    'One thing a load changed, in the order the loads committed (`sequence`). Computed when the data loads, from the records before and after, in the load’s transaction: a rejected load reports nothing, and a record loaded late with an early date still comes after everything already reported.',
})
export class Change {
  @Field(() => ID, {
    description:
      'Position in the feed: increases with every change, across every load, never reused. Compare as numbers (it is a decimal string).',
  })
  sequence!: string;

  @Field(() => String, {
    description:
      'When the load that made it started (ISO 8601, UTC): every change of a load shares it.',
  })
  recordedAt!: string;

  @Field(() => ChangeSource, { description: 'The part of the graph whose load made it.' })
  source!: ChangeSource;

  @Field(() => ChangeKind, { description: 'What happened.' })
  kind!: ChangeKind;

  @Field(() => String, {
    description: 'The type of the entity it is about (`Asset`, `NeighbourhoodBoard`, `Grant`...).',
  })
  entityType!: string;

  @Field(() => ID, { description: 'The natural key (`id`) of the entity it is about.' })
  entityId!: string;

  @Field(() => ID, {
    description: 'The global id (`nodeId`) of the entity it is about: pass it to `node(id:)`.',
  })
  nodeId!: string;

  @Field(() => Node, {
    nullable: true,
    description: 'The entity it is about, as it is now; null when it is no longer there.',
  })
  entity?: { __typename: string; id: string } | null;

  @Field(() => String, {
    description:
      'Which record of the entity changed: the entity’s id, or for a part of it its own key (a membership’s id; `<asset id>|<notified on>` for a moratorium).',
  })
  recordKey!: string;

  @Field(() => Council, { nullable: true, description: 'The council it is in, when it is in one.' })
  council?: EntityKey | null;

  @Field(() => StrategicAuthority, {
    nullable: true,
    description:
      'The strategic authority it is about, for a change recorded against one (an allocation to a combined authority).',
  })
  strategicAuthority?: EntityKey | null;

  @Field(() => [String], {
    description:
      'The fields of `before`/`after` whose values differ (every field for an addition or removal).',
  })
  fields!: string[];

  @Field(() => JsonObjectScalar, {
    nullable: true,
    description: 'The record before the load, by API field name; null when it is new.',
  })
  before?: Record<string, unknown> | null;

  @Field(() => JsonObjectScalar, {
    nullable: true,
    description: 'The record after the load, by API field name; null when it went.',
  })
  after?: Record<string, unknown> | null;
}

@ObjectType('ChangeEdge', { description: 'One change in a page, with its cursor.' })
export class ChangeEdge {
  @Field(() => String, { description: 'Opaque cursor of this change; pass it as `after`.' })
  cursor!: string;

  @Field(() => Change, { description: 'The change.' })
  node!: Change;
}

@ObjectType('ChangeConnection', {
  description:
    'A page of the change feed. `pageInfo.endCursor` is never null: on an empty page it is the position asked for, so a poller always has one to keep.',
})
export class ChangeConnection {
  @Field(() => [ChangeEdge], { description: 'The changes on this page with their cursors.' })
  edges!: ChangeEdge[];

  @Field(() => [Change], { description: 'The changes on this page, without cursors.' })
  nodes!: Change[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;
}
