import { loadAndMap } from '../../../kit/entity/dataloaders';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Provenance, Source, toProvenance, toSource } from '../../../kit/types/source.type';
import { membershipRules } from './membership.rules';
import { toBoard } from '../board/board.mapper';
import { NeighbourhoodBoard } from '../board/board.type';
import type { NeighbourhoodBoardsContext } from '../loaders';
import { toOrganisation } from '../organisation/organisation.mapper';
import { Organisation } from '../organisation/organisation.type';
import { sourceById } from '../sources';
import { MembershipRuleInfo } from './membership-rule.type';
import { BoardMember, Membership, type Person } from './membership.type';

@Resolver(() => Membership)
export class MembershipResolver {
  @Query(() => [MembershipRuleInfo], {
    description: 'The rules membership lists are checked against at load.',
  })
  membershipRules(): MembershipRuleInfo[] {
    return membershipRules.map(({ id, statement }) => ({ id, statement }));
  }

  @FieldResolver(() => NeighbourhoodBoard, { nullable: true, description: 'The board.' })
  async board(
    @Root() membership: Membership,
    @Ctx() { loaders }: NeighbourhoodBoardsContext,
  ): Promise<NeighbourhoodBoard | null> {
    return loadAndMap(loaders.boardById, membership.boardId, toBoard);
  }

  @FieldResolver(() => BoardMember, {
    nullable: true,
    description: 'Who holds the seat: a person, or an organisation.',
  })
  async member(
    @Root() membership: Membership,
    @Ctx() { loaders }: NeighbourhoodBoardsContext,
  ): Promise<Person | Organisation | null> {
    if (membership.personName !== null) return { name: membership.personName };
    const row = membership.organisationId
      ? await loaders.organisationById.load(membership.organisationId)
      : null;
    return row ? toOrganisation(row) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description:
      'The organisation a named member sits for (e.g. "representing the Police and Crime Commissioner"), where the source says.',
  })
  async represents(
    @Root() membership: Membership,
    @Ctx() { loaders }: NeighbourhoodBoardsContext,
  ): Promise<Organisation | null> {
    if (!membership.representsOrganisationId) return null;
    return loadAndMap(
      loaders.organisationById,
      membership.representsOrganisationId,
      toOrganisation,
    );
  }

  @FieldResolver(() => Source, { description: "Where this membership's record comes from." })
  source(@Root() membership: Membership): Source {
    return toSource(sourceById(membership.sourceId));
  }

  @FieldResolver(() => Provenance, { description: "How this membership's record came to be here." })
  provenance(@Root() membership: Membership): Provenance {
    return toProvenance({ loadedAt: membership.loadedAt });
  }
}
