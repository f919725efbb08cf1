import { describe, expect, it } from 'vitest';
import { contentStampOnPublish } from './translationStamp';

const now = '2026-12-03T12:00:00.000Z';
const earlier = '2026-11-20T10:00:00Z';
const later = '2026-11-27T10:00:00Z';

describe('the content stamp a document takes when published', () => {
  it('is now for a document in one language', () => {
    expect(contentStampOnPublish({ _updatedAt: earlier }, [], now)).toBe(now);
  });

  it('is now for a change made while in step with the other languages, which then follow it', () => {
    expect(contentStampOnPublish({ contentUpdatedAt: later }, [later], now)).toBe(now);
    expect(contentStampOnPublish({ contentUpdatedAt: later }, [earlier], now)).toBe(now);
  });

  it("is the newest counterpart's when the document was behind: catching up lists neither side", () => {
    expect(contentStampOnPublish({ contentUpdatedAt: earlier }, [later], now)).toBe(later);
    expect(contentStampOnPublish({ _updatedAt: earlier }, [earlier, later], now)).toBe(later);
  });

  it("is the counterpart's on a translation's first publish", () => {
    expect(contentStampOnPublish(null, [earlier], now)).toBe(earlier);
  });
});
