import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { refusedRequest } from '../errors/client-errors';
import { measureOperation, type ListSizing, type OperationMeasure } from './query-cost';
import type { QueryLimits } from './query-limits';

/** The first limit a measured operation breaks, as the error a client sees; null when none. */
function overLimit(
  measure: OperationMeasure,
  limits: QueryLimits,
  sizing: ListSizing,
): GraphQLError | null {
  if (measure.rootFields > limits.rootFields)
    return refusedRequest(
      `Query has ${measure.rootFields} root fields; the limit is ${limits.rootFields}. Send them as separate requests.`,
      'TOO_MANY_ROOT_FIELDS',
    );
  if (measure.aliases > limits.aliases)
    return refusedRequest(
      `Query has ${measure.aliases} aliases; the limit is ${limits.aliases}.`,
      'TOO_MANY_ALIASES',
    );
  if (measure.directives > limits.directives)
    return refusedRequest(
      `Query has ${measure.directives} directives; the limit is ${limits.directives}.`,
      'TOO_MANY_DIRECTIVES',
    );
  if (measure.entities > limits.entities)
    return refusedRequest(
      `_entities was given ${measure.entities} representations; the limit is ${limits.entities} per request.`,
      'TOO_MANY_ENTITIES',
    );
  if (measure.cost > limits.cost)
    return refusedRequest(
      `Query cost ${measure.cost > Number.MAX_SAFE_INTEGER ? 'over 2^53' : measure.cost} exceeds the limit of ${limits.cost}: ` +
        `each object counts 1, times the \`first\` of every list above it (${sizing.defaultPageSize} when not given) or ` +
        'the most items an unpaged list holds. Ask for fewer items, or fewer levels, per request.',
      'QUERY_TOO_COSTLY',
    );
  return null;
}

/**
 * Refuses an operation that asks for more than `limits` allow with 400 before it runs (on the
 * gateway, before the query is planned or any subgraph called), and tells every client what its
 * query cost in `extensions.cost` (`{ requested, limit }`), as GitHub and Shopify do, so clients
 * can budget. Runs after validation, with the operation's variables (`first: $n` counts).
 */
export function queryLimits<Context extends BaseContext>(
  limits: QueryLimits,
  sizing: ListSizing,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let measure: OperationMeasure | undefined;
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          // Without an operation the request guards refuse the request.
          if (!operation) return;
          measure = measureOperation(schema, document, operation, request.variables, sizing);
          const error = overLimit(measure, limits, sizing);
          if (error) throw error;
        },
        async willSendResponse({ response }) {
          if (!measure || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: { requested: measure.cost, limit: limits.cost },
          };
        },
      };
    },
  };
}
