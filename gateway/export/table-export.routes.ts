import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import type { Logger } from '../../platform/logger';
import { dataDirectory } from '../../platform/paths';
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
import { TABLE_EXPORTS, type Node, type TableExport } from './table-exports';

const FORMATS = {
  csv: { mediatype: 'text/csv', contentType: 'text/csv; charset=utf-8' },
  jsonl: { mediatype: 'application/jsonl', contentType: 'application/jsonl; charset=utf-8' },
} as const;
type Format = keyof typeof FORMATS;

/** One file of the data snapshot as `data/manifest.json` describes it. */
interface ManifestFile {
  sourceId: string;
  dataset: string;
  publisher: string;
  url: string;
  licence: string;
  licenceUrl?: string;
  attribution: string;
  importer: string;
}

interface Licence {
  name?: string;
  path?: string;
  title: string;
}

/** The sources whose files a table's subgraphs import (from the manifest's `importer` field). */
function sourcesOf(files: readonly ManifestFile[], table: TableExport): ManifestFile[] {
  const bySource = new Map<string, ManifestFile>();
  for (const file of files) {
    const subgraphs = file.importer.split(',').map((importer) => importer.trim().split('/')[0]);
    if (subgraphs.some((name) => table.subgraphs.includes(name))) bySource.set(file.sourceId, file);
  }
  return [...bySource.values()];
}

/** Data Package licence names are identifiers (`OGL-UK-3.0`); other terms go by title and path. */
const LICENCE_NAME = /^[-a-zA-Z0-9._]+$/;

const licencesOf = (sources: readonly ManifestFile[]): Licence[] => [
  ...new Map(
    sources.map((s) => [
      s.licence,
      {
        ...(LICENCE_NAME.test(s.licence) ? { name: s.licence } : {}),
        ...(s.licenceUrl ? { path: s.licenceUrl } : {}),
        title: s.licence,
      },
    ]),
  ).values(),
];

/** A resource name as Frictionless wants it: lower case, digits, `-`. */
const resourceName = (table: string) => table.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A row of a table: its columns' values, in order, by name. */
const rowOf = (table: TableExport, node: Node) =>
  Object.fromEntries(table.columns.map((c) => [c.name, c.value(node)]));

const csvCell = (value: unknown) =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value as string | number | boolean);

interface Page {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Asked on the first page only. */
  totalCount: number;
  nodes: Node[];
}

/**
 * `GET /export/<table>.csv` and `.jsonl` (every entity list, `metrics`, `fundingTotals`,
 * `assetTotals`, with the API's arguments as query parameters) and `/export/datapackage.json`
 * (a Frictionless Tabular Data Package describing every table). Rows are streamed page by page
 * as the gateway answers its own public query, so memory stays that of one page, and each
 * export passes the limits, cost and timeouts any query does.
 */
