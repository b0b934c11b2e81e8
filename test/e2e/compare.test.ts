import { graphql, startTestGraph, type TestGraph } from '../support/services';
import { readRealCsv } from '../support/real-data';
import { moneyInFiles, pence, perHead, pounds } from '../support/exact-money';

// An independent computation from the data files (not the code under test): the register, the
// IMD 2025 summaries and the three money files, read here with csv-parse and summed in pence.

const register = readRealCsv('uk_local_authorities.csv');
const imd = new Map(readRealCsv('imd2025_england_la_summary.csv').map((r) => [r.lad24_code, r]));
const current = register.filter(
  (r) => r['current-authority'] === 'True' && r['lower-or-unitary'] === 'True',
);
const population = (r: Record<string, string>) => Number(r['pop-2020']);

/** Every amount of the money files by council (all undated or dated before today). */
function moneyByCouncil(): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const { council, amount } of moneyInFiles())
    if (council && amount) totals.set(council, (totals.get(council) ?? 0n) + pence(amount));
  return totals;
}

/** Every amount of the money files by the strategic authority of its council. */
function moneyByAuthority(): Map<string, bigint> {
  const authorityOf = new Map(
    register.filter((r) => r['gss-code']).map((r) => [r['gss-code'], r['combined-authority']]),
  );
  const totals = new Map<string, bigint>();
  for (const m of moneyInFiles()) {
    const authority = authorityOf.get(m.council);
    if (authority && m.amount)
      totals.set(authority, (totals.get(authority) ?? 0n) + pence(m.amount));
  }
  return totals;
}

/** Nearest peers by IMD 2025 score and log population, as `PeerMeasure` documents them. */
function expectedPeers(subjectId: string, first: number) {
  const pool = current
    .filter((r) => imd.has(r['gss-code']) && population(r) > 0)
    .map((r) => ({
      id: r['gss-code'],
      x: [Number(imd.get(r['gss-code'])!.imd_average_score), Math.log(population(r))],
    }));
  const sds = [0, 1].map((i) => {
    const values = pool.map((c) => c.x[i]);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
  });
  const subject = pool.find((c) => c.id === subjectId)!;
  return pool
    .filter((c) => c.id !== subjectId)
    .map((c) => ({
      id: c.id,
      distance: Math.sqrt(
        [0, 1].reduce((sum, i) => sum + ((c.x[i] - subject.x[i]) / sds[i]) ** 2, 0),
      ),
    }))
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
    .slice(0, first)
    .map((c) => ({ id: c.id, distance: Math.round(c.distance * 1e4) / 1e4 }));
}

const BLACKPOOL = 'E06000009';

