import { Field, ID, InputType } from 'type-graphql';
import { Nation, Region } from '../../../kit/types/geography.enums';
import { orderInput } from '../../../kit/list/order.input';
import { BoardOrderField, BoardPhase, BoardStatus } from './board.enums';

@InputType({ description: "Narrows a council's boards; all given conditions must hold." })
export class CouncilBoardFilter {
  @Field(() => [BoardPhase], {
    nullable: true,
    description: 'Only boards of these phases (an empty list sets no condition).',
  })
  phase?: BoardPhase[];

  @Field(() => [BoardStatus], {
    nullable: true,
    description: 'Only boards with one of these statuses today (an empty list sets no condition).',
  })
  status?: BoardStatus[];
}

@InputType({
  description: 'Narrows a list of Neighbourhood Boards; all given conditions must hold.',
})
export class NeighbourhoodBoardFilter extends CouncilBoardFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Only boards whose accountable council has this id (GSS code, e.g. `E08000016`).',
  })
  councilId?: string;

  @Field(() => Nation, { nullable: true, description: 'Only boards in this nation.' })
  nation?: Nation;

  @Field(() => Region, { nullable: true, description: 'Only boards in this region.' })
  region?: Region;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive part of the place name (1 to 100 characters).',
  })
  nameContains?: string;
}

export const NeighbourhoodBoardOrder = orderInput(
  'NeighbourhoodBoardOrder',
  BoardOrderField,
  BoardOrderField.PLACE_NAME,
  'boards',
);
export type NeighbourhoodBoardOrder = InstanceType<typeof NeighbourhoodBoardOrder>;
