import { expect, test } from '@playwright/test';

/** The 35 Member States of 2010, in the order a reader of each language expects them. */
const expected = {
  en: {
    path: '/en/member-states',
    heading: 'Member States',
    states: [
      'Antigua and Barbuda', 'Argentina', 'The Bahamas', 'Barbados', 'Belize', 'Bolivia', 'Brazil', 'Canada', 'Chile',
      'Colombia', 'Costa Rica', 'Cuba', 'Dominica', 'Dominican Republic', 'Ecuador', 'El Salvador', 'Grenada',
      'Guatemala', 'Guyana', 'Haiti', 'Honduras', 'Jamaica', 'Mexico', 'Nicaragua', 'Panama', 'Paraguay', 'Peru',
      'Saint Kitts and Nevis', 'Saint Lucia', 'Saint Vincent and the Grenadines', 'Suriname', 'Trinidad and Tobago',
      'United States', 'Uruguay', 'Venezuela',
    ],
    notes: {
      Cuba: 'After the 2009 resolution lifting its exclusion, Cuba has taken no part in the Organization.',
      Nicaragua: 'Nicaragua withdrew from the Organization after 2010.',
      Venezuela: 'Venezuela withdrew from the Organization after 2010.',
    },
  },
  es: {
    path: '/es/estados-miembros',
    heading: 'Estados Miembros',
    states: [
      'Antigua y Barbuda', 'Argentina', 'Bahamas', 'Barbados', 'Belice', 'Bolivia', 'Brasil', 'Canadá', 'Chile',
      'Colombia', 'Costa Rica', 'Cuba', 'Dominica', 'Ecuador', 'El Salvador', 'Estados Unidos', 'Grenada', 'Guatemala',
      'Guyana', 'Haití', 'Honduras', 'Jamaica', 'México', 'Nicaragua', 'Panamá', 'Paraguay', 'Perú',
      'República Dominicana', 'Saint Kitts y Nevis', 'San Vicente y las Granadinas', 'Santa Lucía', 'Suriname',
      'Trinidad y Tobago', 'Uruguay', 'Venezuela',
    ],
    notes: {
      Cuba: 'Tras la resolución de 2009 que dejó sin efecto su exclusión, Cuba no ha participado en la Organización.',
      Nicaragua: 'Nicaragua se retiró de la Organización después de 2010.',
      Venezuela: 'Venezuela se retiró de la Organización después de 2010.',
    },
  },
} as const;

for (const [locale, { path, heading, states, notes }] of Object.entries(expected)) {
  test.describe(`the Member States page in ${locale}`, () => {
    test('lists the 35 states in the order of its language', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      const names = page.getByRole('article').getByRole('listitem').locator('span:first-child');
      await expect(names).toHaveText([...states]);
    });

    test('shows each change in membership with its state, and no note elsewhere', async ({ page }) => {
      await page.goto(path);
      const items = page.getByRole('article').getByRole('listitem');
      for (const [state, note] of Object.entries(notes)) {
        await expect(items.filter({ hasText: new RegExp(`^${state}`) })).toHaveText(`${state}${note}`);
      }
      await expect(items.filter({ hasText: /Organi[sz]a/ })).toHaveCount(Object.keys(notes).length);
    });
  });
}

test('the Member States page is linked from the header and toggles to its translation', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('navigation', { name: 'Department links' }).getByRole('link', { name: 'Member States' }).click();
  await expect(page).toHaveURL(/\/en\/member-states$/);
  await page.getByRole('navigation', { name: 'Language selection' }).getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/estados-miembros$/);
});
