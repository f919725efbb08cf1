import { describe, expect, it } from 'vitest';
import type { MemberState } from '@/sanity/documentTypes/memberState';
import { sortMemberStates } from './sortMemberStates';

const state = (name: string, sortName = name): MemberState => ({ _id: name, isoCode: 'XX', name, sortName, statusNote: undefined });
const names = (states: MemberState[]) => states.map((each) => each.name);

describe('the Member States order', () => {
  it('follows Spanish collation: San Vicente y las Granadinas before Santa Lucía, accents ignored', () => {
    const sorted = sortMemberStates(
      [state('Santa Lucía'), state('Perú'), state('San Vicente y las Granadinas'), state('Panamá'), state('Saint Kitts y Nevis')],
      'es',
    );
    expect(names(sorted)).toEqual(['Panamá', 'Perú', 'Saint Kitts y Nevis', 'San Vicente y las Granadinas', 'Santa Lucía']);
  });

  it('files a state by its sort name where it has one', () => {
    const sorted = sortMemberStates([state('Barbados'), state('The Bahamas', 'Bahamas'), state('Argentina')], 'en');
    expect(names(sorted)).toEqual(['Argentina', 'The Bahamas', 'Barbados']);
  });

  it('leaves the list it is given untouched', () => {
    const states = [state('Uruguay'), state('Argentina')];
    sortMemberStates(states, 'en');
    expect(names(states)).toEqual(['Uruguay', 'Argentina']);
  });
});
