import type { FundingDatabase } from '../src/database';
import { z } from 'zod';
import { Confidence } from '../../kit/types/confidence.enum';
import { duplicateKeys } from '../../kit/ingest/csv';
import { gssCode, list, optionalPounds, optionalText, text } from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { syncRecords } from '../../kit/ingest/sync';
import {
  AllocationBasis,
  CapitalOrRevenue,
  RecipientKind,
} from '../src/allocation/allocation.enums';
import { impactFundSource } from '../src/sources';
import { financialYearOf } from './financial-year';
import { missingProgramme, unknownFundingReferences } from './references';

export const IMPACT_FUND_PROGRAMME = 'PIPIF';
/** The 95 places were named in the methodology note of 25 Sep 2025 (S-PIPIF-METHOD). */
const ANNOUNCED_ON = '2025-09-25';
/** The prospectus runs the fund from Sep 2025 to Mar 2027: two financial years. */
const FINANCIAL_YEARS = ['2025-26', '2026-27'];

/**
 * The verification labels of the file, read into a confidence. Strict: a label this table does
 * not know is a load error, so a new kind of evidence is looked at by a person first.
 */
const LABELS: [RegExp, Confidence][] = [
  [/^official\b/, Confidence.OFFICIAL],
  [/^council news site$/, Confidence.OFFICIAL],
  [/^probable\b.*; corroborated by /, Confidence.CORROBORATED],
  [/^news\b/, Confidence.THIRD_PARTY],
];

const rowSchema = z.object({
  local_authority_name: text(),
  local_authority_code: z
    .string()
    .trim()
    .regex(/^[A-Z]{3,4}$/, 'must be a 3 or 4 letter register code'),
  la_gss_code: gssCode(),
  nation: text(),
  allocation_total_gbp: optionalPounds(),
  allocation_2025_26_cdel_gbp: optionalPounds(),
  evidence: optionalText(),
  verification: text().transform((label, context) => {
    const confidence = LABELS.find(([pattern]) => pattern.test(label))?.[1];
    if (!confidence) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        message:
          'is not a verification label the Impact Fund importer knows; add it to ingest/impact-fund.importer.ts with the confidence it gives',
      });
      return z.NEVER;
    }
    return { label, confidence };
  }),
  source_ids: list(';').refine((ids) => ids.length > 0, 'must cite at least one source'),
});

/**
 * `pride_in_place_impact_fund_partial.csv` → `funding.allocation`: one confirmed allocation per
 * council (the prospectus's £1.5m, capital), with the 2025-26 determination (£750,000 CDEL) as
 * its first tranche where known. Only this file's rows are replaced (`scope`).
 */
export const impactFundImporter: DatasetImporter<FundingDatabase, z.output<typeof rowSchema>> = {
  source: impactFundSource,
  rowSchema,
  check: async (db, records, file) => [
    ...duplicateKeys(file, records, 'la_gss_code', (row) => row.la_gss_code),
    ...(await unknownFundingReferences(
      db,
      records,
      file,
      'la_gss_code',
      'council',
      (row) => row.la_gss_code,
    )),
    ...(await missingProgramme(db, IMPACT_FUND_PROGRAMME, file)),
  ],
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'allocation',
      key: ['id'],
      scope: { source_id: impactFundSource.id },
      rows: records.map(({ row }) => ({
        id: `pipif-${row.local_authority_code.toLowerCase()}`,
        programme_id: IMPACT_FUND_PROGRAMME,
        recipient_kind: RecipientKind.COUNCIL,
        council_id: row.la_gss_code,
        strategic_authority_id: null,
        board_id: null,
        recipient_name: row.local_authority_name,
        amount_gbp: row.allocation_total_gbp,
        basis: AllocationBasis.CONFIRMED,
        capital_or_revenue: CapitalOrRevenue.CAPITAL,
        financial_years: FINANCIAL_YEARS,
        period_years: FINANCIAL_YEARS.length,
        first_tranche_gbp: row.allocation_2025_26_cdel_gbp,
        first_tranche_year: row.allocation_2025_26_cdel_gbp === null ? null : FINANCIAL_YEARS[0],
        first_tranche_note:
          row.allocation_2025_26_cdel_gbp === null
            ? null
            : 'Capital (CDEL) paid under the 2025-26 grant determination (Annex A)',
        announced_on: ANNOUNCED_ON,
        financial_year: financialYearOf(ANNOUNCED_ON),
        confidence: row.verification.confidence,
        verification: row.verification.label,
        evidence: row.evidence,
        citation_ids: row.source_ids,
        notes: row.allocation_total_gbp === null ? 'The source does not state the amount.' : null,
        source_id: impactFundSource.id,
      })),
      runId: run.id,
      now: run.startedAt,
    }),
};
