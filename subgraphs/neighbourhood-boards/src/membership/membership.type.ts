import { connectionOf } from '../../../kit/list/connection';
import { LocalDateScalar, UrlScalar } from '../../../kit/schema/scalars';
import { createUnionType, Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../organisation/organisation.type';
import { BoardBody } from '../board/board.enums';
import { BoardRole, Constituency, ElectedOffice } from './membership.enums';

@ObjectType({ description: 'A person, as named in a published board membership list.' })
export class Person {
  @Field(() => String, { description: 'Name as published.' })
  name!: string;
}

export const BoardMember = createUnionType({
  name: 'BoardMember',
  description: 'Who holds a seat: a person, or an organisation that sends a representative.',
  types: () => [Person, Organisation] as const,
  resolveType: (value) => ('kind' in value ? Organisation : Person),
});

@ObjectType({
  description:
    'One seat on a Neighbourhood Board for one period. A member who changes role has one membership per role.',
})
export class Membership {
  @Field(() => ID, { description: 'Stable id from the members file.' })
  id!: string;

  @Field(() => BoardRole, { description: 'The seat held.' })
  role!: BoardRole;

  @Field(() => Constituency, {
    nullable: true,
    description: 'Whom the member sits for; null where the source does not say.',
  })
  constituency!: Constituency | null;

  @Field(() => ElectedOffice, {
    nullable: true,
    description: 'An elected office the member holds, if any (whatever seat they fill).',
  })
  electedOffice!: ElectedOffice | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'First day on the board in this role; null where the source does not give it (see `knownFrom`).',
  })
  from!: string | null;

  @Field(() => LocalDateScalar, {
    description:
      'The first day this seat is known to be held: `from`, or, when the source does not give the start, the day the source was read. `members(asOf:)` counts a seat from this day, never earlier.',
  })
  knownFrom!: string;

  @Field(() => BoardBody, {
    description:
      "The body the seat is on: the Neighbourhood Board, or the place's earlier board (history, not today's board).",
  })
  body!: BoardBody;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day on the board in this role (inclusive); null while serving.',
  })
  to!: string | null;

  @Field(() => [String], { description: 'Interests declared in the register of interests.' })
  declaredInterests!: string[];

  @Field(() => UrlScalar, { description: 'Council page that publishes this membership.' })
  sourceUrl!: string;

  @Field(() => String, { nullable: true, description: 'Notes on the record.' })
  notes!: string | null;

  // Not exposed: resolved through loaders.
  boardId!: string;
  personName!: string | null;
  organisationId!: string | null;
  representsOrganisationId!: string | null;
  sourceId!: string;
  loadedAt!: Date;
}

/** A page of Membership values, as every list of them is served. */
export const MembershipConnection = connectionOf(Membership, 'A page of board memberships.');
export type MembershipConnection = InstanceType<typeof MembershipConnection>;
