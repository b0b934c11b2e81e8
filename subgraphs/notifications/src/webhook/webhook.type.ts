import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../kit/list/page-info.type';
import { UrlScalar } from '../../../kit/schema/scalars';
import { ChangeKind, ChangeSource } from '../change/change.enums';
import { Change } from '../change/change.type';
import { WebhookDeliveryStatus, WebhookStatus } from './webhook.enums';

@ObjectType('WebhookFilter', {
  description:
    'Which changes a subscription is sent, as `ChangeFilter` says; null parts match all.',
})
export class WebhookFilter {
  @Field(() => [ID], { nullable: true, description: 'Council GSS codes.' })
  councilIds!: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Strategic authority codes (their members too).',
  })
  strategicAuthorityIds!: string[] | null;

  @Field(() => [ChangeKind], { nullable: true, description: 'Kinds of change.' })
  kinds!: ChangeKind[] | null;

  @Field(() => [ChangeSource], { nullable: true, description: 'Subgraphs whose loads made them.' })
  sources!: ChangeSource[] | null;
}

@ObjectType('WebhookSubscription', {
  description:
    'A receiver of the change feed, owned by the API key that made it (only that key sees or changes it). Every change of a load that matches `filter` is POSTed to `url` as JSON, signed, in sequence order, retried with exponential backoff.',
})
export class WebhookSubscription {
  @Field(() => ID, { description: 'Its id (`whk_…`).' })
  id!: string;

  @Field(() => UrlScalar, { description: 'Where deliveries are POSTed.' })
  url!: string;

  @Field(() => WebhookFilter, { description: 'Which changes it is sent.' })
  filter!: WebhookFilter;

  @Field(() => WebhookStatus, { description: 'Whether it is being delivered to.' })
  status!: WebhookStatus;

  @Field(() => String, { nullable: true, description: 'Why it was paused, when it is.' })
  pausedReason!: string | null;

  @Field(() => Int, {
    description: 'Deliveries given up in a row (reset by a success); it is paused at the limit.',
  })
  failedDeliveries!: number;

  @Field(() => String, { description: 'When it was made (ISO 8601, UTC).' })
  createdAt!: string;

  @Field(() => String, { description: 'When it last changed status (ISO 8601, UTC).' })
  updatedAt!: string;
}

@ObjectType('WebhookDelivery', {
  description: 'One change sent (or to send) to one subscription: the delivery log.',
})
export class WebhookDelivery {
  @Field(() => ID, {
    description:
      'Its id, also sent as the `X-CPG-Delivery` header: a receiver may drop repeats by it.',
  })
  id!: string;

  @Field(() => Change, { description: 'The change it carries.' })
  change!: Change;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands.' })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => String, { description: 'When it was queued: when its change was recorded.' })
  createdAt!: string;

  @Field(() => String, {
    nullable: true,
    description: 'When it will next be tried (pending only; after the ones before it).',
  })
  nextAttemptAt!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was last tried.' })
  lastAttemptAt!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The HTTP status the receiver last answered; null when it gave none.',
  })
  lastStatusCode!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What went wrong on the last failed attempt (status, timeout, refused address...).',
  })
  lastError!: string | null;

  @Field(() => String, { nullable: true, description: 'When the receiver answered 2xx.' })
  deliveredAt!: string | null;
}

@ObjectType('WebhookDeliveryConnection', {
  description: 'A page of a subscription’s delivery log, newest first.',
})
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDelivery], { description: 'The deliveries on this page.' })
  nodes!: WebhookDelivery[];

  @Field(() => PageInfo, {
    description: 'Paging information: `endCursor` as `after` gives the older ones.',
  })
  pageInfo!: PageInfo;
}
