import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Sanity's own CLI, offline, against the Studio configuration in sanity.config.ts: its exit status
 * and everything it printed.
 */
function sanity(...args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['sanity', ...args],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' } },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ status, output: `${stdout}${stderr}` });
      },
    );
  });
}

const validateDataset = (...files: string[]) => sanity('exec', 'sanity/scripts/validateDataset.ts', '--', ...files);

// Side by side: each command spends most of its seconds loading the CLI and the Studio's schema.
// Their budget allows for a loaded machine, where the three share the cores for minutes.
describe.concurrent('the content model', () => {
  it('passes `sanity schema validate`', async () => {
    const { status, output } = await sanity('schema', 'validate');
    expect(output).toMatch(/0 errors/);
    expect(status).toBe(0);
  }, 300_000);

  it('accepts every bundled document under the Studio’s own rules', async () => {
    const { status, output } = await validateDataset('sanity/dataset/production.ndjson');
    expect(output).toMatch(/\d+ documents validated, 0 errors/);
    expect(status).toBe(0);
  }, 300_000);

  it('catches broken documents, naming each problem', async () => {
    const { status, output } = await validateDataset('sanity/dataset/production.ndjson', 'sanity/scripts/__fixtures__/broken.ndjson');
    expect(status).toBe(1);
    expect(output).toContain('ERROR page-broken-en (page) title: Required');
    expect(output).toMatch(/ERROR page-broken-en \(page\) slug: Use lowercase letters/);
    expect(output).toMatch(/ERROR page-duplicate-slug-en \(page\) slug: Slug is already in use/);
    expect(output).toMatch(/ERROR meeting-backwards-en \(meeting\) endDate: The last day cannot come before the first/);
    expect(output).toMatch(/ERROR navigation-broken-en \(navigation\) primary.*url: Does not match allowed protocols/);
    expect(output).toMatch(/ERROR page-unknown-field-en \(page\) stray: Field 'stray' does not exist/);
    expect(output).toContain('ERROR newsArticle-undated-en (newsArticle) date: Give the publication date, or the meeting the item is about.');
    expect(output).toContain('ERROR page-template-address-en (page) slug: “noticias” is the address of the Spanish news list');
    expect(output).toContain('ERROR page-studio-address-en (page) slug: “studio” is the address of this Studio (/studio)');
    expect(output).toContain('ERROR page-fourth-level-en (page) parent: This page would be 4 levels deep; the site shows pages up to 3 levels.');
    expect(output).toContain('ERROR page-moved-en (page) parent: Under this parent its subpages would reach 4 levels (“Fourth level”)');
    expect(output).toContain('ERROR page-loop-a-en (page) parent: “Loop B” is under this page: a page cannot be placed under its own subpage.');
    expect(output).toContain('ERROR page-own-parent-en (page) parent: A page cannot be its own parent');
    expect(output).toContain('ERROR publication-unknown-kind-en (publication) kind: “pamphlet” is not a kind of publication the site knows');
    expect(output).toMatch(/ERROR publication-versions-broken-en \(publication\) versions.*file: Upload a file or give an address, not both\./);
    expect(output).toMatch(/ERROR publication-versions-broken-en \(publication\) versions.*file: Upload the file, or give the address where it is hosted\./);
    expect(output).toContain('ERROR publication-versions-broken-en (publication) versions: Two versions are in “en”: keep one version per language.');
  }, 300_000);
});
