import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../i18n/locales';
import { loadDocumentIndex } from '../lib/embedded';
import { translatableTypes } from '../schemaTypes';
import { missingTranslationFilter, outdatedTranslationFilter } from './translationFilters';

const params = { translatableTypes, languageCount: localeCodes.length };

async function idsMatching(filter: string, files: string[]) {
  const { all } = await loadDocumentIndex(files);
  const result = await evaluate(parse(`*[${filter}]._id`), { dataset: all, params });
  return ((await result.get()) as string[]).sort();
}

describe('the Studio translation lists', () => {
  it('find no document missing a translation in the bundled dataset', async () => {
    expect(await idsMatching(missingTranslationFilter, ['sanity/dataset/production.ndjson'])).toEqual([]);
  });

  it('find a document that exists in one language only', async () => {
    const ids = await idsMatching(missingTranslationFilter, [
      'sanity/dataset/production.ndjson',
      'e2e/fixtures/content.ndjson',
    ]);
    expect(ids).toEqual(['page-fixture-english-only-en', 'publication-fixture-invalid-en', 'publication-fixture-valid-en']);
  });

  // The fixtures also hold a Spanish page published after its English one to catch up with it:
  // its content stamp is the English one's, so neither of the two is listed.
  it('find a translation whose counterpart was edited after it', async () => {
    const ids = await idsMatching(outdatedTranslationFilter, [
      'sanity/dataset/production.ndjson',
      'sanity/studio/__fixtures__/outdated.ndjson',
    ]);
    expect(ids).toEqual(['page-outdated-es']);
  });

  it('find no out-of-date translation in the bundled dataset', async () => {
    expect(await idsMatching(outdatedTranslationFilter, ['sanity/dataset/production.ndjson'])).toEqual([]);
  });
});
