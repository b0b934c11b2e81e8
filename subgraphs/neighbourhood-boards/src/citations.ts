import { LICENCES } from '../../kit/types/source';
import type { CitedDocument } from '../../kit/types/citation.type';

const OGL = LICENCES.oglV3.licence;
const OPL = LICENCES.openParliamentV3.licence;

/**
 * The documents the places file cites in `source_ids` (ids as in the data compilers' SOURCES.md). The
 * places importer rejects an id that is not here, so every citation a client sees resolves.
 */
export const citedDocuments: CitedDocument[] = [
  {
    id: 'S-PFN-STATEMENT',
    title: 'Written statement "Plan for Neighbourhoods" (Alex Norris MP): the 75 places',
    publisher: 'UK Parliament (Hansard copy on parallelparliament.co.uk)',
    url: 'https://parallelparliament.co.uk/mp/alex-norris/debate/Commons/2025-03-04/debates/25030452000011/PlanForNeighbourhoods',
    licence: OPL,
    published: '2025-03-04',
  },
  {
    id: 'S-PFN-PROSPECTUS',
    title: 'Plan for Neighbourhoods: prospectus',
    publisher: 'Ministry of Housing, Communities and Local Government',
    url: 'https://www.gov.uk/government/publications/plan-for-neighbourhoods-prospectus-and-tools/plan-for-neighbourhoods-prospectus',
    licence: OGL,
    published: '2025-03-04',
    note: 'Up to £20m over 10 years per place.',
  },
  {
    id: 'S-PIP-COMPILATION',
    title: 'pride_in_place_areas.csv and its verification note (third-party compilation)',
    publisher: 'theonlybird/pride-in-place-map on GitHub',
    url: 'https://github.com/theonlybird/pride-in-place-map',
    licence: 'No licence file; only the name to local authority pairs (gov.uk facts) were taken',
    note: 'Says all 169 phase 2 entries match the gov.uk phase 2 note; lists the 40-place expansion.',
  },
  {
    id: 'S-PIP-P2-METHOD',
    title: 'Pride in Place Programme phase 2: methodology note (169 neighbourhoods)',
    publisher: 'Ministry of Housing, Communities and Local Government',
    url: 'https://www.gov.uk/government/publications/pride-in-place-programme-place-selection-methodology-note/pride-in-place-programme-phase-2-methodology-note',
    licence: OGL,
    published: '2025-09-25',
  },
  {
    id: 'S-PIP-P2-NEWS',
    title: 'Independent corroboration of some phase 2 names (news and council pages)',
    publisher: 'Birmingham Mail, Place North West, Northumberland Gazette, Arun District Council',
    url: 'https://europesays.com/uk/451037',
    licence: 'Facts only',
    note: '22 phase 2 names were checked against these.',
  },
  {
    id: 'S-PIP-EXPANSION',
    title: 'Press release "Pride in Place: 40 neighbourhoods join transformational programme"',
    publisher: 'Ministry of Housing, Communities and Local Government',
    url: 'https://www.gov.uk/government/news/pride-in-place-40-neighbourhoods-join-transformational-programme',
    licence: OGL,
    published: '2026-02-04',
    note: 'Up to £800m; the 40 areas were named on 20 Mar 2026.',
  },
  {
    id: 'S-PIP-GOV',
    title: 'Pride in Place Programme: governance and boundary guidance',
    publisher: 'Ministry of Housing, Communities and Local Government',
    url: 'https://www.gov.uk/government/publications/pride-in-place-programme-prospectus/pride-in-place-programme-governance-and-boundary-guidance',
    licence: OGL,
    published: '2025-12-03',
    note: 'Independent chair; the council is the accountable body at first.',
  },
];

const byId = new Map(citedDocuments.map((document) => [document.id, document]));

export const citedDocument = (id: string): CitedDocument | undefined => byId.get(id);
