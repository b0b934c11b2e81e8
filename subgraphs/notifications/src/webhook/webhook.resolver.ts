import { randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { badUserInput } from '../../../../platform/errors/client-errors';
import { MAX_PAGE_SIZE } from '../../../../schema/list-sizes';
import { UrlScalar } from '../../../kit/schema/scalars';
import type { NotificationsContext } from '../context';
import { ChangeFilter } from '../change/change-filter.input';
import { storedFilter } from '../change/change-match';
import { checkWebhookUrl } from './webhook-url';
import { WebhookDeliveryStatus } from './webhook.enums';
import { toWebhookDelivery, toWebhookSubscription } from './webhook.mapper';
import {
  countLiveSubscriptions,
  findOwnSubscription,
  findSubscriptions,
  insertSubscription,
  listDeliveries,
  removeSubscription,
  resumeSubscription,
} from './webhook.repository';
import { WebhookDeliveryConnection, WebhookSubscription } from './webhook.type';

const SECRET_LENGTH = { min: 16, max: 256 };
const DEFAULT_DELIVERIES = 20;

/** The caller's API key id; without one, an error that says how to get one. */
function keyOf({ scope }: NotificationsContext): string {
  if (scope.apiKeyId) return scope.apiKeyId;
  throw new GraphQLError(
    'Webhooks belong to an API key: send one as `x-api-key` (made by `npm run api-key`).',
    // No HTTP status here: the gateway passes on a subgraph's coded error only in a 200.
    { extensions: { code: 'UNAUTHENTICATED' } },
  );
}

async function ownSubscription(context: NotificationsContext, id: string) {
  const row = await findOwnSubscription(context.db, keyOf(context), id);
  if (!row) throw badUserInput(`No webhook subscription of this API key has the id "${id}"`, 'id');
  return row;
}

@Resolver()
export class WebhookResolver {
  @Mutation(() => WebhookSubscription, {
    description:
      'Subscribes `url` to the change feed: from the next load on, every change that matches `filter` is POSTed to it as JSON (`{ deliveryId, subscriptionId, change }`, `change` as `Change` gives it), signed with `secret` in `X-CPG-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, one at a time in sequence order. A non-2xx answer or none within 10 s is retried with exponential backoff for 24 hours; a subscription whose deliveries keep failing is paused. Needs an API key (`x-api-key`); `url` must be https on a public address.',
  })
  async subscribeWebhook(
    @Ctx() context: NotificationsContext,
    @Arg('url', () => UrlScalar, { description: 'Where to POST deliveries (https).' }) url: string,
    @Arg('secret', () => String, {
      description: `Shared with the receiver to check signatures: ${SECRET_LENGTH.min} to ${SECRET_LENGTH.max} characters. Never returned.`,
    })
    secret: string,
    @Arg('filter', () => ChangeFilter, {
      nullable: true,
      description: 'Which changes; all if left out.',
    })
    filter?: ChangeFilter | null,
  ): Promise<WebhookSubscription> {
    const apiKeyId = keyOf(context);
    const target = checkWebhookUrl(url, context.webhooks.allowPrivateUrls);
    if (secret.length < SECRET_LENGTH.min || secret.length > SECRET_LENGTH.max)
      throw badUserInput(
        `\`secret\` must be ${SECRET_LENGTH.min} to ${SECRET_LENGTH.max} characters; got ${secret.length}`,
        'secret',
      );
    const stored = storedFilter(filter);
    if ((await countLiveSubscriptions(context.db, apiKeyId)) >= context.webhooks.maxPerKey)
      throw badUserInput(
        `This API key holds ${context.webhooks.maxPerKey} subscriptions, the most it may: unsubscribe one first`,
        'url',
      );
    const row = await insertSubscription(
      context.db,
      {
        id: `whk_${randomBytes(12).toString('base64url')}`,
        apiKeyId,
        url: target,
        secret,
        filter: stored,
      },
      new Date(),
    );
    return toWebhookSubscription(row);
  }

  @Mutation(() => WebhookSubscription, {
    description:
      'Removes a subscription of this API key: nothing more is sent, and what was waiting is cancelled. Its delivery log stays readable.',
  })
  async unsubscribeWebhook(
    @Ctx() context: NotificationsContext,
    @Arg('id', () => ID, { description: 'The subscription’s id.' }) id: string,
  ): Promise<WebhookSubscription> {
    const row = await ownSubscription(context, id);
    if (row.status === 'removed') return toWebhookSubscription(row);
    return toWebhookSubscription(await removeSubscription(context.db, id, new Date()));
  }

  @Mutation(() => WebhookSubscription, {
    description:
      'Sets a paused subscription of this API key going again: what it had waiting is sent, in order, from now (a delivery whose 24-hour window has closed gets one more attempt).',
  })
  async resumeWebhook(
    @Ctx() context: NotificationsContext,
    @Arg('id', () => ID, { description: 'The subscription’s id.' }) id: string,
  ): Promise<WebhookSubscription> {
    const row = await ownSubscription(context, id);
    if (row.status === 'removed')
      throw badUserInput(`Webhook subscription "${id}" was removed: subscribe again`, 'id');
    return toWebhookSubscription(await resumeSubscription(context.db, id, new Date()));
  }

  @Query(() => [WebhookSubscription], {
    description: 'The webhook subscriptions of the API key that asks (`x-api-key`), oldest first.',
  })
  async webhookSubscriptions(
    @Ctx() context: NotificationsContext,
    @Arg('includeRemoved', () => Boolean, {
      defaultValue: false,
      description: 'Removed ones too.',
    })
    includeRemoved: boolean,
  ): Promise<WebhookSubscription[]> {
    const rows = await findSubscriptions(context.db, keyOf(context), includeRemoved);
    return rows.map(toWebhookSubscription);
  }

  @Query(() => WebhookDeliveryConnection, {
    description:
      'The delivery log of one subscription of the API key that asks, newest first: every attempt’s outcome, what is pending and when it is next tried.',
  })
  async webhookDeliveries(
    @Ctx() context: NotificationsContext,
    @Arg('subscriptionId', () => ID, { description: 'The subscription’s id.' }) id: string,
    @Arg('status', () => WebhookDeliveryStatus, { nullable: true, description: 'Only these.' })
    status?: WebhookDeliveryStatus | null,
    @Arg('first', () => Int, {
      nullable: true,
      description: `Page size, 1 to ${MAX_PAGE_SIZE}; default ${DEFAULT_DELIVERIES}.`,
    })
    first?: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: '`pageInfo.endCursor` of the page before (newer).',
    })
    after?: string | null,
  ): Promise<WebhookDeliveryConnection> {
    await ownSubscription(context, id);
    const limit = first ?? DEFAULT_DELIVERIES;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
      throw badUserInput(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}; got ${limit}`, 'first');
    if (after != null && !/^\d{1,18}$/.test(after))
      throw badUserInput('`after` is not a cursor of this delivery log', 'after');
    const rows = await listDeliveries(context.db, id, status ?? null, after ?? null, limit + 1);
    const nodes = rows.slice(0, limit).map(toWebhookDelivery);
    return Object.assign(new WebhookDeliveryConnection(), {
      nodes,
      pageInfo: {
        hasNextPage: rows.length > limit,
        hasPreviousPage: after != null,
        startCursor: nodes[0]?.id ?? null,
        endCursor: nodes.at(-1)?.id ?? null,
      },
    });
  }
}
