import { z } from 'zod';
import { Currency } from '../../kit/types/currency.enum';
import { Confidence } from '../../kit/types/confidence.enum';
import {
  enumValues,
  list,
  oneOf,
  optionalGssCode,
  optionalPounds,
  optionalText,
  text,
} from '../../kit/ingest/cells';
import { Nation } from '../../kit/types/geography.enums';
import { communityOwnershipFundSource } from '../src/sources';
import { grantsFileImporter, type GrantRecord } from './grant-record';

export const COF_PROGRAMME = 'COF';
const FUNDER = 'Department for Levelling Up, Housing and Communities (now MHCLG)';

/** Stable id part from a name: lower-case ASCII words joined by hyphens, at most 64 characters. */
export function idSlug(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.length <= 64 ? words : words.slice(0, 64).replace(/-[^-]*$/, '');
}

/**
 * How the file says the council was mapped, read into a confidence: the source naming the place
 * is more than our inference from a town or parish name.
 */
function councilConfidence(label: string, gss: string | null): Confidence | null {
  if (gss === null) return null;
  return /^place given in source\b/.test(label) ? Confidence.CORROBORATED : Confidence.COMPILED;
}

const columns = z.object({
  round: optionalText(),
  window: optionalText(),
  organisation: optionalText(),
  project_name: optionalText(),
  award_gbp: optionalPounds(),
  country: oneOf(enumValues(Nation)),
  local_authority_code: optionalText(),
  la_official_name: optionalText(),
  la_gss_code: optionalGssCode(),
  la_mapping_confidence: text(),
  source_ids: list(';').refine((ids) => ids.length > 0, 'must cite at least one source'),
});

const rowSchema = columns
  .superRefine((row, context) => {
    if (!row.organisation && !row.project_name)
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['project_name'],
        message: 'an award needs an organisation or a project name',
      });
  })
  .transform((row): GrantRecord => {
    const title = row.project_name ?? row.organisation!;
    return {
      id: `360G-CPG-COF-${idSlug([row.project_name, row.organisation].filter(Boolean).join(' '))}`,
      title,
      description: null,
      currency: Currency.GBP,
      amount_gbp: row.award_gbp,
      amount_note:
        row.award_gbp === null ? 'The source gives no exact figure (see `notes`).' : null,
      award_date: null,
      recipient_org_identifier: null,
      recipient_org_name: row.organisation,
      funding_org_identifier: null,
      funding_org_name: FUNDER,
      council_id: row.la_gss_code,
      council_confidence: councilConfidence(row.la_mapping_confidence, row.la_gss_code),
      planned_start: null,
      planned_end: null,
      programme_code: COF_PROGRAMME,
      programme_title: 'Community Ownership Fund',
      round: row.round,
      award_window: row.window,
      citation_ids: row.source_ids,
      notes: row.la_mapping_confidence,
    };
  });

/**
 * `community_ownership_fund_awards_partial.csv` → `funding.grant_award`, through the same record
 * and write as a 360Giving file. The file has no identifiers: each award gets
 * `360G-CPG-COF-` and a slug of its project and organisation, stable while those names are.
 */
export const communityOwnershipFundImporter = grantsFileImporter(communityOwnershipFundSource, {
  rowSchema,
  columns: { id: 'project_name', council: 'la_gss_code' },
});
