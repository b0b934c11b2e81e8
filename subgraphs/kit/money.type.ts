import { Directive, Field, Float, ObjectType } from 'type-graphql';

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

  @Field(() => String, { description: 'ISO 4217 currency code; always `GBP` today.' })
  currency!: string;

  @Field(() => Float, {
    description: 'The amount as a floating-point number of pounds; may round, do not add these up.',
  })
  approximateAmount!: number;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Money from a Postgres `numeric` (which pg hands over as a string, so nothing is lost on the
 * way). The string is normalised to two decimal places without going through a float.
 */
export function toMoney(pounds: string): Money {
  if (!DECIMAL.test(pounds)) throw new Error(`Not a decimal amount: "${pounds}"`);
  const [whole, fraction = ''] = pounds.split('.');
  if (fraction.length > 2 && /[^0]/.test(fraction.slice(2)))
    throw new Error(`Amount has fractions of a penny: "${pounds}"`);
  const amount = `${whole}.${fraction.slice(0, 2).padEnd(2, '0')}`;
  return { amount, currency: 'GBP', approximateAmount: Number(amount) };
}
