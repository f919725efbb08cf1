import { EarthGlobeIcon } from '@sanity/icons/EarthGlobe';
import { TranslateIcon } from '@sanity/icons/Translate';
import { WarningOutlineIcon } from '@sanity/icons/WarningOutline';
import type { Child, StructureBuilder, StructureResolver } from 'sanity/structure';
import { locales, type LocaleDefinition } from '../../i18n/locales';
import { apiVersion } from '../env';
import { singletonTypes, translatableTypes } from '../schemaTypes';
import { studioText } from './interfaceLanguage';
import { missingTranslationFilter, outdatedTranslationFilter } from './translationFilters';

const filterParams = { translatableTypes, languageCount: locales.length };

type Text = ReturnType<typeof studioText>;

/** A document type's title in the interface language (the schema's own, in English). */
const typeTitle = (S: StructureBuilder, text: Text, type: string) =>
  text(`schema.${type}.title`, S.documentTypeListItem(type).getTitle() ?? type);

/** An entry for a type that opens one item per language of the site. */
function perLanguage(S: StructureBuilder, text: Text, type: string, child: (locale: LocaleDefinition, title: string) => Child) {
  const title = typeTitle(S, text, type);
  const inLanguage = (locale: LocaleDefinition) =>
    text('structure.typeInLanguage', `${title} · ${locale.nativeName}`, { type: title, language: locale.nativeName });
  // Ids are set wherever a title is translated: Sanity would derive them from the title, and the
  // open panes' address would change with the interface language.
  return S.listItem()
    .id(type)
    .title(title)
    .schemaType(type)
    .child(
      S.list()
        .id(type)
        .title(title)
        .items(
          locales.map((locale) =>
            S.listItem()
              .id(`${type}-${locale.code}`)
              .title(locale.nativeName)
              .schemaType(type)
              .child(child(locale, inLanguage(locale))),
          ),
        ),
    );
}

/** The documents of a type in one language, so editors work in one language at a time. */
const byLanguage = (S: StructureBuilder, text: Text, type: string) =>
  perLanguage(S, text, type, (locale, title) =>
    S.documentTypeList(type)
      .title(title)
      .apiVersion(apiVersion)
      .filter('_type == $type && language == $language')
      .params({ type, language: locale.code })
      .initialValueTemplates([S.initialValueTemplateItem(`${type}-${locale.code}`)]),
  );

/** A singleton per language, pinned to its fixed id. */
const singleton = (S: StructureBuilder, text: Text, type: string) =>
  perLanguage(S, text, type, (locale, title) =>
    S.document()
      .schemaType(type)
      .documentId(`${type}-${locale.code}`)
      .initialValueTemplate(`${type}-${locale.code}`)
      .title(title),
  );

/**
 * The lists staff work from. Their names follow the interface language, which the Studio starts
 * in (interfaceLanguage.tsx restarts it when staff choose another).
 */
export const structure: StructureResolver = (S, context) => {
  const text = studioText(context.i18n);
  const missingTranslation = text('structure.missingTranslation', 'Missing a translation');
  const outdatedTranslation = text('structure.outdatedTranslation', 'Translation may be out of date');
  return S.list()
    .id('content')
    .title(text('structure.content', 'Content'))
    .items([
      ...translatableTypes.map((type) => byLanguage(S, text, type)),
      S.documentTypeListItem('memberState').title(typeTitle(S, text, 'memberState')).icon(EarthGlobeIcon),
      S.documentTypeListItem('redirect').title(typeTitle(S, text, 'redirect')),
      S.divider(),
      ...singletonTypes.map((type) => singleton(S, text, type)),
      S.divider(),
      S.listItem()
        .id('missingATranslation')
        .title(missingTranslation)
        .icon(TranslateIcon)
        .child(
          S.documentList()
            .id('missingATranslation')
            .title(missingTranslation)
            .apiVersion(apiVersion)
            .filter(missingTranslationFilter)
            .params(filterParams),
        ),
      S.listItem()
        .id('translationMayBeOutOfDate')
        .title(outdatedTranslation)
        .icon(WarningOutlineIcon)
        .child(
          S.documentList()
            .id('translationMayBeOutOfDate')
            .title(text('structure.outdatedTranslationList', 'The other language was edited after this one'))
            .apiVersion(apiVersion)
            .filter(outdatedTranslationFilter)
            .params(filterParams),
        ),
    ]);
};
