import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunningService } from '../../platform/http/service';
import { LICENCES } from '../../subgraphs/kit/types/source';
import { createLogger } from '../../platform/logger';
import { startSubgraph } from '../../subgraphs/kit/service/subgraph';
import { neighbourhoodBoardsModule } from '../../subgraphs/neighbourhood-boards/module';
import type { NeighbourhoodBoardsDatabase } from '../../subgraphs/neighbourhood-boards/src/database';
import { loadContributedFixtures } from '../support/board-fixtures';
import { SCHEDULED_NOT_SUBMITTED } from '../../subgraphs/neighbourhood-boards/ingest/compiled-labels';
import type { TestDatabase } from '../support/databases';
import { fixturesDir } from '../support/fixtures';
import { dataDirectory } from '../../platform/paths';
import { readRealCsv } from '../support/real-data';
import {
  graphql,
  type GraphQLResponse,
  startTestGateway,
  startTestGraph,
  type StatementCounter,
  type TestGraph,
} from '../support/services';

interface BoardNode {
  id: string;
  placeName: string;
  phase: string;
  nation: string;
  region: string | null;
  announcedOn: string;
  programmeHistory: string[];
  councilCode: string;
  councilNameInSource: string;
  fundingCap: { total: { amount: string }; periodYears: number };
  citations: { id: string }[];
  notes: string | null;
  council: { id: string; code: string; officialName: string; nation: string } | null;
}

interface BoardPage {
  neighbourhoodBoards: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    nodes: BoardNode[];
  };
}

/** The URL-typed values of a page of boards. */
interface UrlPage {
  neighbourhoodBoards: {
    pageInfo: { hasNextPage: boolean; endCursor: string };
    nodes: {
      citations: { url: string }[];
      source: { licenceUrl: string };
      statusHistory: { sourceUrl: string }[];
      membershipHistory: { nodes: { sourceUrl: string }[] };
    }[];
  };
}

const PHASES: Record<string, string> = {
  phase_1: 'PHASE_1',
  phase_2: 'PHASE_2',
  phase_3_expansion: 'EXPANSION',
};
const asEnum = (value: string) => value.toUpperCase().replace(/ /g, '_');
const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

