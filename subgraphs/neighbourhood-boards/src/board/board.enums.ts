import { registerEnumType } from 'type-graphql';

// Values are the spellings of the data files, so rows map to enums without a lookup.

export enum BoardPhase {
  PHASE_1 = 'phase_1',
  PHASE_2 = 'phase_2',
  EXPANSION = 'phase_3_expansion',
}

export enum BoardStatus {
  ANNOUNCED = 'announced',
  FORMING = 'forming',
  CONFIRMED = 'confirmed',
  PLAN_SUBMITTED = 'plan_submitted',
  DELIVERING = 'delivering',
  COMMUNITY_OWNED = 'community_owned',
}

export enum BoardLegalForm {
  UNINCORPORATED = 'unincorporated',
  COMMUNITY_BENEFIT_SOCIETY = 'community_benefit_society',
  CO_OPERATIVE_SOCIETY = 'co_operative_society',
  COMMUNITY_INTEREST_COMPANY = 'community_interest_company',
  CHARITABLE_INCORPORATED_ORGANISATION = 'charitable_incorporated_organisation',
  COMPANY_LIMITED_BY_GUARANTEE = 'company_limited_by_guarantee',
}

/** Which body a record is of: the board itself, or the earlier board of its place it replaced. */
export enum BoardBody {
  NEIGHBOURHOOD_BOARD = 'neighbourhood_board',
  PREDECESSOR_BOARD = 'predecessor_board',
}

export enum BoardOrderField {
  PLACE_NAME = 'place_name',
  ANNOUNCED_ON = 'announced_on',
  ID = 'id',
}

registerEnumType(BoardBody, {
  name: 'BoardBody',
  description:
    'Which body a membership or status change belongs to. Most places had a board before the Pride in Place Programme (a Long-Term Plan for Towns "Town Board" or a Town Deal board), which the Neighbourhood Board replaced, often with many of the same members.',
  valuesConfig: {
    NEIGHBOURHOOD_BOARD: { description: "The place's Neighbourhood Board itself." },
    PREDECESSOR_BOARD: {
      description:
        "The place's earlier board (Town Board under the Long-Term Plan for Towns, or a Town Deal board): history, not today's board; when it ended is not recorded. A compiled record is taken to be of it when it is dated before its place joined the programme, or when its source note labels an earlier board (LTPT, Long-Term Plan, Town Deal board).",
    },
  },
});
registerEnumType(BoardPhase, {
  name: 'BoardPhase',
  description: 'Which round of the Pride in Place Programme named the place.',
  valuesConfig: {
    PHASE_1: {
      description:
        'The 75 places of the Plan for Neighbourhoods list (4 Mar 2025), most of them Long-Term Plan for Towns places since 2023-24.',
    },
    PHASE_2: { description: 'The 169 neighbourhoods of phase 2 (25 Sep 2025).' },
    EXPANSION: { description: 'The 40 neighbourhoods added in 2026 (named 20 Mar 2026).' },
  },
});
registerEnumType(BoardStatus, {
  name: 'BoardStatus',
  description: "Where a board is in its life, from the government's announcement onwards.",
  valuesConfig: {
    ANNOUNCED: {
      description:
        'The place has been named; no later status is recorded for its board. The default for every board until a status file says otherwise.',
    },
    FORMING: { description: 'A chair is being found or the board is being recruited.' },
    CONFIRMED: { description: 'The council and the MP have approved the board.' },
    PLAN_SUBMITTED: { description: 'The board has submitted its Pride in Place Plan.' },
    DELIVERING: { description: 'The plan is approved and money is being spent.' },
    COMMUNITY_OWNED: {
      description: 'The board has become, or handed over to, a community-owned body.',
    },
  },
});
registerEnumType(BoardLegalForm, {
  name: 'BoardLegalForm',
  description: 'The legal form of the board, or of the community body that succeeded it.',
  valuesConfig: {
    UNINCORPORATED: {
      description:
        'No legal personality of its own: the council is the accountable body (how every board starts).',
    },
    COMMUNITY_BENEFIT_SOCIETY: { description: 'A community benefit society (BenCom).' },
    CO_OPERATIVE_SOCIETY: { description: 'A co-operative society.' },
    COMMUNITY_INTEREST_COMPANY: { description: 'A community interest company (CIC).' },
    CHARITABLE_INCORPORATED_ORGANISATION: {
      description: 'A charitable incorporated organisation (CIO).',
    },
    COMPANY_LIMITED_BY_GUARANTEE: { description: 'A company limited by guarantee.' },
  },
});
// GraphQL names it after its input type, `NeighbourhoodBoardOrder`, as `CouncilOrderField` and
// `OrganisationOrderField` are named after theirs.
registerEnumType(BoardOrderField, {
  name: 'NeighbourhoodBoardOrderField',
  description: 'What to sort Neighbourhood Boards by.',
  valuesConfig: {
    PLACE_NAME: { description: 'Name of the place (`placeName`).' },
    ANNOUNCED_ON: { description: 'Date the place was named by government (`announcedOn`).' },
    ID: { description: 'Id (`id`: the place slug, e.g. `p1-accrington`).' },
  },
});
