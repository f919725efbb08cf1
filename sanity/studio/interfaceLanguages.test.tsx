import { createClient } from '@sanity/client';
import { readdirSync } from 'node:fs';
import type { ComponentType, ReactElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { I18nextProvider } from 'react-i18next';
import { firstValueFrom, of } from 'rxjs';
import { resolveConfig, type FieldProps, type InputProps, type SchemaType, type Workspace } from 'sanity';
import { createStructureBuilder, type List, type ListBuilder, type ListItem, type StructureResolverContext } from 'sanity/structure';
import { beforeAll, describe, expect, it } from 'vitest';
import { flattenMessages } from '../../i18n/flattenMessages';
import { schemaTypes } from '../schemaTypes';
import { createStudioConfig } from './config';
import { interfaceLanguages, schemaLanguage } from './interfaceLanguages';
import { schemaText } from './schemaText';
import { structure } from './structure';

/** Every string a translation must give: the Studio's own (the schema language's file) and the content model's. */
const sourceLanguage = interfaceLanguages.find((language) => language.id === schemaLanguage)!;
const required = { ...flattenMessages(sourceLanguage.messages), ...schemaText(schemaTypes as never) };
const translations = interfaceLanguages.filter((language) => language !== sourceLanguage);

const numbers = (text: string) => (text.match(/\d+/g) ?? []).sort();
const placeholders = (text: string) => (text.match(/{{\w+}}/g) ?? []).sort();

describe('the Studio interface strings', () => {
  it('have a messages file for every interface language, and only for those', () => {
    const files = readdirSync('sanity/studio/messages').filter((file) => file.endsWith('.json'));
    expect(files).toHaveLength(interfaceLanguages.length);
  });

  it.each(translations.map((language) => [language.id, language] as const))(
    '%s translates every title and description of the content model and every list name, and nothing else',
    (_id, language) => {
      const translated = flattenMessages(language.messages);
      const missing = Object.keys(required).filter((key) => !(key in translated));
      const stale = Object.keys(translated).filter((key) => !(key in required));
      expect({ missing, stale }).toEqual({ missing: [], stale: [] });
      for (const [key, value] of Object.entries(translated)) expect(value.trim(), key).not.toBe('');
    },
  );

  it.each(translations.map((language) => [language.id, language] as const))(
    '%s keeps the numbers and placeholders of the English text ("At most 100 characters")',
    (_id, language) => {
      const translated = flattenMessages(language.messages);
      for (const [key, english] of Object.entries(required)) {
        if (!(key in translated)) continue;
        expect({ key, numbers: numbers(translated[key]!), placeholders: placeholders(translated[key]!) }).toEqual({
          key,
          numbers: numbers(english),
          placeholders: placeholders(english),
        });
      }
    },
  );
});

describe('the Studio in Spanish', () => {
  let workspace: Workspace;
  // Sanity keeps the workspace's i18next instance internal; changing its language is what the
  // language menu's changeLocale does (besides remembering the choice in the browser).
  const i18next = () => (workspace.__internal as unknown as { i18next: import('i18next').i18n }).i18next;

  beforeAll(async () => {
    // As the CLI resolves a workspace: signed out, so nothing asks the network who we are.
    const signedOut = {
      state: of({
        authenticated: false,
        currentUser: null,
        client: createClient({ apiHost: 'http://localhost', apiVersion: '2025-02-19', projectId: 'unused', useCdn: false }),
      }),
    };
    const config = createStudioConfig({ projectId: 'offline', dataset: 'production' });
    [workspace] = (await firstValueFrom(resolveConfig({ ...config, auth: signedOut } as typeof config))) as [Workspace];
  }, 60_000); // loading the Studio's modules takes seconds on a cold, busy machine

  it('is offered to staff, and the Studio starts in English until they choose it', () => {
    expect(workspace.i18n.locales.map((locale) => locale.title)).toContain('Español');
    expect(workspace.i18n.currentLocale.id).toBe('en-US');
  });

  it('names the structure’s lists in Spanish', async () => {
    await i18next().changeLanguage('es-ES');
    const S = createStructureBuilder({ source: workspace.unstable_sources[0]!, perspectiveStack: ['drafts'] });
    const root = (structure(S, { ...workspace, i18n: workspace.i18n } as unknown as StructureResolverContext) as ListBuilder).serialize();
    const items = root.items.filter((item): item is ListItem => item.type === 'listItem');
    expect(root.title).toBe('Contenido');
    expect(items.map((item) => item.title)).toEqual([
      'Página',
      'Noticia',
      'Reunión',
      'Publicación',
      'Estado Miembro',
      'Redirección',
      'Página de inicio',
      'Configuración del sitio',
      'Navegación',
      'Falta una traducción',
      'La traducción puede estar desactualizada',
    ]);
    // The panes' addresses stay the same in every interface language.
    expect(items.map((item) => item.id)).toEqual([
      'page',
      'newsArticle',
      'meeting',
      'publication',
      'memberState',
      'redirect',
      'homePage',
      'siteSettings',
      'navigation',
      'missingATranslation',
      'translationMayBeOutOfDate',
    ]);
    const pages = items[0]!.child as List;
    const englishPages = (pages.items[0] as ListItem).child as List;
    expect(pages.title).toBe('Página');
    expect(englishPages.title).toBe('Página · English');
  });

  /** The component a field of a document type is shown through, as the resolved schema holds it. */
  const componentOf = <Part extends 'field' | 'input'>(type: string, fieldName: string, part: Part) => {
    const fields = (workspace.schema.get(type) as unknown as { fields: { name: string; type: SchemaType }[] }).fields;
    const fieldType = fields.find((field) => field.name === fieldName)!.type;
    const components = fieldType.components as { field?: ComponentType<FieldProps>; input?: ComponentType<InputProps> };
    return { fieldType, Component: components[part]! as ComponentType<Part extends 'field' ? FieldProps : InputProps> };
  };

  // Prerendered, since Sanity's useTranslation suspends until the namespace is loaded.
  const render = async (element: ReactElement) => {
    const { prelude } = await prerenderToNodeStream(<I18nextProvider i18n={i18next()}>{element}</I18nextProvider>);
    let html = '';
    for await (const chunk of prelude) html += chunk;
    return html;
  };

  it('shows a field’s title and description in Spanish, and in English again when staff switch back', async () => {
    const { Component: SlugField } = componentOf('page', 'slug', 'field');
    const slugField = (
      <SlugField
        {...({ title: 'Address (slug)', description: 'The last part of the address…' } as FieldProps)}
        renderDefault={(props) => <>{`${props.title} | ${props.description}`}</>}
      />
    );
    await i18next().changeLanguage('es-ES');
    expect(await render(slugField)).toBe(
      'Dirección (slug) | La última parte de la dirección, en este idioma: /es/carceles. Genérela a partir del título.',
    );
    await i18next().changeLanguage('en-US');
    expect(await render(slugField)).toBe('Address (slug) | The last part of the address…');
  });

  it('offers a field’s options under Spanish titles, keeping their values', async () => {
    const { fieldType, Component: KindInput } = componentOf('publication', 'kind', 'input');
    let shown: InputProps | undefined;
    const kindInput = (
      <KindInput
        {...({ schemaType: fieldType } as InputProps)}
        renderDefault={(props) => {
          shown = props;
          return <></>;
        }}
      />
    );
    await i18next().changeLanguage('es-ES');
    await render(kindInput);
    const list = (shown!.schemaType.options as { list: { title: string; value: string }[] }).list;
    // The type itself is still the field's: only its options' titles changed.
    expect(shown!.schemaType.name).toBe(fieldType.name);
    expect(shown!.schemaType.jsonType).toBe('string');
    // Copied, as Sanity's form copies a type before resolving its input, it is still the field's
    // (a type that only inherited them crashed the field in the Studio).
    expect({ ...shown!.schemaType }).toMatchObject({ name: fieldType.name, jsonType: 'string' });
    expect(list).toContainEqual({ title: 'Informe', value: 'report' });
    expect(list).toContainEqual({ title: 'Conclusiones y recomendaciones', value: 'conclusionsAndRecommendations' });
    expect(list).toHaveLength(7);
  });
});
