import type { Kysely } from 'kysely';
import type { AssetsDatabase, CitationRow } from './database';

export const findCitationsByIds = (
  db: Kysely<AssetsDatabase>,
  ids: readonly string[],
): Promise<CitationRow[]> => db.selectFrom('citation').selectAll().where('id', 'in', ids).execute();
