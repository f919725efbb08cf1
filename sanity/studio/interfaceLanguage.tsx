import { TranslateIcon } from '@sanity/icons/Translate';
import { Button, Flex } from '@sanity/ui';
import { Menu, MenuButton, MenuItem } from '@sanity/ui/menu';
import type { ComponentType } from 'react';
import {
  defineLocaleResourceBundle,
  definePlugin,
  useLocale,
  useTranslation,
  type FieldProps,
  type LocaleSource,
  type ToolMenuProps,
} from 'sanity';
import { flattenMessages } from '../../i18n/flattenMessages';
import { defaultInterfaceLanguage, interfaceLanguages } from './interfaceLanguages';

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
              onClick={() => changeLocale(locale.id)}
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

const fieldComponents = new Map<string, ComponentType<FieldProps>>();

/**
 * The component that shows a field of the content model with its title and description in the
 * interface language, under `key` (see schemaText.ts). One per key, made once: React would
 * remount a field whose component changed identity.
 */
export function translatedField(key: string): ComponentType<FieldProps> {
  const existing = fieldComponents.get(key);
  if (existing) return existing;
  function TranslatedField(props: FieldProps) {
    const { t } = useTranslation(studioNamespace);
    const title = props.title && t(`${key}.title`, { defaultValue: props.title });
    const description = props.description && t(`${key}.description`, { defaultValue: props.description });
    return props.renderDefault({ ...props, title, description } as FieldProps);
  }
  TranslatedField.displayName = `TranslatedField(${key})`;
  fieldComponents.set(key, TranslatedField);
  return TranslatedField;
}
