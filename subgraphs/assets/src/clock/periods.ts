/**
 * Every statutory period, in one place, with the words of the provision that sets it.
 *
 * Localism Act 2011 figures were read in the text of the Act and SI 2012/2421. Community Right
 * to Buy figures come from the English Devolution and Community Empowerment Bill (introduced
 * 10 July 2025, Sch. 29) as described by MHCLG ("the moratorium on the sale of the asset will be
 * extended to 12 months"; price "negotiated" or "set by an independent valuer … based on the
 * market value"; quoted by thenews.coop, July 2025) and by Charles Russell Speechlys / Local
 * Government Lawyer ("Assets of Community Value – a sporting revolution": sports grounds get
 * their own listing rules). We could not read the Bill's clauses themselves, so every CRtB
 * figure not in those statements is marked `assumed` and says what it assumes. Change them here
 * when the Act is passed; nothing else needs to move.
 */

export interface Period {
  amount: number;
  unit: 'weeks' | 'months';
  /** The provision, quoted or paraphrased, with its citation. */
  source: string;
  /** True when the figure is our assumption, not read in the enacted or Bill text. */
  assumed: boolean;
}

/** Localism Act 2011 and the Assets of Community Value (England) Regulations 2012. */
export const LOCALISM_PERIODS = {
  /** s.87(3): removal "with effect from the end of the period of 5 years beginning with the date of that entry". */
  listing: {
    amount: 60,
    unit: 'months',
    source: 'Localism Act 2011 s.87(3): 5 years beginning with the date of entry',
    assumed: false,
  },
  /**
   * SI 2012/2421 reg 7 (procedure made under Localism Act 2011 s.89(5); the duty to consider is
   * s.90): the authority decides a community nomination "within eight weeks of receiving" it. We
   * could not retrieve the regulation's own words; council pages all say "within 8 weeks of
   * receipt", and the real register (Bath & North East Somerset, records BAS-ACV-H-02/-03/-04/-05)
   * shows decisions on exactly receipt + 56 days, i.e. 8 weeks AFTER receipt. We count it so
   * (receipt day excluded). If the text says "beginning with", use `lastDayBeginningWith` and the
   * due date moves one day earlier.
   */
  nominationDecision: {
    amount: 8,
    unit: 'weeks',
    source:
      'SI 2012/2421 reg 7 (Localism Act 2011 ss.89(5), 90): decision within 8 weeks of receiving the nomination, counted from the day after receipt',
    assumed: false,
  },
  /** SI 2012/2421 reg 10 and Sch. 2 para 1: owner's request for a listing review (s.92). */
  reviewRequest: {
    amount: 8,
    unit: 'weeks',
    source:
      'Localism Act 2011 s.92 and SI 2012/2421 reg 10, Sch. 2 para 1: review requested within 8 weeks beginning with the day the written notice of listing (s.91(2)) was given, or any longer period the authority allows in writing',
    assumed: false,
  },
  /** SI 2012/2421 reg 10 and Sch. 2: the authority completes the review. */
  reviewDecision: {
    amount: 8,
    unit: 'weeks',
    source:
      'SI 2012/2421 reg 10, Sch. 2: review completed within 8 weeks beginning with the day the request was received, or a longer period agreed in writing with the owner',
    assumed: false,
  },
  /** SI 2012/2421 reg 14(5)(b): compensation claims. */
  compensationClaim: {
    amount: 13,
    unit: 'weeks',
    source:
      'SI 2012/2421 reg 14(5)(b): claim made before the end of 13 weeks after the loss or expense was incurred or (as the case may be) finished being incurred',
    assumed: false,
  },
  /** s.95(6)(a) (also SI 2012/2421 reg 2(a)(i) "during the six weeks beginning with the date of receipt"). */
  interimMoratorium: {
    amount: 6,
    unit: 'weeks',
    source:
      'Localism Act 2011 s.95(6)(a): interim moratorium period, 6 weeks beginning with the relevant date (the day the authority receives the s.95(2) notice)',
    assumed: false,
  },
  /** s.95(6)(b) (also reg 2(a)(iii) "during the six months beginning with the date the notice was received"). */
  fullMoratorium: {
    amount: 6,
    unit: 'months',
    source:
      'Localism Act 2011 s.95(6)(b): full moratorium period, 6 months beginning with the relevant date, applying because a community interest group asked in writing, during the interim period, to be treated as a potential bidder (s.95(3)(a))',
    assumed: false,
  },
  /** s.95(6)(c) (reg 2(a)(iii): after the six months restrictions "will then not apply for a further twelve months"). */
  protectedPeriod: {
    amount: 18,
    unit: 'months',
    source:
      'Localism Act 2011 s.95(6)(c): protected period, 18 months beginning with the relevant date; Condition C (s.95(4)) lets the owner dispose without a new notice only until it ends',
    assumed: false,
  },
} satisfies Record<string, Period>;

