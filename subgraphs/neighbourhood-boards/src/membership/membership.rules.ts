import type { CsvRecord } from '../../../kit/ingest/csv';
import type { Problem } from '../../../kit/ingest/problems';
import { BoardRole, Constituency, ElectedOffice } from './membership.enums';

/** A membership row as the members file gives it, after its cells are checked. */
export interface MembershipEntry {
  membership_id: string;
  board_id: string;
  person_name: string | null;
  organisation_id: string | null;
  role: BoardRole;
  constituency: Constituency;
  elected_office: ElectedOffice | null;
  from_date: string;
  to_date: string | null;
}

/** A rule every members file must keep. The importer checks them all and reports every breach. */
export interface MembershipRule {
  id: string;
  statement: string;
  breaches: (
    records: CsvRecord<MembershipEntry>[],
  ) => { line: number; column: string; detail: string }[];
}

const ELECTED_SEATS: readonly string[] = [
  Constituency.MP,
  Constituency.COUNCILLOR,
  Constituency.MAYOR,
];

/** Dates are YYYY-MM-DD, so they compare as strings. An open term runs forever. */
const endOf = (entry: MembershipEntry) => entry.to_date ?? '9999-12-31';

export const membershipRules: MembershipRule[] = [
  {
    id: 'member-is-person-or-organisation',
    statement: 'Each membership names either a person or an organisation, not both.',
    breaches: (records) =>
      records
        .filter(({ row }) => (row.person_name === null) === (row.organisation_id === null))
        .map(({ line, row }) => ({
          line,
          column: 'person_name',
          detail:
            row.person_name === null
              ? 'neither person_name nor organisation_id is given'
              : 'both person_name and organisation_id are given',
        })),
  },
  {
    id: 'chair-not-elected',
    statement:
      'The chair is independent: never an MP, a councillor or a mayor (Pride in Place governance guidance).',
    breaches: (records) =>
      records
        .filter(({ row }) => row.role === BoardRole.CHAIR)
        .flatMap(({ line, row }) => [
          ...(ELECTED_SEATS.includes(row.constituency)
            ? [{ line, column: 'constituency', detail: `the chair sits as "${row.constituency}"` }]
            : []),
          ...(row.elected_office
            ? [
                {
                  line,
                  column: 'elected_office',
                  detail: `the chair holds office as "${row.elected_office}"`,
                },
              ]
            : []),
        ]),
  },
  {
    id: 'term-in-order',
    statement: 'A term ends on or after the day it starts.',
    breaches: (records) =>
      records
        .filter(({ row }) => row.to_date !== null && row.to_date < row.from_date)
        .map(({ line, row }) => ({
          line,
          column: 'to_date',
          detail: `to_date ${row.to_date} is before from_date ${row.from_date}`,
        })),
  },
  {
    id: 'one-chair-at-a-time',
    statement: 'A board has at most one chair on any day.',
    breaches: (records) => {
      const chairsByBoard = new Map<string, CsvRecord<MembershipEntry>[]>();
      for (const record of records) {
        if (record.row.role !== BoardRole.CHAIR) continue;
        chairsByBoard.set(record.row.board_id, [
          ...(chairsByBoard.get(record.row.board_id) ?? []),
          record,
        ]);
      }
      const found: { line: number; column: string; detail: string }[] = [];
      for (const chairs of chairsByBoard.values()) {
        chairs.sort((a, b) => a.row.from_date.localeCompare(b.row.from_date) || a.line - b.line);
        for (let i = 1; i < chairs.length; i += 1) {
          const earlier = chairs
            .slice(0, i)
            .find((chair) => endOf(chair.row) >= chairs[i].row.from_date);
          if (earlier) {
            found.push({
              line: chairs[i].line,
              column: 'from_date',
              detail: `this chair starts on ${chairs[i].row.from_date} while the chair on line ${earlier.line} (${earlier.row.from_date} to ${earlier.row.to_date ?? 'now'}) is still in post on board "${chairs[i].row.board_id}"`,
            });
          }
        }
      }
      return found;
    },
  },
];

/** Every breach of every rule, as load problems that name the row and the rule. */
export function checkMembershipRules(
  records: CsvRecord<MembershipEntry>[],
  file: string,
): Problem[] {
  return membershipRules.flatMap((rule) =>
    rule.breaches(records).map(({ line, column, detail }) => ({
      file,
      line,
      column,
      reason: `breaks rule "${rule.id}" (${rule.statement}): ${detail}`,
    })),
  );
}
