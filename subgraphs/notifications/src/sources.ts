import { localAuthorityRegisterSource } from '../../kit/compare/group-facts.sources';

/** The register, for which strategic authority each council is in (what filters by authority match). */
export const registerFileSource = localAuthorityRegisterSource(
  'notifications/council-authorities',
  'Only the council codes and their combined authority are read.',
);

export const notificationsSources = [registerFileSource];

/** The source of the feed's own runs (`ingest_run.source_id`): what the loads before it changed. */
export const CHANGE_FEED_SOURCE_ID = 'CPG-CHANGES';
