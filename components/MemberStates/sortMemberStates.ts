import { localeDefinition, type Locale } from '@/i18n/locales';
import type { MemberState } from '@/sanity/documentTypes/memberState';

/**
 * The states in the order of the reader's language: "San Vicente y las Granadinas" before
 * "Santa Lucía" in Spanish, each filed by its sort name ("The Bahamas" under B).
 */
export function sortMemberStates(states: MemberState[], locale: Locale): MemberState[] {
  const collator = new Intl.Collator(localeDefinition(locale).formattingLocale);
  return [...states].sort((a, b) => collator.compare(a.sortName, b.sortName) || collator.compare(a.name, b.name));
}
