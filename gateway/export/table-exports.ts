/**
 * The table exports (`GET /export/<table>.csv` and `.jsonl`): each is one query of the public
 * API (a list paged to its end, or a grouped total answered at once) and the columns a row of it
 * has, with Frictionless field types for `/export/datapackage.json`. The parameters are the
 * API's own arguments, so an export holds exactly what the same query answers.
 */

import type { ExportParameter } from './export-parameters';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface TableColumn {
  name: string;
  type: FieldType;
  description: string;
  value(node: Node): unknown;
}

/** A node of the query's answer, read by paths (`council.name`). */
export type Node = Record<string, unknown>;

export interface TableExport {
  title: string;
  description: string;
  /** The subgraphs whose files the rows come from: their sources' licences go with the table. */
  subgraphs: string[];
  /** The root field answered: a connection when `paged`, else a list. */
  field: string;
  paged: boolean;
  /** With `$first` and `$after` when paged, and the variables below. */
  query: string;
  /** The URL parameters it takes, by name: the variable each fills, and how to read it. */
  parameters: Record<string, ExportParameter & { description: string }>;
  /** Parameters every request must give (a grouped total needs its keys). */
  required?: string[];
  /** A query string giving them, for the datapackage's path to the table (`?groupBy=COUNCIL`). */
  example?: string;
  columns: TableColumn[];
}

/** The value at a dotted path of a node, or null where any step is missing. */
export function at(node: Node, path: string): unknown {
  let value: unknown = node;
  for (const step of path.split('.')) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Node)[step];
  }
  return value ?? null;
}

const column = (name: string, type: FieldType, description: string, path = name): TableColumn => ({
  name,
  type,
  description,
  value: (node) => at(node, path),
});

// The count is asked on the first page only: on a large list it costs a statement per page.
const PAGE = 'pageInfo { hasNextPage endCursor } totalCount @include(if: $withCount)';
const FILTER = (type: string) => ({
  variable: 'filter',
  kind: 'json' as const,
  description: `The API's \`${type}\` input, as JSON.`,
});
const AS_OF = { variable: 'asOf', kind: 'date' as const, description: 'The day (YYYY-MM-DD).' };
const GROUP_BY = (type: string) => ({
  variable: 'groupBy',
  kind: 'names' as const,
  description: `Keys of \`${type}\`, comma-separated (e.g. \`REGION,PROGRAMME\`).`,
});

/** Group keys shared by both totals tables. */
const PLACE_KEYS = [
  column('key', 'string', "The group's keys joined by `|`, in the order asked."),
  column('councilId', 'string', 'Council GSS code, when grouped by council.', 'council.id'),
  column('region', 'string', 'Region, when grouped by region.'),
  column(
    'strategicAuthorityId',
    'string',
    'Strategic authority code, when grouped by strategic authority.',
    'strategicAuthority.id',
  ),
  column('kind', 'string', 'Council kind, when grouped by kind.'),
  column('mayoral', 'boolean', 'Mayoral strategic authority or not, when grouped by MAYORAL.'),
  column('imd2025Decile', 'integer', 'IMD 2025 decile, when grouped by it.'),
];

/** Metrics a comparison export carries, each as value, rank, of, percentile, decile, median. */
const METRICS = [
  'population',
  'imd2025Rank',
  'imdRankChange',
  'fundingPerHead',
  'confirmedFundingPerHead',
  'boardFundingPerHead',
  'assetsListed',
  'assetsPer10kResidents',
  'assetsCommunityOwned',
  'communityOwnedShare',
  'moratoriaStarted',
  'boards',
];
const METRIC_PARTS: [string, FieldType, string][] = [
  ['value', 'number', 'the value (exact decimal)'],
  ['rank', 'integer', 'rank in the group (1 = first in the metric order)'],
  ['of', 'integer', 'members of the group with a value'],
  ['percentile', 'number', 'percentile in the group'],
  ['decile', 'integer', 'decile in the group'],
  ['median', 'number', "the group's median"],
];

