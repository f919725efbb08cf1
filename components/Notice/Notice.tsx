import type { ReactNode } from 'react';
import styles from './Notice.module.css';

/**
 * Something the reader should know about the page they got: a filter that was ignored, a query
 * that was too long, a list that is empty. Announced politely to screen readers.
 */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className={styles.notice}>
      {children}
    </div>
  );
}
