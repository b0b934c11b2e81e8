import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection';
import { Organisation } from './organisation.type';

@ObjectType({ description: 'A page of organisations.' })
export class OrganisationConnection extends Connection(Organisation) {}
