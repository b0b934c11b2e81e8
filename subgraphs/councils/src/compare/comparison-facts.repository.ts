import { sql, type Kysely } from 'kysely';
import type { CouncilsDatabase } from '../database';

/** What comparisons read of each current council: its tier and place, and its measures. */
export interface ComparisonFacts {
  id: string;
  name: string;
  tier: string;
  kind: string;
  nation: string;
  region: string | null;
  strategic_authority_code: string | null;
  population: number | null;
  imd_2025_score: number | null;
  imd_2025_rank: number | null;
  imd_2019_rank: number | null;
}

/** Every current council with its IMD 2025 and 2019 results: one statement. */
export async function findComparisonFacts(
  db: Kysely<CouncilsDatabase>,
): Promise<ComparisonFacts[]> {
  const { rows } = await sql<ComparisonFacts>`
    select c.id, c.name, c.tier, c.kind, c.nation, c.region, c.strategic_authority_code,
           c.population, d25.average_score as imd_2025_score,
           d25.rank_of_average_score as imd_2025_rank, d19.rank_of_average_score as imd_2019_rank
    from councils.council c
    left join councils.deprivation d25 on d25.council_id = c.id and d25.edition = 'IMD_2025'
    left join councils.deprivation d19 on d19.council_id = c.id and d19.edition = 'IMD_2019'
    where c.active
    order by c.id`.execute(db);
  return rows;
}
