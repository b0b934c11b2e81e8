import type { FundingDatabase } from '../src/database';
import { z } from 'zod';
import { Confidence } from '../../kit/types/confidence.enum';
import { duplicateKeys } from '../../kit/ingest/csv';
import { enumValues, oneOf, optionalWebAddress, text } from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { syncRecords } from '../../kit/ingest/sync';
import { grantCrosswalkSource } from '../src/sources';
import { unknownFundingReferences } from './references';

const rowSchema = z.object({
  grant_id: text(),
  link: oneOf(['asset', 'organisation'] as const),
  // Asset ids are record ids of the ACV register file (`CHW-ACV-H-01`); organisation ids are
  // slugs. Their existence is the owning subgraph's business, joined in the graph.
  target_id: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9]+([-_][A-Za-z0-9]+)*$/,
      'must be an asset record id or an organisation slug',
    ),
  confidence: oneOf(enumValues(Confidence)),
  reason: text(),
  evidence_url: optionalWebAddress(),
});

/**
 * `grant_crosswalk.csv` → `funding.grant_link`: the documented links from a grant to the Asset
 * of Community Value it helped buy or to the Organisation that received it, each made by a
 * person reading both records, with a confidence and a reason. Loaded after every grants file:
 * each link must name a loaded grant.
 */
export const grantCrosswalkImporter: DatasetImporter<
  FundingDatabase,
  z.output<typeof rowSchema>
> = {
  source: grantCrosswalkSource,
  rowSchema,
  check: async (db, records, file) => [
    ...duplicateKeys(
      file,
      records,
      'target_id',
      (row) => `${row.grant_id} → ${row.link} ${row.target_id}`,
    ),
    ...(await unknownFundingReferences(
      db,
      records,
      file,
      'grant_id',
      'grant',
      (row) => row.grant_id,
    )),
  ],
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'grant_link',
      key: ['grant_id', 'target_type', 'target_id'],
      rows: records.map(({ row }) => ({
        grant_id: row.grant_id,
        target_type: row.link,
        target_id: row.target_id,
        confidence: row.confidence,
        reason: row.reason,
        evidence_url: row.evidence_url,
        source_id: grantCrosswalkSource.id,
      })),
      runId: run.id,
      now: run.startedAt,
    }),
};
