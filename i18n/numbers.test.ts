import { describe, expect, it } from 'vitest';
import { formatFileSize, languageName, nativeLanguageName } from './numbers';

describe('formatFileSize', () => {
  it('uses the locale’s decimal separator', () => {
    expect(formatFileSize(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatFileSize(1_234_567, 'es')).toBe('1,2 MB');
  });

  it('shows small files in whole kilobytes, never as 0', () => {
    expect(formatFileSize(345_600, 'en')).toBe('346 kB');
    expect(formatFileSize(20, 'es')).toBe('1 kB');
  });

  it('moves to megabytes where kilobytes would round to a thousand', () => {
    expect(formatFileSize(999_999, 'en')).toBe('1 MB');
    expect(formatFileSize(999_000, 'en')).toBe('999 kB');
  });
});

describe('languageName', () => {
  it('names a language in the reader’s language', () => {
    expect(languageName('es', 'en')).toBe('Spanish');
    expect(languageName('en', 'es')).toBe('inglés');
  });
});

describe('nativeLanguageName', () => {
  it('names a language in itself, as a label: the toggle’s name for the site’s languages', () => {
    expect(nativeLanguageName('en')).toBe('English');
    expect(nativeLanguageName('es')).toBe('Español');
    expect(nativeLanguageName('fr')).toBe('Français');
    expect(nativeLanguageName('pt')).toBe('Português');
  });
});
