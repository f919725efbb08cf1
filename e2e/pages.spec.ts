import { expect, test, type Page } from '@playwright/test';
import { crawlSite, englishOnlyFixture, isUntranslatedNotice, toggleDestinationIn } from './utils';

function languageToggle(page: Page) {
  return page.getByRole('navigation', { name: /Language selection|Selección de idioma/ }).getByRole('link');
}

test.describe('the Prisons page', () => {
  test('carries every piece of the source page in English', async ({ page }) => {
    await page.goto('/en/prisons');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(/Penitentiary and Prison Systems/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Penitentiary and Prison Systems');
    const main = page.getByRole('main');
    await expect(main).toContainText('complete rehabilitation and social reinsertion of people in conflict with the law');
    await expect(main).toContainText('Meetings of Ministers of Justice or other Ministers or Attorneys General of the Americas (REMJA)');
    await expect(main).toContainText('in 2003 and 2008');
    await expect(main).toContainText('FLACSO-Chile conducted a study of');
    await expect(main.getByRole('heading', { name: 'MISPA Process' })).toBeVisible();
    await expect(main).toContainText('Santiago de Chile on November 18–19, 2010');
    await expect(main).toContainText('Consensus of Santo Domingo on Public Security');
    const valdivia = main.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Second Meeting/ }) });
    await expect(valdivia).toContainText(/Valdivia, Chile · August 26\s?–\s?28, 2008/);
    await expect(valdivia).toContainText('Conclusions and Recommendations');
    for (const title of [
      'Custodial and Non-Custodial Measures',
      'Public Security in the Americas: Challenges and Opportunities',
      'Handbooks on Prison Reform and Alternatives to Imprisonment',
    ]) {
      await expect(main.getByRole('region', { name: 'Related documents' })).toContainText(title);
    }
    await expect(main.getByText('Last updated: December 6, 2010')).toBeVisible();
  });

  test('marks the Spanish title it cites with lang="es"', async ({ page }) => {
    await page.goto('/en/prisons');
    await expect(page.locator('main [lang="es"]').first()).toHaveText('La cárcel: problemas y desafíos para las Américas');
  });

  test('carries the same content in Spanish, with the official names', async ({ page }) => {
    await page.goto('/es/carceles');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sistemas Penitenciarios y Carcelarios');
    const main = page.getByRole('main');
    await expect(main).toContainText(
      'Reuniones de Ministros de Justicia u otros Ministros, Procuradores o Fiscales Generales de las Américas (REMJA)',
    );
    await expect(main).toContainText('Reuniones de Autoridades Responsables de las Políticas Penitenciarias y Carcelarias de los Estados Miembros de la OEA');
    await expect(main).toContainText('«La cárcel: problemas y desafíos para las Américas»');
    await expect(main.getByRole('heading', { name: 'Proceso MISPA' })).toBeVisible();
    await expect(main).toContainText('Consenso de Santo Domingo sobre Seguridad Pública');
    await expect(main).toContainText('16–17 de octubre de 2003');
    await expect(main).toContainText('26–28 de agosto de 2008');
    await expect(main.getByText('Última actualización: 6 de diciembre de 2010')).toBeVisible();
    await expect(main.locator('cite[lang="en"]').first()).toHaveText('Custodial and Non-Custodial Measures');
  });

  test('shows its section navigation in each language', async ({ page }) => {
    for (const [path, name, links] of [
      ['/en/prisons', 'In this section', ['OAS Resolutions', 'Prison Policies', 'Penitentiary Administration', 'Contact Us']],
      ['/es/carceles', 'En esta sección', ['Resoluciones de la OEA', 'Políticas Penitenciarias', 'Administración Penitenciaria', 'Contáctenos']],
    ] as const) {
      await page.goto(path);
      const section = page.getByRole('navigation', { name });
      await expect(section.getByRole('listitem')).toHaveText([...links]);
    }
  });

  test('the home page leads to it', async ({ page }) => {
    await page.goto('/en');
    await page.getByRole('main').getByRole('link', { name: 'Penitentiary and Prison Systems' }).click();
    await expect(page).toHaveURL(/\/en\/prisons$/);
  });
});

test('a newcomer reads Prisons in English, clicks Español and lands on the Spanish page', async ({ page }) => {
  await page.goto('/en/prisons');
  const toggle = languageToggle(page);
  await expect(toggle).toHaveText('Español');
  await expect(toggle).toHaveAttribute('lang', 'es');
  await expect(toggle).toHaveAttribute('hreflang', 'es');
  await toggle.click();
  await expect(page).toHaveURL(/\/es\/carceles$/);
  await expect(languageToggle(page)).toHaveText('English');
  await languageToggle(page).click();
  await expect(page).toHaveURL(/\/en\/prisons$/);
});

