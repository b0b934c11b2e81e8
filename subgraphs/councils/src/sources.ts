import type { SourceDescriptor } from '../../kit/source';
import { councilsSources } from '../ingest/sources';

const byId = new Map(councilsSources.map((source) => [source.id, source]));

/** The manifest entry a stored row points at; a row with an unknown source is a bug, so it throws. */
export function sourceById(id: string): SourceDescriptor {
  const source = byId.get(id);
  if (!source) throw new Error(`Unknown source id "${id}" in the councils schema`);
  return source;
}
