import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/locales';
import { formatFileSize, languageName, nativeLanguageName } from '@/i18n/numbers';
import type { LibraryPublication, Publication, PublicationVersion } from '@/sanity/documentTypes/publication';
import { UrlLink } from '../ContentLink/ContentLink';
import styles from './PublicationList.module.css';

/** Any publication; the library's also say which languages it can be read in. */
type ListedPublication = Publication & Partial<Pick<LibraryPublication, 'documentLanguages'>>;

/**
 * "PDF, 1.2 MB, English": a version's format, size, and its language where it is not the page's,
 * named in itself and marked with `lang`, as GOV.UK and Canada.ca label a document's file.
 */
function versionDetails(version: PublicationVersion, locale: Locale, withLanguage: boolean): ReactNode[] {
  const details = [
    { text: version.format },
    { text: version.size === undefined ? undefined : formatFileSize(version.size, locale) },
    withLanguage && version.language !== locale
      ? { text: nativeLanguageName(version.language), lang: version.language }
      : { text: undefined },
  ].filter((detail): detail is { text: string; lang?: string } => detail.text !== undefined);
  // Separated by commas, as GOV.UK lists an attachment's details: no "and", which Intl.ListFormat
  // would put before the last in Spanish, French and Portuguese.
  return details.flatMap(({ text, lang }, index) => [
    index > 0 ? ', ' : '',
    lang ? (
      <span key={index} lang={lang}>
        {text}
      </span>
    ) : (
      text
    ),
  ]);
}

/**
 * A link to one version of a publication: its text, then what the reader is about to open. The
 * language is left out of the details where the link's text already names it.
 */
export async function VersionLink({
  version,
  namedByLanguage = false,
  children,
}: {
  version: PublicationVersion;
  namedByLanguage?: boolean;
  children: ReactNode;
}) {
  const [t, locale] = await Promise.all([getTranslations('PublicationList'), getLocale()]);
  const details = versionDetails(version, locale as Locale, !namedByLanguage);
  return (
    <UrlLink url={version.url} hrefLang={version.language}>
      {children}
      {details.length > 0 ? (
        <span className={styles.file}> {t.rich('fileDetails', { details: () => <>{details}</> })}</span>
      ) : null}
    </UrlLink>
  );
}

/** The version a reader of this language opens first: theirs, else the first there is. */
export function versionFor(versions: PublicationVersion[], locale: string): PublicationVersion | undefined {
  return versions.find((version) => version.language === locale) ?? versions[0];
}

export async function PublicationEntry({ publication }: { publication: ListedPublication }) {
  const [t, locale] = await Promise.all([getTranslations('PublicationList'), getLocale()]);
  const { title, versions, kind, publisher, year, authors, originalTitle, originalLanguage } = publication;
  const [onlyVersion] = versions.length === 1 ? versions : [];
  const writtenIn = versions.length === 0 ? publication.documentLanguages?.filter((language) => language !== locale) : [];
  return (
    <>
      <p className={styles.title}>{onlyVersion ? <VersionLink version={onlyVersion}>{title}</VersionLink> : title}</p>
      {versions.length > 1 ? (
        <ul className={styles.versions} aria-label={t('versions', { title })}>
          {versions.map((version) => (
            <li key={version._key}>
              <VersionLink version={version} namedByLanguage>
                <span lang={version.language}>{nativeLanguageName(version.language)}</span>
              </VersionLink>
            </li>
          ))}
        </ul>
      ) : null}
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
          ...(writtenIn ?? []).map((language) => t('inLanguage', { language: languageName(language, locale as Locale) })),
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
