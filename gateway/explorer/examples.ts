/**
 * The README's example queries (its "Example" section), which the explorer opens as tabs. The
 * query texts are the README's, character for character: test/e2e/explorer.test.ts fails when
 * the two drift apart.
 */
export interface ExplorerExample {
  /** The operation name the tab is titled with (GraphiQL titles a tab by its operation). */
  operationName: string;
  /** One line on what the example shows, written as a comment above the query. */
  description: string;
  /** The query as the README writes it (anonymous). */
  query: string;
}

/** The README's first example: one council with its authority, deprivation and source. */
export const COUNCIL_EXAMPLE = `{
  council(code: "SHF") {
    id
    name
    officialName
    kind
    region
    population {
      count
      year
    }
    strategicAuthority {
      name
      members {
        name
      }
    }
    deprivation {
      edition
      rankOfAverageScore
      averageScore
      decile
    }
    source {
      dataset
      licence
      attribution
    }
  }
  councils(filter: { nation: ENGLAND, active: true }, orderBy: { field: IMD_2025_RANK }, first: 5) {
    totalCount
    nodes {
      name
      deprivation(edition: IMD_2025) {
        rankOfAverageScore
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`;

/** The README's second example: a council's Neighbourhood Boards, joined across subgraphs. */
export const NEIGHBOURHOOD_BOARDS_EXAMPLE = `{
  council(code: "BIR") {
    name
    neighbourhoodBoards(filter: { phase: [PHASE_2] }) {
      totalCount
      nodes {
        id
        placeName
        announcedOn
        status
        legalForm
        fundingCap {
          total {
            amount
          }
          periodYears
        }
        chair {
          from
          member {
            ... on Person {
              name
            }
          }
        }
        trust {
          placeName
          council
        }
        citations {
          title
          url
        }
      }
    }
  }
  neighbourhoodBoards(filter: { nation: SCOTLAND }, orderBy: { field: PLACE_NAME }) {
    totalCount
    nodes {
      placeName
      phase
      council {
        name
      }
    }
  }
}
`;

/** The README's assets example: a council's Assets of Community Value with their clocks. */
export const ASSETS_EXAMPLE = `{
  council(id: "E06000065") {
    name
    assetSummary {
      total
      listed
      expired
      inMoratorium
    }
    assets(first: 5) {
      nodes {
        id
        name
        category
        status {
          status
          qualifier
          since
          basis
        }
        listingExpiresOn {
          date
          rule
        }
        successionNote
        events {
          kind
          occurredOn
          sourceUrl
        }
        grants {
          nodes {
            title
            amountAwarded {
              amount
            }
          }
        }
      }
    }
  }
  assets(filter: { status: [LISTED], expiringBefore: "2027-12-31" }) {
    totalCount
    nodes {
      name
      council {
        name
      }
      listingExpiresOn {
        date
      }
    }
  }
}
`;

/** The README's funding example: a council's money per head, and totals by deprivation decile. */
export const FUNDING_EXAMPLE = `{
  council(id: "E08000003") {
    name
    funding {
      confirmed {
        amount
      }
      capped {
        amount
      }
      perHead {
        population
        populationYear
        confirmed {
          amount
        }
      }
      byProgramme {
        programme {
          name
          coverage {
            expected
            held
          }
        }
        total {
          amount
        }
      }
      allocations {
        nodes {
          id
          kind
          amount {
            amount
          }
          neighbourhoodBoard {
            placeName
          }
        }
      }
      grants {
        nodes {
          title
          amountAwarded {
            amount
          }
          assetLinks {
            asset {
              id
            }
            confidence
          }
        }
      }
    }
  }
  fundingTotals(groupBy: IMD_2025_DECILE, filter: { kind: [CONFIRMED] }) {
    imd2025Decile
    confirmed {
      amount
    }
    recordCount
    perHead {
      population
      confirmed {
        amount
      }
    }
  }
}
`;

/** The query of the README's curl example: a council found by a gov.uk spelling of its name. */
export const COUNCIL_BY_NAME_EXAMPLE =
  '{ council(name: "Kingston upon Hull, City of") { id code name } }';

export const EXAMPLES: readonly ExplorerExample[] = [
  {
    operationName: 'CouncilProfile',
    description:
      'A council with its strategic authority, deprivation and source; the most deprived English councils',
    query: COUNCIL_EXAMPLE,
  },
  {
    operationName: 'NeighbourhoodBoards',
    description:
      "A council's Neighbourhood Boards, each with its chair, trust and citations (joined by the gateway)",
    query: NEIGHBOURHOOD_BOARDS_EXAMPLE,
  },
  {
    operationName: 'AssetsAndTheirClocks',
    description:
      "A council's Assets of Community Value: status on the day, the listing's statutory end, history and the grants that bought them",
    query: ASSETS_EXAMPLE,
  },
  {
    operationName: 'FollowTheMoney',
    description:
      "A council's allocations and grants per resident, and every programme by IMD 2025 decile (exact amounts)",
    query: FUNDING_EXAMPLE,
  },
  {
    operationName: 'CouncilByName',
    description: "A council found by any spelling in the register's lookup",
    query: COUNCIL_BY_NAME_EXAMPLE,
  },
];

/** The text of an example's tab: its description as a comment, then the query, named. */
export function exampleTabQuery(example: ExplorerExample): string {
  return `# ${example.description}\nquery ${example.operationName} ${example.query}`;
}