describe('neighbourhood boards through the gateway, over HTTP, on the real open data', () => {
  const places = readRealCsv('pride_in_place_places.csv');
  let graph: TestGraph;
  let database: TestDatabase;
  let gateway: RunningService;
  let boardStatements: StatementCounter;

  beforeAll(async () => {
    graph = await startTestGraph({ data: 'real' });
    ({ database, gateway } = graph);
    boardStatements = graph.statements['neighbourhood-boards'];
    await loadContributedFixtures(database);
  });
  afterAll(() => graph?.stop());
  beforeEach(() => boardStatements.reset());

  async function allBoards(): Promise<BoardNode[]> {
    const nodes: BoardNode[] = [];
    let after: string | null = null;
    for (;;) {
      const { data, errors }: GraphQLResponse<BoardPage> = await graphql<BoardPage>(
        gateway.url,
        `
          query ($after: String) {
            neighbourhoodBoards(first: 100, after: $after) {
              totalCount
              pageInfo {
                hasNextPage
                endCursor
              }
              nodes {
                id
                placeName
                phase
                nation
                region
                announcedOn
                programmeHistory
                councilCode
                councilNameInSource
                fundingCap {
                  total {
                    amount
                  }
                  periodYears
                }
                citations {
                  id
                }
                notes
                council {
                  id
                  code
                  officialName
                  nation
                }
              }
            }
          }
        `,
        { after },
      );
      expect(errors).toBeUndefined();
      expect(data!.neighbourhoodBoards.totalCount).toBe(places.length);
      nodes.push(...data!.neighbourhoodBoards.nodes);
      if (!data!.neighbourhoodBoards.pageInfo.hasNextPage) return nodes;
      after = data!.neighbourhoodBoards.pageInfo.endCursor;
    }
  }

  it('serves every place of the file, each joined to its council, with its counts per phase and nation', async () => {
    const nodes = await allBoards();
    expect(nodes).toHaveLength(places.length);
    const byId = new Map(nodes.map((node) => [node.id, node]));
    for (const place of places) {
      // Every field of the row, and the council the councils subgraph resolves agrees with
      // the file's mapping (code, official name, nation).
      expect(byId.get(place.place_id)).toEqual({
        id: place.place_id,
        placeName: place.place_name,
        phase: PHASES[place.phase],
        nation: asEnum(place.nation),
        region: place.region ? asEnum(place.region) : null,
        announcedOn: place.announced_date,
        programmeHistory: place.programme.split('->').map((step) => step.trim()),
        councilCode: place.local_authority_code,
        councilNameInSource: place.local_authority_name,
        fundingCap: {
          total: { amount: `${place.max_funding_gbp}.00` },
          periodYears: Number(place.funding_period_years),
        },
        citations: place.source_ids.split(';').map((id) => ({ id })),
        notes: place.notes || null,
        council: {
          id: place.la_gss_code,
          code: place.local_authority_code,
          officialName: place.la_official_name,
          nation: asEnum(place.nation),
        },
      });
    }
    const key = (phase: string, nation: string) => `${phase}/${nation}`;
    expect(countBy(nodes, (n) => key(n.phase, n.nation))).toEqual(
      countBy(places, (p) => key(PHASES[p.phase], asEnum(p.nation))),
    );
    expect(countBy(nodes, (n) => n.phase)).toEqual({ PHASE_1: 75, PHASE_2: 169, EXPANSION: 40 });
  });

  it('gives a council its boards, and each board its chair', async () => {
    const { data, errors } = await graphql(
      gateway.url,
      `
        {
          council(code: "HYN") {
            name
            neighbourhoodBoards {
              totalCount
              nodes {
                id
                placeName
                status
                chair {
                  role
                  from
                  member {
                    ... on Person {
                      name
                    }
                  }
                }
                earlier: chair(asOf: "2025-01-01") {
                  member {
                    ... on Person {
                      name
                    }
                  }
                }
              }
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    const expected = places.filter((p) => p.local_authority_code === 'HYN').map((p) => p.place_id);
    expect(data!.council.name).toBe('Hyndburn');
    expect(data!.council.neighbourhoodBoards.nodes.map((n: { id: string }) => n.id)).toEqual(
      expected,
    );
    expect(data!.council.neighbourhoodBoards.nodes[0]).toEqual({
      id: 'p1-accrington',
      placeName: 'Accrington',
      status: 'COMMUNITY_OWNED',
      chair: { role: 'CHAIR', from: '2025-07-01', member: { name: 'Sam Sample' } },
      earlier: { member: { name: 'Alex Example' } },
    });
  });

  it('answers who sat on a board on a day, people and organisations', async () => {
    const { data, errors } = await graphql(
      gateway.url,
      `
        {
          neighbourhoodBoard(id: "p1-accrington") {
            members(asOf: "2025-01-01") {
              totalCount
              nodes {
                id
                role
                constituency
                member {
                  __typename
                  ... on Person {
                    name
                  }
                  ... on Organisation {
                    id
                    kind
                    council {
                      name
                    }
                  }
                }
              }
            }
            membershipHistory {
              totalCount
            }
            statusHistory {
              status
              since
              legalForm
              organisation {
                id
              }
            }
            communityOwner {
              name
              kind
              societyNumber
            }
            legalForm
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    const board = data!.neighbourhoodBoard;
    expect(board.members.nodes.map((m: { id: string }) => m.id)).toEqual([
      'acc-01',
      'acc-03',
      'acc-05',
      'acc-06',
      'acc-04',
      'acc-07',
    ]);
    expect(board.members.nodes[3].member).toEqual({
      __typename: 'Organisation',
      id: 'accrington-community-energy',
      kind: 'COMMUNITY_BENEFIT_SOCIETY',
      council: { name: 'Hyndburn' },
    });
    // The seven contributed seats and the one the compiled pages record (known from 2026-12-04, so
    // not on the board on the day asked).
    expect(board.membershipHistory.totalCount).toBe(8);
    // The contributed fixture's changes and, in date order among them, the one the compiled pages
    // record (Cabinet, 19 Nov 2025).
    expect(board.statusHistory.map((s: { status: string }) => s.status)).toEqual([
      'FORMING',
      'CONFIRMED',
      'CONFIRMED',
      'PLAN_SUBMITTED',
      'COMMUNITY_OWNED',
    ]);
    expect(board.communityOwner).toEqual({
      name: 'Accrington Town Co-operative (test fixture)',
      kind: 'CO_OPERATIVE',
      societyNumber: '7654',
    });
    expect(board.legalForm).toBe('CO_OPERATIVE_SOCIETY');
  });

  it('names an owner only for a community-owned board', async () => {
    const { data, errors } = await graphql(
      gateway.url,
      '{ neighbourhoodBoard(id: "p1-barnsley") { status communityOwner { id } statusHistory { body organisation { id } } } }',
    );
    expect(errors).toBeUndefined();
    const board = data!.neighbourhoodBoard as {
      status: string;
      communityOwner: unknown;
      statusHistory: { body: string; organisation: { id: string } | null }[];
    };
    expect(board.status).toBe('FORMING');
    expect(board.communityOwner).toBeNull();
    expect(board.statusHistory.filter((c) => c.body === 'NEIGHBOURHOOD_BOARD')).toEqual([
      { body: 'NEIGHBOURHOOD_BOARD', organisation: { id: 'barnsley-faith-forum' } },
      { body: 'NEIGHBOURHOOD_BOARD', organisation: null },
    ]);
    // The compiled pages record Barnsley's earlier Town Board (forming, then confirmed in 2024).
    expect(board.statusHistory.filter((c) => c.body === 'PREDECESSOR_BOARD')).toHaveLength(2);
  });

  it('says how far each fact can be trusted, what it cites, and where it came from', async () => {
    const { data } = await graphql(
      gateway.url,
      `
        {
          neighbourhoodBoard(id: "p2-druids-heath") {
            fundingCap {
              total {
                amount
                currency
                approximateAmount
              }
              periodYears
            }
            trust {
              placeName
              council
              fundingCap
              status
              verification
            }
            citations {
              id
              url
            }
            source {
              id
              licence
              attribution
              caveats
            }
          }
        }
      `,
    );
    const board = data!.neighbourhoodBoard;
    const row = places.find((p) => p.place_id === 'p2-druids-heath')!;
    expect(board.fundingCap).toEqual({
      total: { amount: '20000000.00', currency: 'GBP', approximateAmount: 20000000 },
      periodYears: 10,
    });
    expect(board.trust).toEqual({
      placeName: 'CORROBORATED',
      council: 'THIRD_PARTY',
      fundingCap: 'OFFICIAL',
      status: 'CORROBORATED',
      verification: row.verification,
    });
    expect(board.citations.map((c: { id: string }) => c.id)).toEqual(row.source_ids.split(';'));
    expect(board.source).toMatchObject({ id: 'S-PIP-PLACES', licence: 'OGL-UK-3.0' });
  });

  it('serves every URL-typed value as stored, for every board, change, membership and organisation', async () => {
    const fixture = (file: string) =>
      parse(readFileSync(path.join(fixturesDir('neighbourhood-boards'), file), 'utf8'), {
        columns: true,
      }) as Record<string, string>[];
    const committed = (file: string) =>
      parse(readFileSync(path.join(dataDirectory(), file), 'utf8'), {
        columns: true,
      }) as Record<string, string>[];
    const served: Record<string, Set<string>> = {
      citation: new Set(),
      licence: new Set(),
      statusChange: new Set(),
      membership: new Set(),
      organisation: new Set(),
    };
    const add = (kind: string, value: string | null) => value && served[kind].add(value);
    let after: string | null = null;
    do {
      const { data, errors }: GraphQLResponse<UrlPage> = await graphql<UrlPage>(
        gateway.url,
        `
          query ($after: String) {
            neighbourhoodBoards(first: 100, after: $after) {
              pageInfo {
                hasNextPage
                endCursor
              }
              nodes {
                citations {
                  url
                }
                source {
                  licenceUrl
                }
                statusHistory {
                  sourceUrl
                }
                membershipHistory(first: 100) {
                  nodes {
                    sourceUrl
                  }
                }
              }
            }
          }
        `,
        { after },
      );
      expect(errors).toBeUndefined();
      for (const board of data!.neighbourhoodBoards.nodes) {
        board.citations.forEach((c) => add('citation', c.url));
        add('licence', board.source.licenceUrl);
        board.statusHistory.forEach((c) => add('statusChange', c.sourceUrl));
        board.membershipHistory.nodes.forEach((m) => add('membership', m.sourceUrl));
      }
      const pageInfo: UrlPage['neighbourhoodBoards']['pageInfo'] =
        data!.neighbourhoodBoards.pageInfo;
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
    } while (after);
    const { data, errors } = await graphql(
      gateway.url,
      '{ organisations(first: 100) { nodes { website sourceUrl source { licenceUrl } } } }',
    );
    expect(errors).toBeUndefined();
    for (const organisation of data!.organisations.nodes) {
      add('organisation', organisation.website);
      add('organisation', organisation.sourceUrl);
      add('licence', organisation.source.licenceUrl);
    }

    // The contributed fixtures on top of the real data, whose compiled files are in data/ (less
    // the plans the compiler says were only scheduled, which are not status changes).
    const scheduled = (row: Record<string, string>) =>
      SCHEDULED_NOT_SUBMITTED.some(
        (entry) => entry.place === row.place_name && entry.on === row.effective_on,
      );
    const column = (file: string, ...names: string[]) =>
      new Set(
        [
          ...fixture(file),
          ...committed(file.replace(/\.csv$/, '_compiled.csv')).filter((row) => !scheduled(row)),
        ].flatMap((row) => names.map((name) => row[name]).filter(Boolean)),
      );
    expect(served.statusChange).toEqual(column('neighbourhood_board_status.csv', 'source_url'));
    expect(served.membership).toEqual(column('neighbourhood_board_members.csv', 'source_url'));
    expect(served.organisation).toEqual(
      column('neighbourhood_board_organisations.csv', 'website', 'source_url'),
    );
    expect(served.citation.size).toBeGreaterThan(0);
    expect(served.licence).toEqual(new Set([LICENCES.oglV3.licenceUrl, LICENCES.ccBy4.licenceUrl]));
  });

  it('filters and orders boards', async () => {
    const { data, errors } = await graphql(
      gateway.url,
      `
        {
          expansion: neighbourhoodBoards(filter: { phase: EXPANSION }) {
            totalCount
          }
          scottishPhase2: neighbourhoodBoards(filter: { nation: SCOTLAND, phase: [PHASE_2] }) {
            totalCount
          }
          owned: neighbourhoodBoards(filter: { status: COMMUNITY_OWNED }) {
            nodes {
              id
            }
          }
          birmingham: neighbourhoodBoards(filter: { councilId: "E08000025" }, first: 100) {
            totalCount
          }
          heath: neighbourhoodBoards(filter: { nameContains: "heath" }, first: 100) {
            nodes {
              placeName
            }
          }
          newest: neighbourhoodBoards(orderBy: { field: ANNOUNCED_ON, direction: DESC }, first: 1) {
            nodes {
              phase
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    const count = (test: (p: (typeof places)[number]) => boolean) => places.filter(test).length;
    expect(data!.expansion.totalCount).toBe(count((p) => p.phase === 'phase_3_expansion'));
    expect(data!.scottishPhase2.totalCount).toBe(
      count((p) => p.phase === 'phase_2' && p.nation === 'Scotland'),
    );
    expect(data!.owned.nodes).toEqual([{ id: 'p1-accrington' }]);
    expect(data!.birmingham.totalCount).toBe(count((p) => p.la_gss_code === 'E08000025'));
    expect(data!.heath.nodes.map((n: { placeName: string }) => n.placeName).sort()).toEqual(
      places
        .filter((p) => p.place_name.toLowerCase().includes('heath'))
        .map((p) => p.place_name)
        .sort(),
    );
    expect(data!.newest.nodes).toEqual([{ phase: 'EXPANSION' }]);
  });

  it('finds organisations by council and kind', async () => {
    const { data, errors } = await graphql(
      gateway.url,
      `
        {
          organisations(filter: { councilId: "E07000120" }) {
            totalCount
            nodes {
              id
            }
          }
          charities: organisations(filter: { kind: [CHARITY] }) {
            nodes {
              id
              charityNumber
              council {
                code
              }
            }
          }
          organisation(id: "hyndburn-chamber") {
            boardMemberships {
              nodes {
                role
                board {
                  id
                }
              }
            }
            source {
              id
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    expect(data!.organisations.totalCount).toBe(3);
    expect(data!.charities.nodes).toEqual([
      { id: 'barnsley-faith-forum', charityNumber: '1234567', council: { code: 'BNS' } },
    ]);
    expect(data!.organisation).toEqual({
      boardMemberships: { nodes: [{ role: 'OBSERVER', board: { id: 'p1-accrington' } }] },
      source: { id: 'S-CPG-ORGANISATIONS' },
    });
  });

  it('costs the same SQL for 100 councils with their boards as for 10', async () => {
    const query = `query($n: Int) {
      councils(first: $n, filter: { active: true }) {
        nodes {
          code
          neighbourhoodBoards {
            totalCount
            nodes { id chair { id } members { totalCount } statusHistory { since } communityOwner { id } }
          }
        }
      }
    }`;
    const counts: number[] = [];
    for (const n of [10, 100]) {
      boardStatements.reset();
      const { data, errors } = await graphql(gateway.url, query, { n });
      expect(errors).toBeUndefined();
      expect(data!.councils.nodes).toHaveLength(n);
      counts.push(boardStatements.count);
    }
    const [ten, hundred] = counts;
    expect(hundred).toBe(ten);
    // boards by council, memberships by board, status changes by board, owners by id
    expect(hundred).toBeLessThanOrEqual(4);
  });

  it('rejects bad input, naming the argument', async () => {
    const tooMany = await graphql(
      gateway.url,
      '{ neighbourhoodBoards(first: 101) { totalCount } }',
    );
    expect(tooMany.errors?.[0]).toMatchObject({
      message: expect.stringContaining('`first` must be between 1 and 100'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const blank = await graphql(
      gateway.url,
      '{ neighbourhoodBoards(filter: { nameContains: " " }) { totalCount } }',
    );
    expect(blank.errors?.[0].message).toContain(
      '`filter.nameContains` must be 1 to 100 characters',
    );
    const badDay = await graphql(
      gateway.url,
      '{ neighbourhoodBoard(id: "p1-accrington") { members(asOf: "2025-02-30") { totalCount } } }',
    );
    expect(badDay.errors?.[0]).toMatchObject({
      message: 'Value is not a valid LocalDate: 2025-02-30',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(badDay.status).toBe(400);
    expect(badDay.data).toEqual({ neighbourhoodBoard: null });
    const nul = await graphql(
      gateway.url,
      'query($text: String) { neighbourhoodBoards(filter: { nameContains: $text }) { totalCount } }',
      { text: 'a\u0000b' },
    );
    expect(nul.status).toBe(400);
    const escaped = await graphql(
      gateway.url,
      '{ neighbourhoodBoards(filter: { nameContains: "a\\u0000b" }) { totalCount } }',
    );
    expect(escaped.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // A backslash followed by "u0000" is ordinary text, not a NUL.
    const backslash = await graphql(
      gateway.url,
      'query($text: String) { neighbourhoodBoards(filter: { nameContains: $text }) { totalCount } }',
      { text: 'a\\u0000b' },
    );
    expect(backslash).toMatchObject({
      status: 200,
      data: { neighbourhoodBoards: { totalCount: 0 } },
    });
    expect(nul.errors?.[0]).toMatchObject({
      message: expect.stringContaining(
        'Text arguments must not contain the NUL character (U+0000)',
      ),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('masks a subgraph that refuses the gateway, without showing its address', async () => {
    const guarded = await startSubgraph({
      module: neighbourhoodBoardsModule,
      database: database.open<NeighbourhoodBoardsDatabase>(neighbourhoodBoardsModule.schema),
      port: 0,
      logger: createLogger('test', 'silent'),
      sharedSecret: 'a-secret-the-gateway-does-not-know',
    });
    const misconfigured = await startTestGateway({
      ...graph.subgraphs,
      'neighbourhood-boards': guarded,
    });
    try {
      const response = await graphql(misconfigured.url, '{ neighbourhoodBoards { totalCount } }');
      expect(response.errors).toEqual([
        {
          message: 'Internal server error: the failure was logged',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      expect(JSON.stringify(response)).not.toContain(guarded.url);
    } finally {
      await misconfigured.stop();
      await guarded.stop();
    }
  });

  it('gives the council and an error when the boards subgraph is down', async () => {
    const partial = await graph.gatewayWithDown('neighbourhood-boards');
    try {
      const { data, errors } = await graphql(
        partial.url,
        '{ council(code: "HYN") { name neighbourhoodBoards { totalCount } } }',
      );
      expect(data!.council).toEqual({ name: 'Hyndburn', neighbourhoodBoards: null });
      expect(errors?.length).toBeGreaterThan(0);
    } finally {
      await partial.stop();
    }
  });
});
