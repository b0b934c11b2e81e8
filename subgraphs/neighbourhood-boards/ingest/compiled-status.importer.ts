import { z } from 'zod';
import {
  enumValues,
  isoDate,
  oneOf,
  optionalOneOf,
  optionalText,
  text,
  webAddress,
} from '../../kit/ingest/cells';
import { duplicateKeys } from '../../kit/ingest/csv';
import type { DatasetImporter } from '../../kit/ingest/importer';
import { syncRecords } from '../../kit/ingest/sync';
import { BoardLegalForm, BoardStatus } from '../src/board/board.enums';
import type { NeighbourhoodBoardsDatabase } from '../src/database';
import { compiledStatusSource } from '../src/sources';
import { bodyOf, SCHEDULED_NOT_SUBMITTED } from './compiled-labels';
import { boardsOfNamedPlaces } from './named-places';

// `announced` is what every board is before its first recorded change; `community_owned` needs
// an owner, which this file cannot name.
const RECORDABLE = [
  BoardStatus.FORMING,
  BoardStatus.CONFIRMED,
  BoardStatus.PLAN_SUBMITTED,
  BoardStatus.DELIVERING,
] as const;

const rowSchema = z.object({
  place_name: text(),
  local_authority_name: text(),
  status: oneOf(RECORDABLE),
  effective_on: isoDate(),
  legal_form: optionalOneOf(enumValues(BoardLegalForm)),
  source_url: webAddress(),
  retrieved_note: optionalText(),
});

const scheduled = (row: z.output<typeof rowSchema>) =>
  SCHEDULED_NOT_SUBMITTED.some(
    (entry) =>
      entry.place === row.place_name &&
      entry.status === row.status &&
      entry.on === row.effective_on,
  );

/**
 * `neighbourhood_board_status_compiled.csv` → `neighbourhood_boards.board_status`: places named
 * as their pages name them, each change marked as the board's own or its predecessor's
 * (`bodyOf`); a plan the compiler says was only scheduled is not a change.
 */
export const compiledStatusImporter: DatasetImporter<
  NeighbourhoodBoardsDatabase,
  z.output<typeof rowSchema>
> = {
  source: compiledStatusSource,
  rowSchema,
  check: async (db, records, file) => [
    ...duplicateKeys(
      file,
      records,
      'effective_on',
      (row) => `${row.place_name} (${row.local_authority_name}) on ${row.effective_on}`,
    ),
    ...(await boardsOfNamedPlaces(db, records, file)).problems,
  ],
  write: async (trx, records, run) => {
    const { boardAt } = await boardsOfNamedPlaces(trx, records, compiledStatusSource.fileName);
    return syncRecords(trx, {
      table: 'board_status',
      key: ['board_id', 'since'],
      scope: { source_id: compiledStatusSource.id },
      rows: records.flatMap(({ row }, index) =>
        scheduled(row)
          ? []
          : [
              {
                board_id: boardAt(index).id,
                since: row.effective_on,
                status: row.status,
                legal_form: row.legal_form,
                body: bodyOf(row.retrieved_note, row.effective_on, boardAt(index)),
                organisation_id: null,
                source_url: row.source_url,
                notes: row.retrieved_note,
                source_id: compiledStatusSource.id,
              },
            ],
      ),
      runId: run.id,
      now: run.startedAt,
    });
  },
};
