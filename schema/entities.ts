/**
 * The entities more than one subgraph declares (their owner, and others that point at them or add
 * fields to them by key): the type's and the key's descriptions, which must be word for word the
 * same in every subgraph, so that composition has one text to keep for the supergraph. Part of
 * the public contract; imports nothing.
 */
export const ENTITIES = {
  Council: {
    owner: 'councils',
    description:
      "A UK local authority (current or former), from mySociety's register of local authority names and codes. Combined authorities and the GLA are `StrategicAuthority`, not councils.",
    id: 'ONS GSS code of the council (e.g. `E08000019`). The 25 Northern Ireland districts abolished in 2015 had none and use their register code (e.g. `NIR-A`).',
  },
  StrategicAuthority: {
    owner: 'councils',
    description:
      'A combined authority, combined county authority or the Greater London Authority, with its member councils.',
    id: 'Register code (e.g. `GMCA`, `GLA`).',
  },
  NeighbourhoodBoard: {
    owner: 'neighbourhood-boards',
    description:
      'The Neighbourhood Board of one Pride in Place place: residents, community groups, businesses, councillors and the MP deciding how up to £20m over 10 years is spent. One per place.',
    id: 'Stable id of the place: `p1-` (phase 1), `p2-` (phase 2) or `p3-` (2026 expansion) and the place name, e.g. `p1-accrington`.',
    /** Read by the assets and funding subgraphs through `@requires`, for a board's area. */
    council: 'The council that is the accountable body for the board (from the councils subgraph).',
  },
  Organisation: {
    owner: 'neighbourhood-boards',
    description:
      'A community organisation: co-operative, community benefit society, charity, CIC, parish or town council, faith or unincorporated group. Organisations sit on boards, nominate Assets of Community Value and receive grants.',
    id: 'Stable slug from the organisations file (e.g. `hartcliffe-city-farm`).',
  },
  Asset: {
    owner: 'assets',
    description:
      'An Asset of Community Value: land or a building a council has listed (or been asked to list) because it furthers the social wellbeing or interests of the local community, with its history and the statutory clocks that protect it.',
    id: 'Stable id of the record: the `record_id` of the source register file (e.g. `WHA-ACV-2021-01`).',
  },
  Programme: {
    owner: 'funding',
    description:
      'A funding programme (Pride in Place, the Impact Fund, the Community Ownership Fund...): its department, scope, rules, budget and period, and how much of it this API holds.',
    id: 'Stable id of the programme (e.g. `PIPIF`, `COF`, `PIPP-P1`).',
  },
  Allocation: {
    owner: 'funding',
    description:
      'A programme\'s money to a council, strategic authority or Neighbourhood Board: a confirmed amount or an "up to" cap, over a period, with its evidence.',
    id: 'Stable id: `pipif-` and the council register code (`pipif-ash`), or `pip-` and the board id (`pip-p1-accrington`).',
  },
  Grant: {
    owner: 'funding',
    description:
      'A grant, shaped by the 360Giving data standard: who gave how much to whom, when, where and under which programme; linked to the Organisation that received it and the Asset it helped buy where a documented crosswalk says so.',
    id: 'The 360Giving identifier (e.g. `360G-...`). Community Ownership Fund awards, published without identifiers, get `360G-CPG-COF-` and a slug of their project and organisation.',
  },
} as const;

/** Every entity of the graph: each implements `Node`, and `node(id:)` answers for all of them. */
export type EntityName = keyof typeof ENTITIES;
export const ENTITY_NAMES = Object.keys(ENTITIES) as EntityName[];

/**
 * `Location` (councils) is an entity keyed by its point, not a record (no `Node`): the assets
 * and neighbourhood-boards subgraphs add what is around it. Its texts, word for word.
 */
export const LOCATION = {
  description:
    "A place in the UK, from a postcode or a point, with the councils whose areas hold it (by the ONS boundaries, not the nearest council's centre). Other subgraphs add what is around it.",
  latitude: 'Latitude of the point, WGS84 decimal degrees.',
  longitude: 'Longitude of the point, WGS84 decimal degrees.',
  councils:
    'Every council whose area holds the point: its district or unitary council (two on a border), then the county council of a two-tier district.',
} as const;

/**
 * `CouncilComparison` (councils) is an entity keyed by its id (a council and a group): the other
 * subgraphs add their metrics, ranked over its `members`. Its texts, word for word.
 */
export const COMPARISON = {
  description:
    "A council compared with a group of councils: the group's members, and the council's metrics with its rank, percentile, decile and the group's median. Each subgraph adds the metrics of its own data (money, assets, boards), ranked by one method over the same group.",
  id: 'The council, the group and (for peers) the measures and size: `E08000019:REGION`, `E08000019:PEERS:IMD_2025_SCORE+POPULATION:10`.',
  members:
    'The councils of the group, this one first (then in the group’s order: by id, or nearest first for peers).',
  member: 'A member of a comparison group.',
  memberId: 'The council’s id (GSS code).',
  memberPopulation: 'Its population (ONS mid-2020 estimate), which per-head metrics divide by.',
  memberFacts:
    'The members and their populations as one JSON text (`[["E06000009",139305],...]`), for the subgraphs that rank over the group; not in the public schema.',
} as const;

/** The texts of `AuthorityComparison`, which the councils subgraph owns and others extend. */
export const AUTHORITY_COMPARISON = {
  description:
    "A strategic authority compared with every other: its metrics ranked among the authorities that have residents (current member councils), by the same method as a council's comparison. Each subgraph adds the metrics of its own data.",
  id: 'The authority compared (its register code, e.g. `GMCA`).',
} as const;
