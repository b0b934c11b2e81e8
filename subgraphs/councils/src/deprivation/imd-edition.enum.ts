import { registerEnumType } from 'type-graphql';

export enum ImdEdition {
  IMD_2025 = 'IMD_2025',
  IMD_2019 = 'IMD_2019',
}

registerEnumType(ImdEdition, {
  name: 'ImdEdition',
  description: 'Edition of the English Indices of Deprivation.',
  valuesConfig: {
    IMD_2025: {
      description:
        'English Indices of Deprivation 2025 (MHCLG, 30 Oct 2025), 296 districts on 2024 boundaries.',
    },
    IMD_2019: {
      description:
        'English Indices of Deprivation 2019 (MHCLG, 26 Sep 2019), 317 districts on 2019 boundaries.',
    },
  },
});
