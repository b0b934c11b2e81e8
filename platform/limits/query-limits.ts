import type { z } from 'zod';
import { positiveInt, readConfig } from '../config';

/**
 * What one request may ask for, on the gateway and on every subgraph (so a direct call to a
 * subgraph cannot walk around the gateway). Each is configured by the variable beside it and
 * documented in the README's configuration table. The defaults leave room above every query in
 * the README and the tests; `queryCost` says what each counts.
 */
export interface QueryLimits {
  /** `MAX_QUERY_DEPTH`: fields nested inside each other (introspection not counted). */
  depth: number;
  /** `MAX_QUERY_COST`: objects the response can hold (see `measureOperation`). */
  cost: number;
  /** `MAX_QUERY_ALIASES`: aliased fields, fragments expanded. */
  aliases: number;
  /** `MAX_QUERY_ROOT_FIELDS`: fields at the root of the operation. */
  rootFields: number;
  /** `MAX_QUERY_TOKENS`: lexical tokens in the document, counted by the parser as it reads. */
  tokens: number;
  /** `MAX_QUERY_DIRECTIVES`: directives written in the document. */
  directives: number;
  /** `MAX_ENTITY_REPRESENTATIONS`: representations one `_entities` call may pass (subgraphs). */
  entities: number;
}

export const queryLimitsShape = {
  MAX_QUERY_DEPTH: positiveInt(10),
  // The costliest test query (100 councils, their boards, each board's relations) is ~28,000.
  MAX_QUERY_COST: positiveInt(50_000),
  MAX_QUERY_ALIASES: positiveInt(100),
  MAX_QUERY_ROOT_FIELDS: positiveInt(50),
  // The longest test query has ~1,300 tokens; GraphiQL's introspection query ~300.
  MAX_QUERY_TOKENS: positiveInt(5_000),
  MAX_QUERY_DIRECTIVES: positiveInt(50),
  // No more than the objects an accepted query can hold, so the gateway's own batches fit.
  MAX_ENTITY_REPRESENTATIONS: positiveInt(50_000),
};

type QueryLimitValues = z.infer<z.ZodObject<typeof queryLimitsShape>>;

/** The limits from the variables of `queryLimitsShape`, read by a service's own config. */
export function queryLimitsFrom(values: QueryLimitValues): QueryLimits {
  return {
    depth: values.MAX_QUERY_DEPTH,
    cost: values.MAX_QUERY_COST,
    aliases: values.MAX_QUERY_ALIASES,
    rootFields: values.MAX_QUERY_ROOT_FIELDS,
    tokens: values.MAX_QUERY_TOKENS,
    directives: values.MAX_QUERY_DIRECTIVES,
    entities: values.MAX_ENTITY_REPRESENTATIONS,
  };
}

/** Reads the limits from the environment (once, at start), naming any variable that is wrong. */
export const readQueryLimits = (env: NodeJS.ProcessEnv = process.env): QueryLimits =>
  queryLimitsFrom(readConfig(queryLimitsShape, env));

/** The limits when nothing is configured. */
export const DEFAULT_QUERY_LIMITS: QueryLimits = readQueryLimits({});
