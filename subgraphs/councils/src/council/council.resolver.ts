import { loadAndMap } from '../../../kit/entity/dataloaders';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { bindCursors } from '../../../kit/list/cursors';
import { listConnection } from '../../../kit/list/connection';
import { PageArgs } from '../../../kit/list/page-args';
import { badUserInput } from '../../../../platform/errors/client-errors';
import { checkContainsFilter } from '../../../kit/list/text-search';
import { Provenance, Source, toProvenance, toSource } from '../../../kit/types/source.type';
import { Deprivation } from '../deprivation/deprivation.type';
import { toDeprivation } from '../deprivation/deprivation.mapper';
import { ImdEdition } from '../deprivation/imd-edition.enum';
import type { CouncilsContext } from '../loaders';
import { sourceById } from '../sources';
import { StrategicAuthority } from '../strategic-authority/strategic-authority.type';
import { toStrategicAuthority } from '../strategic-authority/strategic-authority.mapper';
import { CouncilFilter, CouncilOrder } from './council.inputs';
import { toCouncil } from './council.mapper';
import { countCouncils, findCouncilCodesByName, listCouncils } from './council.repository';
import { Council, CouncilConnection } from './council.type';

const present = <T>(items: (T | null)[]): T[] => items.filter((item): item is T => item !== null);

@Resolver(() => Council)
export class CouncilResolver {
  @Query(() => Council, {
    nullable: true,
    description:
      'One council, by exactly one of: `id` (GSS code), `code` (register code) or `name` (any spelling in the register\'s lookup, e.g. "Kingston upon Hull, City of"). Null when none matches.',
  })
  async council(
    @Ctx() { db, loaders }: CouncilsContext,
    @Arg('id', () => ID, {
      nullable: true,
      description:
        'ONS GSS code (e.g. `E08000019`), or the register code for the 25 Northern Ireland districts that never had one (e.g. `NIR-A`).',
    })
    id?: string,
    @Arg('code', () => String, {
      nullable: true,
      description: 'Register code (e.g. `SHF`), in any case.',
    })
    code?: string,
    @Arg('name', () => String, {
      nullable: true,
      description:
        'A name in mySociety\'s lookup, compared ignoring case, punctuation and `&`/`and` (e.g. "Kingston upon Hull, City of", "St Helens"), or the council\'s name or official name in any case. A name that fits several councils is refused: ask by `code` or `id`.',
    })
    name?: string,
  ): Promise<Council | null> {
    const given = [id, code, name].filter((value) => value !== undefined && value !== null);
    if (given.length !== 1)
      throw badUserInput('council() takes exactly one of `id`, `code` or `name`');
    if (id) return mapOrNull(await loaders.councilById.load(id));
    if (code) return mapOrNull(await loaders.councilByCode.load(code.toUpperCase()));
    const codes = await findCouncilCodesByName(db, name!);
    if (codes.length > 1) {
      throw badUserInput(
        `"${name}" matches several councils (${codes.sort().join(', ')}); ask by \`code\` or \`id\``,
        'name',
      );
    }
    return codes.length ? mapOrNull(await loaders.councilByCode.load(codes[0])) : null;
  }

  @Query(() => CouncilConnection, {
    description: 'Councils, filtered and ordered, a page at a time (at most 100 per page).',
  })
  async councils(
    @Ctx() { db, scope }: CouncilsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CouncilFilter, {
      nullable: true,
      description: 'Conditions every council listed must meet; omit for every council.',
    })
    filter?: CouncilFilter,
    @Arg('orderBy', () => CouncilOrder, {
      nullable: true,
      description: 'Defaults to name, ascending.',
    })
    orderBy?: CouncilOrder,
  ): Promise<CouncilConnection> {
    checkContainsFilter(filter?.nameContains, 'filter.nameContains');
    const order = orderBy ?? new CouncilOrder();
    return listConnection(
      CouncilConnection,
      page,
      await bindCursors(scope, 'Query.councils', [filter], order),
      {
        rows: (request) => listCouncils(db, filter, order, request),
        count: () => countCouncils(db, filter),
        map: toCouncil,
      },
    );
  }

  @FieldResolver(() => Council, {
    nullable: true,
    description: 'The county council above this district, if any.',
  })
  async county(
    @Root() council: Council,
    @Ctx() { loaders }: CouncilsContext,
  ): Promise<Council | null> {
    return council.countyCode
      ? mapOrNull(await loaders.councilByCode.load(council.countyCode))
      : null;
  }

  @FieldResolver(() => [Council], {
    description: 'District councils under this county council (empty for other kinds).',
  })
  async districts(
    @Root() council: Council,
    @Ctx() { loaders }: CouncilsContext,
  ): Promise<Council[]> {
    return (await loaders.districtsByCountyCode.load(council.code)).map(toCouncil);
  }

  @FieldResolver(() => StrategicAuthority, {
    nullable: true,
    description: 'The combined authority or GLA this council belongs to, if any.',
  })
  async strategicAuthority(
    @Root() council: Council,
    @Ctx() { loaders }: CouncilsContext,
  ): Promise<StrategicAuthority | null> {
    if (!council.strategicAuthorityCode) return null;
    return loadAndMap(
      loaders.strategicAuthorityById,
      council.strategicAuthorityCode,
      toStrategicAuthority,
    );
  }

  @FieldResolver(() => [Council], {
    description: 'Councils this one replaced (abolished councils whose successor it is).',
  })
  async predecessors(
    @Root() council: Council,
    @Ctx() { loaders }: CouncilsContext,
  ): Promise<Council[]> {
    return (await loaders.predecessorsByCode.load(council.code)).map(toCouncil);
  }

  @FieldResolver(() => [Council], {
    description:
      "Councils that replaced this one when it was abolished (the register's `replaced-by`).",
  })
  async successors(
    @Root() council: Council,
    @Ctx() { loaders }: CouncilsContext,
  ): Promise<Council[]> {
    const rows = await Promise.all(
      council.replacedByCodes.map((code) => loaders.councilByCode.load(code)),
    );
    return present(rows).map(toCouncil);
  }

  @FieldResolver(() => [Deprivation], {
    description:
      'English Indices of Deprivation summaries, newest edition first; empty outside England and for councils no edition covers.',
  })
  async deprivation(
    @Root() council: Council,
    @Ctx() { loaders }: CouncilsContext,
    @Arg('edition', () => ImdEdition, { nullable: true, description: 'Only this edition.' })
    edition?: ImdEdition,
  ): Promise<Deprivation[]> {
    const rows = await loaders.deprivationByCouncilId.load(council.id);
    return rows.filter((row) => !edition || row.edition === edition).map(toDeprivation);
  }

  @FieldResolver(() => Source, { description: "Where this council's record comes from." })
  source(@Root() council: Council): Source {
    return toSource(sourceById(council.sourceId));
  }

  @FieldResolver(() => Provenance, { description: "How this council's record came to be here." })
  provenance(@Root() council: Council): Provenance {
    return toProvenance({ loadedAt: council.loadedAt });
  }
}

function mapOrNull(row: Parameters<typeof toCouncil>[0] | null): Council | null {
  return row ? toCouncil(row) : null;
}
