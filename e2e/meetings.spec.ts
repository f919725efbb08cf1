import { expect, test, type Page } from '@playwright/test';
import { headMetadata, isUntranslatedNotice, sitePath, toggleDestination } from './utils';

/** A meeting of the bundled dataset, and the fictional 2099 one of e2e/fixtures/meetings-documents.ndjson. */
const meetings = {
  en: {
    list: '/en/meetings',
    upcoming: 'Upcoming meetings',
    past: 'Past meetings',
    fixture: {
      name: 'Fixture Meeting of Imaginary Authorities',
      path: '/en/meetings/fixture-meeting-2099',
      dates: /March 10\s?–\s?12, 2099/,
      place: 'Testville, Fixture Republic',
    },
    bundled: {
      name: 'First Meeting of Authorities Responsible for Penitentiary and Prison Policies',
      path: '/en/meetings/first-meeting-penitentiary-prison-policies',
      dates: /October 16\s?–\s?17, 2003/,
      place: 'Washington, D.C., United States',
    },
    outcomes: 'Outcome documents',
    breadcrumb: 'Breadcrumb',
  },
  es: {
    list: '/es/reuniones',
    upcoming: 'Próximas reuniones',
    past: 'Reuniones anteriores',
    fixture: {
      name: 'Reunión Ficticia de Autoridades Imaginarias',
      path: '/es/reuniones/reunion-ficticia-2099',
      dates: /10\s?–\s?12 de marzo de 2099/,
      place: 'Villaprueba, República Ficticia',
    },
    bundled: {
      name: 'Primera Reunión de Autoridades Responsables de las Políticas Penitenciarias y Carcelarias',
      path: '/es/reuniones/primera-reunion-politicas-penitenciarias-carcelarias',
      dates: /16–17 de octubre de 2003/,
      place: 'Washington, D.C., Estados Unidos',
    },
    outcomes: 'Documentos resultantes',
    breadcrumb: 'Ruta de navegación',
  },
} as const;

function languageToggle(page: Page) {
  return page.getByRole('navigation', { name: /Language selection|Selección de idioma/ }).getByRole('link');
}

async function eventJsonLd(page: Page) {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text) as Record<string, unknown>).find((data) => data['@type'] === 'Event');
}

for (const [locale, m] of Object.entries(meetings)) {
  test.describe(`meetings in ${locale}`, () => {
    test('the list puts the 2099 meeting under upcoming and the bundled ones under past, each linking to its page', async ({ page }) => {
      const response = await page.goto(m.list);
      expect(response?.status()).toBe(200);
      const upcoming = page.getByRole('region', { name: m.upcoming });
      const past = page.getByRole('region', { name: m.past });
      await expect(upcoming.getByRole('link', { name: m.fixture.name })).toHaveAttribute('href', m.fixture.path);
      await expect(upcoming.getByRole('listitem').filter({ hasText: m.fixture.name })).toContainText(m.fixture.place);
      await expect(upcoming.getByRole('listitem').filter({ hasText: m.fixture.name })).toContainText(m.fixture.dates);
      await expect(upcoming.getByRole('link', { name: m.bundled.name })).toHaveCount(0);
      await expect(past.getByRole('link', { name: m.bundled.name })).toHaveAttribute('href', m.bundled.path);
      await expect(past.getByRole('listitem').filter({ hasText: m.bundled.name })).toContainText(m.bundled.dates);
      await expect(past.getByRole('link', { name: m.fixture.name })).toHaveCount(0);
    });

    test('a meeting page shows its name, dates, place, description and outcomes', async ({ page }) => {
      const response = await page.goto(m.fixture.path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.fixture.name);
      const main = page.getByRole('main');
      await expect(main).toContainText(m.fixture.dates);
      await expect(main).toContainText(m.fixture.place);
      await expect(main).toContainText(locale === 'en' ? 'A fictional meeting' : 'Una reunión ficticia');
      await expect(main.getByRole('region', { name: m.outcomes }).getByRole('listitem').first()).toContainText(
        locale === 'en' ? 'Fixture: Alpha test document' : 'Ámbitos: documento de prueba ficticio 01',
      );
      const breadcrumbs = page.getByRole('navigation', { name: m.breadcrumb }).getByRole('link');
      await expect(breadcrumbs.last()).toHaveAttribute('href', m.list);
    });

    test('the bundled meeting’s dates follow the locale', async ({ page }) => {
      await page.goto(m.bundled.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.bundled.name);
      await expect(page.getByRole('main').locator('time')).toHaveText(m.bundled.dates);
      await expect(page.getByRole('main')).toContainText(m.bundled.place);
    });

    test('its toggle leads to the translation, and its hreflang names it', async ({ page, request }) => {
      const other = locale === 'en' ? meetings.es : meetings.en;
      await page.goto(m.bundled.path);
      expect(toggleDestination((await languageToggle(page).getAttribute('href')) ?? '')).toBe(other.bundled.path);
      await languageToggle(page).click();
      await expect(page).toHaveURL(new RegExp(`${other.bundled.path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(other.bundled.name);
      const head = headMetadata(await (await request.get(m.bundled.path)).text());
      expect(sitePath(head.canonical ?? '')).toBe(m.bundled.path);
      expect(sitePath(head.hreflang[locale === 'en' ? 'es' : 'en'] ?? '')).toBe(other.bundled.path);
    });

    test('carries schema.org Event data with its dates and place', async ({ page }) => {
      await page.goto(m.fixture.path);
      const event = await eventJsonLd(page);
      expect(event).toMatchObject({
        '@context': 'https://schema.org',
        name: m.fixture.name,
        startDate: '2099-03-10',
        endDate: '2099-03-12',
        location: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: m.fixture.place.split(',')[0] } },
      });
    });

    test('an unknown meeting is a 404, on the first request too', async ({ request }) => {
      const unknown = `${m.list}/no-such-meeting-${Date.now().toString(36)}`;
      expect((await request.get(unknown)).status()).toBe(404);
      expect((await request.get(unknown)).status()).toBe(404);
    });
  });
}

test('a meeting with no Spanish translation toggles to the untranslated notice', async ({ page }) => {
  await page.goto('/en/meetings/fixture-meeting-english-only');
  const destination = toggleDestination((await languageToggle(page).getAttribute('href')) ?? '');
  expect(isUntranslatedNotice(destination)).toBe(true);
  await languageToggle(page).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('main')).toContainText('Fixture Meeting Only in English');
});

test('an invalid meeting is left out of the list and has no page, while the rest renders', async ({ page, request }) => {
  await page.goto('/en/meetings');
  await expect(page.getByRole('main')).not.toContainText('an invalid meeting');
  await expect(page.getByRole('link', { name: 'Fixture Meeting of Imaginary Authorities' })).toBeVisible();
  expect((await request.get('/en/meetings/fixture-meeting-invalid')).status()).toBe(404);
});

test('meeting lists on content pages link to the meeting pages', async ({ page }) => {
  await page.goto('/es/carceles');
  await expect(
    page.getByRole('link', { name: 'Primera Reunión de Autoridades Responsables de las Políticas Penitenciarias y Carcelarias' }),
  ).toHaveAttribute('href', meetings.es.bundled.path);
});

test('/es/meetings is sent to /es/reuniones with a 308', async ({ request }) => {
  const response = await request.get('/es/meetings/reunion-ficticia-2099', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe('/es/reuniones/reunion-ficticia-2099');
});
