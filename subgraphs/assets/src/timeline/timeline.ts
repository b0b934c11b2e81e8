import { AssetStatus } from '../asset/asset.enums';
import {
  addDays,
  isAfter,
  listingEndsOn,
  moratorium,
  type ClockSettings,
  type IsoDate,
  type Moratorium,
} from '../clock';
import { AssetEventKind } from '../event/event.enums';

/** What the timeline needs of an asset (a row of `asset`, or a synthetic one). */
export interface TimelineAsset {
  recordedStatus: AssetStatus;
  statusQualifier: string | null;
  recordedOn: IsoDate;
  listingEndsInSource: IsoDate | null;
  sportsGround: boolean;
}

export interface TimelineEvent {
  kind: AssetEventKind;
  occurredOn: IsoDate;
}

/** One span of a status: from `startsOn` to the day before `endsOn` (null: still so). */
export interface StatusPeriod {
  status: AssetStatus;
  qualifier: string | null;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
  /**
   * Why: an event (`event:listed`), a rule (`rule:listing-ended`), or `recorded` when the source
   * gave the status without a date: the span then starts on the day the source was read, and
   * may have begun earlier.
   */
  basis: string;
}

export interface Timeline {
  periods: StatusPeriod[];
  moratoria: Moratorium[];
}

const STATUS_OF_EVENT: Partial<Record<AssetEventKind, AssetStatus>> = {
  [AssetEventKind.LISTED]: AssetStatus.LISTED,
  [AssetEventKind.RELISTED]: AssetStatus.LISTED,
  [AssetEventKind.UNSUCCESSFUL]: AssetStatus.UNSUCCESSFUL,
  [AssetEventKind.REVIEW_ALLOWED]: AssetStatus.REMOVED,
  [AssetEventKind.APPEAL_ALLOWED]: AssetStatus.REMOVED,
  [AssetEventKind.REMOVED]: AssetStatus.REMOVED,
  [AssetEventKind.EXPIRED]: AssetStatus.EXPIRED,
  [AssetEventKind.SOLD]: AssetStatus.SOLD,
  [AssetEventKind.BOUGHT_BY_COMMUNITY]: AssetStatus.BOUGHT_BY_COMMUNITY,
};

/** Events that presuppose a listing: when nothing earlier says so, the asset was listed by then. */
const CONFIRMS_LISTING = new Set([
  AssetEventKind.REVIEW_REQUESTED,
  AssetEventKind.REVIEW_CONFIRMED,
  AssetEventKind.REVIEW_DECLINED,
  AssetEventKind.APPEAL_DISMISSED,
  AssetEventKind.APPEAL_STRUCK_OUT,
  AssetEventKind.UPPER_TRIBUNAL_CONFIRMED,
  AssetEventKind.DISPOSAL_NOTIFIED,
]);

const BEFORE_LISTING = new Set([AssetStatus.PROPOSED, AssetStatus.NOMINATED]);

/**
 * An asset's statuses over time, derived from its dated events and the status its source
 * recorded, under the statutory clocks: a listing ends at the end of the period s.87(3) gives
 * unless an event ends it first, and is then EXPIRED. The recorded status applies from the day
 * the source was read, except a LISTED that the five-year rule has already ended without a
 * recorded renewal (a council page that still shows a lapsed listing is stale; the law is not).
 */
