import { registerEnumType } from 'type-graphql';

/** What a load did to a record (each subgraph's change views name them). */
export enum ChangeKind {
  COUNCIL_ADDED = 'COUNCIL_ADDED',
  COUNCIL_CHANGED = 'COUNCIL_CHANGED',
  COUNCIL_REMOVED = 'COUNCIL_REMOVED',
  BOARD_ADDED = 'BOARD_ADDED',
  BOARD_CHANGED = 'BOARD_CHANGED',
  BOARD_REMOVED = 'BOARD_REMOVED',
  BOARD_STATUS_CHANGED = 'BOARD_STATUS_CHANGED',
  MEMBERSHIP_ADDED = 'MEMBERSHIP_ADDED',
  MEMBERSHIP_CHANGED = 'MEMBERSHIP_CHANGED',
  MEMBERSHIP_ENDED = 'MEMBERSHIP_ENDED',
  MEMBERSHIP_REMOVED = 'MEMBERSHIP_REMOVED',
  ASSET_ADDED = 'ASSET_ADDED',
  ASSET_CHANGED = 'ASSET_CHANGED',
  ASSET_REMOVED = 'ASSET_REMOVED',
  ASSET_LISTED = 'ASSET_LISTED',
  ASSET_DELISTED = 'ASSET_DELISTED',
  ASSET_STATUS_CHANGED = 'ASSET_STATUS_CHANGED',
  ASSET_STATUS_DATES_CHANGED = 'ASSET_STATUS_DATES_CHANGED',
  MORATORIUM_STARTED = 'MORATORIUM_STARTED',
  MORATORIUM_CHANGED = 'MORATORIUM_CHANGED',
  MORATORIUM_WITHDRAWN = 'MORATORIUM_WITHDRAWN',
  ASSET_EVENT_RECORDED = 'ASSET_EVENT_RECORDED',
  ASSET_EVENT_CHANGED = 'ASSET_EVENT_CHANGED',
  ASSET_EVENT_WITHDRAWN = 'ASSET_EVENT_WITHDRAWN',
  ALLOCATION_ADDED = 'ALLOCATION_ADDED',
  ALLOCATION_CHANGED = 'ALLOCATION_CHANGED',
  ALLOCATION_REMOVED = 'ALLOCATION_REMOVED',
  GRANT_ADDED = 'GRANT_ADDED',
  GRANT_CHANGED = 'GRANT_CHANGED',
  GRANT_REMOVED = 'GRANT_REMOVED',
}

const describe = (what: string) => ({ description: what });

registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description:
    'What a load did to a record. `before` and `after` of the change hold the record as it was and became.',
  valuesConfig: {
    COUNCIL_ADDED: describe('A council entered the register.'),
    COUNCIL_CHANGED: describe('A council’s name, kind, region, authority or population changed.'),
    COUNCIL_REMOVED: describe('A council left the register.'),
    BOARD_ADDED: describe('A Pride in Place place and its board were added.'),
    BOARD_CHANGED: describe('A board’s place name, phase or funding cap changed.'),
    BOARD_REMOVED: describe('A board was removed from the places file.'),
    BOARD_STATUS_CHANGED: describe(
      'A board’s status (forming, confirmed...) or legal form changed.',
    ),
    MEMBERSHIP_ADDED: describe('A seat on a board was recorded.'),
    MEMBERSHIP_CHANGED: describe('A seat’s role, dates or body changed.'),
    MEMBERSHIP_ENDED: describe('A seat was given an end date.'),
    MEMBERSHIP_REMOVED: describe('A seat was removed from the sources.'),
    ASSET_ADDED: describe('An asset (a nomination or a listing) entered a register.'),
    ASSET_CHANGED: describe(
      'An asset’s name, category, address, owner or recorded status changed.',
    ),
    ASSET_REMOVED: describe('An asset left every register read.'),
    ASSET_LISTED: describe(
      'An asset’s latest status became LISTED (a new listing, or a relisting).',
    ),
    ASSET_DELISTED: describe(
      'An asset’s latest status stopped being LISTED (removed, expired, sold).',
    ),
    ASSET_STATUS_CHANGED: describe('An asset’s latest status changed between two other statuses.'),
    ASSET_STATUS_DATES_CHANGED: describe(
      'The dates of an asset’s latest status changed (e.g. a listing’s end), not the status.',
    ),
    MORATORIUM_STARTED: describe(
      'An owner’s notice of intent to sell is recorded: the six-week window for a community group to ask to bid runs from `after.notifiedOn` to `after.endsOn` (or the full moratorium when one asked).',
    ),
    MORATORIUM_CHANGED: describe('A moratorium’s regime or dates changed.'),
    MORATORIUM_WITHDRAWN: describe('A recorded moratorium is no longer in the sources.'),
    ASSET_EVENT_RECORDED: describe(
      'A dated event (nomination, review, sale...) was recorded for an asset.',
    ),
    ASSET_EVENT_CHANGED: describe('A recorded event’s detail or link changed.'),
    ASSET_EVENT_WITHDRAWN: describe('A recorded event is no longer in the sources.'),
    ALLOCATION_ADDED: describe('A funding allocation was recorded.'),
    ALLOCATION_CHANGED: describe('An allocation’s amount, basis, years or confidence changed.'),
    ALLOCATION_REMOVED: describe('An allocation is no longer in the sources.'),
    GRANT_ADDED: describe('A grant was recorded.'),
    GRANT_CHANGED: describe('A grant’s amount, date, recipient or programme changed.'),
    GRANT_REMOVED: describe('A grant is no longer in the sources.'),
  },
});

/** The subgraph whose data changed. */
export enum ChangeSource {
  COUNCILS = 'councils',
  NEIGHBOURHOOD_BOARDS = 'neighbourhood-boards',
  ASSETS = 'assets',
  FUNDING = 'funding',
}

registerEnumType(ChangeSource, {
  name: 'ChangeSource',
  description: 'The part of the graph whose load made a change.',
  valuesConfig: {
    COUNCILS: describe('Councils and strategic authorities.'),
    NEIGHBOURHOOD_BOARDS: describe(
      'Neighbourhood Boards, their status and members; organisations.',
    ),
    ASSETS: describe('Assets of Community Value, their events and moratoria.'),
    FUNDING: describe('Programmes, allocations and grants.'),
  },
});
