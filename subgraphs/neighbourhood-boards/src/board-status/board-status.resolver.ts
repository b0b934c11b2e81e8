import { loadAndMap } from '../../../kit/entity/dataloaders';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Provenance, Source, toProvenance, toSource } from '../../../kit/types/source.type';
import type { NeighbourhoodBoardsContext } from '../loaders';
import { toOrganisation } from '../organisation/organisation.mapper';
import { Organisation } from '../organisation/organisation.type';
import { sourceById } from '../sources';
import { BoardStatusChange } from './board-status.type';

@Resolver(() => BoardStatusChange)
export class BoardStatusChangeResolver {
  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The community body named by the change (e.g. the new owner), if any.',
  })
  async organisation(
    @Root() change: BoardStatusChange,
    @Ctx() { loaders }: NeighbourhoodBoardsContext,
  ): Promise<Organisation | null> {
    if (!change.organisationId) return null;
    return loadAndMap(loaders.organisationById, change.organisationId, toOrganisation);
  }

  @FieldResolver(() => Source, { description: "Where this change's record comes from." })
  source(@Root() change: BoardStatusChange): Source {
    return toSource(sourceById(change.sourceId));
  }

  @FieldResolver(() => Provenance, { description: "How this change's record came to be here." })
  provenance(@Root() change: BoardStatusChange): Provenance {
    return toProvenance({ loadedAt: change.loadedAt });
  }
}
