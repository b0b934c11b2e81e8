import { assetsModule } from '../../subgraphs/assets/module';
import type { AssetsDatabase } from '../../subgraphs/assets/src/database';
import type { AssetsContext } from '../../subgraphs/assets/src/loaders';
import type { RunningService } from '../../platform/http/service';
import { graphql, startTestGraph, startTestSubgraph, type TestGraph } from '../support/services';

const MORATORIUM = `query($asOf: LocalDate) { asset(id: "FIX-ACV-MORATORIUM", asOf: $asOf) {
  status { status }
  moratorium { regime stage startsOn daysRemaining bidRequestedOn rightOfFirstRefusal
    interimEndsOn { date rule } fullEndsOn { date rule } endsOn { date } protectedUntil { date rule } } } }`;

describe('Assets of Community Value through the gateway (fixtures)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());
  const ask = (query: string, variables?: Record<string, unknown>) =>
    graphql(graph.gateway.url, query, variables);

  it.each([
    // Notice received 2025-03-03; a group asked to bid on 2025-04-10, inside the 6 weeks.
    ['2025-03-02', null],
    ['2025-03-03', { stage: 'INTERIM', daysRemaining: 42 }],
    // Before the request, the interim period is all there is.
    ['2025-04-01', { stage: 'INTERIM', daysRemaining: 13 }],
    // Once it is received, the full moratorium: 6 months beginning with the notice.
    ['2025-04-10', { stage: 'INTERIM', daysRemaining: 146 }],
    ['2025-05-01', { stage: 'FULL', daysRemaining: 125 }],
    ['2025-09-02', { stage: 'FULL', daysRemaining: 1 }],
    ['2025-09-03', { stage: 'PROTECTED', daysRemaining: 365 }],
    ['2026-09-03', { stage: 'ENDED', daysRemaining: null }],
  ])(
    'computes the moratorium as it stood on %s (Localism Act 2011 s.95)',
    async (asOf, expected) => {
      const { data, errors } = await ask(MORATORIUM, { asOf });
      expect(errors).toBeUndefined();
      if (expected === null) return expect(data!.asset.moratorium).toBeNull();
      expect(data!.asset.moratorium).toMatchObject({
        regime: 'LOCALISM_ACT_2011',
        startsOn: '2025-03-03',
        interimEndsOn: { date: '2025-04-13', rule: expect.stringContaining('s.95(6)(a)') },
        protectedUntil: { date: '2026-09-02', rule: expect.stringContaining('s.95(6)(c)') },
        rightOfFirstRefusal: false,
        ...expected,
      });
    },
  );

  it('gives the listing end, the decision due date and the rules they come from', async () => {
    const { data, errors } = await ask(`{
      listed: asset(id: "FIX-ACV-MORATORIUM") { listingExpiresOn { date rule } decisionDueOn { date rule } }
      pending: asset(id: "FIX-ACV-PENDING", asOf: "2026-11-27") { status { status qualifier since knownFrom basis } decisionDueOn { date rule } } }`);
    expect(errors).toBeUndefined();
    expect(data!.listed).toEqual({
      listingExpiresOn: { date: '2029-01-14', rule: expect.stringContaining('s.87(3)') },
      decisionDueOn: { date: '2024-01-26', rule: expect.stringContaining('reg 7') },
    });
    expect(data!.pending).toEqual({
      status: {
        status: 'NOMINATED',
        qualifier: 'decision pending in copy',
        since: '2026-10-01',
        knownFrom: '2026-10-01',
        basis: 'event:nominated',
      },
      decisionDueOn: { date: '2026-11-26', rule: expect.stringContaining('reg 7') },
    });
  });

  it('filters the register by council, status, moratorium and distance, as it stood on a day', async () => {
    const query = `query($asOf: LocalDate, $filter: AssetFilter) { assets(asOf: $asOf, filter: $filter) { totalCount nodes { id } } }`;
    const ids = async (asOf: string, filter: Record<string, unknown>) => {
      const { data, errors } = await ask(query, { asOf, filter });
      expect(errors).toBeUndefined();
      return data!.assets.nodes.map((n: { id: string }) => n.id);
    };
    const welwyn = { councilId: 'E07000241' };
    expect(await ids('2025-05-01', { ...welwyn, inMoratorium: true })).toEqual([
      'FIX-ACV-MORATORIUM',
    ]);
    expect(await ids('2025-10-01', { ...welwyn, inMoratorium: true })).toEqual([]);
    expect(await ids('2025-05-01', { moratoriumEndsBefore: '2025-09-03' })).toEqual([
      'FIX-ACV-MORATORIUM',
    ]);
    expect(await ids('2026-11-27', { ...welwyn, status: ['LISTED'] })).toEqual([
      'FIX-ACV-MORATORIUM',
    ]);
    // Chequers Inn was listed from 2021-05-19 to 2026-05-18 (five years, s.87(3)).
    expect(await ids('2024-01-01', { ...welwyn, status: ['LISTED'] })).toEqual(['WHA-ACV-2021-01']);
    expect(await ids('2020-01-01', welwyn)).toEqual([]);
    expect(await ids('2026-01-01', { expiringBefore: '2026-06-01' })).toEqual(['WHA-ACV-2021-01']);
    expect(await ids('2026-11-27', { near: { latitude: 51.83, longitude: -0.21, km: 2 } })).toEqual(
      ['FIX-ACV-MORATORIUM'],
    );
    expect(await ids('2026-11-27', { near: { latitude: 51.83, longitude: -0.21, km: 5 } })).toEqual(
      ['WHA-ACV-2021-01', 'FIX-ACV-MORATORIUM'],
    );
  });

  it('joins councils, organisations, and the grants that bought an asset across the graph', async () => {
    const { data, errors } = await ask(`{
      council(id: "E06000060") { name assets(asOf: "2026-11-27") { nodes { id successionNote council { id } } } }
      asset(id: "FIX-ACV-MORATORIUM") { nominatingGroup { name organisation { id name } } }
      organisation(id: "accrington-town-co-op") { nominatedAssets { nodes { id } } } }`);
    expect(errors).toBeUndefined();
    expect(data!.council.assets.nodes).toEqual([
      {
        id: 'FIX-ACV-AYLESBURY',
        council: { id: 'E06000060' },
        successionNote: expect.stringMatching(
          /^Listed by Aylesbury Vale District Council \(E07000004\), which ended on 2020-03-31 .*; its list is now held by Buckinghamshire Council\.$/,
        ),
      },
    ]);
    expect(data!.asset).toEqual({
      nominatingGroup: {
        name: 'Friends of the Fixture Arms',
        organisation: { id: 'accrington-town-co-op', name: expect.any(String) },
      },
    });
    expect(data!.organisation.nominatedAssets.nodes).toEqual([{ id: 'FIX-ACV-MORATORIUM' }]);
  });

  it("lists an organisation's owned assets in the order asked", async () => {
    const owned = async (orderBy: string) => {
      const { data, errors } = await ask(`{
        organisation(id: "accrington-community-energy") {
          ownedAssets(asOf: "2026-11-27", orderBy: ${orderBy}) { totalCount nodes { id name owner } }
        } }`);
      expect(errors).toBeUndefined();
      return data!.organisation.ownedAssets;
    };
    // The pending nomination (2026-10-01) is known by then; both rows name this owner.
    const byName = await owned('{ field: NAME, direction: ASC }');
    expect(byName.nodes).toEqual([
      { id: 'WHA-ACV-2021-01', name: 'Chequers Inn', owner: expect.stringMatching(/^Accrington/) },
      {
        id: 'FIX-ACV-PENDING',
        name: 'Welwyn Library',
        owner: expect.stringMatching(/^Accrington/),
      },
    ]);
    expect((await owned('{ field: NAME, direction: DESC }')).nodes).toEqual(
      [...byName.nodes].reverse(),
    );
    expect(
      (await owned('{ field: ID, direction: ASC }')).nodes.map((n: { id: string }) => n.id),
    ).toEqual(['FIX-ACV-PENDING', 'WHA-ACV-2021-01']);
  });

  it('serves the change feed in the order events happened', async () => {
    const { data, errors } = await ask(
      '{ assetEvents(since: "2025-01-01", first: 10) { totalCount nodes { kind occurredOn asset { id } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.assetEvents.nodes.map((e: { occurredOn: string }) => e.occurredOn)).toEqual(
      [...data!.assetEvents.nodes.map((e: { occurredOn: string }) => e.occurredOn)].sort(),
    );
    expect(data!.assetEvents.nodes).toContainEqual({
      kind: 'BID_REQUESTED',
      occurredOn: '2025-04-10',
      asset: { id: 'FIX-ACV-MORATORIUM' },
    });
  });
});

describe('Assets under the Community Right to Buy, in force from 2025-01-01', () => {
  let graph: TestGraph;
  let assets: RunningService;
  beforeAll(async () => {
    graph = await startTestGraph();
    // The same data served under other clock settings: the regime follows the notice's day.
    assets = await startTestSubgraph<AssetsDatabase, AssetsContext>(
      {
        ...assetsModule,
        createContext: (db, scope) => ({
          ...assetsModule.createContext(db, scope),
          settings: { communityRightToBuyCommencesOn: '2025-01-01' },
        }),
      },
      graph.database,
    );
  });
  afterAll(async () => {
    await assets?.stop();
    await graph?.stop();
  });

  it('gives a notice received after commencement the 12-month moratorium and a right of first refusal', async () => {
    const { data, errors } = await graphql(assets.url, MORATORIUM, { asOf: '2025-05-01' });
    expect(errors).toBeUndefined();
    expect(data!.asset.moratorium).toMatchObject({
      regime: 'COMMUNITY_RIGHT_TO_BUY',
      stage: 'FULL',
      endsOn: { date: '2026-03-02' },
      rightOfFirstRefusal: true,
    });
  });
});
