import { expect, test } from '@playwright/test';

test('/studio mounts Sanity Studio in a build with a project, untouched by language routing', async ({ page }) => {
  // The Studio's code is large and gives up on Sanity's servers only after its own timeouts.
  test.setTimeout(90_000);
  const response = await page.goto('/studio');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/studio/);
  // Offline, the Studio itself reports that it cannot reach Sanity's servers: proof that it runs.
  await expect(page.getByText("Couldn't reach the Sanity servers", { exact: false })).toBeVisible({ timeout: 60_000 });
});

test('the live build serves the Prisons pages from the Content Lake', async ({ page }) => {
  await page.goto('/es/carceles');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sistemas Penitenciarios y Carcelarios');
});
