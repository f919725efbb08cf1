import { expect, test } from '@playwright/test';
import { accessibilityViolations, crawlSite, pagesToOpen } from './utils';

/**
 * Every page of both languages, the not-found pages and the untranslated notices, through axe:
 * one test a width, so that the two run side by side.
 */
test.describe('accessibility (WCAG 2.2 AA and best practice)', () => {
  for (const width of [1280, 375]) {
    test(`every page at ${width} px has no violations`, async ({ page, request }) => {
      const paths = [...pagesToOpen(await crawlSite(request)), '/en/no-such-page', '/es/no-existe', '/_next/static/no-such-chunk.js'];
      test.setTimeout(60_000 + paths.length * 3_000);
      await page.setViewportSize({ width, height: 900 });
      const failures: Record<string, unknown> = {};
      for (const path of paths) {
        await page.goto(path);
        const violations = await accessibilityViolations(page);
        if (violations.length > 0) failures[path] = violations;
      }
      expect(failures).toEqual({});
    });
  }
});
