import { LocalDateScalar, UrlScalar } from '../../../kit/schema/scalars';
import { Field, ObjectType } from 'type-graphql';
import { BoardBody, BoardLegalForm, BoardStatus } from '../board/board.enums';

@ObjectType({ description: "A recorded change in a board's status or legal form." })
export class BoardStatusChange {
  @Field(() => BoardStatus, { description: 'Status from this day.' })
  status!: BoardStatus;

  @Field(() => LocalDateScalar, { description: 'Day the change took effect.' })
  since!: string;

  @Field(() => BoardLegalForm, {
    nullable: true,
    description: 'Legal form from this day; null where the source does not state it.',
  })
  legalForm!: BoardLegalForm | null;

  @Field(() => BoardBody, {
    description:
      "The body the change is of: the Neighbourhood Board, or the place's earlier board (history).",
  })
  body!: BoardBody;

  @Field(() => UrlScalar, { description: 'Council or board page that records the change.' })
  sourceUrl!: string;

  @Field(() => String, { nullable: true, description: 'Notes on the record.' })
  notes!: string | null;

  // Not exposed: resolved through loaders.
  organisationId!: string | null;
  sourceId!: string;
  loadedAt!: Date;
}
