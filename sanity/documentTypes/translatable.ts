import 'server-only';
import { defineQuery } from 'groq';
import { cache } from 'react';
import { parseOrReport } from '../lib/parsing';
import { cachedQuery } from '../lib/source';
import { documentTag } from '../lib/tags';
import { indexedDocumentFields, indexedDocumentModel, type IndexedDocument } from './fields';

/** A translatable document by id, for the notice shown where its translation is missing. */
export const translatableDocumentQuery = defineQuery(`*[_type in ["page", "meeting", "newsArticle"] && _id == $id][0]{
  ${indexedDocumentFields}
}`);

export const getTranslatableDocument = cache(async (id: string): Promise<IndexedDocument | null> =>
  parseOrReport(indexedDocumentModel, await cachedQuery(translatableDocumentQuery, { id }, [documentTag(id)]), 'page'),
);