test('every page toggles to its equivalent and back', async ({ request }) => {
  test.setTimeout(180_000);
  const paths = (await crawlSite(request)).filter((path) => !isUntranslatedNotice(path));
  expect(paths.length).toBeGreaterThanOrEqual(19);
  const toggleOf = async (path: string) => toggleDestinationIn(await (await request.get(path)).text());
  for (const path of paths) {
    const other = await toggleOf(path);
    expect(other.slice(0, 3), path).not.toBe(path.slice(0, 3));
    expect((await request.get(other)).status(), `${path} → ${other}`).toBe(200);
    if (isUntranslatedNotice(other)) continue;
    // A later page of a list, or a search, leads to the start of the other language's list,
    // which leads back to the start of this one's.
    expect(await toggleOf(other), `${other} toggles back`).toBe(path.split('?')[0]);
  }
});

test.describe('a page without a translation', () => {
  test('its toggle leads to a Spanish notice that links to the English page', async ({ page }) => {
    await page.goto(englishOnlyFixture.path);
    await languageToggle(page).click();
    await expect(page).toHaveURL(new RegExp(`/es/sin-traduccion/${englishOnlyFixture.id}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Esta página no está disponible en español');
    await expect(page.getByRole('main')).toContainText('solo existe en inglés');
    const original = page.getByRole('main').getByRole('link', { name: /Fixture: a page only in English/ });
    await expect(original.locator('[lang="en"]')).toHaveText('Fixture: a page only in English');
    await expect(page.getByRole('main').getByRole('link', { name: 'Ir a la página de inicio en español' })).toHaveAttribute('href', '/es');
    await original.click();
    await expect(page).toHaveURL(new RegExp(`${englishOnlyFixture.path}$`));
  });

  test('the notice for a page that has a translation is a 404', async ({ request }) => {
    expect((await request.get('/es/sin-traduccion/page-prisons-en')).status()).toBe(404);
    expect((await request.get('/en/untranslated/page-fixture-english-only-en')).status()).toBe(404);
  });
});

test.describe('content that fails its model', () => {
  test('is left out while the rest of the page renders', async ({ page }) => {
    await page.goto(englishOnlyFixture.path);
    const documents = page.getByRole('region', { name: 'Related documents' });
    await expect(documents).toContainText('Fixture: a valid publication');
    await expect(documents).not.toContainText('Fixture: an invalid publication');
  });

  test('callouts and publication references in the body render, their text kept as text', async ({ page }) => {
    await page.goto(englishOnlyFixture.path);
    const callout = page.getByRole('complementary').filter({ hasText: 'Fixture callout' });
    await expect(callout).toContainText('<script>window.__injected = true</script>');
    expect(await page.evaluate(() => 'window.__injected' in window && (window as { __injected?: boolean }).__injected)).toBe(false);
    await expect(page.getByRole('article').getByText('Fixture: a valid publication')).toHaveCount(2);
  });

  test('a link with an unsafe scheme renders as plain text', async ({ page }) => {
    await page.goto(englishOnlyFixture.path);
    await expect(page.getByRole('main').getByText('unsafe link')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'unsafe link' })).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the toggle and links work', async ({ page }) => {
    await page.goto('/en/prisons');
    await languageToggle(page).click();
    await expect(page).toHaveURL(/\/es\/carceles$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sistemas Penitenciarios y Carcelarios');
    await page.getByRole('navigation', { name: 'En esta sección' }).getByRole('link', { name: 'Políticas Penitenciarias' }).click();
    await expect(page).toHaveURL(/\/es\/carceles\/politicas-penitenciarias$/);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 800 } });

    test('the menu opens and its links work', async ({ page }) => {
      await page.goto('/en/prisons');
      const main = page.getByRole('navigation', { name: 'Main' });
      await expect(main.getByRole('link', { name: 'MISPA' })).toBeHidden();
      await page.getByText('Menu', { exact: true }).click();
      await main.getByRole('link', { name: 'MISPA' }).click();
      await expect(page).toHaveURL(/\/en\/mispa$/);
    });
  });
});

test.describe('by keyboard', () => {
  test('the first Tab reaches the skip link, which moves focus to the content', async ({ page }) => {
    await page.goto('/es/carceles');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Saltar al contenido principal' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('the language toggle is reachable and follows with Enter', async ({ page }) => {
    await page.goto('/en/prisons');
    const toggle = languageToggle(page);
    for (let presses = 0; presses < 5 && !(await toggle.evaluate((element) => element === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/es\/carceles$/);
  });
});
