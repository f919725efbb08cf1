import 'server-only';
import { defineQuery } from 'groq';
import { cache } from 'react';
import { z } from 'zod';
import { listTemplates, type ListTemplate, type Locale } from '@/i18n/locales';
import { defineDocumentType } from '../lib/documentType';
import { cleaned, optional, optionalText, parseOrReport, safeUrl, text, tolerantList } from '../lib/parsing';
import { cachedQuery } from '../lib/source';
import { linkTargetFields, linkTargetModel } from './fields';

/**
 * What every page shows around its content, from two documents per language
 * (`siteSettings-<language>`, `navigation-<language>`): the organization's names and the footer,
 * and the header's navigation.
 */
export const siteSettingsType = defineDocumentType({ name: 'siteSettings', localized: true, addressedBySlug: false, singleton: true });
export const navigationType = defineDocumentType({ name: 'navigation', localized: true, addressedBySlug: false, singleton: true });

const linkFields = /* groq */ `
  _key,
  label,
  url,
  template,
  "internal": reference->{ ${linkTargetFields} }
`;

export const siteChromeQuery = defineQuery(`{
  "settings": *[_type == "siteSettings" && language == $locale][0]{
    _id,
    organization,
    generalSecretariat,
    secretariat,
    department,
    footer
  },
  "navigation": *[_type == "navigation" && language == $locale][0]{
    _id,
    "primary": primary[]{ ${linkFields} },
    "utility": utility[]{ ${linkFields} }
  }
}`);

/** A navigation entry: an internal reference, one of the site's lists or an external URL. */
const linkModel = z
  .object({
    _key: text,
    label: text,
    url: optional(safeUrl),
    template: optional(cleaned(z.enum(listTemplates as unknown as [ListTemplate, ...ListTemplate[]]))),
    internal: optional(linkTargetModel),
  });
export type NavigationLink = z.output<typeof linkModel>;

/** Entries whose page does not exist (yet) are dropped so no link leads to a 404. */
const navigationList = (what: string) =>
  tolerantList(linkModel, what).transform((links) => links.filter((link) => link.internal || link.template || link.url));

const namedLink = z.object({ name: text, abbreviation: optionalText, url: optional(safeUrl) });

export const siteChromeModel = z.object({
  settings: z.object({
    _id: text,
    organization: namedLink,
    generalSecretariat: namedLink,
    secretariat: namedLink,
    department: namedLink,
    footer: z.object({
      addressLines: z.array(text).min(1),
      phone: z.object({ label: text, number: text }),
      socialLinks: tolerantList(z.object({ _key: text, label: text, url: safeUrl }), 'social link'),
      copyrightHolder: text,
    }),
  }),
  navigation: z
    .object({
      _id: text,
      primary: navigationList('navigation link'),
      utility: navigationList('navigation link'),
    })
    .nullish()
    .transform((navigation) => navigation ?? { _id: '', primary: [], utility: [] }),
});
export type SiteChrome = z.output<typeof siteChromeModel>;

export const getSiteChrome = cache(async (locale: Locale): Promise<SiteChrome | null> =>
  parseOrReport(
    siteChromeModel,
    await cachedQuery(siteChromeQuery, { locale }, [
      siteSettingsType.singletonTag(locale),
      navigationType.singletonTag(locale),
      siteSettingsType.listTag(locale),
      navigationType.listTag(locale),
    ]),
    'site chrome',
  ),
);
