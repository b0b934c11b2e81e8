import { registerEnumType } from 'type-graphql';
import { enumValues } from '../ingest/cells';

// Shared by every subgraph that groups by a council's kind (councils, funding, assets).
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

/** Register types of combined and strategic authorities: listed beside councils, not councils. */
export const STRATEGIC_AUTHORITY_TYPES = ['COMB', 'SRA'] as const;

/** The register's `local-authority-type` column: a council kind or a strategic authority's. */
export const REGISTER_AUTHORITY_TYPES = [
  ...enumValues(CouncilKind),
  ...STRATEGIC_AUTHORITY_TYPES,
] as const;

const COUNCIL_KINDS = new Set<string>(Object.values(CouncilKind));
export const isCouncilKind = (type: string): type is CouncilKind => COUNCIL_KINDS.has(type);

/** The register's `pop-2020` column: ONS mid-2020 estimates. */
export const REGISTER_POPULATION_YEAR = 2020;
