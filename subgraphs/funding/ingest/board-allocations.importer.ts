import { z } from 'zod';
import { Confidence } from '../../kit/types/confidence.enum';
import { duplicateKeys } from '../../kit/ingest/csv';
import {
  gssCode,
  isoDate,
  oneOf,
  positiveInteger,
  pounds,
  slug,
  text,
} from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { syncRecords } from '../../kit/ingest/sync';
import { AllocationBasis, RecipientKind } from '../src/allocation/allocation.enums';
import type { FundingDatabase } from '../src/database';
import { placesFileSource } from '../src/sources';
import { financialYearOf } from './financial-year';
import { unknownFundingReferences } from './references';

/** The programme of each phase of the places file (ids of funding_programmes.csv). */
const PROGRAMME_OF_PHASE = {
  phase_1: 'PIPP-P1',
  phase_2: 'PIPP-P2',
  phase_3_expansion: 'PIPP-EXP40',
} as const;
type Phase = keyof typeof PROGRAMME_OF_PHASE;

/** Phase 2 places were paid £150,000 of their allocation early, in early 2026 (S-PIP-BIGNEWS). */
const PHASE_2_EARLY_PAYMENT = '150000.00';

const rowSchema = z.object({
  place_id: slug(),
  place_name: text(),
  phase: oneOf(Object.keys(PROGRAMME_OF_PHASE) as [Phase, ...Phase[]]),
  announced_date: isoDate(),
  la_gss_code: gssCode(),
  la_official_name: text(),
  max_funding_gbp: pounds(),
  funding_period_years: positiveInteger(),
});

/**
 * `pride_in_place_places.csv` (the file the boards subgraph loads its boards from) →
 * `funding.allocation`: each board's programme cap, "up to" £20m over 10 years. No per-place
 * schedule has been published, so these are caps, never confirmed amounts; the £150,000 paid
 * early to phase 2 places is recorded as the first tranche of the cap, not as extra money.
 */
export const boardAllocationsImporter: DatasetImporter<
  FundingDatabase,
  z.output<typeof rowSchema>
> = {
  source: placesFileSource,
  rowSchema,
  check: async (db, records, file) => [
    ...duplicateKeys(file, records, 'place_id', (row) => row.place_id),
    ...(await unknownFundingReferences(
      db,
      records,
      file,
      'phase',
      'programme',
      (row) => PROGRAMME_OF_PHASE[row.phase],
    )),
    // The allocation's council, as every other funding file's: one the register holds.
    ...(await unknownFundingReferences(
      db,
      records,
      file,
      'la_gss_code',
      'council',
      (row) => row.la_gss_code,
    )),
  ],
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'allocation',
      key: ['id'],
      scope: { source_id: placesFileSource.id },
      rows: records.map(({ row }) => {
        const early = row.phase === 'phase_2';
        return {
          id: `pip-${row.place_id}`,
          programme_id: PROGRAMME_OF_PHASE[row.phase],
          recipient_kind: RecipientKind.NEIGHBOURHOOD_BOARD,
          council_id: row.la_gss_code,
          strategic_authority_id: null,
          board_id: row.place_id,
          recipient_name: row.place_name,
          amount_gbp: row.max_funding_gbp,
          basis: AllocationBasis.CAP,
          capital_or_revenue: null,
          financial_years: [],
          period_years: row.funding_period_years,
          first_tranche_gbp: early ? PHASE_2_EARLY_PAYMENT : null,
          first_tranche_year: early ? '2025-26' : null,
          first_tranche_note: early
            ? 'Paid early (early 2026) as part of the cap, not in addition to it'
            : null,
          announced_on: row.announced_date,
          financial_year: financialYearOf(row.announced_date),
          confidence: Confidence.OFFICIAL,
          verification: 'programme rule (prospectus): up to this amount over the period',
          evidence: null,
          citation_ids: early ? ['S-PIP-P2-METHOD', 'S-PIP-BIGNEWS'] : ['S-PIP-WIREDGOV'],
          notes: null,
          source_id: placesFileSource.id,
        };
      }),
      runId: run.id,
      now: run.startedAt,
    }),
};
