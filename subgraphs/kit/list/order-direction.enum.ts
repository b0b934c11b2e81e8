import { registerEnumType } from 'type-graphql';

export enum OrderDirection {
  ASC = 'asc',
  DESC = 'desc',
}

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: {
    ASC: { description: 'Ascending: A to Z, smallest or earliest first.' },
    DESC: { description: 'Descending: Z to A, largest or latest first.' },
  },
});
