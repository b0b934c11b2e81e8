import { GraphQLError } from 'graphql';

/** A request refused before it runs (a limit, a guard): HTTP 400 with its own code. */
export const refusedRequest = (message: string, code: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/** An error the client caused and can fix; its message is shown as written. */
export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) },
  });
}
