import type { RowOrdering } from '../../../kit/list/sorted-rows';
import { BoardOrderField } from './board.enums';
import type { NeighbourhoodBoard } from './board.type';

/** `NeighbourhoodBoardOrder` for a council's few boards in memory, as SQL orders `neighbourhoodBoards`. */
export const BOARD_ORDERING: RowOrdering<NeighbourhoodBoard, BoardOrderField> = {
  fields: {
    [BoardOrderField.PLACE_NAME]: (board) => board.placeName,
    [BoardOrderField.ANNOUNCED_ON]: (board) => board.announcedOn,
    [BoardOrderField.ID]: null,
  },
  key: (board) => board.id,
};
