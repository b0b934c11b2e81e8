import type { NeighbourhoodBoardsDatabase } from '../src/database';
import { z } from 'zod';
import {
  enumValues,
  isoDate,
  list,
  oneOf,
  optionalIsoDate,
  optionalOneOf,
  optionalSlug,
  optionalText,
  slug,
  webAddress,
} from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { syncRecords } from '../../kit/ingest/sync';
import { BoardBody } from '../src/board/board.enums';
import { BoardRole, Constituency, ElectedOffice } from '../src/membership/membership.enums';
import { checkMembershipRules } from '../src/membership/membership.rules';
import { unknownBoardReferences } from './references';
import { membershipsSource } from '../src/sources';
import { uniqueIds } from './held-elsewhere';

const rowSchema = z.object({
  membership_id: slug(),
  board_id: slug(),
  person_name: optionalText(),
  organisation_id: optionalSlug(),
  role: oneOf(enumValues(BoardRole)),
  constituency: oneOf(enumValues(Constituency)),
  elected_office: optionalOneOf(enumValues(ElectedOffice)),
  from_date: isoDate(),
  to_date: optionalIsoDate(),
  declared_interests: list(';'),
  source_url: webAddress(),
  notes: optionalText(),
});

/** `neighbourhood_board_members.csv` → `neighbourhood_boards.membership`, every rule checked first. */
export const membershipsImporter: DatasetImporter<
  NeighbourhoodBoardsDatabase,
  z.output<typeof rowSchema>
> = {
  source: membershipsSource,
  rowSchema,
  check: async (db, records, file) => [
    ...checkMembershipRules(records, file),
    ...(await unknownBoardReferences(db, records, file)),
    ...(await uniqueIds(
      db,
      'membership',
      membershipsSource.id,
      records,
      file,
      'membership_id',
      (row) => row.membership_id,
    )),
  ],
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'membership',
      key: ['id'],
      scope: { source_id: membershipsSource.id },
      rows: records.map(({ row }) => ({
        id: row.membership_id,
        board_id: row.board_id,
        person_name: row.person_name,
        organisation_id: row.organisation_id,
        role: row.role,
        constituency: row.constituency,
        elected_office: row.elected_office,
        from_date: row.from_date,
        to_date: row.to_date,
        declared_interests: row.declared_interests,
        source_url: row.source_url,
        notes: row.notes,
        body: BoardBody.NEIGHBOURHOOD_BOARD,
        represents_organisation_id: null,
        known_from: null,
        source_id: membershipsSource.id,
      })),
      runId: run.id,
      now: run.startedAt,
    }),
};
