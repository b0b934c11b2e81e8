import { graphql, startTestGraph, type TestGraph } from '../support/services';
import { readRealCsv, type CsvRow } from '../support/real-data';
import { moneyInFiles, perHead, pence, pounds, sum } from '../support/exact-money';

const filled = (rows: CsvRow[], column: string) =>
  rows.map((r) => r[column]).filter((v) => v !== '');

describe('funding through the gateway (real data)', () => {
  let graph: TestGraph;
  const impactFund = readRealCsv('pride_in_place_impact_fund_partial.csv');
  const cof = readRealCsv('community_ownership_fund_awards_partial.csv');
  const places = readRealCsv('pride_in_place_places.csv');
  const register = readRealCsv('uk_local_authorities.csv');
  const imd = readRealCsv('imd2025_england_la_summary.csv');

  /** Every amount in the files, with its council, programme and whether it is a cap. */
  const money = moneyInFiles();

  beforeAll(async () => {
    graph = await startTestGraph({ data: 'real' });
  });
  afterAll(() => graph?.stop());

  const query = async (text: string, variables?: Record<string, unknown>) => {
    const response = await graphql(graph.gateway.url, text, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  it('holds every row of the files, and says how much of each partial programme it holds', async () => {
    const data = await query(`{
      programmes(first: 20) { totalCount nodes { id coverage { expected held heldWithAmount complete } } }
      allocations { totalCount } grants { totalCount }
    }`);
    expect(data.allocations.totalCount).toBe(impactFund.length + places.length);
    expect(data.grants.totalCount).toBe(cof.length);
    const coverage = Object.fromEntries(
      data.programmes.nodes.map((p: { id: string; coverage: unknown }) => [p.id, p.coverage]),
    );
    expect(coverage.PIPIF).toEqual({ expected: 95, held: 47, heldWithAmount: 46, complete: false });
    expect(coverage.COF).toEqual({
      expected: null,
      held: 73,
      heldWithAmount: filled(cof, 'award_gbp').length,
      complete: null,
    });
    expect(coverage['PIPP-P1']).toEqual({
      expected: 75,
      held: 75,
      heldWithAmount: 75,
      complete: true,
    });
  });

  it('totals by programme equal the sums of the files, to the penny', async () => {
    const data = await query(
      '{ fundingTotals(groupBy: PROGRAMME) { key programme { name } confirmed { amount } capped { amount } total { amount } recordCount withoutAmountCount perHead { population } } }',
    );
    const expected = new Map<string, { confirmed: bigint; capped: bigint; count: number }>();
    for (const m of money) {
      const entry = expected.get(m.programme) ?? { confirmed: 0n, capped: 0n, count: 0 };
      if (m.amount) entry[m.cap ? 'capped' : 'confirmed'] += pence(m.amount);
      entry.count += 1;
      expected.set(m.programme, entry);
    }
    expect(data.fundingTotals.map((t: { key: string }) => t.key).sort()).toEqual(
      [...expected.keys()].sort(),
    );
    for (const total of data.fundingTotals) {
      const e = expected.get(total.key)!;
      expect({
        key: total.key,
        confirmed: total.confirmed.amount,
        capped: total.capped.amount,
        total: total.total.amount,
        count: total.recordCount,
        perHead: total.perHead,
      }).toEqual({
        key: total.key,
        confirmed: pounds(e.confirmed),
        capped: pounds(e.capped),
        total: pounds(e.confirmed + e.capped),
        count: e.count,
        perHead: null,
      });
    }
    // The headline figures, by hand: 46 x £1.5m, 284 caps of £20m.
    const byKey = Object.fromEntries(data.fundingTotals.map((t: { key: string }) => [t.key, t]));
    expect(byKey.PIPIF.confirmed.amount).toBe('69000000.00');
    expect(byKey.PIPIF.withoutAmountCount).toBe(1);
    expect(sum(['PIPP-P1', 'PIPP-P2', 'PIPP-EXP40'].map((id) => byKey[id].capped.amount))).toBe(
      284n * 2_000_000_000n,
    );
    expect(byKey.COF.confirmed.amount).toBe(pounds(sum(filled(cof, 'award_gbp'))));
  });

  it("totals by IMD 2025 decile equal the files, with per-head figures over each decile's residents", async () => {
    const data = await query(
      '{ fundingTotals(groupBy: IMD_2025_DECILE) { key imd2025Decile total { amount } confirmed { amount } recordCount perHead { population populationYear total { amount } confirmed { amount } } } }',
    );
    const decileOf = new Map(
      imd.map((r) => [
        r.lad24_code,
        String(Math.max(1, Math.ceil((Number(r.imd_rank_of_average_score) * 10) / 296))),
      ]),
    );
    const populationOf = new Map(
      register.map((r) => [r['gss-code'], r['pop-2020'] ? Number.parseInt(r['pop-2020'], 10) : 0]),
    );
    const expected = new Map<string | null, { total: bigint; confirmed: bigint; count: number }>();
    for (const m of money) {
      const key = decileOf.get(m.council) ?? null;
      const entry = expected.get(key) ?? { total: 0n, confirmed: 0n, count: 0 };
      if (m.amount) {
        entry.total += pence(m.amount);
        if (!m.cap) entry.confirmed += pence(m.amount);
      }
      entry.count += 1;
      expected.set(key, entry);
    }
    const decilePopulation = new Map<string, number>();
    for (const [code, decile] of decileOf)
      decilePopulation.set(
        decile,
        (decilePopulation.get(decile) ?? 0) + (populationOf.get(code) ?? 0),
      );
    expect(data.fundingTotals.map((t: { key: string | null }) => t.key)).toEqual(
      [...expected.keys()].sort((a, b) =>
        a === null ? 1 : b === null ? -1 : Number(a) - Number(b),
      ),
    );
    for (const total of data.fundingTotals) {
      const e = expected.get(total.key)!;
      const population = total.key === null ? null : decilePopulation.get(total.key)!;
      expect(total).toEqual({
        key: total.key,
        imd2025Decile: total.key === null ? null : Number(total.key),
        total: { amount: pounds(e.total) },
        confirmed: { amount: pounds(e.confirmed) },
        recordCount: e.count,
        perHead:
          population === null
            ? null
            : {
                population,
                populationYear: 2020,
                total: { amount: perHead(e.total, population) },
                confirmed: { amount: perHead(e.confirmed, population) },
              },
      });
    }
  });

  it("gives a council its allocations and grants, with per-head figures from the councils subgraph's population", async () => {
    // Manchester: an Impact Fund allocation, a phase 2 board and a Community Ownership Fund grant.
    const data = await query(`{
      council(id: "E08000003") {
        name population { count year }
        funding(asOf: "2026-11-27") {
          confirmed { amount } capped { amount } total { amount } recordCount
          perHead { population populationYear confirmed { amount } total { amount } }
          byProgramme { programme { id } total { amount } recordCount }
          allocations(first: 100) { totalCount nodes { id kind amount { amount } neighbourhoodBoard { id placeName } tranches { financialYear amount { amount } } } }
          grants { totalCount nodes { id title amountAwarded { amount } recipientOrganisation { name } beneficiaryLocation { council { name } confidence } } }
        }
      }
    }`);
    const council = data.council;
    const mine = money.filter((m) => m.council === 'E08000003');
    const confirmed = sum(mine.filter((m) => !m.cap && m.amount).map((m) => m.amount));
    const capped = sum(mine.filter((m) => m.cap).map((m) => m.amount));
    const population = council.population.count;
    expect(council.funding).toMatchObject({
      confirmed: { amount: pounds(confirmed) },
      capped: { amount: pounds(capped) },
      total: { amount: pounds(confirmed + capped) },
      recordCount: mine.length,
      perHead: {
        population,
        populationYear: council.population.year,
        confirmed: { amount: perHead(confirmed, population) },
        total: { amount: perHead(confirmed + capped, population) },
      },
    });
    expect(council.funding.allocations.totalCount).toBe(
      mine.filter((m) => m.programme !== 'COF').length,
    );
    expect(council.funding.allocations.nodes).toContainEqual({
      id: 'pipif-man',
      kind: 'CONFIRMED',
      amount: { amount: '1500000.00' },
      neighbourhoodBoard: null,
      tranches: [{ financialYear: '2025-26', amount: { amount: '750000.00' } }],
    });
    const boardAllocation = council.funding.allocations.nodes.find(
      (a: { neighbourhoodBoard: unknown }) => a.neighbourhoodBoard,
    );
    expect(boardAllocation).toMatchObject({
      kind: 'CAP',
      amount: { amount: '20000000.00' },
      tranches: [{ financialYear: '2025-26', amount: { amount: '150000.00' } }],
    });
    expect(boardAllocation.neighbourhoodBoard.placeName).toEqual(expect.any(String));
    expect(council.funding.grants.nodes).toEqual([
      expect.objectContaining({
        title: 'Healthy Me Healthy Communities CIC',
        amountAwarded: { amount: '150000.00' },
        beneficiaryLocation: { council: { name: 'Manchester' }, confidence: 'CORROBORATED' },
      }),
    ]);
    expect(
      sum(council.funding.byProgramme.map((p: { total: { amount: string } }) => p.total.amount)),
    ).toBe(confirmed + capped);
  });

  it('gives a board its allocations', async () => {
    const data = await query(
      '{ neighbourhoodBoard(id: "p1-accrington") { placeName allocations { totalCount nodes { id kind amount { amount } periodYears programme { id } council { name } } } } }',
    );
    expect(data.neighbourhoodBoard).toEqual({
      placeName: 'Accrington',
      allocations: {
        totalCount: 1,
        nodes: [
          {
            id: 'pip-p1-accrington',
            kind: 'CAP',
            amount: { amount: '20000000.00' },
            periodYears: 10,
            programme: { id: 'PIPP-P1' },
            council: { name: 'Hyndburn' },
          },
        ],
      },
    });
  });

  it('finds the grants that helped buy an asset through the crosswalk, with the confidence of each link', async () => {
    const data = await query(
      '{ grants(filter: { assetId: "CHW-ACV-H-01" }) { totalCount nodes { title amountAwarded { amount } assetLinks { asset { id } confidence reason } } } }',
    );
    expect(data.grants.totalCount).toBe(1);
    expect(data.grants.nodes[0]).toMatchObject({
      title: 'The Golden Lion, Church Road, Ashton Hayes',
      amountAwarded: { amount: '360000.00' },
      assetLinks: [{ asset: { id: 'CHW-ACV-H-01' }, confidence: 'CORROBORATED' }],
    });
    // Asset.grants, as the gateway will ask for it once the assets subgraph serves Asset.
    const entities = await graphql(
      graph.subgraphs.funding.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Asset { id grants { totalCount nodes { id } } } } }',
      {
        r: [
          { __typename: 'Asset', id: 'MEL-ACV-H-01' },
          { __typename: 'Asset', id: 'WHA-ACV-2021-01' },
        ],
      },
    );
    expect(entities.data!._entities).toEqual([
      {
        id: 'MEL-ACV-H-01',
        grants: {
          totalCount: 1,
          nodes: [
            { id: '360G-CPG-COF-the-black-horse-grimston-purchase-the-black-horse-community' },
          ],
        },
      },
      { id: 'WHA-ACV-2021-01', grants: { totalCount: 0, nodes: [] } },
    ]);
  });

  it('costs a bounded number of SQL statements per request, whatever the page size', async () => {
    const counts: number[] = [];
    for (const size of [5, 50]) {
      graph.statements.funding.reset();
      await query(
        `query($n: Int) {
          allocations(first: $n, orderBy: { field: AMOUNT, direction: DESC }) {
            totalCount
            nodes { id programme { name coverage { held } } council { name funding { total { amount } byProgramme { programme { name } } allocations { totalCount } grants { totalCount } } } neighbourhoodBoard { allocations { totalCount } } }
          }
          grants(first: $n) { nodes { id programme { name } recipient { id } assetLinks { confidence } } }
        }`,
        { n: size },
      );
      counts.push(graph.statements.funding.count);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(14);
  });
});

describe('funding through the gateway (fixtures)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  it('lists the grants an organisation received, from the crosswalk', async () => {
    const { data, errors } = await graphql(
      graph.gateway.url,
      '{ organisation(id: "accrington-community-energy") { name grantsReceived { totalCount nodes { id title recipient { id name } fundingOrganisation { name } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.organisation).toEqual({
      name: 'Accrington Community Energy (test fixture)',
      grantsReceived: {
        totalCount: 1,
        nodes: [
          {
            id: '360G-EXAMPLE-001',
            title: 'Community energy feasibility study (test fixture)',
            recipient: {
              id: 'accrington-community-energy',
              name: 'Accrington Community Energy (test fixture)',
            },
            fundingOrganisation: { name: 'Example Community Foundation (test fixture)' },
          },
        ],
      },
    });
  });

  it('filters grants by amount and date, and refuses an amount that is not pounds', async () => {
    const { data } = await graphql(
      graph.gateway.url,
      '{ grants(filter: { minAmount: "10000", awardedAfter: "2024-01-01" }, orderBy: { field: AMOUNT, direction: DESC }) { totalCount nodes { id } } }',
    );
    expect(data!.grants).toEqual({
      totalCount: 2,
      nodes: [{ id: '360G-EXAMPLE-J-001' }, { id: '360G-EXAMPLE-001' }],
    });
    const bad = await graphql(
      graph.gateway.url,
      '{ grants(filter: { minAmount: "ten" }) { totalCount } }',
    );
    expect(bad.errors?.[0]).toMatchObject({
      message: expect.stringContaining('minAmount'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
