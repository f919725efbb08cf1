import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Sanity's own CLI, offline, against the Studio configuration in sanity.config.ts. */
function sanity(...args: string[]) {
  const result = spawnSync('npx', ['sanity', ...args], {
    encoding: 'utf8',
    env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const validateDataset = (...files: string[]) => sanity('exec', 'sanity/scripts/validateDataset.ts', '--', ...files);

describe('the content model', () => {
  it('passes `sanity schema validate`', () => {
    const { status, output } = sanity('schema', 'validate');
    expect(output).toMatch(/0 errors/);
    expect(status).toBe(0);
  }, 120_000);

  it('accepts every bundled document under the Studio’s own rules', () => {
    const { status, output } = validateDataset('sanity/dataset/production.ndjson');
    expect(output).toMatch(/\d+ documents validated, 0 errors/);
    expect(status).toBe(0);
  }, 120_000);

  it('catches broken documents, naming each problem', () => {
    const { status, output } = validateDataset('sanity/dataset/production.ndjson', 'sanity/scripts/__fixtures__/broken.ndjson');
    expect(status).toBe(1);
    expect(output).toContain('ERROR page-broken-en (page) title: Required');
    expect(output).toMatch(/ERROR page-broken-en \(page\) slug: Use lowercase letters/);
    expect(output).toMatch(/ERROR page-duplicate-slug-en \(page\) slug: Slug is already in use/);
    expect(output).toMatch(/ERROR meeting-backwards-en \(meeting\) endDate: The last day cannot come before the first/);
    expect(output).toMatch(/ERROR navigation-broken-en \(navigation\) primary.*url: Does not match allowed protocols/);
    expect(output).toMatch(/ERROR page-unknown-field-en \(page\) stray: Field 'stray' does not exist/);
    expect(output).toContain('ERROR newsArticle-undated-en (newsArticle) date: Give the publication date, or the meeting the item is about.');
  }, 120_000);
});
