import type { Bar } from './chart';

/** What a worked question answers from the API's data: a table, a chart, and what it says. */
export interface Answer {
  columns: string[];
  rows: (string | number | null)[][];
  bars: Bar[];
  axis: string;
  groupTitle: string;
  /** One sentence read off the answer (computed, not written by hand). */
  reading: string;
}

export interface Question {
  slug: string;
  question: string;
  /** How the query answers it, and what to bear in mind. */
  method: string;
  query: string;
  /** The answer read off the API's `data` (JSON of the query's shape, typed at this edge). */
  answer(data: unknown): Answer;
}

interface Amount {
  amount: string;
}
interface Authority {
  name: string;
  devolution: { mayoral: boolean; level: string | null } | null;
}
interface DecileGroup {
  imd2025Decile: number | null;
  recordCount: number;
  total: Amount;
  perHead: { population: number; total: Amount; confirmed: Amount } | null;
}
interface AuthorityFunding {
  strategicAuthority: Authority | null;
  recordCount: number;
  total: Amount;
  perHead: { population: number; total: Amount } | null;
}
interface Sales {
  assets: number;
  soldToCommunity: number;
  soldOtherwise: number;
}
interface AuthorityAssets extends Sales {
  strategicAuthority: Authority | null;
  listed: number;
  perResidents: { population: number; assetsPer10k: string } | null;
}
interface RegionAssets extends Sales {
  region: string | null;
  listed: number;
  lapsed: number;
  withdrawn: number;
  medianDaysToOutcome: number | null;
  medianDaysToOutcomeOf: number;
  perResidents: { listedPer10k: string } | null;
}
interface PerHead {
  total: Amount;
}
interface CouncilFacts {
  name: string;
  funding: { perHead: PerHead | null } | null;
  assetSummary: { listed: number };
}
interface Metric {
  value: string | null;
  rank: number | null;
  of: number;
  median: number | null;
}
interface BlackpoolData {
  council: CouncilFacts & {
    comparison: { fundingPerHead: Metric; assetsPer10kResidents: Metric };
    peers: { rank: number; distance: number; council: CouncilFacts }[];
  };
}

const money = (amount: string | null | undefined) => (amount == null ? null : Number(amount));
const words = (value: string | null | undefined) =>
  value == null
    ? '(none)'
    : value
        .toLowerCase()
        .replace(/_/g, ' ')
        .replace(/^./, (c) => c.toUpperCase());
/** Community-owned share of sales, in percent to one decimal; null with no sales. */
const share = (community: number, otherwise: number) =>
  community + otherwise === 0
    ? null
    : Math.round((1000 * community) / (community + otherwise)) / 10;

const PRIDE_IN_PLACE = ['PIPP-P1', 'PIPP-P2', 'PIPP-EXP40', 'PIPIF'];

