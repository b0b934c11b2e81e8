import { z } from 'zod';
import {
  enumValues,
  oneOf,
  optionalIsoDate,
  optionalOneOf,
  optionalSlug,
  optionalText,
  slug,
  text,
  webAddress,
} from '../../kit/ingest/cells';
import type { CsvRecord } from '../../kit/ingest/csv';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { syncRecords } from '../../kit/ingest/sync';
import type { NeighbourhoodBoardsDatabase } from '../src/database';
import { BoardRole, ElectedOffice } from '../src/membership/membership.enums';
import { checkMembershipRules, type MembershipEntry } from '../src/membership/membership.rules';
import { BOARD_DATA_COMPILED_ON, compiledMembersSource } from '../src/sources';
import { bodyOf, constituencyOfOffice } from './compiled-labels';
import { uniqueIds } from './held-elsewhere';
import { boardsOfNamedPlaces, type NamedBoard } from './named-places';
import { unknownOrganisations } from './references';

const rowSchema = z.object({
  membership_id: slug(),
  place_name: text(),
  local_authority_name: text(),
  person_name: optionalText(),
  organisation_id: optionalSlug(),
  role: oneOf(enumValues(BoardRole)),
  elected_office: optionalOneOf(enumValues(ElectedOffice)),
  start_date: optionalIsoDate(),
  end_date: optionalIsoDate(),
  source_url: webAddress(),
  retrieved_note: optionalText(),
});
type Row = z.output<typeof rowSchema>;

/**
 * A row as the members format reads it: a named person with an organisation sits for it (the
 * organisation is whom they represent, not the member); a seat without a start is known from the
 * day the file was compiled.
 */
const entryOf = (row: Row, board: NamedBoard): MembershipEntry => ({
  membership_id: row.membership_id,
  board_id: board.id,
  person_name: row.person_name,
  organisation_id: row.person_name === null ? row.organisation_id : null,
  role: row.role,
  constituency: constituencyOfOffice(row.elected_office),
  elected_office: row.elected_office,
  from_date: row.start_date,
  known_from: row.start_date === null ? BOARD_DATA_COMPILED_ON : null,
  to_date: row.end_date,
  body: bodyOf(row.retrieved_note, row.start_date, board),
});

/**
 * `neighbourhood_board_members_compiled.csv` → `neighbourhood_boards.membership`: places named
 * as their pages name them, each seat on the board itself or its predecessor (`bodyOf`), and
 * every membership rule checked as for the contributed format.
 */
export const compiledMembersImporter: DatasetImporter<NeighbourhoodBoardsDatabase, Row> = {
  source: compiledMembersSource,
  rowSchema,
  check: async (db, records, file) => {
    const places = await boardsOfNamedPlaces(db, records, file);
    const entries = (): CsvRecord<MembershipEntry>[] =>
      records.map(({ line, row }, index) => ({ line, row: entryOf(row, places.boardAt(index)) }));
    return [
      ...places.problems,
      // The rules read the boards: only once every place has one.
      ...(places.problems.length ? [] : checkMembershipRules(entries(), file)),
      ...(await unknownOrganisations(
        db,
        records,
        file,
        'organisation_id',
        (row) => row.organisation_id,
      )),
      ...(await uniqueIds(
        db,
        'membership',
        compiledMembersSource.id,
        records,
        file,
        'membership_id',
        (row) => row.membership_id,
      )),
    ];
  },
  write: async (trx, records, run) => {
    const { boardAt } = await boardsOfNamedPlaces(trx, records, compiledMembersSource.fileName);
    return syncRecords(trx, {
      table: 'membership',
      key: ['id'],
      scope: { source_id: compiledMembersSource.id },
      rows: records.map(({ row }, index) => {
        const entry = entryOf(row, boardAt(index));
        return {
          id: entry.membership_id,
          board_id: entry.board_id,
          person_name: entry.person_name,
          organisation_id: entry.organisation_id,
          represents_organisation_id: row.person_name === null ? null : row.organisation_id,
          role: entry.role,
          constituency: entry.constituency,
          elected_office: entry.elected_office,
          from_date: entry.from_date,
          known_from: entry.known_from ?? null,
          to_date: entry.to_date,
          body: entry.body ?? bodyOf(row.retrieved_note, row.start_date, boardAt(index)),
          declared_interests: [],
          source_url: row.source_url,
          notes: row.retrieved_note,
          source_id: compiledMembersSource.id,
        };
      }),
      runId: run.id,
      now: run.startedAt,
    });
  },
};
