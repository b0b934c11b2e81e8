import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { bindCursors } from '../../../kit/list/cursors';
import { connectionOfList } from '../../../kit/list/connection';
import { loadAndMap } from '../../../kit/entity/dataloaders';
import { PageArgs } from '../../../kit/list/page-args';
import { Provenance, Source, toProvenance, toSource } from '../../../kit/types/source.type';
import type { FundingContext } from '../loaders';
import { sourceById } from '../sources';
import { toProgramme } from './programme.mapper';
import { listProgrammes } from './programme.repository';
import { Programme, ProgrammeConnection, ProgrammeCoverage } from './programme.type';

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => Programme, {
    nullable: true,
    description: 'One funding programme by id (e.g. `PIPIF`); null when there is none.',
  })
  programme(
    @Ctx() { loaders }: FundingContext,
    @Arg('id', () => ID, { description: 'Programme id, e.g. `PIPIF`, `COF`, `PIPP-P1`.' })
    id: string,
  ): Promise<Programme | null> {
    return loadAndMap(loaders.programmeById, id, toProgramme);
  }

  @Query(() => ProgrammeConnection, {
    description: 'Every funding programme this API knows, by id, a page at a time.',
  })
  async programmes(
    @Ctx() { db, scope }: FundingContext,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<ProgrammeConnection> {
    const programmes = (await listProgrammes(db)).map(toProgramme);
    return connectionOfList(
      ProgrammeConnection,
      page,
      await bindCursors(scope, 'Query.programmes', []),
      programmes,
    );
  }

  @FieldResolver(() => ProgrammeCoverage, {
    description:
      "How many of the programme's places or awards this API holds (e.g. 47 of the 95 Impact Fund places): partial lists stay partial.",
  })
  async coverage(
    @Root() programme: Programme,
    @Ctx() { loaders }: FundingContext,
  ): Promise<ProgrammeCoverage> {
    const counts = await loaders.coverageByProgrammeId.load(programme.id);
    const held = counts?.held ?? 0;
    return {
      expected: programme.placesExpected,
      held,
      heldWithAmount: counts?.held_with_amount ?? 0,
      complete: programme.placesExpected === null ? null : held >= programme.placesExpected,
    };
  }

  @FieldResolver(() => Source, { description: "Where this programme's record comes from." })
  source(@Root() programme: Programme): Source {
    return toSource(sourceById(programme.sourceId));
  }

  @FieldResolver(() => Provenance, { description: "How this programme's record came to be here." })
  provenance(@Root() programme: Programme): Provenance {
    return toProvenance({ loadedAt: programme.loadedAt });
  }
}
