/**
 * The documents the eligibility presets rest on, as {@link Citation}s. The guide
 * "Sources" is the bibliography: it gives each document's full reference and quotes the
 * sentence every preset's rules rest on.
 *
 * @module
 */
import type { Citation } from './schemas.js';

/** North West Surrey's role map: who each local role works with, hours, area, access, duration and host. */
export const NW_SURREY_ROLE_MAP: Citation = {
  title: 'NWS Community of Practice – Role Mapping',
  publisher: 'North West Surrey Community of Practice',
  date: '1 December 2022 (draft)',
};

/**
 * An untitled table of UK social prescribing models (area, how it is run, what it offers).
 * It names no author and no date; it calls Newcastle West CCG "now part of Newcastle
 * Gateshead CCG", which was formed in April 2018, so it is no older than that.
 */
export const UK_MODELS: Citation = {
  title: 'Social prescribing models in the UK (untitled table: area, how it is run, description on offer)',
  publisher: 'author not stated',
  date: 'undated (2018 or later)',
};

/** Three Scottish case studies: Dundee HSCP, NHS Shetland and Edinburgh HSCP. */
export const SCOTLAND_CLW_PAPER: Citation = {
  title: 'What is a Community Link Worker? Paper 2',
  publisher: 'publisher not named; case studies from Dundee HSCP, NHS Shetland and Edinburgh HSCP',
  date: 'last updated August 2018',
};

/** Sefton CVS's call for voluntary sector employers of the PCN link workers. */
export const SEFTON_EOI: Citation = {
  title: 'Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1',
  publisher: 'Sefton CVS, for the Sefton social prescribing group',
  date: '2019',
};

/** A training hub's page on the link worker role under the Additional Roles Reimbursement Scheme, quoting NHS England. */
export const SNEE_SPLW_ROLE_PAGE: Citation = {
  title: 'Social Prescriber (role page)',
  publisher: 'Suffolk and North East Essex (SNEE) Training Hub, quoting NHS England',
  date: 'undated (cites NHS England supervision guidance, 2023)',
  url: 'https://sneetraininghub.org.uk/social-prescriber',
};

/** A training hub's page on the link worker role, quoting NHS England's contacts and caseload. */
export const SURREY_SPLW_ROLE_PAGE: Citation = {
  title: 'Social Prescriber (primary care roles page)',
  publisher: 'Surrey Training Hub, quoting NHS England',
  date: 'undated',
  url: 'https://www.surreytraininghub.co.uk/Primary-Care-Roles/Social-Prescriber',
};

/** NHS England's questions and answers on social prescribing. */
export const NHSE_SOCIAL_PRESCRIBING_FAQS: Citation = {
  title: 'Social prescribing – frequently asked questions',
  publisher: 'NHS England',
  date: 'undated web page',
  url: 'https://www.england.nhs.uk/personalisedcare/social-prescribing/faqs/',
};
