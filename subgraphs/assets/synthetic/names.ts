import { AssetCategory } from '../src/asset/asset.enums';
import { hashString, type Random } from './random';
import type { SynthCouncil } from './councils';

// Word lists for names that read like the real register (pubs, halls, shops...); the share of
// each category roughly follows the published lists, where pubs are the largest group.

const PLACE_START = [
  'Ash',
  'Brad',
  'Burn',
  'Chel',
  'Cold',
  'Dun',
  'Elm',
  'Fen',
  'Gras',
  'Hol',
  'Kings',
  'Lang',
  'Mar',
  'Nor',
  'Ox',
  'Ped',
  'Ray',
  'Sand',
  'Thorn',
  'Up',
  'Wal',
  'Whit',
  'Wood',
  'Stan',
  'Bur',
  'Cal',
  'Brom',
  'Hap',
  'Lit',
  'Mel',
  'Oak',
  'Rush',
  'Sher',
  'Ted',
  'West',
  'East',
  'North',
];
const PLACE_END = [
  'ford',
  'ton',
  'ley',
  'ham',
  'bury',
  'field',
  'wick',
  'worth',
  'stead',
  'by',
  'thorpe',
  'combe',
  'den',
  'well',
  'bridge',
  'minster',
  'hurst',
  'moor',
  'gate',
  'brook',
  'cote',
];
const STREET_WORD = [
  'High',
  'Church',
  'Mill',
  'Station',
  'Victoria',
  'Park',
  'London',
  'Main',
  'Chapel',
  'Queen',
  'Kings',
  'School',
  'North',
  'West',
  'Manor',
  'Bridge',
  'Castle',
  'Market',
  'Green',
  'Water',
];
const STREET_KIND = ['Road', 'Street', 'Lane', 'Avenue', 'Close', 'Hill', 'Way', 'Row'];
const PUB_FIRST = [
  'Red',
  'White',
  'Black',
  'Golden',
  'Royal',
  'Green',
  'Blue',
  'Old',
  "King's",
  "Queen's",
  'Rising',
  'Three',
  'Star and',
  'Fox and',
  'Coach and',
  'Wheatsheaf and',
];
const PUB_SECOND = [
  'Lion',
  'Hart',
  'Swan',
  'Bull',
  'Horse',
  'Crown',
  'Anchor',
  'Plough',
  'Bell',
  'Star',
  'Oak',
  'Fox',
  'Hound',
  'Stag',
  'Ship',
  'Sun',
  'Feathers',
  'Garter',
  'Boar',
  'Cock',
];
const PUB_SUFFIX = ['', '', '', ' Inn', ' Tavern', ' Hotel'];
const SAINTS = ['Mary', 'John', 'Peter', 'Michael', 'Andrew', 'Margaret', 'George', 'Luke'];
const PUB_OWNERS = [
  'Punch Pubs & Co',
  'Stonegate Group',
  'Admiral Taverns',
  'Greene King',
  "Marston's",
];

interface CategoryShape {
  category: AssetCategory;
  weight: number;
  names: ((place: string, random: Random) => string)[];
}

const CATEGORIES: CategoryShape[] = [
  {
    category: AssetCategory.PUB,
    weight: 38,
    names: [
      (_p, r) => `The ${r.pick(PUB_FIRST)} ${r.pick(PUB_SECOND)}${r.pick(PUB_SUFFIX)}`,
      (p, r) => `The ${p} ${r.pick(['Arms', 'Inn', 'Tavern'])}`,
    ],
  },
  {
    category: AssetCategory.SHOP,
    weight: 7,
    names: [
      (p) => `${p} Post Office`,
      (p) => `${p} Village Stores`,
      (p) => `${p} Community Shop`,
      (_p, r) => `${r.pick(STREET_WORD)} Street Stores`,
    ],
  },
  { category: AssetCategory.LIBRARY, weight: 5, names: [(p) => `${p} Library`] },
  {
    category: AssetCategory.COMMUNITY_CENTRE,
    weight: 14,
    names: [
      (p) => `${p} Village Hall`,
      (p) => `${p} Community Centre`,
      (p) => `${p} Social Club`,
      (p) => `${p} Memorial Hall`,
    ],
  },
  {
    category: AssetCategory.SPORTS_GROUND,
    weight: 8,
    names: [
      (p) => `${p} Recreation Ground`,
      (p) => `${p} Cricket Ground`,
      (p) => `${p} Bowls Club`,
      (p) => `${p} Playing Fields`,
    ],
  },
  {
    category: AssetCategory.SWIMMING_POOL,
    weight: 2,
    names: [(p) => `${p} Lido`, (p) => `${p} Swimming Pool`],
  },
  {
    category: AssetCategory.MUSIC_VENUE,
    weight: 3,
    names: [(p) => `${p} Picture House`, (p) => `The ${p} Theatre`, (p) => `${p} Music Hall`],
  },
  {
    category: AssetCategory.GREEN_SPACE,
    weight: 12,
    names: [(p) => `${p} Allotments`, (p) => `${p} Green`, (p) => `${p} Park`, (p) => `${p} Woods`],
  },
  {
    category: AssetCategory.CIVIC_BUILDING,
    weight: 4,
    names: [(p) => `${p} Town Hall`, (p) => `${p} Museum`, (p) => `Old ${p} School`],
  },
  {
    category: AssetCategory.PLACE_OF_WORSHIP,
    weight: 4,
    names: [(_p, r) => `St ${r.pick(SAINTS)}'s Church`, (p) => `${p} Methodist Chapel`],
  },
  {
    category: AssetCategory.OTHER,
    weight: 3,
    names: [(p) => `${p} Windmill`, (p) => `${p} Boat House`, (p) => `The Old Forge, ${p}`],
  },
];
const TOTAL_WEIGHT = CATEGORIES.reduce((sum, c) => sum + c.weight, 0);

