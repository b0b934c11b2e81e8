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
import type { DatasetLoader } from '../../kit/ingest/loader';
import type { Problem } from '../../kit/ingest/problems';
import type { SourceDescriptor } from '../../kit/types/source';
import { syncRecords } from '../../kit/ingest/sync';
import { decileOf } from '../../kit/types/deprivation';
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

/** One loader per IMD edition; both write `councils.deprivation`, each only its own edition. */
export function deprivationLoader(
  source: SourceDescriptor,
  edition: ImdEdition,
  columns: DeprivationColumns,
): DatasetLoader {
  const shape: Record<string, z.ZodTypeAny> = {
    [columns.code]: gssCode(),
    [columns.rankOfAverageScore]: positiveInteger(),
    [columns.averageScore]: decimal(),
    [columns.proportionMostDeprived]: optionalDecimal(),
  };
  if (columns.name) shape[columns.name] = optionalText();
  if (columns.averageRank) shape[columns.averageRank] = optionalDecimal();
  if (columns.rankOfAverageRank) shape[columns.rankOfAverageRank] = optionalInteger();
  const rowSchema = z.object(shape);
  type Row = Record<string, string | number | null>;

  return {
    source,
    requiredColumns: Object.keys(shape),
    rowSchema,
    check: async (db, records, file) => {
      const codes = records.map((r) => (r.row as Row)[columns.code] as string);
      const known = new Set(
        (
          await db.selectFrom('council').select('gss_code').where('gss_code', 'in', codes).execute()
        ).map((c) => c.gss_code),
      );
      const problems: Problem[] = duplicateKeys(
        file,
        records,
        columns.code,
        (row) => (row as Row)[columns.code] as string,
      );
      if (records.length > columns.rankedAmong) {
        problems.push({
          file,
          line: 0,
          reason: `${records.length} rows, but the edition ranks only ${columns.rankedAmong} districts`,
        });
      }
      for (const { line, row } of records) {
        const r = row as Row;
        if (!known.has(r[columns.code])) {
          problems.push({
            file,
            line,
            column: columns.code,
            reason: `"${r[columns.code]}" is not the GSS code of a council in the register`,
          });
        }
        if ((r[columns.rankOfAverageScore] as number) > columns.rankedAmong) {
          problems.push({
            file,
            line,
            column: columns.rankOfAverageScore,
            reason: `rank ${r[columns.rankOfAverageScore]} is beyond the ${columns.rankedAmong} districts the edition ranks`,
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
        rows: records.map(({ row }) => {
          const r = row as Row;
          const rank = r[columns.rankOfAverageScore] as number;
          return {
            edition,
            council_id: r[columns.code] as string,
            area_code: r[columns.code] as string,
            area_name: columns.name ? (r[columns.name] as string | null) : null,
            rank_of_average_score: rank,
            average_score: r[columns.averageScore] as number,
            rank_of_average_rank: columns.rankOfAverageRank
              ? (r[columns.rankOfAverageRank] as number | null)
              : null,
            average_rank: columns.averageRank ? (r[columns.averageRank] as number | null) : null,
            proportion_most_deprived_10pct: r[columns.proportionMostDeprived] as number | null,
            ranked_among: columns.rankedAmong,
            decile: decileOf(rank, columns.rankedAmong),
            source_id: source.id,
          };
        }),
        runId: run.id,
        now: run.startedAt,
      }),
  };
}
