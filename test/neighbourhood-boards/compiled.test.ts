import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database';
import { dataDirectory } from '../../platform/paths';
import { IngestValidationError } from '../../subgraphs/kit/ingest/problems';
import { runImport } from '../../subgraphs/kit/ingest/pipeline';
import { compiledMembersImporter } from '../../subgraphs/neighbourhood-boards/ingest/compiled-members.importer';
import { compiledOrganisationsImporter } from '../../subgraphs/neighbourhood-boards/ingest/compiled-organisations.importer';
import { compiledStatusImporter } from '../../subgraphs/neighbourhood-boards/ingest/compiled-status.importer';
import { neighbourhoodBoardsModule } from '../../subgraphs/neighbourhood-boards/module';
import type { NeighbourhoodBoardsDatabase } from '../../subgraphs/neighbourhood-boards/src/database';
import { copyDatabase, type TestDatabase } from '../support/databases';
import { fixtureCopy } from '../support/fixtures';
import { importEachFile, snapshotSchema } from '../support/loading';
import {
  graphql,
  startTestGateway,
  startTestSubgraph,
  type GraphQLResponse,
} from '../support/services';
import type { RunningService } from '../../platform/http/service';

const FILES = neighbourhoodBoardsModule.sources.map((source) => source.fileName);
const MEMBERS = 'neighbourhood_board_members_compiled.csv';
const STATUS = 'neighbourhood_board_status_compiled.csv';
const ORGANISATIONS = 'neighbourhood_board_organisations_compiled.csv';

const problemsOf = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestValidationError);
  return (error as IngestValidationError).problems.map(
    ({ line, column, reason }) => `${line} [${column}] ${reason}`,
  );
};

describe('board data compiled from council pages (fixtures)', () => {
  let database: TestDatabase;
  let target: Database<NeighbourhoodBoardsDatabase>;
  let db: Kysely<NeighbourhoodBoardsDatabase>;
  let files: ReturnType<typeof fixtureCopy>;

  beforeEach(async () => {
    database = await copyDatabase('empty');
    target = database.open<NeighbourhoodBoardsDatabase>('neighbourhood_boards');
    db = target.db;
    files = fixtureCopy('neighbourhood-boards', FILES);
    await importEachFile(target, neighbourhoodBoardsModule, files.path);
  });
  afterEach(() => database.drop());

  it('finds each named place\'s board, a leading "The" aside, and keeps the earlier board\'s changes as history', async () => {
    const current = await db
      .selectFrom('board_current')
      .select(['id', 'status', 'status_since'])
      .where('id', 'in', ['p1-kirkwall', 'p1-ashton-under-lyne'])
      .orderBy('id')
      .execute();
    expect(current).toEqual([
      // Only its Town Board (LTPT) was confirmed: the Neighbourhood Board is still announced.
      { id: 'p1-ashton-under-lyne', status: 'announced', status_since: '2025-03-04' },
      { id: 'p1-kirkwall', status: 'forming', status_since: '2025-05-01' },
    ]);
    const changes = await db
      .selectFrom('board_status')
      .select(['board_id', 'body', 'legal_form'])
      .where('source_id', '=', 'S-CPG-BOARD-STATUS-COMPILED')
      .orderBy('board_id')
      .execute();
    expect(changes).toEqual([
      { board_id: 'p1-ashton-under-lyne', body: 'predecessor_board', legal_form: null },
      { board_id: 'p1-kirkwall', body: 'neighbourhood_board', legal_form: null },
    ]);
  });

  it('reads a person with an organisation as a person sitting for it, known from the day the file was compiled', async () => {
    const seats = await db
      .selectFrom('membership')
      .select([
        'id',
        'board_id',
        'person_name',
        'organisation_id',
        'represents_organisation_id',
        'constituency',
        'from_date',
        'known_from',
        'body',
      ])
      .where('source_id', '=', 'S-CPG-BOARD-MEMBERS-COMPILED')
      .orderBy('id')
      .execute();
    expect(seats).toEqual([
      {
        id: 'ashton-lee-old-chair',
        board_id: 'p1-ashton-under-lyne',
        person_name: 'Lee Old',
        organisation_id: null,
        represents_organisation_id: null,
        constituency: null,
        from_date: null,
        known_from: '2026-12-04',
        body: 'predecessor_board',
      },
      {
        id: 'kirkwall-bid-member',
        board_id: 'p1-kirkwall',
        person_name: null,
        organisation_id: 'kirkwall-bid',
        represents_organisation_id: null,
        constituency: null,
        from_date: null,
        known_from: '2026-12-04',
        body: 'neighbourhood_board',
      },
      {
        id: 'kirkwall-jo-example-chair',
        board_id: 'p1-kirkwall',
        person_name: 'Jo Example',
        organisation_id: null,
        represents_organisation_id: null,
        constituency: null,
        from_date: null,
        known_from: '2026-12-04',
        body: 'neighbourhood_board',
      },
      {
        id: 'kirkwall-kim-sample-member',
        board_id: 'p1-kirkwall',
        person_name: 'Kim Sample',
        organisation_id: null,
        represents_organisation_id: 'orkney-chamber-of-commerce',
        constituency: 'councillor',
        from_date: null,
        known_from: '2026-12-04',
        body: 'neighbourhood_board',
      },
    ]);
  });

  it('reports a place the places file does not name, at its line, and writes nothing', async () => {
    const before = await snapshotSchema(db, 'neighbourhood_boards');
    files.edit(MEMBERS, (csv) =>
      csv.replace('kirkwall-bid-member,Kirkwall,', 'kirkwall-bid-member,Kirkwal,'),
    );
    expect(
      await problemsOf(runImport(target, compiledMembersImporter, files.path(MEMBERS))),
    ).toEqual([
      `4 [place_name] "Kirkwal" (Orkney Islands Council) is not a place of pride_in_place_places.csv: name it as that file does, with its council's official name, or add a reviewed alias (ingest/named-places.ts)`,
    ]);
    files.edit(STATUS, (csv) =>
      csv.replace('Kirkwall,The Orkney Islands Council', 'Kirkwall,Shetland Islands Council'),
    );
    expect(await problemsOf(runImport(target, compiledStatusImporter, files.path(STATUS)))).toEqual(
      [
        `2 [place_name] "Kirkwall" (Shetland Islands Council) is not a place of pride_in_place_places.csv: name it as that file does, with its council's official name, or add a reviewed alias (ingest/named-places.ts)`,
      ],
    );
    expect(await snapshotSchema(db, 'neighbourhood_boards')).toEqual(before);
  });

  it('refuses a registration number it cannot place in a register', async () => {
    files.edit(ORGANISATIONS, (csv) =>
      csv.replace('(test fixture),other,,', '(test fixture),other,SC012345,'),
    );
    expect(
      await problemsOf(runImport(target, compiledOrganisationsImporter, files.path(ORGANISATIONS))),
    ).toEqual([
      '3 [registration_number] cannot tell which register a number is from: give it in the contributed format (charity_number, company_number or society_number) (got "SC012345")',
    ]);
  });

  it('refuses an organisation id the contributed file already gives', async () => {
    files.edit(ORGANISATIONS, (csv) =>
      csv.replace('orkney-chamber-of-commerce,', 'hyndburn-chamber,'),
    );
    expect(
      await problemsOf(runImport(target, compiledOrganisationsImporter, files.path(ORGANISATIONS))),
    ).toEqual(['2 [organisation_id] "hyndburn-chamber" is already given by S-CPG-ORGANISATIONS']);
  });
});

