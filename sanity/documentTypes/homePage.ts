import 'server-only';
import { defineQuery } from 'groq';
import { cache } from 'react';
import { z } from 'zod';
import type { Locale } from '@/i18n/locales';
import { defineDocumentType } from '../lib/documentType';
import { cleaned, localeModel, optionalText, parseOrReport, text, tolerantList } from '../lib/parsing';
import { cachedQuery } from '../lib/source';
import { lastUpdatedModel, linkTargetFields, linkTargetModel, seoModelFields } from './fields';
import { memberStateType } from './memberState';
import { portableTextFields, portableTextModel } from './portableText';

/** The home page: one document per language (`homePage-<language>`). */
export const homePageType = defineDocumentType({ name: 'homePage', localized: true, addressedBySlug: false, singleton: true });

export const homePageQuery = defineQuery(`*[_type == "homePage" && language == $locale][0]{
  _id,
  _type,
  language,
  title,
  seoTitle,
  seoDescription,
  lastUpdated,
  intro[]{ ${portableTextFields} },
  "featured": featured[]->{ ${linkTargetFields}, summary }
}`);

export const homePageModel = z.object({
  _id: text,
  _type: cleaned(z.literal('homePage')),
  language: localeModel,
  title: text,
  ...seoModelFields,
  lastUpdated: lastUpdatedModel,
  intro: portableTextModel,
  featured: tolerantList(linkTargetModel.extend({ summary: optionalText }), 'featured page'),
});
export type HomePage = z.output<typeof homePageModel>;

/**
 * Revalidated when a page it features changes (its own tag) and when the Member States its
 * introduction may list change.
 */
export const getHomePage = cache(async (locale: Locale): Promise<HomePage | null> =>
  parseOrReport(
    homePageModel,
    await cachedQuery(homePageQuery, { locale }, [homePageType.singletonTag(locale), homePageType.listTag(locale), memberStateType.listTag()]),
    'home page',
  ),
);