export function tableExportRoutes({
  versions,
  logger,
  maxRows,
  internalHeaders,
  geojson,
}: {
  versions: DataVersions;
  logger: Logger;
  /**
   * The most rows one export holds (`EXPORT_MAX_ROWS`). A request for more is refused before
   * anything is sent: a table cut short would look whole.
   */
  maxRows: number;
  /** Who pays for the export's pages: its client (see the rate limits). */
  internalHeaders: InternalHeaders;
  geojson: readonly string[];
}) {
  const manifest = JSON.parse(
    readFileSync(path.join(dataDirectory(), 'manifest.json'), 'utf8'),
  ) as { files: ManifestFile[] };

  function headersFor(table: TableExport, format: Format, file: string, version: string | null) {
    const sources = sourcesOf(manifest.files, table);
    return {
      'content-type': FORMATS[format].contentType,
      'content-disposition': `attachment; filename="${file}"`,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'x-data-version': version ?? 'unknown',
      'x-licences': licencesOf(sources)
        .map((l) => l.title)
        .join(', '),
      link: '</export/datapackage.json>; rel="describedby"; type="application/json"',
    };
  }

  async function serve(req: Request<{ name: string }>, res: Response): Promise<void> {
    const match = /^([A-Za-z]+)\.(csv|jsonl)$/.exec(req.params.name);
    const table = match ? TABLE_EXPORTS[match[1]] : undefined;
    if (!match || !table) {
      const names = [
        ...geojson,
        ...Object.keys(TABLE_EXPORTS).flatMap((t) => [`${t}.csv`, `${t}.jsonl`]),
        'datapackage.json',
      ];
      res
        .status(404)
        .json({ error: `no export "${req.params.name}"; there are ${names.join(', ')}` });
      return;
    }
    const format = match[2] as Format;
    const endpoint = endpointOf(req);
    const headers = internalHeaders(req);
    let variables: Record<string, unknown>;
    let first: Node[];
    let page: Page | null = null;
    try {
      variables = variablesOf(table.parameters, req.query, table.required);
      if (table.paged) {
        page = (await askGateway(
          endpoint,
          table.query,
          { ...variables, first: MAX_PAGE_SIZE, withCount: true },
          table.field,
          headers,
        )) as Page;
        first = page.nodes;
      } else {
        first = (await askGateway(
          endpoint,
          table.query,
          variables,
          table.field,
          headers,
        )) as Node[];
      }
      const rows = page ? page.totalCount : first.length;
      if (rows > maxRows)
        throw new ExportRequestError(
          `this export would hold ${rows} rows, more than the ${maxRows} one export may hold; narrow it with \`filter\``,
        );
    } catch (error) {
      if (!(error instanceof ExportRequestError)) throw error;
      refuseExport(res, error);
      return;
    }
    const version = await versions.current();
    res.status(200).set(headersFor(table, format, req.params.name, version));
    if (page) res.set('x-total-count', String(page.totalCount));
    const names = table.columns.map((c) => c.name);
    const encode = (nodes: Node[]) =>
      format === 'csv'
        ? stringify(nodes.map((node) => table.columns.map((c) => csvCell(c.value(node)))))
        : nodes.map((node) => `${JSON.stringify(rowOf(table, node))}\n`).join('');
    try {
      if (format === 'csv' && !(await writeChunk(res, stringify([names])))) return;
      if (!(await writeChunk(res, encode(first)))) return;
      while (page?.pageInfo.hasNextPage) {
        page = (await askGateway(
          endpoint,
          table.query,
          {
            ...variables,
            first: MAX_PAGE_SIZE,
            after: page.pageInfo.endCursor,
            withCount: false,
          },
          table.field,
          headers,
        )) as Page;
        // A client that has gone costs no more pages.
        if (!(await writeChunk(res, encode(page.nodes)))) return;
      }
      res.end();
    } catch (error) {
      // Headers are sent: the file cannot say it is short, so the transfer is cut (no final
      // chunk) and a client sees a failed download rather than a table that looks whole.
      logger.warn({ err: error, export: req.params.name }, 'export stopped');
      res.destroy();
    }
  }

  async function datapackage(_req: Request, res: Response): Promise<void> {
    const version = await versions.current();
    const resources = Object.entries(TABLE_EXPORTS).map(([name, table]) => {
      const sources = sourcesOf(manifest.files, table);
      return {
        name: resourceName(name),
        path: `${name}.csv${table.example ?? ''}`,
        profile: 'tabular-data-resource',
        title: table.title,
        description: `${table.description} Parameters: ${
          Object.entries(table.parameters)
            .map(([p, d]) => `\`${p}\` (${d.description})`)
            .join('; ') || 'none'
        }. Also as ${name}.jsonl.`,
        format: 'csv',
        mediatype: FORMATS.csv.mediatype,
        encoding: 'utf-8',
        schema: {
          fields: table.columns.map((c) => ({
            name: c.name,
            type: c.type,
            description: c.description,
          })),
        },
        sources: sources.map((s) => ({ title: `${s.dataset} (${s.publisher})`, path: s.url })),
        licenses: licencesOf(sources),
        attribution: sources.map((s) => s.attribution),
      };
    });
    const allSources = [
      ...new Map(
        Object.values(TABLE_EXPORTS)
          .flatMap((t) => sourcesOf(manifest.files, t))
          .map((s) => [s.sourceId, s]),
      ).values(),
    ];
    res
      .status(200)
      .set({ 'cache-control': 'no-cache', 'x-data-version': version ?? 'unknown' })
      .json({
        profile: 'tabular-data-package',
        name: 'community-power-graph',
        title: 'Community Power Graph: councils, boards, assets and money, as tables',
        ...(version ? { version } : {}),
        created: new Date().toISOString(),
        licenses: licencesOf(allSources),
        resources,
      });
  }

  return { serve, datapackage };
}
