import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenMessages, type Messages } from './flattenMessages';
import { localeCodes } from './locales';

const load = (file: string) => flattenMessages(JSON.parse(readFileSync(`messages/${file}`, 'utf8')) as Messages);
const english = load('en.json');

describe('interface messages', () => {
  it('exist for every configured language, and only for those', () => {
    const files = readdirSync('messages').filter((file) => file.endsWith('.json'));
    expect(files.map((file) => file.replace(/\.json$/, '')).sort()).toEqual([...localeCodes].sort());
  });

  it.each(localeCodes)('%s has exactly the keys of en.json, none empty', (locale) => {
    const messages = load(`${locale}.json`);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, value] of Object.entries(messages)) expect(value.trim(), key).not.toBe('');
  });
});
