import { expect, test } from '@playwright/test';
import { contentLake } from '../live/contentLake';
import { editorPageOfFile, openPageByTitle } from './editor';

// Each test leaves a draft in the stand-in and removes it: one at a time. The other studio specs
// run beside these and publish the Prisons page and rename its policies page: these edit pages
// that no other spec changes.
test.describe.configure({ mode: 'serial' });

const editorPage = editorPageOfFile();

test("a reserved slug shows its reason on the field, and the page can't be published", async ({ request }) => {
  test.setTimeout(180_000);
  const page = editorPage();
  try {
    await openPageByTitle(page, 'Español', 'Observatorio Hemisférico de Seguridad');
    const field = page.getByTestId('field-slug');
    await expect(field.getByRole('textbox')).toHaveValue('observatorio-hemisferico-de-seguridad', { timeout: 60_000 });
    // A top-level page may not take the Spanish news list's address.
    await field.getByRole('textbox').fill('noticias');
    // The field marks the error with an icon; its message shows when the editor points at it.
    await field.getByTestId('input-validation-icon-error').hover({ timeout: 30_000 });
    await expect(page.getByText('“noticias” is the address of the')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeDisabled();
  } finally {
    await contentLake(request).unpublish('drafts.page-observatory-es');
  }
});

test("a sibling's slug is refused as a duplicate, and the page can't be published", async ({ request }) => {
  test.setTimeout(180_000);
  const page = editorPage();
  try {
    await openPageByTitle(page, 'Español', 'Administración Penitenciaria');
    const field = page.getByTestId('field-slug');
    await expect(field.getByRole('textbox')).toHaveValue('administracion-penitenciaria', { timeout: 60_000 });
    // The Prisons section's contact page, under the same parent.
    await field.getByRole('textbox').fill('contacto');
    await field.getByTestId('input-validation-icon-error').hover({ timeout: 30_000 });
    await expect(page.getByText('Slug is already in use')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeDisabled();
  } finally {
    await contentLake(request).unpublish('drafts.page-prisons-administration-es');
  }
});
