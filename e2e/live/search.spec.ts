import { expect, test } from '@playwright/test';
import { searchResultTitles } from '../utils';

/**
 * The live build reads the Content Lake (its stand-in here); the embedded build reads the same
 * documents with groq-js in-process. The same query ranks the same results on both.
 */
const embeddedOrigin = `http://127.0.0.1:${process.env.E2E_PORT ?? '3210'}`;

const queries = [
  '/en/search?q=prison',
  '/en/search?q=prison&page=2',
  '/en/search?q=penitentiary',
  '/es/buscar?q=c%C3%A1rceles',
  '/es/buscar?q=reunion',
  '/es/buscar?q=seguridad%20p%C3%BAblica',
  '/es/buscar?q=zarzaparrilla',
];

test('the same query gives the same results in the same order on the live and the embedded build', async ({ request }) => {
  for (const path of queries) {
    const live = await request.get(path);
    const embedded = await request.get(`${embeddedOrigin}${path}`);
    expect(live.status(), path).toBe(200);
    expect(embedded.status(), path).toBe(200);
    const liveTitles = searchResultTitles(await live.text());
    expect(liveTitles.length, path).toBeGreaterThan(0);
    expect(liveTitles, path).toEqual(searchResultTitles(await embedded.text()));
  }
});
