import { Field, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import type { RuleDate } from '../clock';

@ObjectType({ description: 'A date the law fixes, with the rule that fixes it.' })
export class StatutoryDate {
  @Field(() => LocalDateScalar, { description: 'The date.' })
  date!: string;

  @Field(() => String, {
    description:
      'The rule: Act and section or regulation, and what the date means (e.g. "last day listed"). Rules marked ASSUMED rest on a Bill or guidance, not enacted text.',
  })
  rule!: string;
}

export const toStatutoryDate = (ruleDate: RuleDate): StatutoryDate => ({ ...ruleDate });
