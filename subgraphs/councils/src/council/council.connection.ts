import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection';
import { Council } from './council.type';

@ObjectType({ description: 'A page of councils.' })
export class CouncilConnection extends Connection(Council) {}
