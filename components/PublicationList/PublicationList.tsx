import { getLocale, getTranslations } from 'next-intl/server';
import { formatFileSize, languageName } from '@/i18n/numbers';
import type { LibraryPublication, Publication } from '@/sanity/documentTypes/publication';
import { UrlLink } from '../ContentLink/ContentLink';
import styles from './PublicationList.module.css';

/** Any publication; the library's also say what they are written in and what their file is. */
type ListedPublication = Publication & Partial<Pick<LibraryPublication, 'documentLanguage' | 'fileType' | 'fileSize'>>;

export async function PublicationEntry({ publication }: { publication: ListedPublication }) {
  const [t, locale] = await Promise.all([getTranslations('PublicationList'), getLocale()]);
  const { title, url, kind, publisher, year, authors, originalTitle, originalLanguage } = publication;
  const { documentLanguage, fileType, fileSize } = publication;
  const size = fileSize === undefined ? undefined : formatFileSize(fileSize, locale);
  const file = fileType && size ? t('fileTypeAndSize', { type: fileType, size }) : (fileType ?? size);
  return (
    <>
      <p className={styles.title}>
        {url ? (
          <UrlLink url={url}>
            {title}
            {file ? <span className={styles.file}> {t('fileDetails', { file })}</span> : null}
          </UrlLink>
        ) : (
          title
        )}
      </p>
      {originalTitle && originalLanguage ? (
        <p className={styles.meta}>
          {t('originalTitle')} <cite lang={originalLanguage}>{originalTitle}</cite>
        </p>
      ) : null}
      <p className={styles.meta}>
        {[
          t('kind', { kind }),
          publisher,
          authors.length > 0 ? t('byAuthors', { authors: authors.join(', ') }) : null,
          year,
          documentLanguage && documentLanguage !== locale
            ? t('inLanguage', { language: languageName(documentLanguage, locale) })
            : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </>
  );
}

/** Publications under a heading: "Related documents" unless the page names them otherwise. */
export async function PublicationList({
  publications,
  heading,
  headingId = 'related-documents',
}: {
  publications: ListedPublication[];
  heading?: string;
  headingId?: string;
}) {
  if (publications.length === 0) return null;
  const t = await getTranslations('PublicationList');
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId}>{heading ?? t('heading')}</h2>
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
