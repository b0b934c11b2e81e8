import type { NeighbourhoodBoardsDatabase } from '../src/database';
import { z } from 'zod';
import { duplicateKeys, type CsvRecord } from '../../kit/ingest/csv';
import {
  enumValues,
  isoDate,
  oneOf,
  optionalSlug,
  optionalText,
  slug,
  webAddress,
} from '../../kit/ingest/cells';
import type { DatasetImporter } from '../../kit/ingest/importer';
import type { Problem } from '../../kit/ingest/problems';
import { syncRecords } from '../../kit/ingest/sync';
import { BoardBody, BoardLegalForm, BoardStatus } from '../src/board/board.enums';
import { unknownBoardReferences } from './references';
import { boardStatusSource } from '../src/sources';

// `announced` is what every board is before its first recorded change, so a file cannot say it.
const RECORDABLE = enumValues(BoardStatus).filter((status) => status !== BoardStatus.ANNOUNCED) as [
  BoardStatus,
  ...BoardStatus[],
];

const rowSchema = z.object({
  board_id: slug(),
  status: oneOf(RECORDABLE),
  since: isoDate(),
  legal_form: oneOf(enumValues(BoardLegalForm)),
  organisation_id: optionalSlug(),
  source_url: webAddress(),
  notes: optionalText(),
});
type StatusRow = z.output<typeof rowSchema>;

/** A community-owned board names its owner and has a legal form of its own. */
function checkOwnership(records: CsvRecord<StatusRow>[], file: string): Problem[] {
  return records
    .filter(({ row }) => row.status === BoardStatus.COMMUNITY_OWNED)
    .flatMap(({ line, row }) => [
      ...(row.organisation_id === null
        ? [
            {
              file,
              line,
              column: 'organisation_id',
              reason: 'a community-owned board must name the organisation that owns it',
            },
          ]
        : []),
      ...(row.legal_form === BoardLegalForm.UNINCORPORATED
        ? [
            {
              file,
              line,
              column: 'legal_form',
              reason: 'a community-owned board has a legal form of its own, not "unincorporated"',
            },
          ]
        : []),
    ]);
}

/** `neighbourhood_board_status.csv` → `neighbourhood_boards.board_status`: dated status changes. */
export const boardStatusImporter: DatasetImporter<
  NeighbourhoodBoardsDatabase,
  z.output<typeof rowSchema>
> = {
  source: boardStatusSource,
  rowSchema,
  check: async (db, records, file) => [
    ...duplicateKeys(file, records, 'since', (row) => `${row.board_id} on ${row.since}`),
    ...checkOwnership(records, file),
    ...(await unknownBoardReferences(db, records, file)),
  ],
  write: (trx, records, run) =>
    syncRecords(trx, {
      table: 'board_status',
      key: ['board_id', 'since'],
      scope: { source_id: boardStatusSource.id },
      rows: records.map(({ row }) => ({
        board_id: row.board_id,
        since: row.since,
        status: row.status,
        legal_form: row.legal_form,
        body: BoardBody.NEIGHBOURHOOD_BOARD,
        organisation_id: row.organisation_id,
        source_url: row.source_url,
        notes: row.notes,
        source_id: boardStatusSource.id,
      })),
      runId: run.id,
      now: run.startedAt,
    }),
};
