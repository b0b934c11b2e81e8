import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { Regime } from '../clock';
import { StatutoryDate } from './statutory-date.type';

export enum MoratoriumStage {
  INTERIM = 'interim',
  FULL = 'full',
  PROTECTED = 'protected',
  ENDED = 'none',
}

registerEnumType(Regime, {
  name: 'AssetRegime',
  description: 'The law an event falls under: the one in force on the day it happened.',
  valuesConfig: {
    LOCALISM_ACT_2011: {
      description:
        'Localism Act 2011 Part 5 Chapter 3 and SI 2012/2421 (the community right to bid): a moratorium, but the owner may then sell to anyone at any price.',
    },
    COMMUNITY_RIGHT_TO_BUY: {
      description:
        'The Community Right to Buy of the English Devolution and Community Empowerment Bill: right of first refusal at a price agreed or set by an independent valuer, a 12-month moratorium. In force only from the commencement date the service is configured with.',
    },
  },
});

registerEnumType(MoratoriumStage, {
  name: 'MoratoriumStage',
  description: 'Where a disposal notice stands on a day.',
  valuesConfig: {
    INTERIM: {
      description:
        'The interim moratorium (s.95(6)(a)): the owner may not sell, and a community group may ask to be treated as a bidder.',
    },
    FULL: {
      description:
        'The full moratorium (s.95(6)(b)): a group asked in time, and has until its end to bid.',
    },
    PROTECTED: {
      description:
        'The moratorium is over; until the protected period ends (s.95(6)(c)) the owner may sell without a new moratorium.',
    },
    ENDED: { description: 'The protected period is over.' },
  },
});

@ObjectType({
  description:
    'The moratorium started by a notice of intended disposal, computed by the statutory clocks under the law in force on the notice day.',
})
export class AssetMoratorium {
  @Field(() => Regime, { description: 'The law the notice falls under.' })
  regime!: Regime;

  @Field(() => MoratoriumStage, { description: 'Where the notice stands on the day asked about.' })
  stage!: MoratoriumStage;

  @Field(() => LocalDateScalar, {
    description: 'The day the council received the notice: the first day of the moratorium.',
  })
  startsOn!: string;

  @Field(() => StatutoryDate, {
    description:
      'Last day of the interim moratorium: the last day a community group can ask to bid.',
  })
  interimEndsOn!: StatutoryDate;

  @Field(() => StatutoryDate, {
    nullable: true,
    description: 'Last day of the full moratorium; null when no group asked to bid in time.',
  })
  fullEndsOn!: StatutoryDate | null;

  @Field(() => StatutoryDate, { description: 'Last day of the moratorium that applies.' })
  endsOn!: StatutoryDate;

  @Field(() => StatutoryDate, {
    description: 'Last day of the protected period, in which no new moratorium starts.',
  })
  protectedUntil!: StatutoryDate;

  @Field(() => Int, {
    nullable: true,
    description:
      'Days left in the current stage on the day asked about, counting that day (1 on the last day); null once the protected period is over.',
  })
  daysRemaining!: number | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day a community group asked to be treated as a bidder, if one did.',
  })
  bidRequestedOn!: string | null;

  @Field(() => Boolean, {
    description: 'The community group has a right of first refusal (Community Right to Buy only).',
  })
  rightOfFirstRefusal!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'How the price is set; null when the owner may sell at any price.',
  })
  priceBasis!: string | null;

  @Field(() => Boolean, {
    description:
      'True when a period rests on an assumption (the Bill text could not be read; see the rules).',
  })
  assumed!: boolean;
}
