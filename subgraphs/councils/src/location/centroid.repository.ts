import type { Kysely } from 'kysely';
import type { CentroidRow, CouncilsDatabase } from '../database';

/** The centre of a postcode or of an outward code (`SW1A 1AA`, `SW1A`), or null. */
export const findCentroid = async (
  db: Kysely<CouncilsDatabase>,
  code: string,
): Promise<CentroidRow | null> =>
  (await db
    .selectFrom('postcode_centroid')
    .select(['code', 'kind', 'latitude', 'longitude', 'postcode_count', 'source_id'])
    .where('code', '=', code)
    .executeTakeFirst()) ?? null;
