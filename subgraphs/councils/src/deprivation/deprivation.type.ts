import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Provenance, Source } from '../../../kit/types/source.type';
import { ImdEdition } from './imd-edition.enum';

@ObjectType({
  description:
    "A council's summary in one edition of the English Indices of Deprivation. Rank 1 is the most deprived district in England.",
})
export class Deprivation {
  @Field(() => ImdEdition, { description: 'Which edition these figures come from.' })
  edition!: ImdEdition;

  @Field(() => String, { description: "Code of the district in that edition's boundaries." })
  areaCode!: string;

  @Field(() => Int, {
    description: 'Rank of average score (1 = most deprived): the headline rank MHCLG reports.',
  })
  rankOfAverageScore!: number;

  @Field(() => Float, {
    description: "Population-weighted average IMD score of the district's neighbourhoods (LSOAs).",
  })
  averageScore!: number;

  @Field(() => Int, {
    description: 'Number of districts ranked in the edition (296 in 2025, 317 in 2019).',
  })
  rankedAmong!: number;

  @Field(() => Int, {
    description:
      'Decile of the rank of average score among the ranked districts, 1 = most deprived tenth. Computed by this API (see `provenance.derivation`).',
  })
  decile!: number;

  @Field(() => Int, { nullable: true, description: 'Rank of average rank (2025 only).' })
  rankOfAverageRank!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Share of the district's neighbourhoods in the most deprived 10% nationally (0 to 1).",
  })
  proportionInMostDeprived10Percent!: number | null;

  @Field(() => Source, { description: 'Where the figures come from.' })
  source!: Source;

  @Field(() => Provenance, { description: 'When these figures were loaded, and what we computed.' })
  provenance!: Provenance;
}
