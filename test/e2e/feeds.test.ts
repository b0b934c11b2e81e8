import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { graphql, startTestGraph, type TestGraph } from '../support/services';

// The Atom feeds are checked as a feed reader would take them (well-formed XML, the elements
// RFC 4287 requires, conditional GET) and against the API's own `assetEvents` for the area.

interface Entry {
  id: string;
  title: string;
  updated: string;
  category: { '@_term': string };
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe('Atom feeds per council and strategic authority (real data)', () => {
  let graph: TestGraph;
  let base: string;

  beforeAll(async () => {
    graph = await startTestGraph({ data: 'real' });
    base = graph.gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(() => graph?.stop());

  const query = async (text: string) => {
    const response = await graphql(graph.gateway.url, text);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' });

  /** The council and the authority whose assets have the most events. */
  async function busiest() {
    const data = await query(
      '{ assetEvents(first: 100) { nodes { asset { council { id strategicAuthority { id } } } } } }',
    );
    const count = (ids: (string | undefined)[]) => {
      const counts = new Map<string, number>();
      for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1])[0][0];
    };
    type Node = {
      asset: { council: { id: string; strategicAuthority: { id: string } | null } } | null;
    };
    const nodes = data.assetEvents.nodes as Node[];
    return {
      council: count(nodes.map((n) => n.asset?.council.id)),
      authority: count(nodes.map((n) => n.asset?.council.strategicAuthority?.id)),
    };
  }

  it("gives a council's newest asset events as valid Atom, as assetEvents lists them", async () => {
    const { council } = await busiest();
    const response = await fetch(`${base}/feeds/${council}.atom`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = (parser.parse(text) as { feed: Record<string, unknown> & { entry?: Entry[] } })
      .feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const required of ['id', 'title', 'updated', 'author'])
      expect(feed[required]).toBeTruthy();
    expect(String(feed.updated)).toMatch(RFC3339);
    const data = await query(
      `{ assetEvents(councilId: "${council}", last: 50) { nodes { id kind asset { council { id } } } } }`,
    );
    const events = data.assetEvents.nodes as {
      id: string;
      kind: string;
      asset: { council: { id: string } };
    }[];
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.asset.council.id).toBe(council);
    const entries = feed.entry ?? [];
    expect(entries.map((e) => e.id)).toEqual(
      [...events].reverse().map((e) => `tag:community-power-graph,2026:asset-event:${e.id}`),
    );
    for (const entry of entries) {
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.title).toBeTruthy();
    }
    expect(entries.map((e) => e.category['@_term'])).toEqual(
      [...events].reverse().map((e) => e.kind),
    );
  });

  it("gives a strategic authority's feed, and answers a reader's conditional GET with 304", async () => {
    const { authority } = await busiest();
    const first = await fetch(`${base}/feeds/${authority}.atom`);
    expect(first.status).toBe(200);
    const text = await first.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const data = await query(
      `{ assetEvents(strategicAuthorityId: "${authority}", first: 100) { totalCount } }`,
    );
    const entries = (parser.parse(text) as { feed: { entry?: Entry[] } }).feed.entry ?? [];
    expect(entries.length).toBe(Math.min(50, data.assetEvents.totalCount));
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toMatch(/max-age=/);
    const again = await fetch(`${base}/feeds/${authority}.atom`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('says which feeds exist when asked for one that does not', async () => {
    const unknown = await fetch(`${base}/feeds/E99999999.atom`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/no council "E99999999"/);
    const wrong = await fetch(`${base}/feeds/blackpool.rss`);
    expect(wrong.status).toBe(404);
    expect(((await wrong.json()) as { error: string }).error).toMatch(/E06000009\.atom/);
  });
});
