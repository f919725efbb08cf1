import { describe, expect, it } from 'vitest';
import { evaluate, parse } from 'groq-js';
import { loadDocumentIndex } from '../lib/embedded';
import { contentStampOnPublish, contentStampsQuery } from './translationStamp';

const now = '2026-12-03T12:00:00.000Z';
const earlier = '2026-11-20T10:00:00Z';
const later = '2026-11-27T10:00:00Z';

describe('the content stamp a document takes when published', () => {
  it('is now for a document in one language', () => {
    expect(contentStampOnPublish(earlier, [], now)).toBe(now);
  });

  it('is now for a change made while in step with the other languages, which then follow it', () => {
    expect(contentStampOnPublish(later, [later], now)).toBe(now);
    expect(contentStampOnPublish(later, [earlier], now)).toBe(now);
  });

  it("is the newest counterpart's when the document was behind: catching up lists neither side", () => {
    expect(contentStampOnPublish(earlier, [later], now)).toBe(later);
    expect(contentStampOnPublish(earlier, [earlier, later], now)).toBe(later);
  });

  it("is the counterpart's on a translation's first publish", () => {
    expect(contentStampOnPublish(null, [earlier], now)).toBe(earlier);
  });
});

describe('the content stamps Publish reads', () => {
  const stampsOf = async (id: string) => {
    const { all } = await loadDocumentIndex(['sanity/studio/__fixtures__/outdated.ndjson']);
    return (await evaluate(parse(contentStampsQuery), { dataset: all, params: { id } })).get();
  };

  it("are the document's own and its counterparts', each its stamp or else its last edit", async () => {
    expect(await stampsOf('page-caught-up-es')).toEqual({ own: '2026-11-20T10:00:00Z', counterparts: ['2026-11-20T10:00:00Z'] });
    expect(await stampsOf('page-outdated-es')).toEqual({ own: '2026-01-05T10:00:00Z', counterparts: ['2026-11-20T10:00:00Z'] });
  });
});
