import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeDefinition, type Locale } from '@/i18n/locales';
import { languageName } from '@/i18n/numbers';
import { templatePathWithoutLocale, templatePath } from '@/i18n/routing';
import type { AppliedFilters, LibraryFacets, LibraryFilter } from '@/domain/library';
import styles from './LibraryFilters.module.css';

/**
 * The library's filters: a plain GET form, so that it works without JavaScript and every result
 * has an address to share. The options are the values the documents have; the current ones are chosen.
 */
export async function LibraryFilters({
  locale,
  facets,
  filters,
}: {
  locale: Locale;
  facets: LibraryFacets;
  filters: AppliedFilters;
}) {
  const [t, tPublication] = await Promise.all([getTranslations('DocumentsPage'), getTranslations('PublicationList')]);
  const { formattingLocale } = localeDefinition(locale);
  // An option list starts like a sentence: "Inglés", not "inglés".
  const capitalized = (name: string) => name.charAt(0).toLocaleUpperCase(formattingLocale) + name.slice(1);
  const fields: { name: LibraryFilter; label: string; any: string; optionLabel: (value: string) => string }[] = [
    { name: 'kind', label: t('kindLabel'), any: t('anyKind'), optionLabel: (kind) => tPublication('kind', { kind }) },
    { name: 'publisher', label: t('publisherLabel'), any: t('anyPublisher'), optionLabel: (publisher) => publisher },
    { name: 'year', label: t('yearLabel'), any: t('anyYear'), optionLabel: (year) => year },
    {
      name: 'language',
      label: t('languageLabel'),
      any: t('anyLanguage'),
      optionLabel: (language) => capitalized(languageName(language, locale)),
    },
  ];
  return (
    // Keyed by the filters: after a client-side navigation (clear filters) the selects start afresh.
    <form
      key={JSON.stringify(filters)}
      method="get"
      action={templatePath(locale, 'documents')}
      aria-labelledby="filters"
      className={styles.filters}
    >
      <h2 id="filters" className={styles.heading}>
        {t('filtersHeading')}
      </h2>
      <div className={styles.fields}>
        {fields.map(({ name, label, any, optionLabel }) => (
          <div key={name} className={styles.field}>
            <label htmlFor={`filter-${name}`}>{label}</label>
            <select id={`filter-${name}`} name={name} defaultValue={filters[name] ?? ''}>
              <option value="">{any}</option>
              {facets[name].map((value) => (
                <option key={value} value={value}>
                  {optionLabel(value)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button">
          {t('apply')}
        </button>
        <Link href={templatePathWithoutLocale(locale, 'documents')} locale={locale} className={styles.clear}>
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
