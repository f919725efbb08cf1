import { expect, test } from '@playwright/test';
import { accessibilityViolations, crawlSite } from './utils';

/** Every page of both languages, the not-found pages and the untranslated notice, through axe. */
test.describe('accessibility (WCAG 2.2 AA and best practice)', () => {
  test('every page at desktop and phone widths has no violations', async ({ page, request }) => {
    test.setTimeout(180_000);
    const paths = [...(await crawlSite(request)), '/en/no-such-page', '/es/no-existe', '/api/no-such-route'];
    // The site grows with its content: each page gets its time at each width.
    test.setTimeout(180_000 + paths.length * 2 * 5_000);
    const failures: Record<string, unknown> = {};
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of paths) {
        await page.goto(path);
        const violations = await accessibilityViolations(page);
        if (violations.length > 0) failures[`${path} @${width}px`] = violations;
      }
    }
    expect(failures).toEqual({});
  });
});
