import { EarthGlobeIcon } from '@sanity/icons/EarthGlobe';
import { TranslateIcon } from '@sanity/icons/Translate';
import { WarningOutlineIcon } from '@sanity/icons/WarningOutline';
import type { StructureBuilder, StructureResolver } from 'sanity/structure';
import { locales } from '../../i18n/locales';
import { singletonTypes, translatableTypes } from '../schemaTypes';
import { missingTranslationFilter, outdatedTranslationFilter } from './translationFilters';

const filterParams = { translatableTypes, languageCount: locales.length };

/** One list of a type per language, so editors work in one language at a time. */
function byLanguage(S: StructureBuilder, type: string) {
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
              .child(
                S.documentTypeList(type)
                  .title(`${title} · ${locale.nativeName}`)
                  .filter('_type == $type && language == $language')
                  .params({ type, language: locale.code })
                  .initialValueTemplates([S.initialValueTemplateItem(`${type}-${locale.code}`)]),
              ),
          ),
        ),
    );
}

/** A singleton per language, pinned to its fixed id. */
function singleton(S: StructureBuilder, type: string) {
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
              .child(
                S.document()
                  .schemaType(type)
                  .documentId(`${type}-${locale.code}`)
                  .initialValueTemplate(`${type}-${locale.code}`)
                  .title(`${title} · ${locale.nativeName}`),
              ),
          ),
        ),
    );
}

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
