import type { CouncilsDatabase } from '../src/database';
import { z } from 'zod';
import { text } from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import type { Problem } from '../../kit/ingest/problems';
import { syncRecords } from '../../kit/ingest/sync';
import { normaliseName } from '../src/council-name/normalise-name';
import { nameLookupSource } from '../src/sources';

const rowSchema = z.object({ 'la-name': text(), 'local-authority-code': text() });

/** The register's many spellings of council names → `councils.council_name`. */
export const nameLookupImporter: DatasetImporter<CouncilsDatabase, z.output<typeof rowSchema>> = {
  source: nameLookupSource,
  rowSchema,
  check: async (db, records, file) => {
    const councils = await db.selectFrom('council').select('code').execute();
    const authorities = await db.selectFrom('strategic_authority').select('id as code').execute();
    const known = new Set([...councils, ...authorities].map((c) => c.code));
    const problems: Problem[] = [];
    for (const { line, row } of records) {
      if (!known.has(row['local-authority-code'])) {
        problems.push({
          file,
          line,
          column: 'local-authority-code',
          reason: `"${row['local-authority-code']}" is not a code in the register`,
        });
      }
    }
    return problems;
  },
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'council_name',
      key: ['name', 'council_code'],
      // The upstream file repeats a few identical pairs (e.g. "Dorset Council", DST); one is kept.
      rows: [
        ...new Map(
          records.map(({ row }) => [`${row['la-name']}|${row['local-authority-code']}`, row]),
        ).values(),
      ].map((row) => ({
        name: row['la-name'],
        council_code: row['local-authority-code'],
        normalised_name: normaliseName(row['la-name']),
        source_id: nameLookupSource.id,
      })),
      runId: run.id,
      now: run.startedAt,
    }),
};
