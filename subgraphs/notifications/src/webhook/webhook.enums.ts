import { registerEnumType } from 'type-graphql';

export enum WebhookStatus {
  ACTIVE = 'active',
  PAUSED = 'paused',
  REMOVED = 'removed',
}

registerEnumType(WebhookStatus, {
  name: 'WebhookStatus',
  description: 'Whether a subscription is being delivered to.',
  valuesConfig: {
    ACTIVE: { description: 'Matching changes are queued and sent.' },
    PAUSED: {
      description:
        'Deliveries kept failing: matching changes are still queued, but none is sent until `resumeWebhook`.',
    },
    REMOVED: { description: 'Unsubscribed: nothing is queued or sent; its delivery log stays.' },
  },
});

export enum WebhookDeliveryStatus {
  PENDING = 'pending',
  DELIVERED = 'delivered',
  FAILED = 'failed',
  CANCELLED = 'cancelled',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where one change stands in being sent to one subscription.',
  valuesConfig: {
    PENDING: { description: 'Not yet answered with a 2xx: waiting for its turn or its retry.' },
    DELIVERED: { description: 'The receiver answered 2xx.' },
    FAILED: { description: 'Given up: still failing when its retry window closed.' },
    CANCELLED: { description: 'Not sent: the subscription was removed first.' },
  },
});
