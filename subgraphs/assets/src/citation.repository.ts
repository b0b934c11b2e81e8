import type { Kysely } from 'kysely';
import { CITATION_COLUMNS } from './citation.table';
import type { AssetsDatabase, CitationRow } from './database';

export const findCitationsByIds = (
  db: Kysely<AssetsDatabase>,
  ids: readonly string[],
): Promise<CitationRow[]> =>
  db.selectFrom('citation').select(CITATION_COLUMNS).where('id', 'in', ids).execute();
