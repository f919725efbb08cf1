import { getTranslations } from 'next-intl/server';
import type { Publication } from '@/sanity/lib/models';
import { UrlLink } from '../ContentLink/ContentLink';
import styles from './PublicationList.module.css';

export async function PublicationEntry({ publication }: { publication: Publication }) {
  const t = await getTranslations('PublicationList');
  const { title, url, kind, publisher, year, authors, originalTitle, originalLanguage } = publication;
  return (
    <>
      <p className={styles.title}>{url ? <UrlLink url={url}>{title}</UrlLink> : title}</p>
      {originalTitle && originalLanguage ? (
        <p className={styles.meta}>
          {t('originalTitle')} <cite lang={originalLanguage}>{originalTitle}</cite>
        </p>
      ) : null}
      <p className={styles.meta}>
        {[t('kind', { kind }), publisher, authors.length > 0 ? t('byAuthors', { authors: authors.join(', ') }) : null, year]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </>
  );
}

export async function PublicationList({ publications }: { publications: Publication[] }) {
  if (publications.length === 0) return null;
  const t = await getTranslations('PublicationList');
  return (
    <section aria-labelledby="related-documents" className={styles.section}>
      <h2 id="related-documents">{t('heading')}</h2>
      <ul className={styles.list}>
        {publications.map((publication) => (
          <li key={publication._id}>
            <PublicationEntry publication={publication} />
          </li>
        ))}
      </ul>
    </section>
  );
}
