import { z } from 'zod';
import path from 'node:path';
import {
  ConfigError,
  envPrefix,
  logLevel,
  port,
  positiveInt,
  readConfig,
} from '../subgraphs/kit/config';
import { projectRoot } from '../subgraphs/kit/paths';
import { queryLimitsShape, readQueryLimits, type QueryLimits } from '../subgraphs/kit/query-limits';

export interface GatewayConfig {
  port: number;
  supergraphPath: string;
  /** Subgraph name → URL, overriding the URLs written in the supergraph. */
  subgraphUrls: Record<string, string>;
  sharedSecret?: string;
  limits: QueryLimits;
  subgraphTimeoutMs: number;
  logLevel: string;
}

/** `COUNCILS_URL` for subgraph `councils`, `NEIGHBOURHOOD_BOARDS_URL` for `neighbourhood-boards`. */
export const urlVariable = (subgraph: string) => `${envPrefix(subgraph)}_URL`;

/** The subgraphs named in a supergraph, with the URLs written in it. */
export function subgraphsIn(supergraphSdl: string): { name: string; url: string }[] {
  return [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(
    ([, name, url]) => ({ name, url }),
  );
}

export function readGatewayConfig(
  supergraphSdlOf: (file: string) => string,
  env: NodeJS.ProcessEnv = process.env,
): GatewayConfig {
  const base = readConfig(
    {
      GATEWAY_PORT: port(4000),
      SUPERGRAPH_PATH: z.string().default(path.join(projectRoot(), 'schema', 'supergraph.graphql')),
      SUBGRAPH_SHARED_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
      ...queryLimitsShape,
      // Above the subgraphs' statement timeout (`DB_STATEMENT_TIMEOUT_MS`), so a slow statement
      // reaches the client as the subgraph's precise error rather than this cut-off.
      SUBGRAPH_TIMEOUT_MS: positiveInt(8_000),
      LOG_LEVEL: logLevel,
    },
    env,
  );
  const subgraphUrls: Record<string, string> = {};
  const problems: string[] = [];
  for (const { name } of subgraphsIn(supergraphSdlOf(base.SUPERGRAPH_PATH))) {
    const value = env[urlVariable(name)];
    if (value === undefined) continue;
    if (!z.string().url().safeParse(value).success)
      problems.push(`${urlVariable(name)}: must be a URL, got "${value}"`);
    else subgraphUrls[name] = value;
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    port: base.GATEWAY_PORT,
    supergraphPath: base.SUPERGRAPH_PATH,
    subgraphUrls,
    sharedSecret: base.SUBGRAPH_SHARED_SECRET,
    limits: readQueryLimits(env),
    subgraphTimeoutMs: base.SUBGRAPH_TIMEOUT_MS,
    logLevel: base.LOG_LEVEL,
  };
}
