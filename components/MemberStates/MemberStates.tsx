import { getLocale } from 'next-intl/server';
import { isLocale } from '@/i18n/locales';
import type { MemberState } from '@/sanity/documentTypes/memberState';
import styles from './MemberStates.module.css';
import { sortMemberStates } from './sortMemberStates';

/** The Member States block of a page body: every state in the reader's language, with its status note. */
export async function MemberStates({ states }: { states: MemberState[] }) {
  const locale = await getLocale();
  if (states.length === 0 || !isLocale(locale)) return null;
  return (
    <ul className={styles.list}>
      {sortMemberStates(states, locale).map((state) => (
        <li key={state._id} className={styles.state}>
          <span className={styles.name}>{state.name}</span>
          {state.statusNote ? <span className={styles.note}>{state.statusNote}</span> : null}
        </li>
      ))}
    </ul>
  );
}
