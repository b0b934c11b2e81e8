import { registerEnumType } from 'type-graphql';

/** Values are the register's `powers` column. */
export enum CouncilTier {
  UNITARY = 'unitary',
  UPPER_TIER = 'upper tier',
  LOWER_TIER = 'lower tier',
  NORTHERN_IRELAND_DISTRICT = 'ni district',
}

export enum CouncilOrderField {
  NAME = 'name',
  CODE = 'code',
  ID = 'id',
  POPULATION = 'population',
  IMD_2025_RANK = 'imd_2025_rank',
}

registerEnumType(CouncilTier, {
  name: 'CouncilTier',
  description: 'Which services the council provides, from the register (`powers`).',
  valuesConfig: {
    UNITARY: {
      description:
        'All-purpose: provides both county and district services in its area (unitary authorities, metropolitan and London boroughs, the City of London, Scottish and Welsh councils). Register value `unitary`.',
    },
    UPPER_TIER: {
      description:
        'A county council, providing county services over the district councils in its area. Register value `upper tier`.',
    },
    LOWER_TIER: {
      description:
        'A district council under a county council, providing district services. Register value `lower tier`.',
    },
    NORTHERN_IRELAND_DISTRICT: {
      description:
        'A Northern Ireland district council, with the narrower powers of councils there. Register value `ni district`.',
    },
  },
});
registerEnumType(CouncilOrderField, {
  name: 'CouncilOrderField',
  description: 'What to sort councils by.',
  valuesConfig: {
    NAME: { description: 'Everyday name (`name`).' },
    CODE: { description: 'Register code (`code`).' },
    ID: { description: 'Id (`id`: the GSS code, or the register code where there is none).' },
    POPULATION: {
      description:
        'Population estimate (`population.count`); councils without one come last in either direction.',
    },
    IMD_2025_RANK: {
      description:
        'Rank of average score in the English Indices of Deprivation 2025 (1 = most deprived); councils that edition does not rank come last in either direction.',
    },
  },
});