export const TABLE_EXPORTS: Record<string, TableExport> = {
  councils: {
    title: 'Councils',
    description: 'Every council in the register (current and abolished), as `councils` lists them.',
    subgraphs: ['councils'],
    field: 'councils',
    paged: true,
    query: `query Export($first: Int!, $after: String, $withCount: Boolean!, $filter: CouncilFilter) {
      councils(first: $first, after: $after, filter: $filter) {
        ${PAGE}
        nodes { id code gssCode name kind tier nation region active startDate endDate
                population { count year } strategicAuthority { id } county { id } }
      }
    }`,
    parameters: { filter: FILTER('CouncilFilter') },
    columns: [
      column('id', 'string', 'Council key: GSS code, else register code.'),
      column('code', 'string', 'Register code.'),
      column('gssCode', 'string', 'ONS GSS code.'),
      column('name', 'string', 'Name.'),
      column('kind', 'string', 'Kind of authority (`CouncilKind`).'),
      column('tier', 'string', 'Tier (`CouncilTier`).'),
      column('nation', 'string', 'Nation.'),
      column('region', 'string', 'Region.'),
      column('active', 'boolean', 'Whether it exists today.'),
      column('startDate', 'date', 'Day it began.'),
      column('endDate', 'date', 'Day it ended.'),
      column('population', 'integer', 'Residents (ONS estimate).', 'population.count'),
      column('populationYear', 'integer', 'Year of the estimate.', 'population.year'),
      column('strategicAuthorityId', 'string', 'Its strategic authority.', 'strategicAuthority.id'),
      column('countyId', 'string', 'Its county council, for a district.', 'county.id'),
    ],
  },
  assets: {
    title: 'Assets of Community Value',
    description:
      'Every asset on a council list, with its status on the day, as `assets` lists them.',
    subgraphs: ['assets'],
    field: 'assets',
    paged: true,
    query: `query Export($first: Int!, $after: String, $withCount: Boolean!, $filter: AssetFilter, $asOf: LocalDate) {
      assets(first: $first, after: $after, filter: $filter, asOf: $asOf) {
        ${PAGE}
        nodes { id name category postcode council { id }
                status(asOf: $asOf) { status since } location { latitude longitude precision }
                source { id } }
      }
    }`,
    parameters: { filter: FILTER('AssetFilter'), asOf: AS_OF },
    columns: [
      column('id', 'string', 'Asset id.'),
      column('name', 'string', 'Name.'),
      column('category', 'string', 'What kind of place (`AssetCategory`).'),
      column('status', 'string', 'Status on the day (`AssetStatus`).', 'status.status'),
      column('statusSince', 'date', 'Day the status began, when known.', 'status.since'),
      column('postcode', 'string', 'Postcode.'),
      column('councilId', 'string', 'Council holding the list.', 'council.id'),
      column('latitude', 'number', 'Latitude (WGS84).', 'location.latitude'),
      column('longitude', 'number', 'Longitude (WGS84).', 'location.longitude'),
      column('locationPrecision', 'string', 'How the point was found.', 'location.precision'),
      column('sourceId', 'string', 'Source of the record.', 'source.id'),
    ],
  },
  neighbourhoodBoards: {
    title: 'Neighbourhood Boards',
    description: 'Every Pride in Place Neighbourhood Board, as `neighbourhoodBoards` lists them.',
    subgraphs: ['neighbourhood-boards'],
    field: 'neighbourhoodBoards',
    paged: true,
    query: `query Export($first: Int!, $after: String, $withCount: Boolean!, $filter: NeighbourhoodBoardFilter) {
      neighbourhoodBoards(first: $first, after: $after, filter: $filter) {
        ${PAGE}
        nodes { id placeName council { id } region phase programme announcedOn status statusSince
                legalForm source { id } }
      }
    }`,
    parameters: { filter: FILTER('NeighbourhoodBoardFilter') },
    columns: [
      column('id', 'string', 'Board id.'),
      column('placeName', 'string', 'Place.'),
      column('councilId', 'string', 'Accountable council.', 'council.id'),
      column('region', 'string', 'Region.'),
      column('phase', 'string', 'Programme phase.'),
      column('programme', 'string', 'Programme.'),
      column('announcedOn', 'date', 'Day the place was announced.'),
      column('status', 'string', 'Status today.'),
      column('statusSince', 'date', 'Day the status began.'),
      column('legalForm', 'string', 'Legal form.'),
      column('sourceId', 'string', 'Source of the record.', 'source.id'),
    ],
  },
  allocations: {
    title: 'Allocations',
    description: 'Every allocation of money, as `allocations` lists them.',
    subgraphs: ['funding'],
    field: 'allocations',
    paged: true,
    query: `query Export($first: Int!, $after: String, $withCount: Boolean!, $filter: AllocationFilter) {
      allocations(first: $first, after: $after, filter: $filter) {
        ${PAGE}
        nodes { id programme { id } recipientKind recipientName kind amount { amount }
                announcedOn financialYear council { id } strategicAuthority { id }
                neighbourhoodBoard { id } trust source { id } }
      }
    }`,
    parameters: { filter: FILTER('AllocationFilter') },
    columns: [
      column('id', 'string', 'Allocation id.'),
      column('programmeId', 'string', 'Programme.', 'programme.id'),
      column('recipientKind', 'string', 'Kind of recipient.'),
      column('recipientName', 'string', 'Recipient as the source names it.'),
      column('kind', 'string', 'Confirmed amount or cap (`AllocationKind`).'),
      column('amountGbp', 'number', 'Amount in pounds (exact decimal).', 'amount.amount'),
      column('announcedOn', 'date', 'Day announced.'),
      column('financialYear', 'string', 'Financial year announced.'),
      column('councilId', 'string', 'Council.', 'council.id'),
      column('strategicAuthorityId', 'string', 'Strategic authority.', 'strategicAuthority.id'),
      column('neighbourhoodBoardId', 'string', 'Board.', 'neighbourhoodBoard.id'),
      column('trust', 'string', 'How far to trust the record.'),
      column('sourceId', 'string', 'Source of the record.', 'source.id'),
    ],
  },
  grants: {
    title: 'Grants',
    description: 'Every grant (360Giving-style awards), as `grants` lists them.',
    subgraphs: ['funding'],
    field: 'grants',
    paged: true,
    query: `query Export($first: Int!, $after: String, $withCount: Boolean!) {
      grants(first: $first, after: $after) {
        ${PAGE}
        nodes { id title programme { id } amountAwarded { amount } currency awardDate financialYear
                recipientOrganisation { name } fundingOrganisation { name }
                beneficiaryLocation { geographicCode confidence council { id } } source { id } }
      }
    }`,
    parameters: {},
    columns: [
      column('id', 'string', 'Grant id.'),
      column('title', 'string', 'Title.'),
      column('programmeId', 'string', 'Programme.', 'programme.id'),
      column('amountAwarded', 'number', 'Amount awarded (exact decimal).', 'amountAwarded.amount'),
      column('currency', 'string', 'Currency.'),
      column('awardDate', 'date', 'Day awarded.'),
      column('financialYear', 'string', 'Financial year awarded.'),
      column('recipient', 'string', 'Recipient organisation.', 'recipientOrganisation.name'),
      column('funder', 'string', 'Funding organisation.', 'fundingOrganisation.name'),
      column(
        'beneficiaryCode',
        'string',
        'GSS code of the area it benefits.',
        'beneficiaryLocation.geographicCode',
      ),
      column(
        'beneficiaryConfidence',
        'string',
        'How the area was found.',
        'beneficiaryLocation.confidence',
      ),
      column('councilId', 'string', 'Council of that area.', 'beneficiaryLocation.council.id'),
      column('sourceId', 'string', 'Source of the record.', 'source.id'),
    ],
  },
  programmes: {
    title: 'Funding programmes',
    description: 'Every funding programme, with how much of it the data hold.',
    subgraphs: ['funding'],
    field: 'programmes',
    paged: true,
    query: `query Export($first: Int!, $after: String, $withCount: Boolean!) {
      programmes(first: $first, after: $after) {
        ${PAGE}
        nodes { id name department period budget { amount }
                coverage { expected held heldWithAmount complete } source { id } }
      }
    }`,
    parameters: {},
    columns: [
      column('id', 'string', 'Programme id.'),
      column('name', 'string', 'Name.'),
      column('department', 'string', 'Government department.'),
      column('period', 'string', 'Period it runs.'),
      column('budgetGbp', 'number', 'Budget (exact decimal).', 'budget.amount'),
      column('expected', 'integer', 'Records the programme has, where known.', 'coverage.expected'),
      column('held', 'integer', 'Records the data hold.', 'coverage.held'),
      column('heldWithAmount', 'integer', 'Of those, with an amount.', 'coverage.heldWithAmount'),
      column('complete', 'boolean', 'Whether the data hold all of it.', 'coverage.complete'),
      column('sourceId', 'string', 'Source of the record.', 'source.id'),
    ],
  },
  organisations: {
    title: 'Organisations',
    description: 'Every community organisation the data name, as `organisations` lists them.',
    subgraphs: ['neighbourhood-boards'],
    field: 'organisations',
    paged: true,
    query: `query Export($first: Int!, $after: String, $withCount: Boolean!, $filter: OrganisationFilter) {
      organisations(first: $first, after: $after, filter: $filter) {
        ${PAGE}
        nodes { id name kind charityNumber companyNumber societyNumber website council { id }
                source { id } }
      }
    }`,
    parameters: { filter: FILTER('OrganisationFilter') },
    columns: [
      column('id', 'string', 'Organisation id.'),
      column('name', 'string', 'Name.'),
      column('kind', 'string', 'Kind of organisation.'),
      column('charityNumber', 'string', 'Charity number.'),
      column('companyNumber', 'string', 'Company number.'),
      column('societyNumber', 'string', 'Society number.'),
      column('website', 'string', 'Website.'),
      column('councilId', 'string', 'Council it works in.', 'council.id'),
      column('sourceId', 'string', 'Source of the record.', 'source.id'),
    ],
  },
  strategicAuthorities: {
    title: 'Strategic authorities',
    description:
      'Combined authorities and the GLA, with their mayor, tier and residents, as `strategicAuthorities` lists them.',
    subgraphs: ['councils'],
    field: 'strategicAuthorities',
    paged: true,
    query: `query Export($first: Int!, $after: String, $withCount: Boolean!) {
      strategicAuthorities(first: $first, after: $after) {
        ${PAGE}
        nodes { id gssCode name kind region startDate memberCountInSource
                population { count year } devolution { mayoral mayorSince level } }
      }
    }`,
    parameters: {},
    columns: [
      column('id', 'string', 'Register code.'),
      column('gssCode', 'string', 'ONS GSS code.'),
      column('name', 'string', 'Name.'),
      column('kind', 'string', 'Kind of authority.'),
      column('region', 'string', 'Region.'),
      column('startDate', 'date', 'Day established.'),
      column('memberCount', 'integer', 'Member councils the source lists.', 'memberCountInSource'),
      column(
        'population',
        'integer',
        'Residents of its current districts and unitaries.',
        'population.count',
      ),
      column('populationYear', 'integer', 'Year of the estimate.', 'population.year'),
      column('mayoral', 'boolean', 'Whether it has an elected mayor.', 'devolution.mayoral'),
      column('mayorSince', 'date', 'First mayoral election.', 'devolution.mayorSince'),
      column('devolutionLevel', 'string', 'Tier as published.', 'devolution.level'),
    ],
  },
  fundingTotals: {
    title: 'Funding totals',
    description: 'Allocations and grants added up by the keys asked, as `fundingTotals` answers.',
    subgraphs: ['funding'],
    field: 'fundingTotals',
    paged: false,
    query: `query Export($groupBy: [FundingGroupBy!]!, $filter: FundingTotalsFilter, $asOf: LocalDate) {
      fundingTotals(groupBy: $groupBy, filter: $filter, asOf: $asOf) {
        key council { id } region strategicAuthority { id } kind mayoral imd2025Decile
        programme { id } financialYear confirmed { amount } capped { amount } total { amount } recordCount
        allocationCount grantCount withoutAmountCount
        perHead { population populationYear confirmed { amount } total { amount } }
      }
    }`,
    parameters: {
      groupBy: GROUP_BY('FundingGroupBy'),
      filter: FILTER('FundingTotalsFilter'),
      asOf: AS_OF,
    },
    required: ['groupBy'],
    example: '?groupBy=COUNCIL',
    columns: [
      ...PLACE_KEYS,
      column('programmeId', 'string', 'Programme, when grouped by programme.', 'programme.id'),
      column('financialYear', 'string', 'Financial year, when grouped by it.'),
      column('confirmedGbp', 'number', 'Confirmed amounts (exact).', 'confirmed.amount'),
      column('cappedGbp', 'number', '"Up to" caps (exact).', 'capped.amount'),
      column('totalGbp', 'number', 'Confirmed plus caps (exact).', 'total.amount'),
      column('recordCount', 'integer', 'Records counted.'),
      column('allocationCount', 'integer', 'Allocations counted.'),
      column('grantCount', 'integer', 'Grants counted.'),
      column('withoutAmountCount', 'integer', 'Records without an amount.'),
      column('population', 'integer', "Residents of the group's place.", 'perHead.population'),
      column('populationYear', 'integer', 'Year of the estimate.', 'perHead.populationYear'),
      column(
        'confirmedPerHeadGbp',
        'number',
        'Confirmed per resident.',
        'perHead.confirmed.amount',
      ),
      column('totalPerHeadGbp', 'number', 'Total per resident.', 'perHead.total.amount'),
    ],
  },
  assetTotals: {
    title: 'Asset totals',
    description: 'Assets counted on a day by the keys asked, as `assetTotals` answers.',
    subgraphs: ['assets'],
    field: 'assetTotals',
    paged: false,
    query: `query Export($groupBy: [AssetGroupBy!]!, $filter: AssetTotalsFilter, $asOf: LocalDate) {
      assetTotals(groupBy: $groupBy, filter: $filter, asOf: $asOf) {
        key council { id } region strategicAuthority { id } kind mayoral imd2025Decile
        category status year
        assets proposed nominated listed unsuccessful soldToCommunity soldOtherwise withdrawn
        lapsed moratoriaStarted medianDaysToOutcome medianDaysToOutcomeOf
        perResidents { population populationYear assetsPer10k listedPer10k }
      }
    }`,
    parameters: {
      groupBy: GROUP_BY('AssetGroupBy'),
      filter: FILTER('AssetTotalsFilter'),
      asOf: AS_OF,
    },
    required: ['groupBy'],
    example: '?groupBy=COUNCIL',
    columns: [
      ...PLACE_KEYS,
      column('category', 'string', 'Category, when grouped by it.'),
      column('status', 'string', 'Status, when grouped by it.'),
      column('year', 'integer', 'Year first listed, when grouped by it.'),
      ...(
        [
          'assets',
          'proposed',
          'nominated',
          'listed',
          'unsuccessful',
          'soldToCommunity',
          'soldOtherwise',
          'withdrawn',
          'lapsed',
          'moratoriaStarted',
        ] as const
      ).map((name) => column(name, 'integer', `\`${name}\` of \`AssetTotal\`.`)),
      column('medianDaysToOutcome', 'number', 'Median days from listing to outcome.'),
      column('medianDaysToOutcomeOf', 'integer', 'Assets that median is of.'),
      column('population', 'integer', "Residents of the group's place.", 'perResidents.population'),
      column('populationYear', 'integer', 'Year of the estimate.', 'perResidents.populationYear'),
      column('assetsPer10k', 'number', 'Assets per 10,000 residents.', 'perResidents.assetsPer10k'),
      column('listedPer10k', 'number', 'Listed per 10,000 residents.', 'perResidents.listedPer10k'),
    ],
  },
  metrics: {
    title: 'Council metrics, ranked',
    description:
      "Each council's metrics ranked within a group (`within`: ENGLAND, REGION, STRATEGIC_AUTHORITY, PEERS), as `Council.comparison` answers.",
    subgraphs: ['councils', 'funding', 'assets', 'neighbourhood-boards'],
    field: 'councils',
    paged: true,
    query: `query Export($first: Int!, $after: String, $withCount: Boolean!, $filter: CouncilFilter, $within: Comparison!) {
      councils(first: $first, after: $after, filter: $filter) {
        ${PAGE}
        nodes { id name comparison(within: $within) { within size
          ${METRICS.map((m) => `${m} { value rank of percentile decile median }`).join(' ')} } }
      }
    }`,
    parameters: {
      within: {
        variable: 'within',
        kind: 'name',
        description: 'The group: ENGLAND, REGION, STRATEGIC_AUTHORITY or PEERS.',
      },
      filter: FILTER('CouncilFilter'),
    },
    required: ['within'],
    example: '?within=REGION',
    columns: [
      column('councilId', 'string', 'Council.', 'id'),
      column('councilName', 'string', 'Name.', 'name'),
      column('within', 'string', 'The group compared within.', 'comparison.within'),
      column('groupSize', 'integer', 'Members of the group.', 'comparison.size'),
      ...METRICS.flatMap((metric) =>
        METRIC_PARTS.map(([part, type, words]) =>
          column(
            `${metric}_${part}`,
            type,
            `\`${metric}\`: ${words}.`,
            `comparison.${metric}.${part}`,
          ),
        ),
      ),
    ],
  },
};
