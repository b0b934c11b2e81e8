import { graphql, startTestGraph, type TestGraph } from '../support/services';
import { readRealCsv } from '../support/real-data';
import { moneyInFiles, pence, perHead, pounds } from '../support/exact-money';

// Grouped sums are checked three ways: against the files summed here in pence (not by the code
// under test), against the API's own lists (another code path), and against their own parts.

const register = readRealCsv('uk_local_authorities.csv');
const byGss = new Map(register.filter((r) => r['gss-code']).map((r) => [r['gss-code'], r]));
/** Residents of the current districts and unitaries a row of the register stands for. */
const residentsWhere = (match: (r: Record<string, string>) => boolean) =>
  register
    .filter(
      (r) => r['current-authority'] === 'True' && r['lower-or-unitary'] === 'True' && match(r),
    )
    .reduce((sum, r) => sum + (r['pop-2020'] ? Number(r['pop-2020']) : 0), 0);

const TODAY = '2026-12-04';

describe('grouped totals of money and assets, by several keys (real data)', () => {
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

  it('splits money by region and programme to the penny, with residents of each region', async () => {
    const data = await query(`{
      fundingTotals(groupBy: [REGION, PROGRAMME]) {
        key region programme { id } total { amount } recordCount
        perHead { population total { amount } }
      }
      all: fundingTotals(groupBy: PROGRAMME) { key total { amount } recordCount }
    }`);
    const expected = new Map<string, { total: bigint; count: number }>();
    for (const m of moneyInFiles()) {
      const region = byGss.get(m.council)?.region ?? '';
      const key = `${region}|${m.programme}`;
      const entry = expected.get(key) ?? { total: 0n, count: 0 };
      if (m.amount) entry.total += pence(m.amount);
      entry.count += 1;
      expected.set(key, entry);
    }
    const regionEnum = (name: string) => name.toUpperCase().replace(/ /g, '_');
    const seen = new Set<string>();
    for (const group of data.fundingTotals) {
      const [regionKey, programme] = group.key.split('|');
      const e = expected.get(group.key)!;
      expect(e).toBeDefined();
      seen.add(group.key);
      expect(group.programme.id).toBe(programme);
      expect(group.total.amount).toBe(pounds(e.total));
      expect(group.recordCount).toBe(e.count);
      if (regionKey === '') {
        expect(group.region).toBeNull();
        expect(group.perHead).toBeNull();
      } else {
        expect(group.region).toBe(regionEnum(regionKey));
        const residents = residentsWhere((r) => r.region === regionKey);
        expect(group.perHead).toEqual({
          population: residents,
          total: { amount: perHead(e.total, residents) },
        });
      }
    }
    expect([...seen].sort()).toEqual([...expected.keys()].sort());
    // Every programme's groups add up to its total by programme alone.
    for (const whole of data.all) {
      const parts = data.fundingTotals.filter(
        (g: { programme: { id: string } }) => g.programme.id === whole.key,
      );
      expect(
        pounds(
          parts.reduce(
            (s: bigint, g: { total: { amount: string } }) => s + pence(g.total.amount),
            0n,
          ),
        ),
      ).toBe(whole.total.amount);
      expect(parts.reduce((s: number, g: { recordCount: number }) => s + g.recordCount, 0)).toBe(
        whole.recordCount,
      );
    }
  });

  it('groups money by strategic authority and kind, naming the authority from the councils subgraph', async () => {
    const data = await query(`{
      fundingTotals(groupBy: [STRATEGIC_AUTHORITY, KIND]) {
        key strategicAuthority { id name } kind total { amount } perHead { population }
      }
    }`);
    const expected = new Map<string, bigint>();
    for (const m of moneyInFiles()) {
      const council = byGss.get(m.council);
      const key = `${council?.['combined-authority'] ?? ''}|${council?.['local-authority-type'] ?? ''}`;
      expected.set(key, (expected.get(key) ?? 0n) + (m.amount ? pence(m.amount) : 0n));
    }
    const manchester = data.fundingTotals.find((g: { key: string }) => g.key === 'GMCA|MD');
    expect(manchester.strategicAuthority.name).toBe('Greater Manchester Combined Authority');
    expect(manchester.kind).toBe('METROPOLITAN_DISTRICT');
    expect(manchester.perHead.population).toBe(
      residentsWhere(
        (r) => r['combined-authority'] === 'GMCA' && r['local-authority-type'] === 'MD',
      ),
    );
    const got = new Map(
      data.fundingTotals.map((g: { key: string; total: { amount: string } }) => [
        g.key,
        g.total.amount,
      ]),
    );
    expect(got).toEqual(new Map([...expected].map(([k, v]) => [k, pounds(v)])));
  });

  it('counts assets by council and status as the lists and summaries do, adding up', async () => {
    const data = await query(`{
      byCouncil: assetTotals(groupBy: COUNCIL, asOf: "${TODAY}") {
        council { id assetSummary(asOf: "${TODAY}") { listed } }
        assets listed soldToCommunity moratoriaStarted perResidents { population listedPer10k }
      }
      byStatus: assetTotals(groupBy: [STATUS], asOf: "${TODAY}") { status assets }
      byRegionYear: assetTotals(groupBy: [REGION, YEAR], asOf: "${TODAY}") { key region year assets listed }
      listed: assets(asOf: "${TODAY}", filter: { status: [LISTED] }) { totalCount }
      every: assets(asOf: "${TODAY}") { totalCount }
    }`);
    const total = (rows: { assets: number }[]) => rows.reduce((s, r) => s + r.assets, 0);
    expect(total(data.byCouncil)).toBe(data.every.totalCount);
    expect(total(data.byStatus)).toBe(data.every.totalCount);
    expect(total(data.byRegionYear)).toBe(data.every.totalCount);
    expect(data.byStatus.find((g: { status: string }) => g.status === 'LISTED').assets).toBe(
      data.listed.totalCount,
    );
    for (const group of data.byCouncil) {
      expect(group.listed).toBe(group.council.assetSummary.listed);
      const council = byGss.get(group.council.id)!;
      expect(group.perResidents.population).toBe(Number(council['pop-2020']));
      // Per 10,000 to two decimals, rounded half up: the per-head rounding of listed × 10,000.
      expect(group.perResidents.listedPer10k).toBe(
        perHead(BigInt(group.listed) * 1_000_000n, Number(council['pop-2020'])),
      );
    }
  });

  it('groups by whether a council has a mayoral strategic authority, in money and assets alike', async () => {
    const mayoralOf = new Map(
      readRealCsv('strategic_authority_devolution.csv').map((r) => [
        r.ca_code,
        r.mayoral === 'True',
      ]),
    );
    const isMayoral = (r: Record<string, string>) =>
      mayoralOf.get(r['combined-authority']) ?? false;
    const data = await query(`{
      fundingTotals(groupBy: MAYORAL) { key mayoral total { amount } perHead { population } }
      assetTotals(groupBy: [MAYORAL], asOf: "${TODAY}") { mayoral assets }
      deciles: assetTotals(groupBy: IMD_2025_DECILE, asOf: "${TODAY}") { imd2025Decile assets }
      every: assets(asOf: "${TODAY}") { totalCount }
    }`);
    const expected = new Map<string, bigint>();
    for (const m of moneyInFiles()) {
      const council = m.council ? byGss.get(m.council) : undefined;
      const key = council ? String(isMayoral(council)) : 'null';
      expected.set(key, (expected.get(key) ?? 0n) + (m.amount ? pence(m.amount) : 0n));
    }
    for (const group of data.fundingTotals) {
      expect(group.total.amount).toBe(pounds(expected.get(String(group.mayoral))!));
      if (group.mayoral !== null)
        expect(group.perHead.population).toBe(
          residentsWhere((r) => isMayoral(r) === group.mayoral),
        );
    }
    expect(
      data.fundingTotals.map((g: { mayoral: boolean | null }) => String(g.mayoral)).sort(),
    ).toEqual([...expected.keys()].sort());
    const total = (rows: { assets: number }[]) => rows.reduce((s, r) => s + r.assets, 0);
    expect(total(data.assetTotals)).toBe(data.every.totalCount);
    expect(total(data.deciles)).toBe(data.every.totalCount);
    expect(data.deciles.map((g: { imd2025Decile: number | null }) => g.imd2025Decile)).toEqual([
      ...new Set(data.deciles.map((g: { imd2025Decile: number | null }) => g.imd2025Decile)),
    ]);
  });

  it("divides by the residents of the filter's councils, and of counties when grouped by kind", async () => {
    const data = await query(`{
      inGmca: fundingTotals(groupBy: REGION, filter: { strategicAuthorityId: ["GMCA"] }) {
        region perHead { population }
      }
      byKind: fundingTotals(groupBy: KIND) { kind perHead { population } }
      blackpool: assetTotals(groupBy: MAYORAL, filter: { councilId: "E06000009" }, asOf: "${TODAY}") {
        mayoral perResidents { population }
      }
    }`);
    expect(data.inGmca).toEqual([
      {
        region: 'NORTH_WEST',
        perHead: { population: residentsWhere((r) => r['combined-authority'] === 'GMCA') },
      },
    ]);
    // Every current council of a kind: counties too (none in today's money files).
    const CODE: Record<string, string> = {
      COUNTY: 'CTY',
      NON_METROPOLITAN_DISTRICT: 'NMD',
      METROPOLITAN_DISTRICT: 'MD',
      UNITARY_AUTHORITY: 'UA',
      LONDON_BOROUGH: 'LBO',
      CITY_CORPORATION: 'CC',
      SCOTTISH_UNITARY_AUTHORITY: 'SCO',
      WELSH_UNITARY_AUTHORITY: 'WPA',
      NORTHERN_IRELAND_DISTRICT: 'NID',
    };
    const kinds = data.byKind.filter((g: { kind: string | null }) => g.kind !== null);
    expect(kinds.length).toBeGreaterThan(3);
    for (const group of kinds)
      expect(group.perHead.population).toBe(
        register
          .filter(
            (r) =>
              r['current-authority'] === 'True' && r['local-authority-type'] === CODE[group.kind],
          )
          .reduce((sum, r) => sum + (r['pop-2020'] ? Number(r['pop-2020']) : 0), 0),
      );
    for (const group of data.blackpool)
      expect(group.perResidents.population).toBe(Number(byGss.get('E06000009')!['pop-2020']));
  });

  it('refuses an empty, repeated or unknown key with a 400 that names it', async () => {
    for (const [field, args, message] of [
      ['fundingTotals', 'groupBy: []', /`groupBy` needs at least one key/],
      ['fundingTotals', 'groupBy: [REGION, REGION]', /`groupBy` names REGION twice/],
      ['assetTotals', 'groupBy: [COUNCIL, REGION, KIND, STATUS, YEAR]', /at most 4 keys; got 5/],
      ['assetTotals', 'groupBy: [POSTCODE]', /AssetGroupBy.*POSTCODE|POSTCODE.*AssetGroupBy/],
    ] as const) {
      const response = await graphql(graph.gateway.url, `{ ${field}(${args}) { key } }`);
      expect(response.status).toBe(400);
      expect(response.errors?.[0].message).toMatch(message);
    }
  });
});
