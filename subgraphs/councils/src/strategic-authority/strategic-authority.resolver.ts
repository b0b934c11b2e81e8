import { loadAndMap } from '../../../kit/entity/dataloaders';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { bindCursors } from '../../../kit/list/cursors';
import { listConnection } from '../../../kit/list/connection';
import { PageArgs } from '../../../kit/list/page-args';
import { Provenance, Source, toProvenance, toSource } from '../../../kit/types/source.type';
import { toCouncil } from '../council/council.mapper';
import { CouncilTier } from '../council/council.enums';
import { Council, Population } from '../council/council.type';
import { Devolution } from '../devolution/devolution.type';
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

  @FieldResolver(() => Devolution, {
    nullable: true,
    description:
      'Its mayor and tier in the English devolution framework, as published, with the pages read; null where the devolution file has no row for it.',
  })
  async devolution(
    @Root() authority: StrategicAuthority,
    @Ctx() { loaders }: CouncilsContext,
  ): Promise<Devolution | null> {
    const row = await loaders.devolutionById.load(authority.id);
    return row
      ? {
          mayoral: row.mayoral,
          mayorSince: row.mayor_since,
          mayorSinceBasis: row.mayor_since_basis,
          level: row.level,
          mayoralSourceUrl: row.mayoral_source_url,
          levelSourceUrl: row.level_source_url,
          notes: row.notes,
        }
      : null;
  }

  @FieldResolver(() => Population, {
    nullable: true,
    description:
      "Residents of its member councils (the register's ONS mid-2020 estimates), counting current districts and unitaries only, so a member county's residents are not counted twice; null when no member has an estimate.",
  })
  async population(
    @Root() authority: StrategicAuthority,
    @Ctx() { loaders }: CouncilsContext,
  ): Promise<Population | null> {
    const members = (await loaders.membersByStrategicAuthority.load(authority.id)).filter(
      (m) => m.active && m.tier !== CouncilTier.UPPER_TIER && m.population !== null,
    );
    if (members.length === 0) return null;
    return {
      count: members.reduce((sum, m) => sum + (m.population ?? 0), 0),
      year: Math.max(...members.map((m) => m.population_year ?? 0)),
    };
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
