import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { refusedRequest } from '../errors/client-errors';

const NUL = '\u0000';

/** `council(id:)`, `neighbourhoodBoards(filter.councilId:)`: where in the query a literal sits. */
function argumentPath(ancestors: readonly (ASTNode | readonly ASTNode[])[]): string {
  let field = '';
  const names: string[] = [];
  for (const node of ancestors) {
    if (Array.isArray(node) || !('kind' in node)) continue;
    const astNode = node;
    if (astNode.kind === Kind.FIELD) field = astNode.name.value;
    if (astNode.kind === Kind.ARGUMENT || astNode.kind === Kind.OBJECT_FIELD)
      names.push(astNode.name.value);
  }
  return `\`${field}(${names.join('.')}:)\``;
}

/** The first string in the document or the variables that is empty or holds NUL, and where. */
function badString(document: DocumentNode, variables: Record<string, unknown> | undefined) {
  let found: { where: string; value: string } | undefined;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (found || (node.value !== '' && !node.value.includes(NUL))) return;
      found = { where: argumentPath([...ancestors, parent as ASTNode]), value: node.value };
    },
  });
  const inValue = (value: unknown, where: string): void => {
    if (found) return;
    if (typeof value === 'string') {
      if (value === '' || value.includes(NUL)) found = { where: `\`${where}\``, value };
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) inValue(item, `${where}.${key}`);
    }
  };
  for (const [name, value] of Object.entries(variables ?? {})) inValue(value, `$${name}`);
  return found;
}

/**
 * The rules every endpoint applies to a request before running it, so a client's mistake is a
 * 400 saying what to fix rather than an internal error from deeper down (the gateway's query
 * planner, or PostgreSQL):
 * - the document must name which operation to run when it holds several;
 * - the operation type must exist (the API is read-only: there are no mutations);
 * - no argument may be an empty string: omit an argument to mean "no condition", so `""` is
 *   never read one way by one subgraph and another way by the next;
 * - no argument may hold the NUL character, which PostgreSQL text cannot store.
 */
export function requestGuards<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) {
            throw refusedRequest(
              request.operationName
                ? `Unknown operation named "${request.operationName}".`
                : 'Must provide operation name if query contains multiple operations.',
              'OPERATION_RESOLUTION_FAILURE',
            );
          }
          if (!schema.getRootType(operation.operation)) {
            throw refusedRequest(
              `This API is read-only: it has no ${operation.operation} operations.`,
              'GRAPHQL_VALIDATION_FAILED',
            );
          }
          const bad = badString(document, request.variables);
          if (bad?.value === '') {
            throw refusedRequest(
              `${bad.where} is an empty string: give a value, or leave the argument out for no condition.`,
              'BAD_USER_INPUT',
            );
          }
          if (bad) {
            throw refusedRequest(
              `Text arguments must not contain the NUL character (U+0000); ${bad.where} does.`,
              'BAD_USER_INPUT',
            );
          }
        },
      };
    },
  };
}
