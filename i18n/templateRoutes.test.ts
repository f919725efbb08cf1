import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templates, type Template } from './locales';
import { localeRoutesFolder, templateRouteFiles, templateViewsFolder, type ViewFile } from './templateRoutes';

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

const views = Object.fromEntries(
  templates.map((template) => {
    const folder = path.join(templateViewsFolder, template);
    return [template, filesUnder(folder).map((file): ViewFile => ({ path: file, source: readFileSync(path.join(folder, file), 'utf8') }))];
  }),
) as Record<Template, ViewFile[]>;

const expected = templateRouteFiles(views);

/** The routes under app/[locale]/ that are neither the CMS pages' catch-all nor the views. */
function templateRoutesOnDisk(): string[] {
  return filesUnder(localeRoutesFolder)
    .filter((file) => file.includes(path.sep) && /(page\.tsx|route\.ts)$/.test(file))
    .filter((file) => !file.startsWith('[...slug]') && !file.startsWith('_templates'))
    .map((file) => `${localeRoutesFolder}/${file.split(path.sep).join('/')}`)
    .sort();
}

// `npm run routes` runs this file with -u, which writes the route files from what it expects.
describe('template routes: one folder per language’s address, re-exporting the template’s view', () => {
  for (const [file, text] of expected) {
    it(`${file} re-exports its view as generated`, async () => {
      await expect(text).toMatchFileSnapshot(path.resolve(file));
    });
  }

  // After the files above, which `npm run routes` writes; a folder left over must be deleted by hand.
  it('every language’s address of every template has its route, and nothing else does', () => {
    expect(templateRoutesOnDisk()).toEqual([...expected.keys()].sort());
  });
});
