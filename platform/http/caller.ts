/**
 * The header on which the gateway tells a subgraph the id of the API key a request came with.
 * The gateway removes any value a client sends and sets its own; a subgraph trusts it because
 * it answers only requests that carry the gateway's shared secret.
 */
export const CALLER_KEY_HEADER = 'x-cpg-api-key-id';

/** The API key id a subgraph request was made for, or null for an anonymous client. */
export function callerKeyOf(headers: Record<string, string | string[] | undefined>): string | null {
  const value = headers[CALLER_KEY_HEADER];
  return typeof value === 'string' && value.length > 0 ? value : null;
}
