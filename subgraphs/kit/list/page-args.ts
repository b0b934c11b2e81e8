import { ArgsType, Field, Int } from 'type-graphql';

/** The Relay paging arguments every list field takes: forward or backward, not both. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Page size when paging forward, 1 to 100; default 20.',
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: '`endCursor` of the previous page, to page forward from it.',
  })
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Page size when paging backward (from the end, or from `before`), 1 to 100.',
  })
  last?: number;

  @Field(() => String, {
    nullable: true,
    description: '`startCursor` of the page after this one, to page backward from it.',
  })
  before?: string;
}
