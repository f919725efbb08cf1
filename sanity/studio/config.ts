import { documentInternationalization } from '@sanity/document-internationalization';
import { defineConfig, type AuthConfig } from 'sanity';
import { internationalizedArray } from 'sanity-plugin-internationalized-array';
import { presentationTool } from 'sanity/presentation';
import { structureTool } from 'sanity/structure';
import { locales } from '../../i18n/locales';
import { apiVersion } from '../env';
import { schemaTypes, singletonTypes, translatableTypes } from '../schemaTypes';
import { interfaceLanguagePlugin, translatingComponents } from './interfaceLanguage';
import { keepPreviousSlug } from './keepPreviousSlug';
import { locations } from './presentation';
import { localizeSchema } from './schemaText';
import { structure } from './structure';
import { stampContentOnPublish } from './translationStamp';

export interface StudioProject {
  projectId: string;
  dataset: string;
  apiHost?: string;
  /** Sign in with a stored token only (the e2e Content Lake stand-in has no login page). */
  loginMethod?: 'token';
}

export const studioLanguages = locales.map((locale) => ({ id: locale.code, title: locale.nativeName }));

/**
 * The Studio for Department staff. Its languages come from the site's one locale list; the
 * project comes from the server's environment (the embedded Studio) or the CLI's.
 */
export function createStudioConfig({ projectId, dataset, apiHost, loginMethod }: StudioProject, basePath = '/studio') {
  return defineConfig({
    name: 'dsp',
    title: 'OAS Department of Public Security',
    basePath,
    projectId,
    dataset,
    ...(apiHost ? { apiHost } : {}),
    // Typed as the option, not as its one value: the CLI's dataset check passes another auth store.
    ...(loginMethod ? { auth: { loginMethod } as AuthConfig } : {}),
    schema: {
      // Field titles and descriptions follow the interface language (schemaText.ts).
      types: localizeSchema(schemaTypes, translatingComponents),
      // Singletons are opened from their pinned entries, one per language, and created with it.
      templates: (templates) => [
        ...templates.filter((template) => !singletonTypes.includes(template.schemaType)),
        ...singletonTypes.flatMap((schemaType) =>
          locales.map((locale) => ({
            id: `${schemaType}-${locale.code}`,
            title: `${schemaType} (${locale.nativeName})`,
            schemaType,
            value: { language: locale.code },
          })),
        ),
      ],
    },
    document: {
      actions: (actions, { schemaType }) =>
        actions.map((action) => {
          if (action.action !== 'publish' || !translatableTypes.includes(schemaType)) return action;
          const stamped = stampContentOnPublish(action);
          return schemaType === 'page' ? keepPreviousSlug(stamped) : stamped;
        }),
      // Every translatable document is created in a language, from that language's template;
      // singletons are never created from the global menu.
      newDocumentOptions: (options, { creationContext }) =>
        creationContext.type === 'global'
          ? options.filter(
              (option) =>
                !translatableTypes.includes(option.templateId) &&
                !singletonTypes.some((type) => option.templateId.startsWith(`${type}-`)),
            )
          : options,
    },
    plugins: [
      structureTool({ structure }),
      presentationTool({
        previewUrl: { previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' } },
        resolve: { locations },
      }),
      documentInternationalization({
        supportedLanguages: studioLanguages,
        schemaTypes: translatableTypes,
        weakReferences: true,
        apiVersion,
      }),
      internationalizedArray({ languages: studioLanguages, fieldTypes: ['string', 'text'], buttonAddAll: true }),
      interfaceLanguagePlugin(),
    ],
  });
}