// Postcode areas by region, so a council's postcodes look like its part of England.
const POSTCODE_AREAS: Record<string, string[]> = {
  London: [
    'E',
    'N',
    'NW',
    'SE',
    'SW',
    'W',
    'BR',
    'CR',
    'EN',
    'HA',
    'IG',
    'KT',
    'RM',
    'SM',
    'TW',
    'UB',
  ],
  'South East': ['BN', 'GU', 'RH', 'TN', 'ME', 'CT', 'OX', 'RG', 'SL', 'HP', 'MK', 'PO', 'SO'],
  'South West': ['BS', 'BA', 'EX', 'PL', 'TQ', 'TR', 'TA', 'DT', 'BH', 'SP', 'SN', 'GL'],
  'East of England': ['CB', 'CM', 'CO', 'IP', 'NR', 'PE', 'SG', 'AL', 'LU', 'SS'],
  'East Midlands': ['NG', 'LE', 'DE', 'NN', 'LN'],
  'West Midlands': ['B', 'CV', 'WV', 'WS', 'DY', 'ST', 'TF', 'WR', 'HR'],
  'Yorkshire and The Humber': ['LS', 'BD', 'HD', 'HX', 'WF', 'S', 'DN', 'HU', 'YO', 'HG'],
  'North West': ['M', 'L', 'WA', 'WN', 'BL', 'OL', 'SK', 'PR', 'BB', 'FY', 'LA', 'CA', 'CH'],
  'North East': ['NE', 'SR', 'DH', 'DL', 'TS'],
};
const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXY';

export const placeName = (random: Random): string =>
  `${random.pick(PLACE_START)}${random.pick(PLACE_END)}`;

/** A category (by the weights above) and a name of that kind in `place`. */
export function categoryAndName(
  random: Random,
  place: string,
): { category: AssetCategory; name: string } {
  let target = random.next() * TOTAL_WEIGHT;
  const shape = CATEGORIES.find((c) => (target -= c.weight) < 0) ?? CATEGORIES[0];
  return { category: shape.category, name: random.pick(shape.names)(place, random) };
}

export const streetAddress = (random: Random, place: string): string =>
  `${random.int(1, 220)} ${random.pick(STREET_WORD)} ${random.pick(STREET_KIND)}, ${place}`;

/**
 * A postcode of plausible form (`AB12 3CD`): the area and first district are fixed per council
 * (from its code, whatever the seed), the rest drawn.
 */
export function postcode(random: Random, council: SynthCouncil): string {
  const hash = hashString(council.code);
  const areas = POSTCODE_AREAS[council.region] ?? ['ZZ'];
  const area = areas[hash % areas.length];
  const district = 1 + ((hash >>> 8) % 20) + random.int(0, 5);
  const unit = `${random.pick([...UNIT_LETTERS])}${random.pick([...UNIT_LETTERS])}`;
  return `${area}${district} ${random.int(1, 9)}${unit}`;
}

export function nominatingGroup(random: Random, name: string, place: string): string | null {
  if (!random.chance(0.7)) return null;
  return random.pick([`Friends of ${name}`, `${place} Community Group`, `${place} Parish Council`]);
}

export function ownerName(random: Random, category: AssetCategory): string | null {
  if (!random.chance(0.4)) return null;
  if (category === AssetCategory.PUB) return random.pick(PUB_OWNERS);
  return random.pick(['private owner', 'the county council', 'a property company', 'the diocese']);
}
