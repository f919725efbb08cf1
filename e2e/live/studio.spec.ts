import { expect, test } from '@playwright/test';

// The live build's Studio is driven against the stand-in in e2e/studio/.
test('the live build serves the Prisons pages from the Content Lake', async ({ page }) => {
  await page.goto('/es/carceles');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sistemas Penitenciarios y Carcelarios');
});
