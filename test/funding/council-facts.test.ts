import { sql } from 'kysely';
import { fundingModule } from '../../subgraphs/funding/module';
import { copyDatabase, type TestDatabase } from '../support/databases';

/**
 * Funding keeps its own copy of the council facts it groups and divides by (region, population,
 * IMD 2025 decile), loaded from the same committed files as the councils subgraph. The serving
 * code never reads the councils schema; this test does, to show the two copies agree.
 */
describe("funding's copy of council facts", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await copyDatabase('real');
  });
  afterAll(() => database?.drop());

  it('agrees with the councils subgraph on every region, population and IMD 2025 decile', async () => {
    const { db } = database.open(fundingModule.schema);
    const { rows: differences } = await sql`
      select f.council_id, f.region, c.region as councils_region, f.population, c.population as councils_population
      from funding.council_fact f
      full join councils.council c on c.id = f.council_id
      where f.council_id is null or c.id is null
         or f.region is distinct from c.region
         or f.population is distinct from c.population
         or f.population_year is distinct from c.population_year`.execute(db);
    expect(differences).toEqual([]);
    const { rows: deciles } = await sql`
      select coalesce(f.council_id, c.council_id) as council_id, f.imd_2025_decile, c.decile
      from funding.council_deprivation f
      full join (select * from councils.deprivation where edition = 'IMD_2025') c
        on c.council_id = f.council_id
      where f.imd_2025_decile is distinct from c.decile`.execute(db);
    expect(deciles).toEqual([]);
    const { rows: counted } = await sql<{ n: number }>`
      select count(*)::int as n from funding.council_deprivation`.execute(db);
    expect(counted[0].n).toBe(296);
  });
});
