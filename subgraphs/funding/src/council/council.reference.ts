import type { Council } from './council.type';

/**
 * Any council id is accepted: whether the council exists is the councils subgraph's business.
 * The population comes with the representation when a field `@requires` it.
 */
export const resolveCouncilReference = (reference: {
  id: string;
  population?: { count: number; year: number } | null;
}): Council => ({ id: reference.id, population: reference.population ?? null });
