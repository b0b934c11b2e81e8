import { GraphQLError } from 'graphql';

/** An error the client caused and can fix; its message is shown as written. */
export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) },
  });
}
