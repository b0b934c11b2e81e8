import { buildFederatedSchema, type FederatedSchema } from '../../kit/schema/federated-schema';
import { ChangeResolver } from './change/change.resolver';
import { WebhookResolver } from './webhook/webhook.resolver';
import { OTHER_ENTITY_TYPES } from './node/entity-stubs';

export function buildNotificationsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [ChangeResolver, WebhookResolver],
    // `Change.entity` may be any of them.
    orphanedTypes: OTHER_ENTITY_TYPES,
    referenceResolvers: {},
  });
}
