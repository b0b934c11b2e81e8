import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection';
import { StrategicAuthority } from './strategic-authority.type';

@ObjectType({ description: 'A page of strategic authorities.' })
export class StrategicAuthorityConnection extends Connection(StrategicAuthority) {}