export const QUESTIONS: Question[] = [
  {
    slug: 'blackpool-peers',
    question: 'How does Blackpool compare with places like it?',
    method:
      "`Council.peers` finds the ten current districts and unitaries nearest Blackpool by IMD 2025 score and log population (standardised, see Peers above); each peer's `funding` gives its money per resident, and `comparison(within: PEERS)` ranks Blackpool in that group.",
    query: `{
  council(code: "BPL") {
    name
    funding { perHead { total { amount } } }
    assetSummary { listed }
    comparison(within: PEERS) {
      fundingPerHead { value rank of median }
      assetsPer10kResidents { value rank of median }
    }
    peers(first: 10) {
      rank
      distance
      council { name funding { perHead { total { amount } } } assetSummary { listed } }
    }
  }
}`,
    answer(data) {
      const { council } = data as BlackpoolData;
      const rows = [
        [
          0,
          council.name,
          0,
          money(council.funding?.perHead?.total.amount),
          council.assetSummary.listed,
        ],
        ...council.peers.map((p) => [
          p.rank,
          p.council.name,
          p.distance,
          money(p.council.funding?.perHead?.total.amount),
          p.council.assetSummary.listed,
        ]),
      ];
      const rank = council.comparison.fundingPerHead;
      return {
        columns: ['Peer rank', 'Council', 'Distance', 'Funding per resident (£)', 'ACVs listed'],
        rows,
        bars: rows.map((r) => ({
          label: String(r[1]),
          value: Number(r[3] ?? 0),
          group: r[0] === 0 ? 'Blackpool' : 'peer',
        })),
        axis: 'All money recorded per resident (£, caps included)',
        groupTitle: 'Council',
        reading: `Blackpool ranks ${rank.rank} of ${rank.of} in its peer group on money per resident (£${rank.value}; the group's median is £${rank.median}).`,
      };
    },
  },
  {
    slug: 'funding-by-imd-decile',
    question: 'How much reached the most deprived tenth per resident?',
    method:
      '`fundingTotals(groupBy: IMD_2025_DECILE)` adds every allocation and grant by the IMD 2025 decile of its district (1 = most deprived tenth of 296), divided by the residents of the districts in that decile. County councils and places outside England have no decile (the last row).',
    query: `{
  fundingTotals(groupBy: IMD_2025_DECILE) {
    imd2025Decile
    recordCount
    total { amount }
    perHead { population total { amount } confirmed { amount } }
  }
}`,
    answer(data) {
      const groups = (data as { fundingTotals: DecileGroup[] }).fundingTotals;
      const rows = groups.map((g) => [
        g.imd2025Decile ?? '(none)',
        g.recordCount,
        money(g.total.amount),
        g.perHead?.population ?? null,
        money(g.perHead?.total.amount),
        money(g.perHead?.confirmed.amount),
      ]);
      const deciles = groups.flatMap((g) =>
        g.imd2025Decile === null ? [] : [{ ...g, decile: g.imd2025Decile }],
      );
      const first = deciles.find((g) => g.decile === 1);
      const last = deciles.find((g) => g.decile === 10);
      return {
        columns: [
          'IMD 2025 decile',
          'Records',
          'Total (£)',
          'Residents',
          'Per resident (£)',
          'Confirmed per resident (£)',
        ],
        rows,
        bars: deciles.map((g) => ({
          label: `Decile ${g.decile}`,
          value: Number(g.perHead?.total.amount ?? 0),
          group: g.decile <= 3 ? 'most deprived 30%' : 'other',
        })),
        axis: 'Money per resident (£, caps included)',
        groupTitle: 'Decile',
        reading: `The most deprived tenth received £${first?.perHead?.total.amount ?? '?'} per resident (£${first?.perHead?.confirmed.amount ?? '?'} confirmed), the least deprived £${last?.perHead?.total.amount ?? '?'}.`,
      };
    },
  },
  {
    slug: 'ownership-by-strategic-authority',
    question: 'Do mayoral strategic authorities see more community ownership?',
    method:
      "`assetTotals(groupBy: STRATEGIC_AUTHORITY)` counts the Assets of Community Value in each authority's councils today; each group's `strategicAuthority.devolution` (from the councils subgraph) says whether it has a mayor and its tier. The last row is the councils outside any authority; `groupBy: MAYORAL` splits everything in two, with residents on both sides.",
    query: `{
  assetTotals(groupBy: STRATEGIC_AUTHORITY) {
    strategicAuthority { name devolution { mayoral level } }
    assets listed soldToCommunity soldOtherwise
    perResidents { population assetsPer10k }
  }
  byMayoral: assetTotals(groupBy: MAYORAL) {
    mayoral assets soldToCommunity perResidents { assetsPer10k }
  }
}`,
    answer(data) {
      const { assetTotals: groups, byMayoral } = data as {
        assetTotals: AuthorityAssets[];
        byMayoral: (Sales & {
          mayoral: boolean | null;
          perResidents: { assetsPer10k: string } | null;
        })[];
      };
      const side = (mayoral: boolean) => byMayoral.find((g) => g.mayoral === mayoral);
      const rows = groups.map((g) => [
        g.strategicAuthority?.name ?? '(no strategic authority)',
        g.strategicAuthority ? words(g.strategicAuthority.devolution?.level) : '-',
        g.assets,
        g.listed,
        g.soldToCommunity,
        g.soldOtherwise,
        share(g.soldToCommunity, g.soldOtherwise),
        g.perResidents ? Number(g.perResidents.assetsPer10k) : null,
      ]);
      return {
        columns: [
          'Strategic authority',
          'Tier',
          'Assets',
          'Listed',
          'Bought by community',
          'Sold otherwise',
          'Community share of sales (%)',
          'Assets per 10k residents',
        ],
        rows,
        bars: groups.flatMap(({ strategicAuthority, perResidents }) =>
          perResidents === null
            ? []
            : [
                {
                  label: strategicAuthority?.name ?? '(no strategic authority)',
                  value: Number(perResidents.assetsPer10k),
                  group: strategicAuthority ? words(strategicAuthority.devolution?.level) : 'none',
                },
              ],
        ),
        axis: 'Assets of Community Value per 10,000 residents',
        groupTitle: 'Tier',
        reading: `Councils in mayoral authorities hold ${side(true)?.assets ?? 0} asset records (${side(true)?.perResidents?.assetsPer10k ?? '?'} per 10,000 residents), the others ${side(false)?.assets ?? 0} (${side(false)?.perResidents?.assetsPer10k ?? '?'} per 10,000); ${side(true)?.soldToCommunity ?? 0} and ${side(false)?.soldToCommunity ?? 0} respectively are recorded as bought by a community group, so the data cannot yet answer the question about ownership itself.`,
      };
    },
  },
  {
    slug: 'listings-by-region',
    question: 'Where are assets listed, and how do listings end, by region?',
    method:
      "`assetTotals(groupBy: REGION)` counts each region's assets by where they stand today and how their listing ended (lapsed after five years, withdrawn, sold, bought by a community group); `medianDaysToOutcome` is the median time from first listing to that outcome, where the records give both; `perResidents` divides by the region's residents.",
    query: `{
  assetTotals(groupBy: REGION) {
    region assets listed lapsed withdrawn soldOtherwise soldToCommunity
    medianDaysToOutcome medianDaysToOutcomeOf
    perResidents { listedPer10k }
  }
}`,
    answer(data) {
      const groups = (data as { assetTotals: RegionAssets[] }).assetTotals;
      const rows = groups.map((g) => [
        words(g.region),
        g.assets,
        g.listed,
        g.lapsed,
        g.withdrawn,
        g.soldOtherwise,
        g.soldToCommunity,
        g.medianDaysToOutcome,
        g.medianDaysToOutcomeOf,
        g.perResidents ? Number(g.perResidents.listedPer10k) : null,
      ]);
      const placed = groups.flatMap(({ region, perResidents }) =>
        perResidents === null
          ? []
          : [{ label: words(region), value: Number(perResidents.listedPer10k), group: 'region' }],
      );
      const top = [...placed].sort((a, b) => b.value - a.value)[0];
      const ended = groups.reduce((s, g) => s + g.lapsed + g.withdrawn + g.soldOtherwise, 0);
      const bought = groups.reduce((s, g) => s + g.soldToCommunity, 0);
      return {
        columns: [
          'Region',
          'Assets',
          'Listed',
          'Lapsed',
          'Withdrawn',
          'Sold otherwise',
          'Bought by community',
          'Median days to outcome',
          'Of assets',
          'Listed per 10k residents',
        ],
        rows,
        bars: placed,
        axis: 'Assets listed today per 10,000 residents',
        groupTitle: 'Group',
        reading: `${top ? `${top.label} lists the most assets per resident (${top.value.toFixed(2)} per 10,000). ` : ''}${ended} listings have ended without a community purchase and ${bought} with one.`,
      };
    },
  },
  {
    slug: 'pride-in-place-by-authority',
    question: 'Where is Pride in Place money going, by strategic authority?',
    method:
      "`fundingTotals(groupBy: STRATEGIC_AUTHORITY, filter: { programmeId: [...] })` adds the Pride in Place programme caps and Impact Fund allocations by the authority of each council, per resident of the authority's districts and unitaries; each group's tier comes from `strategicAuthority.devolution`.",
    query: `{
  fundingTotals(
    groupBy: STRATEGIC_AUTHORITY
    filter: { programmeId: ${JSON.stringify(PRIDE_IN_PLACE)} }
  ) {
    strategicAuthority { name devolution { level } }
    recordCount
    total { amount }
    perHead { population total { amount } }
  }
}`,
    answer(data) {
      const groups = (data as { fundingTotals: AuthorityFunding[] }).fundingTotals;
      const rows = groups.map((g) => [
        g.strategicAuthority?.name ?? '(no strategic authority)',
        g.strategicAuthority ? words(g.strategicAuthority.devolution?.level) : '-',
        g.recordCount,
        money(g.total.amount),
        g.perHead?.population ?? null,
        money(g.perHead?.total.amount),
      ]);
      const placed = groups.flatMap(({ strategicAuthority, perHead }) =>
        perHead === null
          ? []
          : [
              {
                label: strategicAuthority?.name ?? '(no strategic authority)',
                value: Number(perHead.total.amount),
                group: strategicAuthority ? words(strategicAuthority.devolution?.level) : 'none',
                inAuthority: strategicAuthority !== null,
              },
            ],
      );
      const top = placed.filter((g) => g.inAuthority).sort((a, b) => b.value - a.value)[0];
      return {
        columns: [
          'Strategic authority',
          'Tier',
          'Records',
          'Total (£)',
          'Residents',
          'Per resident (£)',
        ],
        rows,
        bars: placed.map(({ label, value, group }) => ({ label, value, group })),
        axis: 'Pride in Place money per resident (£, caps included)',
        groupTitle: 'Tier',
        reading: top
          ? `${top.label} has the most Pride in Place money per resident among the authorities (£${top.value.toFixed(2)}).`
          : 'No authority has Pride in Place money recorded.',
      };
    },
  },
];
