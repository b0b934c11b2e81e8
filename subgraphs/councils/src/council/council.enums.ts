import { registerEnumType } from 'type-graphql';

/** Values are the register's `local-authority-type` codes. */
export enum CouncilKind {
  COUNTY = 'CTY',
  NON_METROPOLITAN_DISTRICT = 'NMD',
  METROPOLITAN_DISTRICT = 'MD',
  UNITARY_AUTHORITY = 'UA',
  LONDON_BOROUGH = 'LBO',
  CITY_CORPORATION = 'CC',
  SCOTTISH_UNITARY_AUTHORITY = 'SCO',
  WELSH_UNITARY_AUTHORITY = 'WPA',
  NORTHERN_IRELAND_DISTRICT = 'NID',
}

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

registerEnumType(CouncilKind, {
  name: 'CouncilKind',
  description: 'Type of local authority, from the register (`local-authority-type`).',
  valuesConfig: {
    COUNTY: {
      description: 'English county council (upper tier over districts). Register code CTY.',
    },
    NON_METROPOLITAN_DISTRICT: {
      description: 'English district council under a county council. NMD.',
    },
    METROPOLITAN_DISTRICT: { description: 'English metropolitan borough (all-purpose). MD.' },
    UNITARY_AUTHORITY: { description: 'English unitary authority (all-purpose). UA.' },
    LONDON_BOROUGH: { description: 'London borough. LBO.' },
    CITY_CORPORATION: { description: 'City of London Corporation. CC.' },
    SCOTTISH_UNITARY_AUTHORITY: { description: 'Scottish council area. SCO.' },
    WELSH_UNITARY_AUTHORITY: { description: 'Welsh principal area. WPA.' },
    NORTHERN_IRELAND_DISTRICT: { description: 'Northern Ireland district council. NID.' },
  },
});
registerEnumType(CouncilTier, {
  name: 'CouncilTier',
  description: 'Which services the council provides, from the register (`powers`).',
});
registerEnumType(CouncilOrderField, {
  name: 'CouncilOrderField',
  description: 'What to sort councils by.',
});
