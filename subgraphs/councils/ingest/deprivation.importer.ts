import { z } from 'zod';
import { duplicateKeys } from '../../kit/ingest/csv';
import {
  decimal,
  gssCode,
  optionalDecimal,
  optionalInteger,
  optionalText,
  positiveInteger,
} from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import type { Problem } from '../../kit/ingest/problems';
import type { SourceDescriptor } from '../../kit/types/source';
import { syncRecords } from '../../kit/ingest/sync';
import { decileOf } from '../../kit/types/deprivation';
import type { CouncilsDatabase } from '../src/database';
import { ImdEdition } from '../src/deprivation/imd-edition.enum';

/** Where each fact sits in one edition's file; the editions name their columns differently. */
interface DeprivationColumns {
  /** Districts the edition ranks (296 in 2025, 317 in 2019): ranks run from 1 to this. */
  rankedAmong: number;
  code: string;
  name?: string;
  rankOfAverageScore: string;
  averageScore: string;
  proportionMostDeprived: string;
  averageRank?: string;
  rankOfAverageRank?: string;
}

/** One edition's row, under the names this code uses whatever the file calls its columns. */
interface DeprivationRow {
  code: string;
  name: string | null;
  rankOfAverageScore: number;
  averageScore: number;
  proportionMostDeprived: number | null;
  averageRank: number | null;
  rankOfAverageRank: number | null;
}

type Cell = string | number | null;
/** The cells of a checked row are what their schemas made them: these only narrow the type. */
const numberIn = (cell: Cell | undefined): number | null =>
  typeof cell === 'number' ? cell : null;
const textIn = (cell: Cell | undefined): string | null => (typeof cell === 'string' ? cell : null);

/** One importer per IMD edition; both write `councils.deprivation`, each only its own edition. */
export function deprivationImporter(
  source: SourceDescriptor,
  edition: ImdEdition,
  columns: DeprivationColumns,
): DatasetImporter<CouncilsDatabase, DeprivationRow> {
  const shape: Record<string, z.ZodType<Cell, z.ZodTypeDef, unknown>> = {
    [columns.code]: gssCode(),
    [columns.rankOfAverageScore]: positiveInteger(),
    [columns.averageScore]: decimal(),
    [columns.proportionMostDeprived]: optionalDecimal(),
  };
  if (columns.name) shape[columns.name] = optionalText();
  if (columns.averageRank) shape[columns.averageRank] = optionalDecimal();
  if (columns.rankOfAverageRank) shape[columns.rankOfAverageRank] = optionalInteger();
  const rowSchema = z.object(shape).transform(
    (cells): DeprivationRow => ({
      code: textIn(cells[columns.code]) ?? '',
      name: columns.name ? textIn(cells[columns.name]) : null,
      rankOfAverageScore: numberIn(cells[columns.rankOfAverageScore]) ?? 0,
      averageScore: numberIn(cells[columns.averageScore]) ?? 0,
      proportionMostDeprived: numberIn(cells[columns.proportionMostDeprived]),
      averageRank: columns.averageRank ? numberIn(cells[columns.averageRank]) : null,
      rankOfAverageRank: columns.rankOfAverageRank
        ? numberIn(cells[columns.rankOfAverageRank])
        : null,
    }),
  );

  return {
    source,
    requiredColumns: Object.keys(shape),
    rowSchema,
    check: async (db, records, file) => {
      const codes = records.map(({ row }) => row.code);
      const known = new Set(
        (
          await db.selectFrom('council').select('gss_code').where('gss_code', 'in', codes).execute()
        ).map((c) => c.gss_code),
      );
      const problems: Problem[] = duplicateKeys(file, records, columns.code, (row) => row.code);
      if (records.length > columns.rankedAmong) {
        problems.push({
          file,
          line: 0,
          reason: `${records.length} rows, but the edition ranks only ${columns.rankedAmong} districts`,
        });
      }
      for (const { line, row } of records) {
        if (!known.has(row.code)) {
          problems.push({
            file,
            line,
            column: columns.code,
            reason: `"${row.code}" is not the GSS code of a council in the register`,
          });
        }
        if (row.rankOfAverageScore > columns.rankedAmong) {
          problems.push({
            file,
            line,
            column: columns.rankOfAverageScore,
            reason: `rank ${row.rankOfAverageScore} is beyond the ${columns.rankedAmong} districts the edition ranks`,
          });
        }
      }
      return problems;
    },
    write: (trx, records, run) =>
      syncRecords(trx, {
        table: 'deprivation',
        key: ['edition', 'council_id'],
        scope: { edition },
        rows: records.map(({ row }) => ({
          edition,
          council_id: row.code,
          area_code: row.code,
          area_name: row.name,
          rank_of_average_score: row.rankOfAverageScore,
          average_score: row.averageScore,
          rank_of_average_rank: row.rankOfAverageRank,
          average_rank: row.averageRank,
          proportion_most_deprived_10pct: row.proportionMostDeprived,
          ranked_among: columns.rankedAmong,
          decile: decileOf(row.rankOfAverageScore, columns.rankedAmong),
          source_id: source.id,
        })),
        runId: run.id,
        now: run.startedAt,
      }),
  };
}
