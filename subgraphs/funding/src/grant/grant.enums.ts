import { registerEnumType } from 'type-graphql';

export enum GrantOrderField {
  AWARD_DATE = 'award_date',
  AMOUNT = 'amount_gbp',
  TITLE = 'title',
  ID = 'id',
}

registerEnumType(GrantOrderField, {
  name: 'GrantOrderField',
  description: 'What to sort grants by.',
  valuesConfig: {
    AWARD_DATE: { description: 'Award date (`awardDate`); grants without one come last.' },
    AMOUNT: { description: 'Amount awarded (`amountAwarded`); grants without one come last.' },
    TITLE: { description: 'Title (`title`).' },
    ID: { description: 'Identifier (`id`).' },
  },
});
