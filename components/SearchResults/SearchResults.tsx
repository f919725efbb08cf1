import { Fragment, type ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/locales';
import { templatePathWithoutLocale } from '@/i18n/routing';
import type { SearchDocument } from '@/sanity/documentTypes/search';
import type { SearchHit } from '@/search/searchIndex';
import { highlight, snippet, type Segment } from '@/search/snippet';
import { InternalLink } from '../ContentLink/ContentLink';
import { VersionLink, versionFor } from '../PublicationList/PublicationList';
import styles from './SearchResults.module.css';

/** Text with its hits in `<mark>`: React escapes every segment, whatever the CMS or the reader typed. */
function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) =>
    segment.hit ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
  );
}

/**
 * Where a result leads: a document to its own address; a publication, which has no page, to its
 * version in the reader's language (else another), otherwise to the documents library that lists it.
 */
function ResultLink({ document, locale, children }: { document: SearchDocument; locale: Locale; children: ReactNode }) {
  const { link } = document;
  if (link.kind === 'document') return <InternalLink target={link.target}>{children}</InternalLink>;
  const version = versionFor(link.versions, locale);
  if (version) return <VersionLink version={version}>{children}</VersionLink>;
  return (
    <Link href={templatePathWithoutLocale(locale, 'documents')} locale={locale}>
      {children}
    </Link>
  );
}

export async function SearchResults({
  locale,
  hits,
  firstPosition,
}: {
  locale: Locale;
  hits: SearchHit<SearchDocument>[];
  /** The position of the first hit in the whole list, for the list's numbering. */
  firstPosition: number;
}) {
  const t = await getTranslations('SearchPage');
  return (
    <ol className={styles.results} start={firstPosition}>
      {hits.map(({ document, terms }) => {
        const excerpt = snippet(document.text, terms);
        return (
          <li key={document._id}>
            <h2 className={styles.title}>
              <ResultLink document={document} locale={locale}>
                <Marked segments={highlight(document.title, terms)} />
              </ResultLink>
            </h2>
            <p className={styles.type}>{t('type', { type: document._type })}</p>
            {excerpt.segments.length > 0 ? (
              <p
                className={[styles.snippet, excerpt.cutBefore && styles.cutBefore, excerpt.cutAfter && styles.cutAfter]
                  .filter(Boolean)
                  .join(' ')}
              >
                <Marked segments={excerpt.segments} />
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
