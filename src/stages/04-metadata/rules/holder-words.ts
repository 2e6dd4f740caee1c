/**
 * Words that end a company's legal name. A copyright holder ending in one of them is the
 * publisher ("Nexstar Media Inc."), which is weaker evidence of the outlet than a site name.
 */
export const legalSuffixes: readonly string[] = ['Inc', 'Incorporated', 'Ltd', 'Limited', 'LLC', 'L.L.C', 'LLP', 'LP', 'L.P', 'Corp', 'Corporation', 'Co', 'Company', 'plc', 'PLC', 'GmbH', 'AG', 'S.A', 'SA', 'N.V', 'NV', 'Pty'];

/**
 * Words of a syndicate's name. A syndicate sells columns to many sites; its copyright names
 * the seller of the column, not the site it ran on, so it counts as a publisher.
 */
export const syndicationWords: readonly string[] = ['Syndicate', 'Syndication', 'Content Agency', 'Features'];

/**
 * Trailing words that name the business behind a site rather than the site: "Axios Media" is
 * the site Axios, "Fox News Network" is Fox News.
 */
export const businessTrailers: readonly string[] = ['Media Group', 'Media', 'Network', 'Group', 'Holdings'];

/** How copyright holders read, as examples run by the tests. */
export const holderExamples: readonly { holder: string; site: string | null; publisher: string | null }[] = [
  { holder: 'Axios Media', site: 'Axios', publisher: null },
  { holder: 'Nexstar Media Inc.', site: null, publisher: 'Nexstar Media Inc.' },
  { holder: 'Fox News Network', site: 'Fox News', publisher: null },
  { holder: 'Guardian News & Media Limited', site: null, publisher: 'Guardian News & Media Limited' },
  { holder: 'Reuters', site: 'Reuters', publisher: null },
  { holder: 'Media', site: null, publisher: null },
  { holder: 'Bloomberg L.P.', site: null, publisher: 'Bloomberg L.P.' },
  { holder: 'King Features Syndicate', site: null, publisher: 'King Features Syndicate' },
  { holder: 'Tribune Content Agency', site: null, publisher: 'Tribune Content Agency' },
];
