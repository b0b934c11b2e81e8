import { registerEnumType } from 'type-graphql';

export enum AssetGroupBy {
  COUNCIL = 'council',
  REGION = 'region',
  STRATEGIC_AUTHORITY = 'strategic_authority',
  KIND = 'kind',
  MAYORAL = 'mayoral',
  IMD_2025_DECILE = 'imd_2025_decile',
  CATEGORY = 'category',
  STATUS = 'status',
  YEAR = 'year',
}

registerEnumType(AssetGroupBy, {
  name: 'AssetGroupBy',
  description: 'A key `assetTotals` groups assets by; several keys split them by each combination.',
  valuesConfig: {
    COUNCIL: { description: 'By the council that holds the list today.' },
    REGION: { description: "By the council's English region (or nation elsewhere)." },
    STRATEGIC_AUTHORITY: {
      description:
        "By the combined or strategic authority the asset's council is a member of (none outside one).",
    },
    KIND: {
      description: "By the kind of the asset's council (district, unitary, London borough...).",
    },
    MAYORAL: {
      description:
        "By whether the asset's council is in a strategic authority with a directly elected mayor (`StrategicAuthority.devolution`); false for councils outside any authority.",
    },
    IMD_2025_DECILE: {
      description:
        "By the IMD 2025 decile of the asset's district (1 = most deprived tenth of England's 296); county councils and councils outside England have none.",
    },
    CATEGORY: { description: 'By what kind of place the asset is (pub, shop...).' },
    STATUS: { description: 'By where the asset stands on the day asked about.' },
    YEAR: {
      description:
        'By the calendar year the asset was first listed (none for assets never listed, or listed on a day the sources do not give).',
    },
  },
});
