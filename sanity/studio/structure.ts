import { EarthGlobeIcon } from '@sanity/icons/EarthGlobe';
import { TranslateIcon } from '@sanity/icons/Translate';
import { WarningOutlineIcon } from '@sanity/icons/WarningOutline';
import type { Child, StructureBuilder, StructureResolver } from 'sanity/structure';
import { locales, type LocaleDefinition } from '../../i18n/locales';
import { singletonTypes, translatableTypes } from '../schemaTypes';
import { missingTranslationFilter, outdatedTranslationFilter } from './translationFilters';

const filterParams = { translatableTypes, languageCount: locales.length };

/** An entry for a type that opens one item per language of the site. */
function perLanguage(S: StructureBuilder, type: string, child: (locale: LocaleDefinition, title: string) => Child) {
  const title = S.documentTypeListItem(type).getTitle() ?? type;
  return S.listItem()
    .title(title)
    .schemaType(type)
    .child(
      S.list()
        .title(title)
        .items(
          locales.map((locale) =>
            S.listItem()
              .id(`${type}-${locale.code}`)
              .title(locale.nativeName)
              .schemaType(type)
              .child(child(locale, `${title} · ${locale.nativeName}`)),
          ),
        ),
    );
}

/** The documents of a type in one language, so editors work in one language at a time. */
const byLanguage = (S: StructureBuilder, type: string) =>
  perLanguage(S, type, (locale, title) =>
    S.documentTypeList(type)
      .title(title)
      .filter('_type == $type && language == $language')
      .params({ type, language: locale.code })
      .initialValueTemplates([S.initialValueTemplateItem(`${type}-${locale.code}`)]),
  );

/** A singleton per language, pinned to its fixed id. */
const singleton = (S: StructureBuilder, type: string) =>
  perLanguage(S, type, (locale, title) =>
    S.document()
      .schemaType(type)
      .documentId(`${type}-${locale.code}`)
      .initialValueTemplate(`${type}-${locale.code}`)
      .title(title),
  );

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      ...translatableTypes.map((type) => byLanguage(S, type)),
      S.documentTypeListItem('memberState').icon(EarthGlobeIcon),
      S.documentTypeListItem('redirect'),
      S.divider(),
      ...singletonTypes.map((type) => singleton(S, type)),
      S.divider(),
      S.listItem()
        .title('Missing a translation')
        .icon(TranslateIcon)
        .child(S.documentList().title('Missing a translation').filter(missingTranslationFilter).params(filterParams)),
      S.listItem()
        .title('Translation may be out of date')
        .icon(WarningOutlineIcon)
        .child(
          S.documentList()
            .title('The other language was edited after this one')
            .filter(outdatedTranslationFilter)
            .params(filterParams),
        ),
    ]);
