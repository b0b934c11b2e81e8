import { sourceLookup } from '../../kit/source';
import { neighbourhoodBoardsSources } from '../ingest/sources';

/** The manifest entry a stored row points at. */
export const sourceById = sourceLookup(neighbourhoodBoardsSources, 'neighbourhood_boards');
