import { AssetCategory, AssetStatus } from '../src/asset/asset.enums';
import type { AssetTable } from '../src/asset/asset.table';
import type { ClockSettings, IsoDate } from '../src/clock';
import { derivedRows, knownFromOf } from '../src/timeline/derive';
import { deriveTimeline, periodOn, type TimelineEvent } from '../src/timeline/timeline';
import type { AssetMoratoriumTable, AssetPeriodTable } from '../src/timeline/timeline.table';
import type { SynthCouncil } from './councils';
import { syntheticHistory } from './history';
import {
  categoryAndName,
  nominatingGroup,
  ownerName,
  placeName,
  postcode,
  streetAddress,
} from './names';
import { Random, WeightedPicker } from './random';
import { SYNTHETIC_ID_PREFIX, SYNTHETIC_SOURCE_ID, syntheticNotes } from './source';

const KM_PER_DEGREE = 111.32;

export type SynthAsset = Omit<AssetTable, 'loaded_by_run' | 'valid_from'>;

/** One synthetic asset with its events and the derived rows the clock engine gives for them. */
export interface SynthRecord {
  asset: SynthAsset;
  events: TimelineEvent[];
  periods: AssetPeriodTable[];
  moratoria: AssetMoratoriumTable[];
}

export interface SynthOptions {
  seed: number;
  /** The day the histories run up to and the register is "read" on (so: who is in moratorium). */
  today: IsoDate;
  councils: SynthCouncil[];
  settings: ClockSettings;
}

export const syntheticId = (index: number): string =>
  `${SYNTHETIC_ID_PREFIX}${String(index + 1).padStart(7, '0')}`;

/**
 * The synthetic register, one asset at a time, from one PRNG stream: the first N records are the
 * same whatever the total, so a small run is a prefix of the big one. Councils are drawn by
 * population (Birmingham gets the most, the City of London the fewest).
 */
export function* syntheticAssets(options: SynthOptions): Generator<SynthRecord> {
  const random = new Random(options.seed);
  const councils = new WeightedPicker(options.councils, (c) => c.population);
  for (let index = 0; ; index += 1) yield syntheticRecord(random, index, councils, options);
}

function syntheticRecord(
  random: Random,
  index: number,
  councils: WeightedPicker<SynthCouncil>,
  { seed, today, settings }: SynthOptions,
): SynthRecord {
  const council = councils.pick(random);
  const place = placeName(random);
  const { category, name } = categoryAndName(random, place);
  const sportsGround = category === AssetCategory.SPORTS_GROUND;
  // Scattered around the centroid over about the council's own radius.
  const sigmaKm = Math.max(0.5, Math.sqrt(council.areaKm2 / Math.PI) / 2);
  const latitude = council.latitude + (random.normal() * sigmaKm) / KM_PER_DEGREE;
  const longitude =
    council.longitude +
    (random.normal() * sigmaKm) / (KM_PER_DEGREE * Math.cos((council.latitude * Math.PI) / 180));
  const address = streetAddress(random, place);
  const code = postcode(random, council);
  const group = nominatingGroup(random, name, place);
  const owner = ownerName(random, category);
  const events = syntheticHistory(random, today, settings, sportsGround);

  const asset: SynthAsset = {
    id: syntheticId(index),
    name,
    category,
    category_inferred: false,
    address,
    postcode: code,
    uprn: null,
    latitude: round6(latitude),
    longitude: round6(longitude),
    council_id: council.gssCode,
    region: council.region,
    listing_authority_name: council.name,
    succession_note: null,
    nominating_group: group,
    nominating_organisation_id: null,
    owner_name: owner,
    owner_organisation_id: null,
    recorded_status: statusToday(events, today, sportsGround, settings),
    status_qualifier: null,
    recorded_on: today,
    listing_ends_in_source: null,
    register_reference: null,
    planning_data_entity: null,
    sports_ground: sportsGround,
    notes: syntheticNotes(seed),
    citation_id: null,
    source_url: null,
    source_id: SYNTHETIC_SOURCE_ID,
    known_from: null,
    // Its own point, as `deriveLocations` would give it (the bulk insert writes the same).
    location_latitude: round6(latitude),
    location_longitude: round6(longitude),
    location_precision: 'RECORD',
    location_source_id: SYNTHETIC_SOURCE_ID,
  };
  const derived = derivedRows(asset, events, settings);
  asset.known_from = knownFromOf(derived.periods).get(asset.id) ?? null;
  return { asset, events, ...derived };
}

/**
 * The status a register read on `today` would record: what the engine derives from the events
 * alone (a recorded day before every event adds nothing), so the row never contradicts its
 * own history and the recorded status adds no period of its own.
 */
function statusToday(
  events: TimelineEvent[],
  today: IsoDate,
  sportsGround: boolean,
  settings: ClockSettings,
): AssetStatus {
  const { periods } = deriveTimeline(
    {
      recordedStatus: AssetStatus.NOMINATED,
      statusQualifier: null,
      recordedOn: '1900-01-01',
      listingEndsInSource: null,
      sportsGround,
    },
    events,
    settings,
  );
  return periodOn(periods, today)?.status ?? AssetStatus.NOMINATED;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
