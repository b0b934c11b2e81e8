import { registerEnumType } from 'type-graphql';

// Values are the spellings used by the mySociety register and gov.uk files, so rows map to
// enums without a lookup; GraphQL shows the keys.

export enum Nation {
  ENGLAND = 'England',
  SCOTLAND = 'Scotland',
  WALES = 'Wales',
  NORTHERN_IRELAND = 'Northern Ireland',
}

export enum Region {
  NORTH_EAST = 'North East',
  NORTH_WEST = 'North West',
  YORKSHIRE_AND_THE_HUMBER = 'Yorkshire and The Humber',
  EAST_MIDLANDS = 'East Midlands',
  WEST_MIDLANDS = 'West Midlands',
  EAST_OF_ENGLAND = 'East of England',
  LONDON = 'London',
  SOUTH_EAST = 'South East',
  SOUTH_WEST = 'South West',
  SCOTLAND = 'Scotland',
  WALES = 'Wales',
  NORTHERN_IRELAND = 'Northern Ireland',
}

registerEnumType(Nation, {
  name: 'Nation',
  description: 'A nation of the United Kingdom.',
  valuesConfig: {
    ENGLAND: { description: 'England.' },
    SCOTLAND: { description: 'Scotland.' },
    WALES: { description: 'Wales.' },
    NORTHERN_IRELAND: { description: 'Northern Ireland.' },
  },
});
registerEnumType(Region, {
  name: 'Region',
  description:
    'An English region (the former Government Office regions, as ONS uses them), or the nation for Scotland, Wales and Northern Ireland.',
  valuesConfig: {
    NORTH_EAST: { description: 'North East (England).' },
    NORTH_WEST: { description: 'North West (England).' },
    YORKSHIRE_AND_THE_HUMBER: { description: 'Yorkshire and The Humber (England).' },
    EAST_MIDLANDS: { description: 'East Midlands (England).' },
    WEST_MIDLANDS: { description: 'West Midlands (England).' },
    EAST_OF_ENGLAND: { description: 'East of England.' },
    LONDON: { description: 'London (England).' },
    SOUTH_EAST: { description: 'South East (England).' },
    SOUTH_WEST: { description: 'South West (England).' },
    SCOTLAND: { description: 'Scotland, which has no English region: the nation stands in.' },
    WALES: { description: 'Wales, which has no English region: the nation stands in.' },
    NORTHERN_IRELAND: {
      description: 'Northern Ireland, which has no English region: the nation stands in.',
    },
  },
});
