import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection';
import { Membership } from './membership.type';

@ObjectType({ description: 'A page of board memberships.' })
export class MembershipConnection extends Connection(Membership) {}
