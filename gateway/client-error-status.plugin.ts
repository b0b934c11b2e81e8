import type { ApolloServerPlugin } from '@apollo/server';
import { isClientError, isRetryableError } from '../platform/errors/public-errors';

const isEmpty = (data: Record<string, unknown> | null | undefined) =>
  !data || Object.values(data).every((value) => value === null);

/**
 * A request that produced nothing but client errors (a value a subgraph refused, a bad
 * argument) answers 400, as it would had the gateway itself refused it: the status tells the
 * client the request, not the server, must change. Nothing but retryable errors (a database
 * busy, unreachable or past its time budget, a subgraph timing out) answers 503: try again
 * later. Any data at all, or any other server error, keeps 200 (partial results are GraphQL's
 * normal case).
 */
export function clientErrorStatus(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || !isEmpty(data)) return;
          // A request that needs an API key and came without one: 401, as for an unknown key.
          if (errors.every((error) => error.extensions?.code === 'UNAUTHENTICATED'))
            response.http.status = 401;
          else if (errors.every((error) => isClientError(error))) response.http.status = 400;
          else if (errors.every((error) => isRetryableError(error))) response.http.status = 503;
        },
      };
    },
  };
}
