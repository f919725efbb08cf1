import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@/sanity/env';
import { siteUrlFrom } from './siteUrl';

describe('the site URL setting', () => {
  it('defaults to the local server', () => {
    expect(siteUrlFrom(undefined).href).toBe('http://localhost:3000/');
    expect(siteUrlFrom(' ').href).toBe('http://localhost:3000/');
  });

  it('takes an origin, with or without its trailing slash', () => {
    expect(siteUrlFrom('https://www.example.org').href).toBe('https://www.example.org/');
    expect(siteUrlFrom('https://www.example.org/').href).toBe('https://www.example.org/');
  });

  it.each(['www.example.org', 'ftp://example.org', 'https://example.org/dps', 'https://example.org/?x=1', 'https://user:pw@example.org'])(
    'refuses %j',
    (value) => {
      expect(() => siteUrlFrom(value)).toThrow(ConfigurationError);
    },
  );
});
