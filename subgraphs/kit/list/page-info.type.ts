import { Directive, Field, ObjectType } from 'type-graphql';

@Directive('@shareable')
@ObjectType({ description: 'Where a page of a connection sits in the whole list (Relay).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page.' })
  startCursor?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item on this page; pass it as `after` for the next page.',
  })
  endCursor?: string | null;
}