export type MoratoriumPeriods = {
  interimMoratorium: Period;
  fullMoratorium: Period;
  protectedPeriod: Period;
};

/** Community Right to Buy (English Devolution and Community Empowerment Bill, Sch. 29). */
export const COMMUNITY_RIGHT_TO_BUY_PERIODS: MoratoriumPeriods = {
  interimMoratorium: {
    amount: 6,
    unit: 'weeks',
    source:
      "Community Right to Buy (English Devolution and Community Empowerment Bill Sch. 29): window for a community group to register interest, ASSUMED unchanged at 6 weeks beginning with the day the authority receives the owner's notice",
    assumed: true,
  },
  fullMoratorium: {
    amount: 12,
    unit: 'months',
    source:
      'Community Right to Buy (English Devolution and Community Empowerment Bill Sch. 29): moratorium extended to 12 months (MHCLG), ASSUMED counted like s.95(6)(b) as 12 months beginning with the day the authority receives the notice, and triggered by a request in the interim window',
    assumed: true,
  },
  protectedPeriod: {
    amount: 18,
    unit: 'months',
    source:
      'Community Right to Buy (English Devolution and Community Empowerment Bill Sch. 29): protected period ASSUMED unchanged at 18 months beginning with the day the authority receives the notice (no source read says it changes)',
    assumed: true,
  },
};

/**
 * Sports grounds under the Community Right to Buy. The Bill gives sports grounds their own rules
 * (a separate category, listed without a community nomination as we read the commentary). We
 * found no different moratorium figures for them, so we ASSUME the same periods; they are a
 * separate table so that the real figures can be put here without touching the rules.
 */
export const COMMUNITY_RIGHT_TO_BUY_SPORTS_GROUND_PERIODS: MoratoriumPeriods = {
  interimMoratorium: {
    ...COMMUNITY_RIGHT_TO_BUY_PERIODS.interimMoratorium,
    source: `${COMMUNITY_RIGHT_TO_BUY_PERIODS.interimMoratorium.source}; sports ground: ASSUMED the same as other assets`,
  },
  fullMoratorium: {
    ...COMMUNITY_RIGHT_TO_BUY_PERIODS.fullMoratorium,
    source: `${COMMUNITY_RIGHT_TO_BUY_PERIODS.fullMoratorium.source}; sports ground: ASSUMED the same as other assets`,
  },
  protectedPeriod: {
    ...COMMUNITY_RIGHT_TO_BUY_PERIODS.protectedPeriod,
    source: `${COMMUNITY_RIGHT_TO_BUY_PERIODS.protectedPeriod.source}; sports ground: ASSUMED the same as other assets`,
  },
};

/** How the price is fixed under each regime. */
export const PRICE_BASIS = {
  /** The Localism Act gives no right to buy and no price rule: after the moratorium the owner sells to anyone at any price. */
  localismAct2011: null,
  communityRightToBuy:
    'Community Right to Buy (English Devolution and Community Empowerment Bill Sch. 29): price agreed between owner and community group, or set by an independent valuer at market value',
} as const;
