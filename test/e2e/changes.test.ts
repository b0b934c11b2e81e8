import { IngestValidationError } from '../../subgraphs/kit/ingest/problems';
import { reloadableFixtures } from '../support/reloads';
import { graphql, startTestGraph, type TestGraph } from '../support/services';

// A poller follows `changes` across loads of edited fixture copies, through the real gateway:
// the fixtures template's own load, a load with a back-dated event and other edits, a rejected
// load, and a load that takes one edit back. It must receive every change once, in order.

const EVENTS = 'acv_events.csv';
const STATUS = 'neighbourhood_board_status.csv';
const IMPACT_FUND = 'pride_in_place_impact_fund_partial.csv';
const REGISTER = 'uk_local_authorities.csv';
const BACK_DATED =
  'FIX-ACV-MORATORIUM,compensation,2024-02-01,owner claimed compensation (loaded late),https://news.example.org/acv/compensation';

interface Change {
  sequence: string;
  kind: string;
  source: string;
  entityType: string;
  entityId: string;
  nodeId: string;
  recordKey: string;
  council: { id: string } | null;
  strategicAuthority: { id: string } | null;
  fields: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const CHANGES = `query Changes($after: String, $first: Int, $filter: ChangeFilter) {
  changes(after: $after, first: $first, filter: $filter) {
    nodes { sequence kind source entityType entityId nodeId recordKey council { id }
            strategicAuthority { id } fields before after }
    pageInfo { endCursor hasNextPage }
  }
}`;

describe('changes: one feed of every load, in load order (fixtures, real gateway)', () => {
  let graph: TestGraph;
  const { files, load } = reloadableFixtures(() => graph.database);

  beforeAll(async () => {
    // No response cache: each poll reads the feed as it is.
    graph = await startTestGraph({ gatewayEnv: { RESPONSE_CACHE_ENTRIES: '0' } });
  });
  afterAll(() => graph?.stop());

  /** Every change after `cursor`, page by page, and the cursor to keep. */
  async function poll(cursor: string | null, filter?: object, first = 100) {
    const received: Change[] = [];
    let after = cursor;
    for (;;) {
      const response = await graphql(graph.gateway.url, CHANGES, { after, first, filter });
      expect(response.errors).toBeUndefined();
      const page = response.data!.changes;
      received.push(...(page.nodes as Change[]));
      expect(page.pageInfo.endCursor).toEqual(expect.any(String));
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) return { received, cursor: after };
    }
  }

  const sequences = (changes: Change[]) => changes.map((change) => BigInt(change.sequence));
  const expectIncreasing = (changes: Change[]) => {
    const seqs = sequences(changes);
    for (let i = 1; i < seqs.length; i += 1) expect(seqs[i] > seqs[i - 1]).toBe(true);
  };

  it('gives each change once across loads, a back-dated one after what came before it', async () => {
    const first = await poll(null, undefined, 37);
    expectIncreasing(first.received);
    const moratorium = first.received.find(
      (c) => c.kind === 'MORATORIUM_STARTED' && c.entityId === 'FIX-ACV-MORATORIUM',
    );
    expect(moratorium).toMatchObject({
      source: 'ASSETS',
      entityType: 'Asset',
      council: { id: 'E07000241' },
      before: null,
      after: expect.objectContaining({ notifiedOn: '2025-03-03' }),
    });
    expect(first.received.some((c) => c.kind === 'COUNCIL_ADDED')).toBe(true);

    // Nothing new: the same cursor comes back, with nothing on the page.
    const idle = await poll(first.cursor);
    expect(idle).toEqual({ received: [], cursor: first.cursor });

    files.assets.edit(EVENTS, (csv) => `${csv.trimEnd()}\n${BACK_DATED}\n`);
    files['neighbourhood-boards'].edit(
      STATUS,
      (csv) =>
        `${csv.trimEnd()}\np1-accrington,delivering,2026-11-20,co_operative_society,accrington-town-co-op,https://example.org/hyndburn/delivery,\n`,
    );
    files.funding.edit(IMPACT_FUND, (csv) =>
      csv.replace(
        'Barnsley,BNS,E08000016,England,1500000,',
        'Barnsley,BNS,E08000016,England,1600000,',
      ),
    );
    await load();
    const second = await poll(first.cursor);
    expectIncreasing(second.received);
    expect(sequences(second.received)[0] > sequences(first.received).at(-1)!).toBe(true);
    expect(second.received).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'ASSET_EVENT_RECORDED',
          entityId: 'FIX-ACV-MORATORIUM',
          before: null,
          after: expect.objectContaining({
            kind: 'COMPENSATION_CLAIMED',
            occurredOn: '2024-02-01',
          }),
        }),
        expect.objectContaining({
          kind: 'BOARD_STATUS_CHANGED',
          entityId: 'p1-accrington',
          before: expect.objectContaining({ status: 'COMMUNITY_OWNED' }),
          after: expect.objectContaining({ status: 'DELIVERING', since: '2026-11-20' }),
        }),
        expect.objectContaining({
          kind: 'ALLOCATION_CHANGED',
          source: 'FUNDING',
          council: { id: 'E08000016' },
          fields: expect.arrayContaining(['amount']),
        }),
      ]),
    );
    // Only what the edits touched.
    for (const change of second.received)
      expect(['FIX-ACV-MORATORIUM', 'p1-accrington', 'E08000016']).toContain(
        change.entityType === 'Allocation' ? change.council?.id : change.entityId,
      );

    // A rejected load reports nothing.
    files.councils.edit(REGISTER, (csv) =>
      csv.replace(
        'SHF,Sheffield City Council,Sheffield,E08000019',
        'SHF,Sheffield City Council,Sheffield,E0800019',
      ),
    );
    await expect(load()).rejects.toBeInstanceOf(IngestValidationError);
    expect(await poll(second.cursor)).toEqual({ received: [], cursor: second.cursor });
    files.councils.edit(REGISTER, (csv) => csv.replace(',E0800019', ',E08000019'));

    // Taking the event back out is a change too.
    files.assets.edit(EVENTS, (csv) => csv.replace(`${BACK_DATED}\n`, ''));
    await load();
    const third = await poll(second.cursor);
    expect(third.received.map((c) => [c.kind, c.entityId])).toContainEqual([
      'ASSET_EVENT_WITHDRAWN',
      'FIX-ACV-MORATORIUM',
    ]);

    // The whole feed read again from the start is exactly the three polls, in their order.
    const everything = await poll(null);
    expect(everything.received).toEqual([...first.received, ...second.received, ...third.received]);
    expect(new Set(everything.received.map((c) => c.sequence)).size).toBe(
      everything.received.length,
    );
  });

  it('filters by council, by strategic authority (its members too), kind and source', async () => {
    const { received: all } = await poll(null);
    const byCouncil = await poll(null, { councilIds: ['E08000016'] });
    expect(byCouncil.received).toEqual(all.filter((c) => c.council?.id === 'E08000016'));
    expect(byCouncil.received.length).toBeGreaterThan(0);

    const barnsley = all.find((c) => c.kind === 'COUNCIL_ADDED' && c.entityId === 'E08000016');
    const authority = barnsley?.after?.strategicAuthorityId as string;
    expect(authority).toEqual(expect.any(String));
    const members = new Set(
      all
        .filter((c) => c.kind === 'COUNCIL_ADDED' && c.after?.strategicAuthorityId === authority)
        .map((c) => c.entityId),
    );
    const byAuthority = await poll(null, { strategicAuthorityIds: [authority] });
    expect(byAuthority.received).toEqual(
      all.filter(
        (c) => (c.council && members.has(c.council.id)) || c.strategicAuthority?.id === authority,
      ),
    );

    const kinds = ['MORATORIUM_STARTED', 'BOARD_STATUS_CHANGED'];
    const byKind = await poll(null, { kinds, sources: ['ASSETS', 'NEIGHBOURHOOD_BOARDS'] });
    expect(byKind.received).toEqual(all.filter((c) => kinds.includes(c.kind)));
  });

  it('resolves the entity of a change from its owner, through the gateway', async () => {
    const response = await graphql(
      graph.gateway.url,
      `
        {
          changes(first: 5, filter: { kinds: [ASSET_ADDED] }) {
            nodes {
              entityId
              after
              entity {
                __typename
                nodeId
                ... on Asset {
                  id
                  name
                }
              }
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.changes.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes)
      expect(node.entity).toEqual({
        __typename: 'Asset',
        nodeId: expect.any(String),
        id: node.entityId,
        name: node.after.name,
      });
  });

  it('refuses a cursor of another list and a page size out of range, naming the argument', async () => {
    const paged = await graphql(
      graph.gateway.url,
      '{ councils(first: 1) { pageInfo { endCursor } } }',
    );
    const foreign = paged.data!.councils.pageInfo.endCursor as string;
    const bad = await graphql(graph.gateway.url, CHANGES, { after: foreign });
    expect(bad.errors?.[0].message).toContain('`after` is not a cursor of the change feed');
    const big = await graphql(graph.gateway.url, CHANGES, { first: 1000 });
    expect(big.errors?.[0].message).toContain('`first` must be between 1 and 100');
  });
});
