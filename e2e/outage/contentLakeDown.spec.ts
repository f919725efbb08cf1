import { expect, test } from '@playwright/test';
import { contentLake, sendWebhook, timeUntil } from '../live/contentLake';

// The Content Lake the live build reads fails or hangs here, which every other test reading it
// would see: these run in a project of their own after the live project's (playwright.config.ts),
// one at a time, each putting the stand-in back.
test.describe.configure({ mode: 'serial' });

const policiesEs = { id: 'page-prisons-policies-es', path: '/es/carceles/politicas-penitenciarias' };

test.describe('while the Content Lake is down', () => {
  test.afterEach(async ({ request }) => contentLake(request).setMode('ok'));

  for (const mode of ['fail', 'hang'] as const) {
    test(`(${mode}) pages rendered before still answer 200 with their content`, async ({ request }) => {
      expect((await request.get('/es/carceles')).status()).toBe(200);
      await contentLake(request).setMode(mode);
      const response = await request.get('/es/carceles');
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain('Sistemas Penitenciarios y Carcelarios');
    });
  }

  test('a page never rendered before is a localized error page, and renders once it is back', async ({ page, request }) => {
    const lake = contentLake(request);
    const newPage = {
      _id: 'page-fixture-unseen-es',
      _type: 'page',
      language: 'es',
      title: 'Página de prueba nunca vista',
      slug: { _type: 'slug', current: 'prueba-nunca-vista' },
      body: [],
    };
    await lake.publish(newPage);
    await sendWebhook(request, { _id: newPage._id, _type: 'page', language: 'es', slug: 'prueba-nunca-vista' });
    await lake.setMode('fail');
    const response = await page.goto('/es/prueba-nunca-vista');
    expect(response?.status()).toBeGreaterThanOrEqual(500);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lo sentimos, se produjo un error');
    await expect(page.getByText(/at .*\.js|Error:/)).toHaveCount(0);
    await lake.setMode('ok');
    const recovered = await page.goto('/es/prueba-nunca-vista');
    expect(recovered?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página de prueba nunca vista');
    await lake.unpublish(newPage._id);
    await sendWebhook(request, { _id: newPage._id, _type: 'page', language: 'es', slug: 'prueba-nunca-vista', operation: 'delete' });
  });

  test('a publish during the outage shows once it is back, without a second webhook', async ({ request }) => {
    const lake = contentLake(request);
    const original = await lake.get(policiesEs.id);
    await lake.setMode('fail');
    await lake.publish({ ...original, title: 'Publicado durante el corte' });
    const accepted = await sendWebhook(request, { _id: policiesEs.id, _type: 'page', language: 'es', slug: 'politicas-penitenciarias', parent: 'page-prisons-es' });
    expect(accepted.status()).toBe(202);
    const during = await request.get(policiesEs.path);
    expect(during.status()).toBe(200);
    expect(await during.text()).not.toContain('Publicado durante el corte');
    await lake.setMode('ok');
    expect(await timeUntil(request, policiesEs.path, (_, body) => body.includes('Publicado durante el corte'))).toBeLessThan(5000);

    await lake.publish(original);
    await sendWebhook(request, { _id: policiesEs.id, _type: 'page', language: 'es', slug: 'politicas-penitenciarias', parent: 'page-prisons-es' });
  });
});
