import { ArgsType, Field, Int } from 'type-graphql';

/** The Relay paging arguments every list field takes. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100; default 20.' })
  first?: number;

  @Field(() => String, { nullable: true, description: '`endCursor` of the previous page.' })
  after?: string;
}
