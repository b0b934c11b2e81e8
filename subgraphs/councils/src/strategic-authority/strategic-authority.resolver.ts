import { loadAndMap } from '../../../kit/entity/dataloaders';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { bindCursors } from '../../../kit/list/cursors';
import { listConnection } from '../../../kit/list/connection';
import { PageArgs } from '../../../kit/list/page-args';
import { Provenance, Source, toProvenance, toSource } from '../../../kit/types/source.type';
import { toCouncil } from '../council/council.mapper';
import { Council } from '../council/council.type';
import type { CouncilsContext } from '../loaders';
import { sourceById } from '../sources';
import { toStrategicAuthority } from './strategic-authority.mapper';
import {
  countStrategicAuthorities,
  listStrategicAuthorities,
} from './strategic-authority.repository';
import { StrategicAuthority, StrategicAuthorityConnection } from './strategic-authority.type';

@Resolver(() => StrategicAuthority)
export class StrategicAuthorityResolver {
  @Query(() => StrategicAuthority, {
    nullable: true,
    description: 'One strategic authority by id (register code, e.g. `GMCA`).',
  })
  async strategicAuthority(
    @Ctx() { loaders }: CouncilsContext,
    @Arg('id', () => ID, { description: 'Register code (e.g. `GMCA`, `GLA`), in any case.' })
    id: string,
  ): Promise<StrategicAuthority | null> {
    return loadAndMap(loaders.strategicAuthorityById, id.toUpperCase(), toStrategicAuthority);
  }

  @Query(() => StrategicAuthorityConnection, {
    description: 'Combined authorities and the GLA, by name.',
  })
  async strategicAuthorities(
    @Ctx() { db, scope }: CouncilsContext,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<StrategicAuthorityConnection> {
    return listConnection(
      StrategicAuthorityConnection,
      page,
      await bindCursors(scope, 'Query.strategicAuthorities', []),
      {
        rows: (request) => listStrategicAuthorities(db, request),
        count: () => countStrategicAuthorities(db),
        map: toStrategicAuthority,
      },
    );
  }

  @FieldResolver(() => [Council], { description: 'Member councils, as the register records them.' })
  async members(
    @Root() authority: StrategicAuthority,
    @Ctx() { loaders }: CouncilsContext,
  ): Promise<Council[]> {
    return (await loaders.membersByStrategicAuthority.load(authority.id)).map(toCouncil);
  }

  @FieldResolver(() => Source, { description: 'Where this record comes from.' })
  source(@Root() authority: StrategicAuthority): Source {
    return toSource(sourceById(authority.sourceId));
  }

  @FieldResolver(() => Provenance, { description: "How this authority's record came to be here." })
  provenance(@Root() authority: StrategicAuthority): Provenance {
    return toProvenance({ loadedAt: authority.loadedAt });
  }
}
