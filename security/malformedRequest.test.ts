import { describe, expect, it } from 'vitest';
import { badRequestResponse, isMalformedPath } from './malformedRequest';

describe('malformed addresses', () => {
  it.each(['/en/%E0%A4%A', '/%C0%AE%C0%AE', '/en/%FF', '/en/a%00b', '/es/%1F', '/%'])('%s cannot be read', (path) => {
    expect(isMalformedPath(path)).toBe(true);
  });

  it.each(['/en/prisons', '/es/carceles/pol%C3%ADticas', '/en/a%20b', '/', '/es/buscar'])('%s is readable', (path) => {
    expect(isMalformedPath(path)).toBe(false);
  });

  it('answers in the language the path names, uncached', async () => {
    const response = await badRequestResponse('es');
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="es">/);
    expect(html).toContain('<h1>Esta dirección no es válida</h1>');
    expect(html).not.toContain('This address is not valid');
  });

  it('answers in every language, each marked, where the path names none', async () => {
    const html = await (await badRequestResponse(undefined)).text();
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<h1>This address is not valid</h1>');
    expect(html).toContain('<section lang="es"><h2>Esta dirección no es válida</h2>');
    expect(html).toContain('<a href="/es">Ir a la página de inicio</a>');
  });
});
