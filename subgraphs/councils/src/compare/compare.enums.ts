import { registerEnumType } from 'type-graphql';

export enum Comparison {
  ENGLAND = 'ENGLAND',
  REGION = 'REGION',
  STRATEGIC_AUTHORITY = 'STRATEGIC_AUTHORITY',
  PEERS = 'PEERS',
}

export enum PeerMeasure {
  IMD_2025_SCORE = 'IMD_2025_SCORE',
  POPULATION = 'POPULATION',
  IMD_CHANGE = 'IMD_CHANGE',
  REGION = 'REGION',
  KIND = 'KIND',
}

registerEnumType(Comparison, {
  name: 'Comparison',
  description:
    'Which councils a council is compared with. Always current councils of its own tier: districts and unitaries (and Northern Ireland districts) with each other, county councils with each other; the council itself is in the group.',
  valuesConfig: {
    ENGLAND: { description: "England's current councils of its tier (English councils only)." },
    REGION: { description: 'The current councils of its tier in its region (or nation).' },
    STRATEGIC_AUTHORITY: {
      description: 'The current member councils of its strategic authority, of its tier.',
    },
    PEERS: { description: 'Its nearest peers (`Council.peers`, with `by` and `first`).' },
  },
});

registerEnumType(PeerMeasure, {
  name: 'PeerMeasure',
  description:
    'What makes councils alike for `peers`: each numeric measure is standardised over the candidates (z-score: minus the mean, divided by the standard deviation); a categorical one adds 1 to the squared distance when it differs. Distance is the square root of the sum.',
  valuesConfig: {
    IMD_2025_SCORE: {
      description: 'IMD 2025 average score (English districts and unitaries only).',
    },
    POPULATION: { description: 'Population (ONS mid-2020 estimate), on a log scale.' },
    IMD_CHANGE: {
      description:
        'IMD rank in 2025 minus rank in 2019 (rank 1 = most deprived; positive: relatively less deprived than in 2019). Councils whose area changed since 2019 have none.',
    },
    REGION: { description: 'Same region (or nation) first: a different one adds 1.' },
    KIND: { description: 'Same kind (e.g. metropolitan district) first: a different one adds 1.' },
  },
});
