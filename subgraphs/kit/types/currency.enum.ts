import { registerEnumType } from 'type-graphql';

/** ISO 4217 currency codes of the amounts this API serves; values are the codes themselves. */
export enum Currency {
  GBP = 'GBP',
}

registerEnumType(Currency, {
  name: 'Currency',
  description:
    'An ISO 4217 currency code. Only `GBP` today: every amount this API serves is in pounds sterling.',
  valuesConfig: {
    GBP: { description: 'Pound sterling.' },
  },
});