describe('comparing councils: peers, groups and ranked metrics (real data)', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph({ data: 'real' });
  });
  afterAll(() => graph?.stop());

  const query = async (text: string, variables?: Record<string, unknown>) => {
    const response = await graphql(graph.gateway.url, text, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  it('finds the same nearest peers as an independent computation from the files', async () => {
    const data = await query(
      `query ($id: ID!) { council(id: $id) { peers(first: 8) { rank distance council { id } } } }`,
      { id: BLACKPOOL },
    );
    const peers = data.council.peers as {
      rank: number;
      distance: number;
      council: { id: string };
    }[];
    expect(peers.map((p) => ({ id: p.council.id, distance: p.distance }))).toEqual(
      expectedPeers(BLACKPOOL, 8),
    );
    expect(peers.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('ranks funding per head in the region to the penny, and IMD rank in England', async () => {
    const data = await query(
      `query ($id: ID!) { council(id: $id) {
        region: comparison(within: REGION) {
          id size members { councilId population }
          fundingPerHead { value unit rank of order }
        }
        england: comparison(within: ENGLAND) { size imd2025Rank { value rank of decile order } }
      } }`,
      { id: BLACKPOOL },
    );
    const region = data.council.region;
    const blackpool = register.find((r) => r['gss-code'] === BLACKPOOL)!;
    const members = current.filter((r) => r.region === blackpool.region);
    expect(region.id).toBe(`${BLACKPOOL}:REGION`);
    expect(region.size).toBe(members.length);
    expect(region.members[0]).toEqual({ councilId: BLACKPOOL, population: population(blackpool) });

    const money = moneyByCouncil();
    const values = members.map((r) => ({
      id: r['gss-code'],
      value: perHead(money.get(r['gss-code']) ?? 0n, population(r)),
    }));
    const own = values.find((v) => v.id === BLACKPOOL)!.value;
    const ahead = values.filter((v) => Number(v.value) > Number(own)).length;
    expect(region.fundingPerHead).toEqual({
      value: own,
      unit: 'GBP per resident',
      rank: ahead + 1,
      of: members.length,
      order: 'HIGHEST_FIRST',
    });

    const rank = Number(imd.get(BLACKPOOL)!.imd_rank_of_average_score);
    expect(data.council.england.imd2025Rank).toEqual({
      value: String(rank),
      rank,
      of: imd.size,
      decile: Math.ceil((10 * rank) / imd.size),
      order: 'LOWEST_FIRST',
    });
  });

  it('compares within peers, and says why a group holds only the council', async () => {
    const data = await query(
      `{ blackpool: council(id: "${BLACKPOOL}") {
           comparison(within: PEERS, first: 5) { id size members { councilId } population { rank of } }
         }
         cardiff: council(id: "W06000015") { comparison(within: ENGLAND) { size note imd2025Rank { value reason } } }
         lancashire: council(id: "E10000017") { peers { council { id } } comparison(within: PEERS) { size note } } }`,
    );
    const peers = data.blackpool.comparison;
    expect(peers.id).toBe(`${BLACKPOOL}:PEERS:IMD_2025_SCORE+POPULATION:5`);
    expect(peers.members.map((m: { councilId: string }) => m.councilId)).toEqual([
      BLACKPOOL,
      ...expectedPeers(BLACKPOOL, 5).map((p) => p.id),
    ]);
    expect(peers.population.of).toBe(6);
    expect(data.cardiff.comparison).toEqual({
      size: 1,
      note: 'Cardiff is not in England',
      imd2025Rank: { value: null, reason: expect.stringMatching(/English districts/) },
    });
    expect(data.lancashire.peers).toEqual([]);
    expect(data.lancashire.comparison).toMatchObject({
      size: 1,
      note: expect.stringMatching(/no imd 2025 score/),
    });
  });

  it('refuses bad peer arguments with 400 naming them', async () => {
    for (const [args, message] of [
      ['first: 0', /`first` must be between 1 and 50; got 0/],
      ['by: []', /`by` needs at least one measure/],
      ['by: [POPULATION, POPULATION]', /`by` names a measure twice/],
    ] as const) {
      const response = await graphql(
        graph.gateway.url,
        `{ council(id: "${BLACKPOOL}") { peers(${args}) { rank } } }`,
      );
      expect(response.status).toBe(400);
      expect(response.errors?.[0].message).toMatch(message);
    }
  });

  it("ranks the assets and boards of a region's councils over the same group", async () => {
    const doncaster = 'E08000017';
    const data = await query(
      `query ($id: ID!) { council(id: $id) { comparison(within: REGION) {
         members { councilId council { assetSummary { listed } } }
         assetsListed { value rank of } boards { value rank of }
         assetsPer10kResidents { value } moratoriaStarted { value } communityOwnedShare { value reason }
      } } }`,
      { id: doncaster },
    );
    const comparison = data.council.comparison;
    const listed = new Map(
      (
        comparison.members as { councilId: string; council: { assetSummary: { listed: number } } }[]
      ).map((m) => [m.councilId, m.council.assetSummary.listed]),
    );
    const own = listed.get(doncaster)!;
    expect(own).toBeGreaterThan(0);
    expect(comparison.assetsListed).toEqual({
      value: String(own),
      rank: [...listed.values()].filter((n) => n > own).length + 1,
      of: listed.size,
    });
    const residents = population(register.find((r) => r['gss-code'] === doncaster)!);
    expect(Number(comparison.assetsPer10kResidents.value)).toBeCloseTo(
      (own * 10_000) / residents,
      2,
    );
    expect(comparison.moratoriaStarted.value).toMatch(/^\d+$/);

    // Boards: the places of the places file whose accountable council each member is.
    const places = readRealCsv('pride_in_place_places.csv');
    const boards = new Map(
      [...listed.keys()].map((id) => [id, places.filter((p) => p.la_gss_code === id).length]),
    );
    const ownBoards = boards.get(doncaster)!;
    expect(comparison.boards).toEqual({
      value: String(ownBoards),
      rank: [...boards.values()].filter((n) => n > ownBoards).length + 1,
      of: boards.size,
    });
  });

  it('costs a bounded number of statements per subgraph for 100 councils, whatever the page size', async () => {
    const counts: Record<string, number>[] = [];
    for (const first of [10, 100]) {
      for (const counter of Object.values(graph.statements)) counter.reset();
      await query(`{ councils(first: ${first}, filter: { active: true }) { nodes {
        comparison(within: REGION) { size population { rank } fundingPerHead { rank } assetsListed { rank } boards { rank } }
      } } }`);
      counts.push(
        Object.fromEntries(Object.entries(graph.statements).map(([name, c]) => [name, c.count])),
      );
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[1].funding).toBeLessThanOrEqual(2);
    expect(counts[1].assets).toBeLessThanOrEqual(2);
    expect(counts[1]['neighbourhood-boards']).toBeLessThanOrEqual(2);
  });
});

describe('strategic authorities: devolution facts and residents (real data)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ data: 'real' });
  });
  afterAll(() => graph?.stop());

  it('gives each authority its mayor and tier as the file records them, and its residents', async () => {
    const response = await graphql(
      graph.gateway.url,
      '{ strategicAuthorities(first: 50) { nodes { id population { count year } devolution { mayoral mayorSince level mayoralSourceUrl } } } }',
    );
    expect(response.errors).toBeUndefined();
    const file = new Map(
      readRealCsv('strategic_authority_devolution.csv').map((r) => [r.ca_code, r]),
    );
    const nodes = response.data!.strategicAuthorities.nodes as {
      id: string;
      population: { count: number; year: number } | null;
      devolution: {
        mayoral: boolean;
        mayorSince: string | null;
        level: string | null;
        mayoralSourceUrl: string | null;
      } | null;
    }[];
    expect(nodes.length).toBe(file.size);
    for (const node of nodes) {
      const row = file.get(node.id)!;
      expect(node.devolution).toEqual({
        mayoral: row.mayoral === 'True',
        mayorSince: row.mayor_since || null,
        level: row.devolution_level ? row.devolution_level.toUpperCase().replace(/ /g, '_') : null,
        mayoralSourceUrl: row.mayoral_source_url || null,
      });
      const residents = current
        .filter((r) => r['combined-authority'] === node.id)
        .reduce((sum, r) => sum + population(r), 0);
      expect(node.population?.count ?? 0).toBe(residents);
    }
    const gmca = nodes.find((n) => n.id === 'GMCA')!;
    expect(gmca.devolution).toMatchObject({
      mayoral: true,
      mayorSince: '2017-05-04',
      level: 'ESTABLISHED_MAYORAL',
    });
  });

  it("totals each authority's money and assets over its member councils, as the grouped totals do", async () => {
    const response = await graphql(
      graph.gateway.url,
      `
        {
          strategicAuthorities(first: 50) {
            nodes {
              id
              funding {
                total {
                  amount
                }
                perHead {
                  population
                }
              }
              assetTotals(asOf: "2026-12-04") {
                assets
                listed
              }
            }
          }
          byAuthority: assetTotals(groupBy: STRATEGIC_AUTHORITY, asOf: "2026-12-04") {
            strategicAuthority {
              id
            }
            assets
            listed
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    const money = moneyByAuthority();
    const groups = new Map(
      (
        response.data!.byAuthority as {
          strategicAuthority: { id: string } | null;
          assets: number;
          listed: number;
        }[]
      )
        .filter((g) => g.strategicAuthority)
        .map((g) => [g.strategicAuthority!.id, { assets: g.assets, listed: g.listed }]),
    );
    for (const node of response.data!.strategicAuthorities.nodes as {
      id: string;
      funding: { total: { amount: string }; perHead: { population: number } } | null;
      assetTotals: { assets: number; listed: number } | null;
    }[]) {
      const expected = money.get(node.id);
      if (expected === undefined) expect(node.funding).toBeNull();
      else {
        expect(node.funding!.total.amount).toBe(pounds(expected));
        expect(node.funding!.perHead.population).toBe(
          current
            .filter((r) => r['combined-authority'] === node.id)
            .reduce((sum, r) => sum + population(r), 0),
        );
      }
      expect(node.assetTotals).toEqual(groups.get(node.id) ?? null);
    }
  });

  it('ranks each authority among the authorities by residents and money per head, from the files', async () => {
    const response = await graphql(
      graph.gateway.url,
      `
        {
          strategicAuthority(id: "GMCA") {
            comparison {
              size
              population {
                value
                rank
                of
              }
              fundingPerHead {
                value
                rank
                of
                median
              }
              assetsListed {
                value
                rank
                of
              }
              assetsPer10kResidents {
                value
              }
              moratoriaStarted {
                value
              }
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    const comparison = response.data!.strategicAuthority.comparison;
    const residents = new Map<string, number>();
    for (const r of current)
      if (r['combined-authority'])
        residents.set(
          r['combined-authority'],
          (residents.get(r['combined-authority']) ?? 0) + population(r),
        );
    const money = moneyByAuthority();
    const perResident = [...residents].map(([id, people]) => ({
      id,
      value: perHead(money.get(id) ?? 0n, people),
    }));
    const gmca = perResident.find((a) => a.id === 'GMCA')!;
    expect(comparison.size).toBe(residents.size);
    expect(comparison.population).toEqual({
      value: String(residents.get('GMCA')),
      rank: 1 + [...residents.values()].filter((n) => n > residents.get('GMCA')!).length,
      of: residents.size,
    });
    expect(comparison.fundingPerHead.value).toBe(gmca.value);
    expect(comparison.fundingPerHead.rank).toBe(
      1 + perResident.filter((a) => Number(a.value) > Number(gmca.value)).length,
    );
    expect(comparison.fundingPerHead.of).toBe(residents.size);
    expect(comparison.assetsListed.of).toBe(residents.size);
  });
});
