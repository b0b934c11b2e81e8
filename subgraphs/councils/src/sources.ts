import { sourceLookup } from '../../kit/source';
import { councilsSources } from '../ingest/sources';

/** The manifest entry a stored row points at. */
export const sourceById = sourceLookup(councilsSources, 'councils');
