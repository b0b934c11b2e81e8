import { boardStubWithCouncil, type BoardWithCouncil } from '../../../kit/entity/entity-stub';
import { Council } from '../council/council.type';

/**
 * The neighbourhood-boards subgraph's `NeighbourhoodBoard`, by key, with its accountable
 * council: boards are given the assets listed in their council's area.
 */
export const NeighbourhoodBoard = boardStubWithCouncil(Council);
export type NeighbourhoodBoard = BoardWithCouncil;
