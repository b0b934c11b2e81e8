import type { Kysely } from 'kysely';
import type { CsvRecord } from '../../kit/ingest/csv';
import type { Problem } from '../../kit/ingest/problems';
import type { NeighbourhoodBoardsDatabase } from '../src/database';
import { placesSource } from '../src/sources';

/** The board a named place resolved to, and the day its place joined the programme. */
export interface NamedBoard {
  id: string;
  announcedOn: string;
}

/** A row that names its place as its source page does, not by board id. */
export interface NamedPlace {
  place_name: string;
  local_authority_name: string;
}

/** Case, punctuation and a leading "The" aside ("The Moray Council" is "Moray Council"). */
const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Places the compiled pages name otherwise than the places file, each read and decided by a
 * person: never matched by likeness. Add one only with the reason.
 */
export const PLACE_ALIASES: readonly {
  place: string;
  council: string;
  boardId: string;
  why: string;
}[] = [
  {
    place: 'Clacton',
    council: 'Tendring District Council',
    boardId: 'p1-clacton-on-sea',
    why: 'Tendring\'s pages call the Long-Term Plan for Towns place Clacton-on-Sea "Clacton" (its Town Board is the Clacton Town Board); it is the only place of the programme in Tendring.',
  },
];

const keyOf = (place: string, council: string) => `${normalise(place)}|${normalise(council)}`;

/**
 * The board of each record's named place: the place of `pride_in_place_places.csv` with the
 * same name in the same council (by official name), or a reviewed alias. A place that does not
 * match is a problem at its line, never a guess. One statement.
 */
export async function boardsOfNamedPlaces<Row extends NamedPlace>(
  db: Kysely<NeighbourhoodBoardsDatabase>,
  records: CsvRecord<Row>[],
  file: string,
): Promise<{ boardAt: (index: number) => NamedBoard; problems: Problem[] }> {
  const boards = await db
    .selectFrom('board')
    .select(['id', 'place_name', 'council_official_name', 'announced_on'])
    .execute();
  const byId = new Map(boards.map((board) => [board.id, board]));
  const byName = new Map(
    boards.map((board) => [keyOf(board.place_name, board.council_official_name), board.id]),
  );
  for (const alias of PLACE_ALIASES) byName.set(keyOf(alias.place, alias.council), alias.boardId);
  const ids = records.map(({ row }) => byName.get(keyOf(row.place_name, row.local_authority_name)));
  const problems = records.flatMap(({ line, row }, index) =>
    ids[index] === undefined
      ? [
          {
            file,
            line,
            column: 'place_name',
            reason: `"${row.place_name}" (${row.local_authority_name}) is not a place of ${placesSource.fileName}: name it as that file does, with its council's official name, or add a reviewed alias (ingest/named-places.ts)`,
          },
        ]
      : [],
  );
  const boardAt = (index: number): NamedBoard => {
    const board = byId.get(ids[index] ?? '');
    // Only called once `problems` is empty: every record's place then has its board.
    if (!board) throw new Error(`record ${index} names a place with no board`);
    return { id: board.id, announcedOn: board.announced_on };
  };
  return { boardAt, problems };
}
