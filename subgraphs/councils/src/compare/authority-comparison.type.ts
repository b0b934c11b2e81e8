import { AUTHORITY_COMPARISON } from '../../../../schema/entities';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType({ description: AUTHORITY_COMPARISON.description })
export class AuthorityComparison {
  @Field(() => ID, { description: AUTHORITY_COMPARISON.id })
  id!: string;
}
