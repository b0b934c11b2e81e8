import type { CsvRecord } from '../../../kit/ingest/csv';
import type { Problem } from '../../../kit/ingest/problems';
import { BoardBody } from '../board/board.enums';
import { BoardRole, Constituency, ElectedOffice } from './membership.enums';

/** A membership row as a members file gives it, after its cells are checked. */
export interface MembershipEntry {
  membership_id: string;
  board_id: string;
  person_name: string | null;
  organisation_id: string | null;
  role: BoardRole;
  constituency: Constituency | null;
  elected_office: ElectedOffice | null;
  /** Null where the file does not give the start; the seat is then known from `known_from`. */
  from_date: string | null;
  known_from?: string | null;
  to_date: string | null;
  /** The body the seat is on (default: the Neighbourhood Board). */
  body?: BoardBody;
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
/** The first day a seat is known: its start, else the day its source was read. */
const startOf = (entry: MembershipEntry) => entry.from_date ?? entry.known_from ?? '0000-01-01';
const bodyOf = (entry: MembershipEntry) => entry.body ?? BoardBody.NEIGHBOURHOOD_BOARD;

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
          ...(row.constituency !== null && ELECTED_SEATS.includes(row.constituency)
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
        .filter(
          ({ row }) =>
            row.to_date !== null && row.from_date !== null && row.to_date < row.from_date,
        )
        .map(({ line, row }) => ({
          line,
          column: 'to_date',
          detail: `to_date ${row.to_date} is before from_date ${row.from_date}`,
        })),
  },
  {
    id: 'one-chair-at-a-time',
    statement:
      'A board has at most one chair on any day (a seat without a start counts from the day its source was read).',
    breaches: (records) => {
      const chairsByBoard = new Map<string, CsvRecord<MembershipEntry>[]>();
      for (const record of records) {
        if (record.row.role !== BoardRole.CHAIR) continue;
        // A Neighbourhood Board and the earlier board of its place are two bodies.
        const key = `${record.row.board_id}|${bodyOf(record.row)}`;
        chairsByBoard.set(key, [...(chairsByBoard.get(key) ?? []), record]);
      }
      const found: { line: number; column: string; detail: string }[] = [];
      for (const chairs of chairsByBoard.values()) {
        chairs.sort((a, b) => startOf(a.row).localeCompare(startOf(b.row)) || a.line - b.line);
        for (let i = 1; i < chairs.length; i += 1) {
          const start = startOf(chairs[i].row);
          const earlier = chairs.slice(0, i).find((chair) => endOf(chair.row) >= start);
          if (earlier) {
            found.push({
              line: chairs[i].line,
              column: 'from_date',
              detail: `this chair starts on ${start} while the chair on line ${earlier.line} (${startOf(earlier.row)} to ${earlier.row.to_date ?? 'now'}) is still in post on board "${chairs[i].row.board_id}"`,
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
