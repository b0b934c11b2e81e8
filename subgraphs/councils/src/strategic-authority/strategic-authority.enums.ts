import { registerEnumType } from 'type-graphql';

/** Values are the `type` column of combined_authorities.csv. */
export enum StrategicAuthorityKind {
  COMBINED_AUTHORITY = 'Combined authority',
  STRATEGIC_REGIONAL_AUTHORITY = 'Strategic Regional Authority',
}

registerEnumType(StrategicAuthorityKind, {
  name: 'StrategicAuthorityKind',
  description: 'Kind of strategic authority.',
  valuesConfig: {
    COMBINED_AUTHORITY: {
      description: 'A combined authority or combined county authority (mayoral or not).',
    },
    STRATEGIC_REGIONAL_AUTHORITY: { description: 'The Greater London Authority.' },
  },
});
