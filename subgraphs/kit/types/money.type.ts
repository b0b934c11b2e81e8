import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { Currency } from './currency.enum';
import { exactPounds } from './money';

@Directive('@shareable')
@ObjectType({
  description:
    'An amount of money. `amount` is exact (a decimal string in pounds, never a float); `approximateAmount` is for charts and sorting in clients.',
})
export class Money {
  @Field(() => String, {
    description:
      'Exact amount in pounds as a decimal string with two places, e.g. `"20000000.00"`.',
  })
  amount!: string;

  @Field(() => Currency, { description: 'ISO 4217 currency of the amount; always `GBP` today.' })
  currency!: Currency;

  @Field(() => Float, {
    description: 'The amount as a floating-point number of pounds; may round, do not add these up.',
  })
  approximateAmount!: number;
}

/** Money from a Postgres `numeric`, which pg hands over as a string, so nothing is lost. */
export function toMoney(pounds: string): Money {
  const amount = exactPounds(pounds);
  return { amount, currency: Currency.GBP, approximateAmount: Number(amount) };
}