export function deriveTimeline(
  asset: TimelineAsset,
  events: TimelineEvent[],
  settings: ClockSettings,
): Timeline {
  const sorted = [...events].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  const periods: StatusPeriod[] = [];
  let listingEnd: IsoDate | null = null;

  const current = () => periods[periods.length - 1];
  const open = (
    status: AssetStatus,
    startsOn: IsoDate,
    basis: string,
    qualifier: string | null = null,
  ) => {
    const last = current();
    if (last && last.status === status) {
      if (qualifier) last.qualifier = qualifier;
      return;
    }
    if (last) last.endsOn = startsOn;
    periods.push({ status, qualifier, startsOn, endsOn: null, basis });
  };
  /** Closes a listing whose five years ran out before `day`. */
  const lapseBefore = (day: IsoDate | null) => {
    if (current()?.status !== AssetStatus.LISTED || !listingEnd) return;
    const expiresOn = addDays(listingEnd, 1);
    if (day === null || isAfter(day, listingEnd)) {
      open(AssetStatus.EXPIRED, expiresOn, 'rule:listing-ended');
      listingEnd = null;
    }
  };

  for (const event of sorted) {
    lapseBefore(event.occurredOn);
    const status = STATUS_OF_EVENT[event.kind];
    if (status === AssetStatus.LISTED) {
      open(status, event.occurredOn, `event:${event.kind}`);
      listingEnd = listingEndsOn(event.occurredOn, settings).date;
    } else if (status) {
      open(status, event.occurredOn, `event:${event.kind}`);
      listingEnd = null;
    } else if (event.kind === AssetEventKind.LEFT_REGISTER) {
      const now = current()?.status;
      if (now === AssetStatus.LISTED || (now && BEFORE_LISTING.has(now))) {
        open(
          AssetStatus.REMOVED,
          event.occurredOn,
          `event:${event.kind}`,
          "no longer in the council's register",
        );
        listingEnd = null;
      }
    } else if (
      event.kind === AssetEventKind.NOMINATED ||
      event.kind === AssetEventKind.CONSIDERED
    ) {
      if (!current() || BEFORE_LISTING.has(current().status))
        open(AssetStatus.NOMINATED, event.occurredOn, `event:${event.kind}`);
    } else if (
      CONFIRMS_LISTING.has(event.kind) &&
      (!current() || BEFORE_LISTING.has(current().status))
    ) {
      open(AssetStatus.LISTED, event.occurredOn, `event:${event.kind}`);
      listingEnd = asset.listingEndsInSource;
    }
  }
  if (current()?.status === AssetStatus.LISTED && !listingEnd)
    listingEnd = asset.listingEndsInSource;
  lapseBefore(asset.recordedOn);

  const last = current();
  const staleListing =
    asset.recordedStatus === AssetStatus.LISTED &&
    last?.status === AssetStatus.EXPIRED &&
    last.basis === 'rule:listing-ended';
  if (!staleListing && !(last && isAfter(last.startsOn, asset.recordedOn)))
    open(asset.recordedStatus, asset.recordedOn, 'recorded', asset.statusQualifier);
  if (current()?.status === AssetStatus.LISTED) {
    listingEnd ??= asset.listingEndsInSource;
    lapseBefore(null);
  }

  return { periods, moratoria: moratoriaOf(sorted, asset.sportsGround, settings) };
}

/** One moratorium per disposal notice, with the first bid request received before the next notice. */
function moratoriaOf(
  sorted: TimelineEvent[],
  sportsGround: boolean,
  settings: ClockSettings,
): Moratorium[] {
  const notices = sorted.filter((e) => e.kind === AssetEventKind.DISPOSAL_NOTIFIED);
  return notices.map((notice, index) => {
    const next = notices[index + 1]?.occurredOn;
    const request = sorted.find(
      (e) =>
        e.kind === AssetEventKind.BID_REQUESTED &&
        !isAfter(notice.occurredOn, e.occurredOn) &&
        (!next || isAfter(next, e.occurredOn)),
    );
    return moratorium(
      { notifiedOn: notice.occurredOn, bidRequestedOn: request?.occurredOn ?? null, sportsGround },
      settings,
    );
  });
}

/** The period in force on `day`, or null when the sources say nothing about that day. */
export function periodOn(periods: StatusPeriod[], day: IsoDate): StatusPeriod | null {
  return (
    periods.find(
      (p) => !isAfter(p.startsOn, day) && (p.endsOn === null || isAfter(p.endsOn, day)),
    ) ?? null
  );
}
