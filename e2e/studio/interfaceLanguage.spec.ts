import { expect, test } from '@playwright/test';
import { signInAsEditor } from './editor';

test('staff switch the Studio to Spanish: Sanity, the structure and the content model follow', async ({ page }) => {
  // The Studio's code is large, and the machine may be busy with other builds.
  test.setTimeout(300_000);
  await signInAsEditor(page);
  await page.goto('/studio/structure');

  // English until staff choose: the structure's lists as the schema names them.
  await expect(page.getByRole('link', { name: 'Missing a translation' })).toBeVisible({ timeout: 90_000 });
  await page.getByRole('button', { name: 'Interface language: English (US)' }).click();
  await page.getByRole('menuitem', { name: 'Español' }).click();

  // The Studio starts again in Spanish: Sanity's own strings and the structure's lists. It may
  // show its loading screen once more after its menu has changed language (a CI run on a loaded
  // machine met it), hence the same wait for the next of them.
  await expect(page.getByRole('button', { name: 'Idioma de la interfaz: Español' })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole('button', { name: 'Crear nuevo documento' })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole('link', { name: 'Falta una traducción' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'La traducción puede estar desactualizada' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Configuración del sitio' })).toBeVisible();

  // A page's form: field titles and descriptions in Spanish.
  await page.getByRole('link', { name: 'Página', exact: true }).click();
  await page.getByRole('link', { name: 'Español', exact: true }).click();
  // A page no other studio spec publishes: they run beside this one.
  await page.getByRole('link', { name: 'Observatorio Hemisférico de Seguridad' }).click();
  const slug = page.getByTestId('field-slug');
  await expect(slug).toContainText('Dirección (slug)', { timeout: 150_000 });
  await expect(slug).toContainText('La última parte de la dirección, en este idioma');
});
