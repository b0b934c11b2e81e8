// Hive Gateway configuration for the scale-out path (docs: README "Scale-out"). It serves the
// committed supergraph unchanged, with our gateway's limits as far as Hive supports them. The
// subgraphs enforce every limit again themselves (platform/limits/query-limits.ts), so a limit Hive measures
// differently (cost) or not at all (aliases fragment-expanded) still holds on every fetch.
//
// It is loaded by the `hive-gateway` CLI (from its Docker image, or from the cache folder where
// `npm run bench -- --peers` and test/e2e/differential.test.ts install it), never by our build:
// `@graphql-hive/gateway` is not a dependency of this project.
import { readFileSync } from 'node:fs';
import { defineConfig, type GatewayPlugin } from '@graphql-hive/gateway';
import { GraphQLError, Kind, visit, type ASTVisitor, type ValidationContext } from 'graphql';

const env = process.env;
const int = (name: string, fallback: number) => {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new Error(`${name}: must be a positive integer`);
  return parsed;
};

const secret = env.SUBGRAPH_SHARED_SECRET;
if (!secret || secret.length < 16)
  throw new Error('SUBGRAPH_SHARED_SECRET: required, at least 16 characters (as our gateway)');

const supergraphPath = env.SUPERGRAPH_PATH ?? './supergraph.graphql';
// `<NAME>_URL` overrides a subgraph's URL, as for our gateway (gateway/config.ts).
const subgraphNames = [
  ...readFileSync(supergraphPath, 'utf8').matchAll(/@join__graph\(name: "([^"]+)"/g),
].map(([, name]) => name);
const urlOf = (name: string) => env[`${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_URL`];

// HIVE_DEDUPLICATION=off turns off Hive's deduplication of identical in-flight subgraph requests
// (on by default); the bench measures both.
const deduplicate = env.HIVE_DEDUPLICATION !== 'off';
const subgraphTimeoutMs = int('SUBGRAPH_TIMEOUT_MS', 8_000);
const maxAliases = int('MAX_QUERY_ALIASES', 100);

// Hive's CLI has no alias limit; this counts aliased fields in the document (fragments once).
const aliasLimit: GatewayPlugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(
      (context: ValidationContext): ASTVisitor => ({
        Document(document) {
          let aliases = 0;
          visit(document, {
            Field(field) {
              if (field.alias && field.alias.kind === Kind.NAME) aliases += 1;
            },
          });
          if (aliases > maxAliases)
            context.reportError(
              new GraphQLError(`${aliases} aliases, more than the limit of ${maxAliases}`, {
                extensions: { code: 'TOO_MANY_ALIASES' },
              }),
            );
        },
      }),
    );
  },
};

const corsOrigins = (env.CORS_ORIGINS ?? '*').trim();

export const gatewayConfig = defineConfig({
  supergraph: supergraphPath,
  port: int('GATEWAY_PORT', 4000),
  host: env.HOST ?? '127.0.0.1',
  // The Rust query planner (`@graphql-hive/router-runtime`) when HIVE_QUERY_PLANNER=rust.
  ...(env.HIVE_QUERY_PLANNER === 'rust'
    ? // Imported only when asked for, so the JavaScript planner runs without it installed.
      { unifiedGraphHandler: (await import('@graphql-hive/router-runtime')).unifiedGraphHandler }
    : {}),
  transportEntries: {
    '*.http': {
      // Subgraphs answer only requests carrying the shared secret (platform/http/subgraph-secret.ts).
      headers: [['x-subgraph-secret', secret]],
      options: { deduplicateInflightRequests: deduplicate },
    },
    ...Object.fromEntries(
      subgraphNames.flatMap((name) => (urlOf(name) ? [[name, { location: urlOf(name) }]] : [])),
    ),
  },
  upstreamTimeout: subgraphTimeoutMs,
  maxDepth: int('MAX_QUERY_DEPTH', 10),
  maxTokens: int('MAX_QUERY_TOKENS', 5_000),
  blockFieldSuggestions: false,
  // Hive's demand control cannot read `first` without @listSize in the supergraph: every list is
  // assumed to hold the default page (20). The subgraphs apply our exact cost model on each fetch.
  demandControl: { maxCost: int('MAX_QUERY_COST', 50_000), listSize: 20 },
  plugins: () => [aliasLimit],
  // As gateway/cors.ts: any origin or a list, never credentials.
  cors:
    corsOrigins === '*'
      ? { origin: '*', credentials: false, methods: ['GET', 'POST', 'OPTIONS'] }
      : {
          origin: corsOrigins.split(',').map((origin) => origin.trim()),
          credentials: false,
          methods: ['GET', 'POST', 'OPTIONS'],
        },
  graphiql: false,
  landingPage: false,
  // Hive's logger reads LOG_LEVEL itself (trace, debug, info, warn, error, or false).
});
