import { ENTITIES } from '../../../../schema/entities';
import { Node } from '../../../kit/entity/node';
import { connectionOf } from '../../../kit/list/connection';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Confidence } from '../../../kit/types/confidence.enum';
import { Nation, Region } from '../../../kit/types/geography.enums';
import { Money } from '../../../kit/types/money.type';
import { BoardLegalForm, BoardPhase, BoardStatus } from './board.enums';

@ObjectType({ description: 'The most a place can receive, and over how long.' })
export class FundingCap {
  @Field(() => Money, { description: 'Upper limit of the funding (e.g. £20m).' })
  total!: Money;

  @Field(() => Int, { description: 'Years the funding is spread over.' })
  periodYears!: number;

  @Field(() => String, { description: 'What the figure is and is not.' })
  basis!: string;
}

@ObjectType({
  description:
    'How far each fact about a board can be trusted. Researchers: filter on these before drawing conclusions.',
})
export class BoardTrust {
  @Field(() => Confidence, { description: 'That this place is in the programme, by this name.' })
  placeName!: Confidence;

  @Field(() => Confidence, {
    description:
      'Which council the place belongs to (often mapped by the data team, not the source).',
  })
  council!: Confidence;

  @Field(() => Confidence, {
    description: 'The funding cap: the programme rule from the prospectus.',
  })
  fundingCap!: Confidence;

  @Field(() => Confidence, {
    description:
      'The status: COMPILED when taken from a council page (see `statusHistory`); otherwise the announcement itself, as trusted as `placeName`.',
  })
  status!: Confidence;

  @Field(() => String, { description: 'The verification note of the places file, as written.' })
  verification!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: ENTITIES.NeighbourhoodBoard.description, implements: Node })
export class NeighbourhoodBoard {
  @Field(() => ID, { description: ENTITIES.NeighbourhoodBoard.id })
  id!: string;

  @Field(() => String, { description: 'Name of the place or neighbourhood (e.g. `Accrington`).' })
  placeName!: string;

  @Field(() => String, {
    description:
      'Register code of the accountable council (e.g. `HYN`), as the places file gives it.',
  })
  councilCode!: string;

  @Field(() => String, {
    description:
      'The council as the source names it (e.g. `Hyndburn`); `council` is the resolved record.',
  })
  councilNameInSource!: string;

  @Field(() => Nation, { description: 'Nation the place is in.' })
  nation!: Nation;

  @Field(() => Region, { nullable: true, description: 'English region, or the nation elsewhere.' })
  region!: Region | null;

  @Field(() => BoardPhase, { description: 'Which round named the place.' })
  phase!: BoardPhase;

  @Field(() => String, { description: 'The programme the place is in now.' })
  programme!: string;

  @Field(() => [String], {
    description:
      'Programmes the place has passed through, oldest first (phase 1: Long-Term Plan for Towns → Plan for Neighbourhoods → Pride in Place).',
  })
  programmeHistory!: string[];

  @Field(() => LocalDateScalar, { description: 'Date the place was named by government.' })
  announcedOn!: string;

  @Field(() => FundingCap, { description: 'The most the place can receive.' })
  fundingCap!: FundingCap;

  @Field(() => BoardStatus, { description: 'Status today.' })
  status!: BoardStatus;

  @Field(() => LocalDateScalar, {
    description: 'Since when the status holds (the announcement date for ANNOUNCED).',
  })
  statusSince!: string;

  @Field(() => BoardLegalForm, {
    description:
      'Legal form today. UNINCORPORATED (the council is the accountable body) unless a status change says otherwise.',
  })
  legalForm!: BoardLegalForm;

  @Field(() => BoardTrust, { description: 'How far each fact can be trusted.' })
  trust!: BoardTrust;

  @Field(() => String, {
    nullable: true,
    description: 'Notes on the record (e.g. other spellings).',
  })
  notes!: string | null;

  // Not exposed: keys to related records, resolved through loaders and other subgraphs.
  councilId!: string;
  citationIds!: string[];
  ownerOrganisationId!: string | null;
  sourceId!: string;
  loadedAt!: Date;
}

/** A page of NeighbourhoodBoard values, as every list of them is served. */
export const NeighbourhoodBoardConnection = connectionOf(
  NeighbourhoodBoard,
  'A page of Neighbourhood Boards.',
);
export type NeighbourhoodBoardConnection = InstanceType<typeof NeighbourhoodBoardConnection>;
