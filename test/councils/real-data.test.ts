import { councilsModule } from '../../subgraphs/councils/module';
import type { RunningService } from '../../platform/http/service';
import { copyDatabase, type TestDatabase } from '../support/databases';
import { graphql, startTestSubgraph } from '../support/services';
import { readRealCsv } from '../support/real-data';

const readCsv = readRealCsv;

interface ApiCouncil {
  id: string;
  code: string;
  gssCode: string | null;
  name: string;
  officialName: string;
  kindName: string;
  regionName: string | null;
  active: boolean;
  endDate: string | null;
  population: { count: number } | null;
  strategicAuthority: { id: string } | null;
  county: { code: string } | null;
  successors: { code: string }[];
  deprivation: {
    edition: string;
    areaCode: string;
    rankOfAverageScore: number;
    averageScore: number;
  }[];
}

/** Every council the API serves, read through the subgraph's own paging. */
async function allCouncils(url: string): Promise<Map<string, ApiCouncil>> {
  const councils = new Map<string, ApiCouncil>();
  let after: string | null = null;
  do {
    const {
      data,
      errors,
    }: {
      data?: {
        councils: { nodes: ApiCouncil[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
      };
      errors?: unknown;
    } = await graphql(
      url,
      `
        query ($after: String) {
          councils(first: 100, after: $after) {
            nodes {
              id
              code
              gssCode
              name
              officialName
              kindName
              regionName
              active
              endDate
              population {
                count
              }
              strategicAuthority {
                id
              }
              county {
                code
              }
              successors {
                code
              }
              deprivation {
                edition
                areaCode
                rankOfAverageScore
                averageScore
              }
            }
            pageInfo {
              endCursor
              hasNextPage
            }
          }
        }
      `,
      { after },
    );
    expect(errors).toBeUndefined();
    for (const council of data!.councils.nodes) councils.set(council.code, council);
    after = data!.councils.pageInfo.hasNextPage ? data!.councils.pageInfo.endCursor : null;
  } while (after);
  return councils;
}

describe('the API states what the source files say, exactly', () => {
  let database: TestDatabase;
  let subgraph: RunningService;
  let councils: Map<string, ApiCouncil>;

  beforeAll(async () => {
    database = await copyDatabase('real');
    subgraph = await startTestSubgraph(councilsModule, database);
    councils = await allCouncils(subgraph.url);
  });
  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('every register row: names, codes, kind, region, status, population, authority, county, successors', () => {
    const register = readCsv('uk_local_authorities.csv').filter(
      (row) => !['COMB', 'SRA'].includes(row['local-authority-type']),
    );
    expect(councils.size).toBe(register.length);
    for (const row of register) {
      const council = councils.get(row['local-authority-code'])!;
      expect({
        code: council.code,
        id: council.id,
        gss: council.gssCode,
        name: council.name,
        official: council.officialName,
        kind: council.kindName,
        region: council.regionName,
        active: council.active,
        end: council.endDate,
        population: council.population?.count ?? null,
        authority: council.strategicAuthority?.id ?? null,
        county: council.county?.code ?? null,
        successors: council.successors.map((s) => s.code).sort(),
      }).toEqual({
        code: row['local-authority-code'],
        id: row['gss-code'] || row['local-authority-code'],
        gss: row['gss-code'] || null,
        name: row['nice-name'].trim(), // the register has a trailing space or two; we trim cells
        official: row['official-name'].trim(),
        kind: row['local-authority-type-name'],
        region: row.region || null,
        active: row['current-authority'] === 'True',
        end: row['end-date'] || null,
        population: row['pop-2020'] ? Number.parseInt(row['pop-2020'], 10) : null,
        authority: row['combined-authority'] || null,
        county: row['county-la'] || null,
        successors: row['replaced-by'].split(',').filter(Boolean).sort(),
      });
    }
  });

  it.each([
    [
      'imd2025_england_la_summary.csv',
      'IMD_2025',
      'lad24_code',
      'imd_rank_of_average_score',
      'imd_average_score',
    ],
    [
      'imd2019_england_la_summary.csv',
      'IMD_2019',
      'lad19_code',
      'imd_rank_of_average_score_derived',
      'imd_average_score',
    ],
  ])('every row of %s: rank and score', (file, edition, codeColumn, rankColumn, scoreColumn) => {
    const byGss = new Map([...councils.values()].map((c) => [c.gssCode, c]));
    const rows = readCsv(file);
    for (const row of rows) {
      const figures = byGss.get(row[codeColumn])!.deprivation.find((d) => d.edition === edition);
      expect(figures).toEqual({
        edition,
        areaCode: row[codeColumn],
        rankOfAverageScore: Number(row[rankColumn]),
        averageScore: Number(row[scoreColumn]),
      });
    }
    const covered = [...councils.values()].filter((c) =>
      c.deprivation.some((d) => d.edition === edition),
    );
    expect(covered).toHaveLength(rows.length);
  });

  it('every combined authority with its members', async () => {
    const { data } = await graphql(
      subgraph.url,
      '{ strategicAuthorities(first: 100) { totalCount nodes { id gssCode name members { code } } } }',
    );
    const authorities = readCsv('combined_authorities.csv');
    expect(data!.strategicAuthorities.totalCount).toBe(authorities.length);
    for (const row of authorities) {
      const authority = data!.strategicAuthorities.nodes.find(
        (a: { id: string }) => a.id === row.ca_code,
      );
      expect({
        gss: authority.gssCode,
        name: authority.name,
        members: authority.members.map((m: { code: string }) => m.code).sort(),
      }).toEqual({
        gss: row.gss_code,
        name: row.official_name,
        members: row.member_codes.split(';').sort(),
      });
    }
  });
});
