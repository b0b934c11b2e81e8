import { isIsoDate } from '../../../platform/calendar';
import { z } from 'zod';
import { Confidence } from '../../kit/types/confidence.enum';
import { Currency } from '../../kit/types/currency.enum';
import { blankToNull, optionalGssCode, optionalText, pounds, text } from '../../kit/ingest/cells';
import { lineBreaks, validateRecords, type CsvResult } from '../../kit/ingest/csv';
import type { SourceDescriptor } from '../../kit/types/source';
import { grantsFileImporter, type GrantRecord } from './grant-record';

/**
 * The 360Giving fields this importer reads: the column title of the standard's CSV form, and the
 * path to the same value in a grant of its JSON form (`{"grants": [...]}`).
 */
const FIELDS: Record<string, readonly (string | number)[]> = {
  Identifier: ['identifier'],
  Title: ['title'],
  Description: ['description'],
  Currency: ['currency'],
  'Amount Awarded': ['amountAwarded'],
  'Award Date': ['awardDate'],
  'Recipient Org:Identifier': ['recipientOrganization', 0, 'id'],
  'Recipient Org:Name': ['recipientOrganization', 0, 'name'],
  'Funding Org:Identifier': ['fundingOrganization', 0, 'id'],
  'Funding Org:Name': ['fundingOrganization', 0, 'name'],
  'Beneficiary Location:Geographic Code': ['beneficiaryLocation', 0, 'geoCode'],
  'Planned Dates:Start Date': ['plannedDates', 0, 'startDate'],
  'Planned Dates:End Date': ['plannedDates', 0, 'endDate'],
  'Grant Programme:Code': ['grantProgramme', 0, 'code'],
  'Grant Programme:Title': ['grantProgramme', 0, 'title'],
};

/** The value at `path` in parsed JSON of unknown shape, or undefined where the path breaks. */
function valueAt(json: unknown, path: readonly (string | number)[]): unknown {
  let value = json;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

/** The columns the 360Giving standard requires (the others may be left out of a file). */
const REQUIRED_COLUMNS = [
  'Identifier',
  'Title',
  'Currency',
  'Amount Awarded',
  'Award Date',
  'Recipient Org:Identifier',
  'Recipient Org:Name',
  'Funding Org:Identifier',
  'Funding Org:Name',
];

/** A column the standard makes optional may be missing from the file altogether. */
const mayBeAbsent = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (value === undefined ? '' : value), schema);

/** 360Giving dates are ISO dates, sometimes with a time (`2023-12-22T00:00:00+00:00`). */
const day = () =>
  z
    .string()
    .trim()
    .regex(
      /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/,
      'must be an ISO date (YYYY-MM-DD)',
    )
    .transform((value) => value.slice(0, 10))
    .refine(isIsoDate, 'is not a real calendar date');
const optionalDay = () => mayBeAbsent(z.preprocess(blankToNull, day().nullable()));

const columns = z.object({
  Identifier: text(),
  Title: text(),
  Description: mayBeAbsent(optionalText()),
  Currency: z
    .string()
    .trim()
    .refine(
      (value): value is Currency.GBP => value === Currency.GBP,
      'must be GBP: this API serves amounts in pounds only',
    ),
  'Amount Awarded': pounds(),
  'Award Date': day(),
  'Recipient Org:Identifier': text(),
  'Recipient Org:Name': text(),
  'Funding Org:Identifier': text(),
  'Funding Org:Name': text(),
  'Beneficiary Location:Geographic Code': mayBeAbsent(optionalGssCode()),
  'Planned Dates:Start Date': optionalDay(),
  'Planned Dates:End Date': optionalDay(),
  'Grant Programme:Code': mayBeAbsent(optionalText()),
  'Grant Programme:Title': mayBeAbsent(optionalText()),
});

const rowSchema = columns.transform(
  (row): GrantRecord => ({
    id: row.Identifier,
    title: row.Title,
    description: row.Description,
    currency: row.Currency,
    amount_gbp: row['Amount Awarded'],
    amount_note: null,
    award_date: row['Award Date'],
    recipient_org_identifier: row['Recipient Org:Identifier'],
    recipient_org_name: row['Recipient Org:Name'],
    funding_org_identifier: row['Funding Org:Identifier'],
    funding_org_name: row['Funding Org:Name'],
    council_id: row['Beneficiary Location:Geographic Code'],
    council_confidence:
      row['Beneficiary Location:Geographic Code'] === null ? null : Confidence.OFFICIAL,
    planned_start: row['Planned Dates:Start Date'],
    planned_end: row['Planned Dates:End Date'],
    programme_code: row['Grant Programme:Code'],
    programme_title: row['Grant Programme:Title'],
    round: null,
    award_window: null,
    citation_ids: [],
    notes: null,
  }),
);

/**
 * Reads the 360Giving JSON form into records keyed by the CSV column titles, so both forms are
 * validated by one schema. A grant's line is the line of its `"identifier"` key, so a problem
 * points into the file as a CSV problem does.
 */
export function read360GivingJson(file: string, content: string): CsvResult<GrantRecord> {
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch (error) {
    return {
      records: [],
      problems: [
        {
          file,
          line: 0,
          reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  const grants = valueAt(document, ['grants']);
  if (!Array.isArray(grants))
    return {
      records: [],
      problems: [
        {
          file,
          line: 0,
          reason: 'must be an object with a "grants" array (the 360Giving JSON schema)',
        },
      ],
    };
  if (grants.length === 0)
    return { records: [], problems: [{ file, line: 0, reason: 'the "grants" array is empty' }] };
  // One pass: each key's line counts on from the previous key's, not from the file's start.
  let line = 1;
  let counted = 0;
  const identifierLines = [...content.matchAll(/"identifier"\s*:/g)].map((match) => {
    line += lineBreaks(content.slice(counted, match.index));
    counted = match.index;
    return line;
  });
  const raw = grants.map((grant: unknown, index) => ({
    line: identifierLines[index] ?? 0,
    record: Object.fromEntries(
      Object.entries(FIELDS).map(([title, path]) => {
        const value = valueAt(grant, path);
        return [title, typeof value === 'number' ? String(value) : value];
      }),
    ),
  }));
  return validateRecords(file, raw, rowSchema);
}

/**
 * A 360Giving grants file, CSV (the standard's column titles; other columns are ignored) or
 * JSON (`{"grants": [...]}`), → `funding.grant_award`, through the same record and write as the
 * Community Ownership Fund file. Only this file's grants are replaced.
 */
export function grants360GivingImporter(source: SourceDescriptor) {
  return grantsFileImporter(source, {
    rowSchema,
    requiredColumns: REQUIRED_COLUMNS,
    columns: { id: 'Identifier', council: 'Beneficiary Location:Geographic Code' },
    ...(source.format === 'json' ? { parse: read360GivingJson } : {}),
  });
}
