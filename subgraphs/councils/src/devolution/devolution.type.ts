import { Field, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { DevolutionLevel } from './devolution.enums';

@ObjectType({
  description:
    'What a strategic authority has been given, as published, with the page each fact was read on. Compiled from public pages: see `caveats` of its source.',
})
export class Devolution {
  @Field(() => Boolean, { description: 'Whether it has a directly elected mayor today.' })
  mayoral!: boolean;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The polling day of its first mayoral election (see `mayorSinceBasis`).',
  })
  mayorSince!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What `mayorSince` is: `first election` (polling day) or `took office`.',
  })
  mayorSinceBasis!: string | null;

  @Field(() => DevolutionLevel, {
    nullable: true,
    description: 'Its tier as published; null where no tier applies or none was found.',
  })
  level!: DevolutionLevel | null;

  @Field(() => String, {
    nullable: true,
    description: 'The page `mayoral` and `mayorSince` were read on.',
  })
  mayoralSourceUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'The page `level` was read on.' })
  levelSourceUrl!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The compiler's notes: what was inferred, what is pending, what to check.",
  })
  notes!: string | null;
}
