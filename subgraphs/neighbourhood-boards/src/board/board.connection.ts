import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection';
import { NeighbourhoodBoard } from './board.type';

@ObjectType({ description: 'A page of Neighbourhood Boards.' })
export class NeighbourhoodBoardConnection extends Connection(NeighbourhoodBoard) {}
