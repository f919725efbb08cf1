import { describe, expect, it } from 'vitest';
import { schemaTypes, singletonTypes } from '../schemaTypes';
import { documentTypes } from '.';

describe('the document types the site reads', () => {
  const studioDocumentTypes = schemaTypes.filter((type) => type.type === 'document');

  it('are the document types of the Studio schema, one declaration each', () => {
    expect(documentTypes.map((type) => type.name).sort()).toEqual(studioDocumentTypes.map((type) => type.name).sort());
  });

  it('are localized exactly where the Studio keeps one document per language', () => {
    for (const type of studioDocumentTypes) {
      const hasLanguageField = 'fields' in type && type.fields.some((field) => field.name === 'language');
      expect(documentTypes.find((declared) => declared.name === type.name)?.localized, type.name).toBe(hasLanguageField);
    }
  });

  it('are addressed by slug exactly where the Studio gives them one', () => {
    for (const type of studioDocumentTypes) {
      const hasSlug = 'fields' in type && type.fields.some((field) => field.name === 'slug');
      expect(documentTypes.find((declared) => declared.name === type.name)?.addressedBySlug, type.name).toBe(hasSlug);
    }
  });

  it('are singletons exactly where the Studio keeps one document per language under a fixed id', () => {
    expect(documentTypes.filter((type) => type.singleton).map((type) => type.name).sort()).toEqual([...singletonTypes].sort());
  });
});
