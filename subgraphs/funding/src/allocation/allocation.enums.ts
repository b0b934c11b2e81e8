import { registerEnumType } from 'type-graphql';

// Values are what the tables store, so rows map to enums without a lookup.

export enum RecipientKind {
  COUNCIL = 'council',
  STRATEGIC_AUTHORITY = 'strategic_authority',
  NEIGHBOURHOOD_BOARD = 'neighbourhood_board',
}

export enum AllocationBasis {
  CAP = 'cap',
  CONFIRMED = 'confirmed',
}

export enum CapitalOrRevenue {
  CAPITAL = 'capital',
  REVENUE = 'revenue',
  BOTH = 'both',
}

export enum AllocationOrderField {
  AMOUNT = 'amount_gbp',
  ANNOUNCED_ON = 'announced_on',
  ID = 'id',
}

registerEnumType(RecipientKind, {
  name: 'AllocationRecipientKind',
  description: 'Who an allocation is made to.',
  valuesConfig: {
    COUNCIL: { description: 'A council (`Allocation.council`).' },
    STRATEGIC_AUTHORITY: {
      description: 'A combined or strategic authority (`Allocation.strategicAuthority`).',
    },
    NEIGHBOURHOOD_BOARD: {
      description:
        'A Neighbourhood Board (`Allocation.neighbourhoodBoard`); its council is the accountable body (`Allocation.council`).',
    },
  },
});
registerEnumType(AllocationBasis, {
  name: 'AllocationKind',
  description: 'Whether an amount is a confirmed allocation or only the most a place can get.',
  valuesConfig: {
    CAP: {
      description:
        'An "up to" figure: the programme rule, not money confirmed for the place (e.g. up to £20m over 10 years).',
    },
    CONFIRMED: {
      description: 'An amount confirmed for the recipient (e.g. in a grant determination).',
    },
  },
});
registerEnumType(CapitalOrRevenue, {
  name: 'CapitalOrRevenue',
  description:
    'Whether money is for capital (buildings, land, equipment) or revenue (running costs).',
  valuesConfig: {
    CAPITAL: { description: 'Capital spending.' },
    REVENUE: { description: 'Revenue spending.' },
    BOTH: { description: 'Both capital and revenue.' },
  },
});
registerEnumType(AllocationOrderField, {
  name: 'AllocationOrderField',
  description: 'What to sort allocations by.',
  valuesConfig: {
    AMOUNT: { description: 'Amount (`amount`); allocations without one come last.' },
    ANNOUNCED_ON: { description: 'Date announced (`announcedOn`).' },
    ID: { description: 'Id (`id`).' },
  },
});
