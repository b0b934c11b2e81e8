import type { Express, Request, Response } from 'express';
import type { Logger } from '../../platform/logger';
import { MAX_PAGE_SIZE } from '../../schema/list-sizes';
import type { DataVersions } from '../data-versions';
import { GEOJSON_EXPORTS, type GeoJsonExport, type SourceNote } from './geojson-exports';

/** The most features one export holds: a larger list says `truncated` and how many it left. */
export const MAX_EXPORT_FEATURES = 10_000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

class ExportRequestError extends Error {}

/** The query's variables from the URL, or an error naming the parameter that is wrong. */
function variablesOf(definition: GeoJsonExport, query: Request['query']): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query)) {
    const parameter = definition.parameters[name];
    if (!parameter)
      throw new ExportRequestError(
        `unknown parameter \`${name}\`; this export takes ${Object.keys(definition.parameters)
          .map((known) => `\`${known}\``)
          .join(', ')}`,
      );
    if (typeof value !== 'string')
      throw new ExportRequestError(`\`${name}\` must be given once, as text`);
    if (parameter.kind === 'json') {
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
      variables[parameter.variable] = parsed;
    } else if (parameter.kind === 'date') {
      if (!ISO_DATE.test(value))
        throw new ExportRequestError(`\`${name}\` must be a day as YYYY-MM-DD; got "${value}"`);
      variables[parameter.variable] = value;
    } else {
      const number = Number(value);
      if (value.trim() === '' || !Number.isFinite(number))
        throw new ExportRequestError(`\`${name}\` must be a number; got "${value}"`);
      variables[parameter.variable] = number;
    }
  }
  return variables;
}

interface Page {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Record<string, unknown>[];
}

/** Asks the gateway itself, as any client would: the same limits, cache and errors. */
async function fetchPage(
  endpoint: string,
  definition: GeoJsonExport,
  variables: Record<string, unknown>,
): Promise<Page> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: definition.query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, Page | null> | null;
    errors?: { message: string }[];
  };
  const page = body.data?.[definition.list];
  if (body.errors?.length || !page)
    throw new ExportRequestError(body.errors?.map((e) => e.message).join('; ') ?? 'no data');
  return page;
}

/**
 * `GET /export/assets.geojson` and `/export/councils.geojson`: the list as an RFC 7946
 * FeatureCollection, with the API's filters (`filter` as the same JSON the API takes, `asOf`,
 * `simplify`), streamed page by page, carrying the data version and every source's licence.
 * A bad parameter or a filter the API refuses gets 400 with the reason, before anything is sent.
 */
export function registerExportRoutes(
  app: Express,
  { versions, logger }: { versions: DataVersions; logger: Logger },
): void {
  app.get('/export/:name', async (req: Request<{ name: string }>, res: Response) => {
    const definition = GEOJSON_EXPORTS[req.params.name];
    if (!definition) {
      res.status(404).json({
        error: `no export "${req.params.name}"; there are ${Object.keys(GEOJSON_EXPORTS).join(', ')}`,
      });
      return;
    }
    // The address this request came in on: the gateway answers there.
    const host = req.socket.localAddress?.includes(':')
      ? `[${req.socket.localAddress}]`
      : req.socket.localAddress;
    const endpoint = `http://${host}:${req.socket.localPort}/graphql`;
    let variables: Record<string, unknown>;
    let page: Page;
    try {
      variables = variablesOf(definition, req.query);
      page = await fetchPage(endpoint, definition, { ...variables, first: MAX_PAGE_SIZE });
    } catch (error) {
      if (!(error instanceof ExportRequestError)) throw error;
      res.status(400).json({ error: error.message });
      return;
    }
    const version = await versions.current();
    res.status(200).set({
      'content-type': 'application/geo+json; charset=utf-8',
      'content-disposition': `attachment; filename="${req.params.name}"`,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.write(
      `{"type":"FeatureCollection","dataVersion":${JSON.stringify(version)},"generatedAt":${JSON.stringify(new Date().toISOString())},"parameters":${JSON.stringify(req.query)},"features":[`,
    );
    const sources = new Map<string, SourceNote>();
    let written = 0;
    let truncated = false;
    try {
      for (;;) {
        for (const node of page.nodes) {
          if (written === MAX_EXPORT_FEATURES) {
            truncated = true;
            break;
          }
          const { feature, sources: used } = definition.toFeature(node);
          for (const source of used) sources.set(source.id, source);
          res.write(`${written === 0 ? '' : ','}${JSON.stringify(feature)}`);
          written += 1;
        }
        if (truncated || !page.pageInfo.hasNextPage) break;
        page = await fetchPage(endpoint, definition, {
          ...variables,
          first: MAX_PAGE_SIZE,
          after: page.pageInfo.endCursor,
        });
      }
    } catch (error) {
      // Headers are sent: the collection ends here and says why, still valid JSON.
      logger.warn({ err: error, export: req.params.name }, 'export stopped');
      res.write(
        `],"error":${JSON.stringify('the export stopped early: a page failed; try again')}`,
      );
      res.end(`,"licences":${JSON.stringify([...sources.values()])}}`);
      return;
    }
    res.end(`],"truncated":${truncated},"licences":${JSON.stringify([...sources.values()])}}`);
  });
}
