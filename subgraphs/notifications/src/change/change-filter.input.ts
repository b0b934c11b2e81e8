import { Field, ID, InputType } from 'type-graphql';
import { ChangeKind, ChangeSource } from './change.enums';

@InputType({
  description:
    'Which changes to return (or send to a webhook). Places: a change matches when it is in one of `councilIds`, or in a council of one of `strategicAuthorityIds`, or is about one of those authorities; without either, every place. Within `kinds` and `sources`, any one matches; left out, all do.',
})
export class ChangeFilter {
  @Field(() => [ID], {
    nullable: true,
    description: 'Council GSS codes (`E08000019`), as `Council.id`; up to 50.',
  })
  councilIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Strategic authority codes (`GMCA`), as `StrategicAuthority.id`: its member councils’ changes too; up to 20.',
  })
  strategicAuthorityIds?: string[] | null;

  @Field(() => [ChangeKind], { nullable: true, description: 'Kinds of change.' })
  kinds?: ChangeKind[] | null;

  @Field(() => [ChangeSource], {
    nullable: true,
    description: 'The subgraphs whose loads made them.',
  })
  sources?: ChangeSource[] | null;
}
