import { registerEnumType } from 'type-graphql';

/** Values are the file's `devolution_level` words. */
export enum DevolutionLevel {
  FOUNDATION = 'foundation',
  MAYORAL = 'mayoral',
  ESTABLISHED_MAYORAL = 'established mayoral',
}

registerEnumType(DevolutionLevel, {
  name: 'DevolutionLevel',
  description:
    "A strategic authority's tier in the English devolution framework (English Devolution White Paper, December 2024), as published.",
  valuesConfig: {
    FOUNDATION: { description: 'Foundation Strategic Authority: no mayor.' },
    MAYORAL: { description: 'Mayoral Strategic Authority: a directly elected mayor.' },
    ESTABLISHED_MAYORAL: {
      description:
        'Established Mayoral Strategic Authority: a mayoral authority given the most powers and an integrated settlement.',
    },
  },
});
