import { registerEnumType } from 'type-graphql';

// Values are this API's words; `eventKindOfSourceWord` maps the sources' words onto them.

export enum AssetEventKind {
  NOMINATED = 'nominated',
  CONSIDERED = 'considered',
  LISTED = 'listed',
  RELISTED = 'relisted',
  UNSUCCESSFUL = 'unsuccessful',
  REVIEW_REQUESTED = 'review_requested',
  REVIEW_CONFIRMED = 'review_confirmed',
  REVIEW_DECLINED = 'review_declined',
  REVIEW_ALLOWED = 'review_allowed',
  APPEAL_DISMISSED = 'appeal_dismissed',
  APPEAL_ALLOWED = 'appeal_allowed',
  APPEAL_STRUCK_OUT = 'appeal_struck_out',
  UPPER_TRIBUNAL_CONFIRMED = 'upper_tribunal_confirmed',
  REMOVED = 'removed',
  EXPIRED = 'expired',
  DISPOSAL_NOTIFIED = 'disposal_notified',
  BID_REQUESTED = 'bid_requested',
  COMPENSATION_CLAIMED = 'compensation_claimed',
  COMPENSATION_PAID = 'compensation_paid',
  COMPENSATION_REFUSED = 'compensation_refused',
  SOLD = 'sold',
  BOUGHT_BY_COMMUNITY = 'bought_by_community',
  LEFT_REGISTER = 'left_register',
}

registerEnumType(AssetEventKind, {
  name: 'AssetEventKind',
  description: "What happened to an asset on a day, in the Localism Act 2011's terms.",
  valuesConfig: {
    NOMINATED: {
      description: 'A community group nominated it (s.89); the council has 8 weeks to decide.',
    },
    CONSIDERED: {
      description: 'The council considered the nomination; the outcome is not in the source.',
    },
    LISTED: { description: 'Entered on the list (s.87); the listing lasts 5 years.' },
    RELISTED: { description: 'Listed again, for a new 5-year term.' },
    UNSUCCESSFUL: { description: 'The council decided not to list it (s.93).' },
    REVIEW_REQUESTED: { description: 'The owner asked the council to review the listing (s.92).' },
    REVIEW_CONFIRMED: { description: 'The council reviewed the listing and kept it.' },
    REVIEW_DECLINED: { description: "The council declined the owner's request for a review." },
    REVIEW_ALLOWED: { description: 'The council reviewed the listing and removed it.' },
    APPEAL_DISMISSED: {
      description: "The First-tier Tribunal dismissed the owner's appeal: the listing stands.",
    },
    APPEAL_ALLOWED: {
      description: 'The First-tier Tribunal allowed the appeal: the listing is removed.',
    },
    APPEAL_STRUCK_OUT: { description: 'The appeal was struck out: the listing stands.' },
    UPPER_TRIBUNAL_CONFIRMED: { description: 'The Upper Tribunal upheld the listing.' },
    REMOVED: { description: 'Taken off the list for another reason the source gives.' },
    EXPIRED: { description: 'The listing ended and was not renewed.' },
    DISPOSAL_NOTIFIED: {
      description:
        'The owner notified the council of an intended disposal (s.95): the moratorium clock starts.',
    },
    BID_REQUESTED: {
      description:
        'A community interest group asked to be treated as a bidder (s.95(2)): the full moratorium applies.',
    },
    COMPENSATION_CLAIMED: { description: 'The owner claimed compensation (s.99).' },
    COMPENSATION_PAID: { description: 'The council paid compensation.' },
    COMPENSATION_REFUSED: { description: "The council refused the owner's compensation claim." },
    SOLD: { description: 'Sold to a buyer other than a community group.' },
    BOUGHT_BY_COMMUNITY: { description: 'Bought by a community group.' },
    LEFT_REGISTER: {
      description:
        "No longer in the council's published register (a newer file left it out): a listed or nominated asset is then taken as removed, since the reason is not given.",
    },
  },
});

/** The words of the events file and registers, as they map onto `AssetEventKind`. */
const SOURCE_WORDS: Record<string, AssetEventKind> = {
  ...Object.fromEntries(Object.values(AssetEventKind).map((kind) => [kind, kind])),
  listing_expired: AssetEventKind.EXPIRED,
  tribunal_appeal_dismissed: AssetEventKind.APPEAL_DISMISSED,
  tribunal_appeal_allowed: AssetEventKind.APPEAL_ALLOWED,
  tribunal_appeal_struck_out: AssetEventKind.APPEAL_STRUCK_OUT,
  upper_tribunal_listing_confirmed: AssetEventKind.UPPER_TRIBUNAL_CONFIRMED,
  interim_moratorium_start: AssetEventKind.DISPOSAL_NOTIFIED,
  disposal_notice: AssetEventKind.DISPOSAL_NOTIFIED,
  full_moratorium_start: AssetEventKind.BID_REQUESTED,
  compensation: AssetEventKind.COMPENSATION_CLAIMED,
  review: AssetEventKind.REVIEW_REQUESTED,
  appeal_dismissed: AssetEventKind.APPEAL_DISMISSED,
  appeal_allowed: AssetEventKind.APPEAL_ALLOWED,
};

export const knownEventWords = Object.keys(SOURCE_WORDS).sort();

export const eventKindOfSourceWord = (word: string): AssetEventKind | undefined =>
  SOURCE_WORDS[word.trim().toLowerCase()];
