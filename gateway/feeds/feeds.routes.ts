import { createHash } from 'node:crypto';
import type { Express, Request, Response } from 'express';
import type { Logger } from '../../platform/logger';
import type { DataVersions } from '../data-versions';
import {
  askGatewayData,
  endpointOf,
  ExportRequestError,
  refuseExport,
  type InternalHeaders,
} from '../export/export-parameters';
import { atomDocument, type AtomEntry } from './atom';

/** The newest events a feed holds: a feed reader keeps what it has seen. */
export const FEED_ENTRIES = 50;

const COUNCIL_CODE = /^[EWSN]\d{8}$/;
const AUTHORITY_CODE = /^[A-Z]{2,8}$/;

interface EventNode {
  id: string;
  kind: string;
  occurredOn: string;
  detail: string | null;
  sourceUrl: string | null;
  asset: {
    id: string;
    name: string;
    source: { id: string; attribution: string };
  } | null;
}

const EVENTS = `
  pageInfo { hasPreviousPage }
  nodes { id kind occurredOn detail sourceUrl asset { id name source { id attribution } } }`;

const QUERIES = {
  council: `query Feed($id: ID!, $last: Int!) {
    place: council(id: $id) { name }
    assetEvents(councilId: $id, last: $last) { ${EVENTS} }
  }`,
  authority: `query Feed($id: ID!, $last: Int!) {
    place: strategicAuthority(id: $id) { name }
    assetEvents(strategicAuthorityId: $id, last: $last) { ${EVENTS} }
  }`,
};

const words = (kind: string) => kind.toLowerCase().replace(/_/g, ' ');

function entryOf(event: EventNode): AtomEntry {
  const asset = event.asset?.name ?? 'An asset';
  return {
    id: `tag:community-power-graph,2026:asset-event:${event.id}`,
    title: `${asset}: ${words(event.kind)}`,
    updated: `${event.occurredOn}T00:00:00Z`,
    summary: [`${words(event.kind)} on ${event.occurredOn}`, event.detail]
      .filter(Boolean)
      .join('. '),
    link: event.sourceUrl,
    category: event.kind,
  };
}

/**
 * `GET /feeds/<council GSS code>.atom` and `/feeds/<strategic authority code>.atom`: the newest
 * events of the Assets of Community Value on the area's lists (nominations, listings, moratoria,
 * disposals...) as an Atom feed, for feed readers and community groups. The gateway asks its own
 * public API, so a feed passes every limit a query does. Entries are ordered by the day each
 * event happened; the ETag is the data version, so a reader's conditional GET costs a 304 until
 * the next load.
 */
export function registerFeedRoutes(
  app: Express,
  {
    versions,
    logger,
    internalHeaders,
  }: { versions: DataVersions; logger: Logger; internalHeaders: InternalHeaders },
): void {
  app.get('/feeds/:file', async (req: Request<{ file: string }>, res: Response) => {
    const match = /^(.+)\.atom$/.exec(req.params.file);
    const code = match?.[1].toUpperCase() ?? '';
    const kind = COUNCIL_CODE.test(code)
      ? 'council'
      : AUTHORITY_CODE.test(code)
        ? 'authority'
        : null;
    if (!match || !kind) {
      res.status(404).json({
        error: `no feed "${req.params.file}": feeds are /feeds/<council GSS code>.atom (e.g. E06000009.atom) or /feeds/<strategic authority code>.atom (e.g. GMCA.atom)`,
      });
      return;
    }
    const version = (await versions.current()) ?? 'unknown';
    const etag = `"${createHash('sha256').update(`${version}|${code}`).digest('base64url').slice(0, 27)}"`;
    res.set({ etag, 'cache-control': 'public, max-age=300', vary: 'accept-encoding' });
    if (req.get('if-none-match') === etag) {
      res.status(304).end();
      return;
    }
    let place: { name: string } | null;
    let events: EventNode[];
    try {
      const data = (await askGatewayData(
        endpointOf(req),
        QUERIES[kind],
        { id: code, last: FEED_ENTRIES },
        internalHeaders(req),
      )) as { place: { name: string } | null; assetEvents: { nodes: EventNode[] } };
      place = data.place;
      events = data.assetEvents.nodes;
    } catch (error) {
      if (!(error instanceof ExportRequestError)) throw error;
      if (error.status === 429) {
        refuseExport(res, error);
        return;
      }
      logger.warn({ err: error, feed: code }, 'feed failed');
      res.status(503).json({ error: 'the feed could not be made now; try again' });
      return;
    }
    if (!place) {
      res.status(404).json({
        error: `no ${kind === 'council' ? 'council' : 'strategic authority'} "${code}"`,
      });
      return;
    }
    const nodes = [...events].reverse();
    const rights = [
      ...new Map(
        nodes.flatMap((n) => (n.asset ? [[n.asset.source.id, n.asset.source.attribution]] : [])),
      ).values(),
    ];
    res
      .status(200)
      .type('application/atom+xml; charset=utf-8')
      .send(
        atomDocument({
          id: `tag:community-power-graph,2026:feed:${code}`,
          title: `Assets of Community Value: ${place.name}`,
          subtitle: `The newest ${FEED_ENTRIES} events of the assets on the lists of ${place.name}, newest first, by the day each happened.`,
          updated: nodes[0] ? `${nodes[0].occurredOn}T00:00:00Z` : '1970-01-01T00:00:00Z',
          self: `/feeds/${code}.atom`,
          rights: rights.join(' ') || 'See /sources for every source and its licence.',
          entries: nodes.map(entryOf),
        }),
      );
  });
}
