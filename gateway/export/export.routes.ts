import type { Express, Request, Response } from 'express';
import type { Logger } from '../../platform/logger';
import { MAX_PAGE_SIZE } from '../../schema/list-sizes';
import type { DataVersions } from '../data-versions';
import {
  askGateway,
  endpointOf,
  ExportRequestError,
  refuseExport,
  variablesOf,
  writeChunk,
  type InternalHeaders,
} from './export-parameters';
import { GEOJSON_EXPORTS, type GeoJsonExport, type SourceNote } from './geojson-exports';
import { tableExportRoutes } from './table-export.routes';

/** The most features one export holds: a larger list says `truncated` and how many it left. */
export const MAX_EXPORT_FEATURES = 10_000;

interface Page {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Record<string, unknown>[];
}

const fetchPage = async (
  endpoint: string,
  definition: GeoJsonExport,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
) => (await askGateway(endpoint, definition.query, variables, definition.list, headers)) as Page;

/**
 * `GET /export/assets.geojson` and `/export/councils.geojson`: the list as an RFC 7946
 * FeatureCollection, with the API's filters (`filter` as the same JSON the API takes, `asOf`,
 * `simplify`), streamed page by page, carrying the data version and every source's licence.
 * A bad parameter or a filter the API refuses gets 400 with the reason, before anything is sent.
 */
export function registerExportRoutes(
  app: Express,
  {
    versions,
    logger,
    maxRows,
    internalHeaders,
  }: { versions: DataVersions; logger: Logger; maxRows: number; internalHeaders: InternalHeaders },
): void {
  const tables = tableExportRoutes({
    versions,
    logger,
    maxRows,
    internalHeaders,
    geojson: Object.keys(GEOJSON_EXPORTS),
  });
  app.get('/export/datapackage.json', (req, res) => tables.datapackage(req, res));
  app.get('/export/:name', async (req: Request<{ name: string }>, res: Response) => {
    const definition = GEOJSON_EXPORTS[req.params.name];
    if (!definition) {
      await tables.serve(req, res);
      return;
    }
    const endpoint = endpointOf(req);
    const headers = internalHeaders(req);
    let variables: Record<string, unknown>;
    let page: Page;
    try {
      variables = variablesOf(definition.parameters, req.query);
      page = await fetchPage(endpoint, definition, { ...variables, first: MAX_PAGE_SIZE }, headers);
    } catch (error) {
      if (!(error instanceof ExportRequestError)) throw error;
      refuseExport(res, error);
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
        let chunk = '';
        for (const node of page.nodes) {
          if (written === MAX_EXPORT_FEATURES) {
            truncated = true;
            break;
          }
          const { feature, sources: used } = definition.toFeature(node);
          for (const source of used) sources.set(source.id, source);
          chunk += `${written === 0 ? '' : ','}${JSON.stringify(feature)}`;
          written += 1;
        }
        // A page at a time, at the client's pace; a client that has gone costs no more pages.
        if (!(await writeChunk(res, chunk))) return;
        if (truncated || !page.pageInfo.hasNextPage) break;
        page = await fetchPage(
          endpoint,
          definition,
          { ...variables, first: MAX_PAGE_SIZE, after: page.pageInfo.endCursor },
          headers,
        );
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