/** The compiled files as committed in data/, read here directly (not through the importers). */
const committed = (file: string) =>
  parse(readFileSync(path.join(dataDirectory(), file), 'utf8'), { columns: true }) as Record<
    string,
    string
  >[];

describe('board data compiled from council pages (the committed files, through the gateway)', () => {
  let database: TestDatabase;
  let subgraph: RunningService;
  let gateway: RunningService;

  beforeAll(async () => {
    database = await copyDatabase('real');
    subgraph = await startTestSubgraph(neighbourhoodBoardsModule, database);
    gateway = await startTestGateway({ 'neighbourhood-boards': subgraph });
  });
  afterAll(async () => {
    await gateway?.stop();
    await subgraph?.stop();
    await database?.drop();
  });

  interface Seat {
    id: string;
    role: string;
    body: string;
    from: string | null;
    knownFrom: string;
    constituency: string | null;
    member: { __typename: string; name?: string; id?: string } | null;
    represents: { id: string } | null;
    sourceUrl: string;
  }
  const boardQuery = `
    query ($id: ID!) {
      neighbourhoodBoard(id: $id) {
        status
        statusSince
        chair { id member { ... on Person { name } } }
        members(first: 100) { totalCount nodes { id } }
        membershipHistory(first: 100) {
          nodes {
            id role body from knownFrom constituency sourceUrl
            member { __typename ... on Person { name } ... on Organisation { id } }
            represents { id }
          }
        }
        statusHistory { status since body legalForm sourceUrl }
      }
    }`;
  const board = async (id: string) => {
    const { data, errors } = (await graphql(gateway.url, boardQuery, { id })) as GraphQLResponse;
    expect(errors).toBeUndefined();
    return data!.neighbourhoodBoard as {
      status: string;
      statusSince: string;
      chair: { id: string; member: { name: string } } | null;
      members: { totalCount: number; nodes: { id: string }[] };
      membershipHistory: { nodes: Seat[] };
      statusHistory: { status: string; since: string; body: string; sourceUrl: string }[];
    };
  };

  it('serves every compiled seat, each on the board it names, as the page said', async () => {
    const rows = committed(MEMBERS);
    const byPlace = new Map<string, Record<string, string>[]>();
    for (const row of rows)
      byPlace.set(row.place_name, [...(byPlace.get(row.place_name) ?? []), row]);
    const boards = (
      await graphql(
        gateway.url,
        '{ neighbourhoodBoards(first: 100, filter: { phase: [PHASE_1] }) { nodes { id placeName } } }',
      )
    ).data!.neighbourhoodBoards.nodes as { id: string; placeName: string }[];
    const idOf = (place: string) =>
      boards.find(
        (b) => b.placeName === place || (place === 'Clacton' && b.placeName === 'Clacton-on-Sea'),
      )?.id;
    let served = 0;
    for (const [place, seats] of byPlace) {
      const id = idOf(place);
      expect(id).toBeDefined();
      const history = (await board(id!)).membershipHistory.nodes.filter((s) =>
        seats.some((r) => r.membership_id === s.id),
      );
      expect(history.map((s) => s.id).sort()).toEqual(seats.map((r) => r.membership_id).sort());
      for (const seat of history) {
        const row = seats.find((r) => r.membership_id === seat.id)!;
        expect(seat.sourceUrl).toBe(row.source_url);
        expect(seat.from).toBeNull();
        expect(seat.knownFrom).toBe('2026-12-04');
        expect(seat.role).toBe(row.role.toUpperCase());
        if (row.person_name) {
          expect(seat.member).toEqual({ __typename: 'Person', name: row.person_name });
          expect(seat.represents?.id ?? '').toBe(row.organisation_id);
        } else expect(seat.member).toEqual({ __typename: 'Organisation', id: row.organisation_id });
        // The compiler's label for the earlier board decides which body a seat is on.
        expect(seat.body).toBe(
          /\bLTPT\b|Long-Term Plan|Town Deal Board/i.test(row.retrieved_note)
            ? 'PREDECESSOR_BOARD'
            : 'NEIGHBOURHOOD_BOARD',
        );
        served += 1;
      }
    }
    expect(served).toBe(rows.length);
  });

  it("gives today's members and chair from the Neighbourhood Board's own seats only", async () => {
    const hastings = await board('p1-hastings');
    expect(hastings.status).toBe('CONFIRMED');
    expect(hastings.statusSince).toBe('2025-10-15');
    expect(hastings.chair?.member).toEqual({ name: 'Kevin Boorman' });
    const kilmarnock = await board('p1-kilmarnock');
    expect(kilmarnock.members.totalCount).toBe(13);
    expect(kilmarnock.chair?.member.name).toBe('Dr Fiona McKenzie OBE');
    // Irvine's 18 seats are all on its Town Board (LTPT): history, so no members today.
    const irvine = await board('p1-irvine');
    expect(irvine.members.totalCount).toBe(0);
    expect(
      irvine.membershipHistory.nodes.filter((s) => s.body === 'PREDECESSOR_BOARD'),
    ).toHaveLength(18);
    expect(irvine.chair).toBeNull();
  });

  it('keeps changes of the earlier board, and changes dated before the programme, as history', async () => {
    // Skegness: a 2024 sub-group of the Connected Coast board, before the place joined (2025-03-04).
    const skegness = await board('p1-skegness');
    expect(skegness.status).toBe('ANNOUNCED');
    expect(skegness.statusHistory).toEqual([
      expect.objectContaining({
        status: 'CONFIRMED',
        since: '2024-07-31',
        body: 'PREDECESSOR_BOARD',
      }),
    ]);
  });

  it('does not count a plan that was only scheduled as submitted', async () => {
    const ramsgate = await board('p1-ramsgate');
    expect(ramsgate.status).toBe('ANNOUNCED');
    expect(ramsgate.statusHistory).toEqual([]);
    const darwen = await board('p1-darwen');
    expect(darwen.statusHistory.map((c) => c.status)).not.toContain('PLAN_SUBMITTED');
  });

  it('moves six boards past ANNOUNCED and gives seven boards members today', async () => {
    const { data } = await graphql(
      gateway.url,
      '{ neighbourhoodBoards(first: 100, filter: { status: [FORMING, CONFIRMED, PLAN_SUBMITTED, DELIVERING, COMMUNITY_OWNED] }) { totalCount nodes { id } } }',
    );
    expect((data!.neighbourhoodBoards.nodes as { id: string }[]).map((b) => b.id).sort()).toEqual([
      'p1-accrington',
      'p1-boston',
      'p1-darlington',
      'p1-great-yarmouth',
      'p1-hastings',
      'p1-scarborough',
    ]);
    const withMembers: string[] = [];
    for (const id of [
      'p1-accrington',
      'p1-burnley',
      'p1-clacton-on-sea',
      'p1-coatbridge',
      'p1-darwen',
      'p1-hastings',
      'p1-kilmarnock',
      'p1-irvine',
      'p1-elgin',
    ])
      if ((await board(id)).members.totalCount > 0) withMembers.push(id);
    expect(withMembers).toEqual([
      'p1-accrington',
      'p1-burnley',
      'p1-clacton-on-sea',
      'p1-coatbridge',
      'p1-darwen',
      'p1-hastings',
      'p1-kilmarnock',
    ]);
  });
});
