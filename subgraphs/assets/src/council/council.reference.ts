import type { Council } from './council.type';

/** Any council id is accepted: whether the council exists is the councils subgraph's business. */
export const resolveCouncilReference = (reference: { id: string }): Council => ({
  id: reference.id,
});
