import { TranslateIcon } from '@sanity/icons/Translate';
import { Button, Flex } from '@sanity/ui';
import { Menu, MenuButton, MenuItem } from '@sanity/ui/menu';
import { useMemo, type ComponentType } from 'react';
import {
  defineLocaleResourceBundle,
  definePlugin,
  useLocale,
  useTranslation,
  type FieldProps,
  type InputProps,
  type LocaleSource,
  type ToolMenuProps,
} from 'sanity';
import { flattenMessages } from '../../i18n/flattenMessages';
import { defaultInterfaceLanguage, interfaceLanguages } from './interfaceLanguages';
import type { TranslatingComponents } from './schemaText';

/** The namespace of this site's Studio strings, beside Sanity's own ("studio", "structure"…). */
export const studioNamespace = 'dsp';

/**
 * The interface languages (interfaceLanguages.ts) as a Studio plugin: Sanity's translation of its
 * own strings, this site's strings, and the menu staff choose the language from.
 */
export const interfaceLanguagePlugin = definePlugin({
  name: 'dsp-interface-language',
  plugins: interfaceLanguages.flatMap((language) => (language.sanityLocale ? [language.sanityLocale] : [])),
  i18n: {
    // Sanity starts in the last locale registered when the user has chosen none (prepareI18n in
    // sanity 6.16): this plugin's locales come after its own, so order them for the default.
    locales: (registered) => [
      ...registered.filter((locale) => locale.id !== defaultInterfaceLanguage.id),
      ...registered.filter((locale) => locale.id === defaultInterfaceLanguage.id),
    ],
    bundles: interfaceLanguages.map((language) =>
      defineLocaleResourceBundle({ locale: language.id, namespace: studioNamespace, resources: flattenMessages(language.messages) }),
    ),
  },
  studio: { components: { toolMenu: ToolMenuWithLanguage } },
});

/**
 * Sanity's own language menu is switched off until it localizes schemas (LocaleMenu in sanity
 * 6.16: "re-enable locale selection once schema localization is available"), which this site
 * does itself: so the menu sits beside the tools, in the top bar and in the narrow screen's drawer.
 */
function ToolMenuWithLanguage(props: ToolMenuProps) {
  const sidebar = props.context === 'sidebar';
  return (
    <Flex gap={2} direction={sidebar ? 'column' : 'row'} align={sidebar ? 'stretch' : 'center'}>
      {props.renderDefault(props)}
      <InterfaceLanguageMenu />
    </Flex>
  );
}

/**
 * The choice is remembered by Sanity (changeLocale), then the Studio starts afresh in it. Sanity
 * alone remounts the Studio under the new locale, and a document opened after that never
 * finished loading (seen against the e2e Content Lake stand-in), while one opened in a Studio
 * that started in the language did.
 */
function InterfaceLanguageMenu() {
  const { locales, currentLocale, changeLocale } = useLocale();
  const { t } = useTranslation(studioNamespace);
  if (locales.length < 2) return null;
  return (
    <MenuButton
      id="interface-language"
      button={
        <Button
          mode="bleed"
          icon={TranslateIcon}
          text={currentLocale.title}
          aria-label={t('interfaceLanguage.menu', { language: currentLocale.title })}
        />
      }
      menu={
        <Menu>
          {locales.map((locale) => (
            <MenuItem
              key={locale.id}
              text={locale.title}
              lang={locale.id}
              pressed={locale.id === currentLocale.id}
              onClick={() => changeLocale(locale.id).then(() => window.location.reload())}
            />
          ))}
        </Menu>
      }
      popover={{ portal: true, placement: 'bottom-end' }}
    />
  );
}

/** Looks up one of this site's Studio strings; the schema's own text where a language lacks it. */
export function studioText(i18n: Pick<LocaleSource, 't'>) {
  return (key: string, fallback: string, values: Record<string, string> = {}) =>
    i18n.t(key, { ns: studioNamespace, defaultValue: fallback, ...values });
}

/**
 * One component per key, made once: React would remount a field whose component changed
 * identity, losing its focus and state.
 */
function perKey<Props>(make: (key: string) => ComponentType<Props>) {
  const made = new Map<string, ComponentType<Props>>();
  return (key: string) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}

/** Shows a field of the content model with its title and description in the interface language. */
const translatedField = perKey<FieldProps>((key) => {
  function TranslatedField(props: FieldProps) {
    const { t } = useTranslation(studioNamespace);
    const title = props.title && t(`${key}.title`, { defaultValue: props.title });
    const description = props.description && t(`${key}.description`, { defaultValue: props.description });
    return props.renderDefault({ ...props, title, description } as FieldProps);
  }
  TranslatedField.displayName = `TranslatedField(${key})`;
  return TranslatedField;
});

/** Shows a field's list of options with their titles in the interface language. */
const translatedOptions = perKey<InputProps>((key) => {
  function TranslatedOptions(props: InputProps) {
    const { t } = useTranslation(studioNamespace);
    const { schemaType } = props;
    const translatedType = useMemo(() => {
      const options = schemaType.options as { list?: unknown[] } | undefined;
      const list = options?.list?.map((option) =>
        typeof option === 'object' && option !== null && 'value' in option && 'title' in option
          ? { ...option, title: t(`${key}.options.${String(option.value)}`, { defaultValue: String(option.title) }) }
          : option,
      );
      // A copy of the compiled type with all its own properties (getters included), replacing only
      // the options: a type derived from it by prototype alone lost its name and jsonType to
      // Sanity's input resolver, which then failed the whole field ("Could not find input
      // component for schema type `undefined`").
      const copy = Object.create(Object.getPrototypeOf(schemaType), Object.getOwnPropertyDescriptors(schemaType));
      Object.defineProperty(copy, 'options', { value: { ...options, list }, enumerable: true, configurable: true, writable: true });
      return copy as typeof schemaType;
    }, [schemaType, t]);
    return props.renderDefault({ ...props, schemaType: translatedType } as InputProps);
  }
  TranslatedOptions.displayName = `TranslatedOptions(${key})`;
  return TranslatedOptions;
});

/** The components localizeSchema (schemaText.ts) shows the content model's fields through. */
export const translatingComponents: TranslatingComponents = { field: translatedField, input: translatedOptions };
