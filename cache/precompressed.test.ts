import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressStaticFiles, precompressedStaticFiles } from './precompressed.mjs';

const folders: string[] = [];

/** A dist folder's static/ with a script, a stylesheet, a small file and a font. */
function staticFolder() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'static-'));
  folders.push(folder);
  mkdirSync(path.join(folder, 'chunks'));
  mkdirSync(path.join(folder, 'media'));
  const files = {
    'chunks/0cz1d0mv5g_q7.js': `self.push(${JSON.stringify('Departamento de Seguridad Pública '.repeat(400))});`,
    'chunks/45bos-f2n6y76.css': `main{max-width:40rem}${'.lead{font-size:1.25rem}'.repeat(100)}`,
    'chunks/small.js': 'self.a=1;',
    'media/font.woff2': 'wOF2'.repeat(500),
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(folder, file), text);
  return { folder, files };
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('static files compressed at build', () => {
  it('are written beside each script and stylesheet in Brotli and gzip, and decompress to it', async () => {
    const { folder, files } = staticFolder();
    await precompressStaticFiles(folder);
    for (const file of ['chunks/0cz1d0mv5g_q7.js', 'chunks/45bos-f2n6y76.css'] as const) {
      const original = files[file];
      const brotli = readFileSync(path.join(folder, `${file}.br`));
      const gzipped = readFileSync(path.join(folder, `${file}.gz`));
      expect(brotliDecompressSync(brotli).toString(), file).toBe(original);
      expect(gunzipSync(gzipped).toString(), file).toBe(original);
      expect(brotli.length, file).toBeLessThan(gzipped.length);
    }
    // Too small to gain from compression, or already compressed (fonts, images).
    for (const file of ['chunks/small.js', 'media/font.woff2']) {
      expect(existsSync(path.join(folder, `${file}.br`)), file).toBe(false);
      expect(existsSync(path.join(folder, `${file}.gz`)), file).toBe(false);
    }
  });

  it('are found by the address Next serves each file at, and nothing else is', async () => {
    const { folder } = staticFolder();
    await precompressStaticFiles(folder);
    const precompressedBody = precompressedStaticFiles(folder);
    const script = '/_next/static/chunks/0cz1d0mv5g_q7.js';
    expect(precompressedBody(script, 'br')?.equals(readFileSync(path.join(folder, 'chunks/0cz1d0mv5g_q7.js.br')))).toBe(true);
    expect(precompressedBody(`${script}?dpl=abc`, 'gzip')?.equals(readFileSync(path.join(folder, 'chunks/0cz1d0mv5g_q7.js.gz')))).toBe(true);
    for (const address of [
      '/_next/static/chunks/small.js',
      '/_next/static/media/font.woff2',
      '/chunks/0cz1d0mv5g_q7.js',
      '/en/_next/static/chunks/0cz1d0mv5g_q7.js',
      '/_next/static/chunks/../chunks/0cz1d0mv5g_q7.js',
      '/_next/static/chunks/0cz1d0mv5g_q7.js.br',
    ]) {
      expect(precompressedBody(address, 'br'), address).toBeUndefined();
    }
  });
});
