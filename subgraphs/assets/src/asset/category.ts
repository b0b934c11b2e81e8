import { AssetCategory } from './asset.enums';

/**
 * Words in an asset's name that say what it is. Only whole words count, and a name that matches
 * two categories ("Market Tavern") says nothing: the category is then OTHER, not a guess.
 */
const NAME_WORDS: [AssetCategory, RegExp][] = [
  [AssetCategory.PUB, /\b(pub|public house|inn|tavern|arms|alehouse|ale house|free house)\b/i],
  [AssetCategory.SHOP, /\b(shop|stores|post office|news ?agents?)\b/i],
  [AssetCategory.LIBRARY, /\blibrary\b/i],
  [
    AssetCategory.COMMUNITY_CENTRE,
    /\b(community (centre|center|hall)|village hall|social club|working men'?s club|youth club|scout hut|memorial hall|parish hall)\b/i,
  ],
  [
    AssetCategory.SPORTS_GROUND,
    /\b(sports? ground|football (ground|club)|cricket (ground|club)|rugby (ground|club)|bowls club|bowling (green|club)|stadium|golf (course|club)|tennis club|playing fields?)\b/i,
  ],
  [AssetCategory.SWIMMING_POOL, /\b(swimming pool|lido|swimming baths)\b/i],
  [AssetCategory.MUSIC_VENUE, /\b(music venue|theatre|cinema|concert hall|picture house)\b/i],
  [
    AssetCategory.GREEN_SPACE,
    /\b(park|allotments?|recreation ground|meadows?|orchard|nature reserve|woods?|woodland|village green|common|play area|playground|open space)\b/i,
  ],
  [
    AssetCategory.CIVIC_BUILDING,
    /\b(town hall|school|museum|fire station|police station|court house|guildhall)\b/i,
  ],
  [
    AssetCategory.PLACE_OF_WORSHIP,
    /\b(church|chapel|methodist|mosque|synagogue|temple|cathedral|gurdwara)\b/i,
  ],
];

export interface InferredCategory {
  category: AssetCategory;
  /** False only when the name said nothing or said two things. */
  inferred: boolean;
}

export function categoryFromName(name: string): InferredCategory {
  const matches = NAME_WORDS.filter(([, words]) => words.test(name)).map(([category]) => category);
  return matches.length === 1
    ? { category: matches[0], inferred: true }
    : { category: AssetCategory.OTHER, inferred: false };
}
