import { registerEnumType } from 'type-graphql';

export enum FundingGroupBy {
  PROGRAMME = 'programme',
  COUNCIL = 'council',
  REGION = 'region',
  FINANCIAL_YEAR = 'financial_year',
  IMD_2025_DECILE = 'imd_2025_decile',
  STRATEGIC_AUTHORITY = 'strategic_authority',
  KIND = 'kind',
  MAYORAL = 'mayoral',
}

export enum FundingRecordType {
  ALLOCATION = 'allocation',
  GRANT = 'grant',
}

registerEnumType(FundingGroupBy, {
  name: 'FundingGroupBy',
  description:
    'A key `fundingTotals` groups the money by; several keys split it by each combination.',
  valuesConfig: {
    PROGRAMME: { description: 'By programme.' },
    COUNCIL: { description: "By council (a board's money counts for its accountable council)." },
    REGION: { description: "By the council's English region (or nation elsewhere)." },
    FINANCIAL_YEAR: {
      description:
        'By the financial year the money was announced (allocations) or awarded (grants), not the years it is spent in.',
    },
    STRATEGIC_AUTHORITY: {
      description:
        "By the combined or strategic authority the money's council is a member of (none for councils outside one).",
    },
    KIND: { description: "By the kind of the money's council (county, district, unitary...)." },
    MAYORAL: {
      description:
        "By whether the money's council is in a strategic authority with a directly elected mayor (`StrategicAuthority.devolution`); false for councils outside any authority.",
    },
    IMD_2025_DECILE: {
      description:
        "By the IMD 2025 decile of the council's district (1 = most deprived tenth of England's 296 districts); councils outside England and county councils have none.",
    },
  },
});
registerEnumType(FundingRecordType, {
  name: 'FundingRecordType',
  description: 'The kinds of record money is counted from.',
  valuesConfig: {
    ALLOCATION: { description: 'Allocations (to councils, strategic authorities, boards).' },
    GRANT: { description: 'Grants (360Giving-style awards to organisations and projects).' },
  },
});
