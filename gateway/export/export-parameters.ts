import { once } from 'node:events';
import type { Request, Response } from 'express';

/** How an export reads one URL parameter into a variable of its query. */
export interface ExportParameter {
  variable: string;
  /** JSON object (an API input), day, number, one enum name, or comma-separated enum names. */
  kind: 'json' | 'date' | 'number' | 'name' | 'names';
}

/** A request an export refuses before sending anything: 400 (or 429) with this message. */
export class ExportRequestError extends Error {
  constructor(
    message: string,
    readonly status = 400,
    /** Seconds, when the client's rate limit refused one of the export's own queries. */
    readonly retryAfter?: string,
  ) {
    super(message);
  }
}

/** Sends the refusal an export or feed makes before writing anything. */
export function refuseExport(res: Response, error: ExportRequestError): void {
  if (error.retryAfter) res.set('retry-after', error.retryAfter);
  res.status(error.status).json({ error: error.message });
}

/** Headers for the gateway's own queries made for a request (who pays for them). */
export type InternalHeaders = (req: Request) => Record<string, string>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ENUM_NAME = /^[A-Z][A-Z0-9_]*$/;

function enumName(name: string, value: string): string {
  if (!ENUM_NAME.test(value))
    throw new ExportRequestError(
      `\`${name}\` takes names like REGION (capitals, digits, _); got "${value}"`,
    );
  return value;
}

/**
 * The query's variables from the URL, or an error naming the parameter that is wrong. Values
 * are only shaped here; the API itself then checks them as it checks any client's.
 */
export function variablesOf(
  parameters: Record<string, ExportParameter>,
  query: Request['query'],
  required: readonly string[] = [],
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query)) {
    const parameter = parameters[name];
    if (!parameter)
      throw new ExportRequestError(
        `unknown parameter \`${name}\`; this export takes ${
          Object.keys(parameters)
            .map((known) => `\`${known}\``)
            .join(', ') || 'none'
        }`,
      );
    if (typeof value !== 'string')
      throw new ExportRequestError(`\`${name}\` must be given once, as text`);
    variables[parameter.variable] = valueOf(name, parameter, value);
  }
  const missing = required.filter((name) => query[name] === undefined);
  if (missing.length > 0)
    throw new ExportRequestError(
      `this export needs ${missing.map((name) => `\`${name}\``).join(', ')}`,
    );
  return variables;
}

function valueOf(name: string, parameter: ExportParameter, value: string): unknown {
  switch (parameter.kind) {
    case 'json': {
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch {
        throw new ExportRequestError(
          `\`${name}\` must be a JSON object, the API's filter input (e.g. {"councilId":"E07000241"})`,
        );
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new ExportRequestError(`\`${name}\` must be a JSON object`);
      return parsed;
    }
    case 'date':
      if (!ISO_DATE.test(value))
        throw new ExportRequestError(`\`${name}\` must be a day as YYYY-MM-DD; got "${value}"`);
      return value;
    case 'name':
      return enumName(name, value);
    case 'names':
      return value.split(',').map((part) => enumName(name, part.trim()));
    case 'number': {
      const number = Number(value);
      if (value.trim() === '' || !Number.isFinite(number))
        throw new ExportRequestError(`\`${name}\` must be a number; got "${value}"`);
      return number;
    }
  }
}

/** Asks the gateway itself, as any client would: the same limits, cache, timeouts and errors. */
export async function askGatewayData(
  endpoint: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string }[];
  };
  if (response.status === 429)
    throw new ExportRequestError(
      body.errors?.[0]?.message ?? 'Rate limit exceeded',
      429,
      response.headers.get('retry-after') ?? undefined,
    );
  if (body.errors?.length || !body.data)
    throw new ExportRequestError(body.errors?.map((e) => e.message).join('; ') ?? 'no data');
  return body.data;
}

/** The one field `field` of the gateway's answer; an error when it is missing. */
export async function askGateway(
  endpoint: string,
  query: string,
  variables: Record<string, unknown>,
  field: string,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const answer = (await askGatewayData(endpoint, query, variables, headers))[field];
  if (answer === undefined || answer === null) throw new ExportRequestError('no data');
  return answer;
}

/** The gateway's own address for the request: exports ask it as a client would. */
export function endpointOf(req: Request): string {
  const host = req.socket.localAddress?.includes(':')
    ? `[${req.socket.localAddress}]`
    : req.socket.localAddress;
  return `http://${host}:${req.socket.localPort}/graphql`;
}

/**
 * Writes a chunk of a streamed export, waiting while the client is slower than the gateway;
 * false once the client has gone (then no more pages are worth asking for).
 */
export async function writeChunk(res: Response, chunk: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  return !res.destroyed;
}
