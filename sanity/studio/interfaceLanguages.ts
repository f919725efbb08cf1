import { esESLocale } from '@sanity/locale-es-es';
import type { PluginOptions } from 'sanity';
import type { Messages } from '../../i18n/flattenMessages';
import english from './messages/en.json';
import spanish from './messages/es.json';

export interface InterfaceLanguage {
  /** Sanity's id for the locale, under which its own strings and ours are registered. */
  id: string;
  /** Sanity's translation of its own interface (an @sanity/locale-* plugin); none for its own English. */
  sanityLocale?: PluginOptions;
  /** This site's strings for the Studio (messages/<code>.json): the structure, and the content model's text. */
  messages: Messages;
}

/**
 * The languages of the Studio's interface, which staff choose from the language menu in its top
 * bar; the first is the one it starts in until they choose. They are the staff's languages, not
 * the site's (i18n/locales.ts): a language of the site needs no interface of its own. Adding one
 * is an entry here with Sanity's locale plugin for it and a messages file with the keys of
 * es.json (interfaceLanguages.test.ts lists what is missing).
 */
export const interfaceLanguages: readonly [InterfaceLanguage, ...InterfaceLanguage[]] = [
  { id: 'en-US', messages: english },
  { id: 'es-ES', sanityLocale: esESLocale(), messages: spanish },
];

export const [defaultInterfaceLanguage] = interfaceLanguages;

/**
 * The language the schema is written in: its titles and descriptions are that language's text,
 * so its messages file holds only the Studio's other strings.
 */
export const schemaLanguage = 'en-US';
