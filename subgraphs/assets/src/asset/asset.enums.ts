import { registerEnumType } from 'type-graphql';

export enum AssetStatus {
  PROPOSED = 'proposed',
  NOMINATED = 'nominated',
  LISTED = 'listed',
  UNSUCCESSFUL = 'unsuccessful',
  REMOVED = 'removed',
  EXPIRED = 'expired',
  SOLD = 'sold',
  BOUGHT_BY_COMMUNITY = 'bought_by_community',
}

export enum AssetCategory {
  PUB = 'pub',
  SHOP = 'shop',
  LIBRARY = 'library',
  COMMUNITY_CENTRE = 'community_centre',
  SPORTS_GROUND = 'sports_ground',
  SWIMMING_POOL = 'swimming_pool',
  MUSIC_VENUE = 'music_venue',
  GREEN_SPACE = 'green_space',
  CIVIC_BUILDING = 'civic_building',
  PLACE_OF_WORSHIP = 'place_of_worship',
  OTHER = 'other',
}

export enum AssetOrderField {
  NAME = 'name',
  ID = 'id',
}

registerEnumType(AssetStatus, {
  name: 'AssetStatus',
  description:
    "Where an asset stands on its council's lists (Localism Act 2011, Part 5 Chapter 3). Listed and unsuccessful nominations are both kept, as s.87 and s.93 require.",
  valuesConfig: {
    PROPOSED: { description: 'A nomination is planned but not yet made, by the source.' },
    NOMINATED: {
      description: 'Nominated; the council has not decided, or the decision is not known.',
    },
    LISTED: { description: 'On the list of assets of community value (s.87).' },
    UNSUCCESSFUL: {
      description:
        'The council decided not to list it (on the list of unsuccessful nominations, s.93).',
    },
    REMOVED: {
      description: 'Taken off the list on review or appeal before its five years ran out.',
    },
    EXPIRED: { description: 'The five-year listing ended (s.87(3)) and was not renewed.' },
    SOLD: { description: 'Sold to a buyer other than a community group.' },
    BOUGHT_BY_COMMUNITY: { description: 'Bought by a community group.' },
  },
});

registerEnumType(AssetCategory, {
  name: 'AssetCategory',
  description:
    'What kind of place the asset is. When the source does not say, it is read off the name only where the name is unambiguous (`categoryInferred` is then true); otherwise OTHER.',
  valuesConfig: {
    PUB: { description: 'A pub, inn or tavern.' },
    SHOP: { description: 'A shop, post office or market.' },
    LIBRARY: { description: 'A library.' },
    COMMUNITY_CENTRE: { description: 'A community centre, village hall or social club.' },
    SPORTS_GROUND: { description: 'A sports ground, pitch, bowls club or stadium.' },
    SWIMMING_POOL: { description: 'A swimming pool or lido.' },
    MUSIC_VENUE: { description: 'A music venue, theatre or cinema.' },
    GREEN_SPACE: { description: 'A park, green, allotment, field or wood.' },
    CIVIC_BUILDING: { description: 'A town hall, school, museum or other public building.' },
    PLACE_OF_WORSHIP: { description: 'A church, chapel or other place of worship.' },
    OTHER: { description: 'Anything else, or a name that does not say.' },
  },
});

registerEnumType(AssetOrderField, {
  name: 'AssetOrderField',
  description: 'What to sort assets by.',
  valuesConfig: {
    NAME: { description: 'Name of the asset.' },
    ID: { description: 'Id of the record.' },
  },
});
