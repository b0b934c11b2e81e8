import { registerEnumType } from 'type-graphql';

// Values are the spellings of the membership file.

export enum BoardRole {
  CHAIR = 'chair',
  VICE_CHAIR = 'vice_chair',
  MEMBER = 'member',
  OBSERVER = 'observer',
}

export enum Constituency {
  RESIDENT = 'resident',
  BUSINESS = 'business',
  COMMUNITY_OR_FAITH_LEADER = 'community_or_faith_leader',
  WORKPLACE_REPRESENTATIVE = 'workplace_representative',
  COUNCILLOR = 'councillor',
  MP = 'mp',
  MAYOR = 'mayor',
  PUBLIC_BODY = 'public_body',
}

export enum ElectedOffice {
  MP = 'mp',
  COUNCILLOR = 'councillor',
  MAYOR = 'mayor',
}

/** Values are sort names, not columns: memberships are sorted in memory (`membership.sort.ts`). */
export enum MembershipOrderField {
  ROLE = 'role',
  FROM = 'from',
  NAME = 'name',
  ID = 'id',
}

registerEnumType(MembershipOrderField, {
  name: 'MembershipOrderField',
  description: 'What to sort memberships by.',
  valuesConfig: {
    ROLE: {
      description:
        'Seat: chair first, then vice chair, members and observers; within a seat, by start.',
    },
    FROM: {
      description: 'Start (`from`, or `knownFrom` where the source gives no start).',
    },
    NAME: { description: "The person's name; seats without a named person come last." },
    ID: { description: 'Id (`id`).' },
  },
});

registerEnumType(BoardRole, {
  name: 'BoardRole',
  description: 'The seat a member holds on a Neighbourhood Board.',
  valuesConfig: {
    CHAIR: { description: 'The independent chair (never an MP, councillor or mayor).' },
    VICE_CHAIR: { description: 'Vice chair.' },
    MEMBER: { description: 'Voting member.' },
    OBSERVER: { description: 'Attends without a vote (e.g. council officers).' },
  },
});
registerEnumType(Constituency, {
  name: 'Constituency',
  description: 'Whom a member sits for, as the Pride in Place governance guidance groups them.',
  valuesConfig: {
    RESIDENT: { description: 'A local resident.' },
    BUSINESS: { description: 'A local employer or business.' },
    COMMUNITY_OR_FAITH_LEADER: {
      description: 'A community, voluntary-sector or faith leader, or grassroots campaigner.',
    },
    WORKPLACE_REPRESENTATIVE: { description: 'A trade union or workplace representative.' },
    COUNCILLOR: { description: 'A councillor sitting for the council.' },
    MP: { description: 'The local Member of Parliament.' },
    MAYOR: { description: 'A directly elected (or combined-authority) mayor.' },
    PUBLIC_BODY: { description: 'Police, NHS, college or another public body.' },
  },
});
registerEnumType(ElectedOffice, {
  name: 'ElectedOffice',
  description:
    'An elected office a member holds, whatever seat they fill; a chair may hold none of them.',
  valuesConfig: {
    MP: { description: 'Member of Parliament.' },
    COUNCILLOR: { description: 'Elected councillor.' },
    MAYOR: { description: 'Directly elected mayor (of a council or a combined authority).' },
  },
});
