import { registerEnumType } from 'type-graphql';

// Values are the spellings of the organisations file.

export enum OrganisationKind {
  CO_OPERATIVE = 'co_operative',
  COMMUNITY_BENEFIT_SOCIETY = 'community_benefit_society',
  CHARITY = 'charity',
  CHARITABLE_INCORPORATED_ORGANISATION = 'charitable_incorporated_organisation',
  COMMUNITY_INTEREST_COMPANY = 'community_interest_company',
  COMPANY_LIMITED_BY_GUARANTEE = 'company_limited_by_guarantee',
  PARISH_OR_TOWN_COUNCIL = 'parish_or_town_council',
  UNINCORPORATED_GROUP = 'unincorporated_group',
  FAITH_GROUP = 'faith_group',
  BUSINESS = 'business',
  PUBLIC_BODY = 'public_body',
  OTHER = 'other',
}

export enum OrganisationOrderField {
  NAME = 'name',
  ID = 'id',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'Legal or practical form of a community organisation.',
  valuesConfig: {
    CO_OPERATIVE: { description: 'Co-operative society.' },
    COMMUNITY_BENEFIT_SOCIETY: { description: 'Community benefit society (BenCom).' },
    CHARITY: { description: 'Registered charity (trust or association).' },
    CHARITABLE_INCORPORATED_ORGANISATION: { description: 'Charitable incorporated organisation.' },
    COMMUNITY_INTEREST_COMPANY: { description: 'Community interest company (CIC).' },
    COMPANY_LIMITED_BY_GUARANTEE: { description: 'Not-for-profit company limited by guarantee.' },
    PARISH_OR_TOWN_COUNCIL: { description: 'Parish, town, community or neighbourhood council.' },
    UNINCORPORATED_GROUP: {
      description: 'Unincorporated group of local people (e.g. a residents association).',
    },
    FAITH_GROUP: { description: 'Church, mosque, temple or other faith group.' },
    BUSINESS: { description: 'Business.' },
    PUBLIC_BODY: { description: 'Public body (police, NHS, college...).' },
    OTHER: { description: 'Anything else.' },
  },
});
registerEnumType(OrganisationOrderField, {
  name: 'OrganisationOrderField',
  description: 'What to sort organisations by.',
  valuesConfig: {
    NAME: { description: 'Name (`name`).' },
    ID: { description: 'Id (`id`: the slug from the organisations file).' },
  },
});
