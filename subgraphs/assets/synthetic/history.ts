import {
  ACV_SCHEME_COMMENCED_ON,
  addDays,
  daysBetween,
  isAfter,
  listingEndsOn,
  moratorium,
  type ClockSettings,
  type IsoDate,
} from '../src/clock';
import { AssetEventKind } from '../src/event/event.enums';
import type { TimelineEvent } from '../src/timeline/timeline';
import type { Random } from './random';

/** The Regulations came into force on 21 September 2012: no nomination is older. */
const FIRST_NOMINATION = ACV_SCHEME_COMMENCED_ON;
/** A listing can be renewed at most this many times here (three five-year terms). */
const MAX_TERMS = 3;

/**
 * A plausible life of one asset up to `today`: nominated, then listed or refused; while listed
 * perhaps a review, a disposal notice (with a bid request in time, too late, or none) and a
 * sale, a community purchase, expiry or a relisting. The dates that depend on law (end of a
 * listing, end of a moratorium) come from the clock engine, not from here, so the histories
 * place sales and relistings where the rules put the windows. Events after `today` are dropped.
 */
export function syntheticHistory(
  random: Random,
  today: IsoDate,
  settings: ClockSettings,
  sportsGround: boolean,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const add = (kind: AssetEventKind, occurredOn: IsoDate) => events.push({ kind, occurredOn });

  const span = daysBetween(FIRST_NOMINATION, today);
  const nominatedOn = addDays(FIRST_NOMINATION, random.int(0, span));
  add(AssetEventKind.NOMINATED, nominatedOn);
  // Councils decide within the 8 weeks (reg 7), most of them in the last fortnight of it.
  const decidedOn = addDays(nominatedOn, random.int(21, 56));
  if (random.chance(0.3)) add(AssetEventKind.UNSUCCESSFUL, decidedOn);
  else listingHistory(random, decidedOn, settings, sportsGround, add);

  return events.filter((event) => !isAfter(event.occurredOn, today));
}

function listingHistory(
  random: Random,
  firstListedOn: IsoDate,
  settings: ClockSettings,
  sportsGround: boolean,
  add: (kind: AssetEventKind, on: IsoDate) => void,
): void {
  let listedOn = firstListedOn;
  add(AssetEventKind.LISTED, listedOn);
  for (let term = 1; term <= MAX_TERMS; term += 1) {
    const lastDay = listingEndsOn(listedOn, settings).date;
    const termDays = daysBetween(listedOn, lastDay);

    if (random.chance(0.06)) {
      const requestedOn = addDays(listedOn, random.int(7, 56));
      const reviewedOn = addDays(requestedOn, random.int(14, 56));
      add(AssetEventKind.REVIEW_REQUESTED, requestedOn);
      if (random.chance(0.2)) return add(AssetEventKind.REVIEW_ALLOWED, reviewedOn);
      add(AssetEventKind.REVIEW_CONFIRMED, reviewedOn);
    }

    if (random.chance(0.25) && disposal(random, listedOn, termDays, settings, sportsGround, add))
      return;

    if (random.chance(0.3)) {
      // Renewed near the end of the term, sometimes only after it lapsed.
      listedOn = addDays(lastDay, random.int(-20, 90));
      add(AssetEventKind.RELISTED, listedOn);
      continue;
    }
    // Some councils record the expiry; otherwise the five-year rule ends the listing by itself.
    if (random.chance(0.3)) add(AssetEventKind.EXPIRED, addDays(lastDay, 1));
    return;
  }
}

/** A disposal notice during the term and what followed; true when the asset changed hands. */
function disposal(
  random: Random,
  listedOn: IsoDate,
  termDays: number,
  settings: ClockSettings,
  sportsGround: boolean,
  add: (kind: AssetEventKind, on: IsoDate) => void,
): boolean {
  const notifiedOn = addDays(listedOn, random.int(30, Math.max(31, termDays - 60)));
  add(AssetEventKind.DISPOSAL_NOTIFIED, notifiedOn);
  const interim = moratorium({ notifiedOn, bidRequestedOn: null, sportsGround }, settings);
  const interimDays = daysBetween(notifiedOn, interim.interimEndsOn.date);
  let bidInTime = false;
  if (random.chance(0.45)) {
    bidInTime = true;
    add(AssetEventKind.BID_REQUESTED, addDays(notifiedOn, random.int(1, interimDays)));
  } else if (random.chance(0.1)) {
    // A request after the interim period: it triggers no full moratorium (s.95(3)(a)).
    add(AssetEventKind.BID_REQUESTED, addDays(interim.interimEndsOn.date, random.int(1, 30)));
  }
  const endsOn = moratorium(
    { notifiedOn, bidRequestedOn: bidInTime ? notifiedOn : null, sportsGround },
    settings,
  ).endsOn.date;
  if (bidInTime && random.chance(0.3)) {
    // A community group may buy during the moratorium (s.95(5)(a) exempts that sale).
    add(
      AssetEventKind.BOUGHT_BY_COMMUNITY,
      addDays(notifiedOn, random.int(60, daysBetween(notifiedOn, endsOn) + 30)),
    );
    return true;
  }
  if (random.chance(bidInTime ? 0.5 : 0.6)) {
    add(AssetEventKind.SOLD, addDays(endsOn, random.int(1, 480)));
    return true;
  }
  return false;
}
