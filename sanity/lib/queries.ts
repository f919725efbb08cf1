import { defineQuery } from 'groq';
import { ancestorDereferences, sectionRootIdOf } from './pageTree';

/**
 * Every GROQ query the site runs, shared by the live Content Lake and the bundled dataset.
 * Each content query takes $locale; the projections below are the only shapes pages receive.
 */

/**
 * What a link to a document needs: its type, language and path. Pages nest up to maxPageDepth
 * deep (pageTree.ts); meetings and news articles sit under their list's localized segment (see
 * resolveHref).
 */
const linkTargetFields = /* groq */ `
  _id,
  _type,
  language,
  "title": coalesce(title, name),
  "pathSegments": select(
    _type == "page" => array::compact([${ancestorDereferences.map((ancestor) => `${ancestor}slug.current, `).join('')}slug.current]),
    _type in ["meeting", "newsArticle"] => array::compact([slug.current]),
    []
  )
`;

const linkFields = /* groq */ `
  _key,
  label,
  url,
  template,
  "internal": reference->{ ${linkTargetFields} }
`;

const publicationFields = /* groq */ `
  _id,
  title,
  kind,
  publisher,
  year,
  authors,
  originalTitle,
  originalLanguage,
  url
`;

/** A meeting as lists show it; `target` (its own page) is absent while it has no slug. */
const meetingSummaryFields = /* groq */ `
  _id,
  name,
  startDate,
  endDate,
  city,
  country,
  "target": select(defined(slug.current) => { ${linkTargetFields} })
`;

const meetingFields = /* groq */ `
  ${meetingSummaryFields},
  "outcomes": outcomes[]->{ ${publicationFields} }
`;

/** A Member State in the reader's language (internationalized arrays key each value by `language`). */
const memberStateFields = /* groq */ `
  _id,
  isoCode,
  "name": name[language == $locale][0].value,
  "sortName": sortName[language == $locale][0].value,
  "statusNote": statusNote[language == $locale][0].value
`;

const portableTextFields = /* groq */ `
  ...,
  markDefs[]{
    ...,
    _type == "internalLink" => { "target": reference->{ ${linkTargetFields} } }
  },
  _type == "publicationReference" => { "publication": publication->{ ${publicationFields} } },
  _type == "memberStatesList" => { "states": *[_type == "memberState"]{ ${memberStateFields} } }
`;

const translationsField = /* groq */ `
  "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[]{
    "language": coalesce(language, _key),
    "target": value->{ ${linkTargetFields} }
  }
`;

export const siteChromeQuery = defineQuery(`{
  "settings": *[_type == "siteSettings" && language == $locale][0]{
    _id,
    organization,
    generalSecretariat,
    secretariat,
    department,
    footer
  },
  "navigation": *[_type == "navigation" && language == $locale][0]{
    _id,
    "primary": primary[]{ ${linkFields} },
    "utility": utility[]{ ${linkFields} }
  }
}`);

export const homePageQuery = defineQuery(`*[_type == "homePage" && language == $locale][0]{
  _id,
  _type,
  language,
  title,
  seoTitle,
  seoDescription,
  lastUpdated,
  intro[]{ ${portableTextFields} },
  "featured": featured[]->{ ${linkTargetFields}, summary }
}`);

/**
 * Where pages with one slug in one language sit: each level of the path from the section's top
 * page down, with the slugs it has and had. The caller keeps the page whose levels match the
 * path, then reads it by id; a match through a former slug (its own or an ancestor's) redirects.
 */
export const pageRoutesBySlugQuery = defineQuery(`*[_type == "page" && language == $locale
  && (slug.current == $slug || $slug in previousSlugs)]{
  _id,
  "levels": array::compact([
    ${ancestorDereferences
      .map(
        (ancestor) => `select(defined(${ancestor}_id) => {
      "current": ${ancestor}slug.current,
      "previous": coalesce(${ancestor}previousSlugs, [])
    }),`,
      )
      .join('\n    ')}
    { "current": slug.current, "previous": coalesce(previousSlugs, []) }
  ]),
  "sectionRoot": ${sectionRootIdOf()}
}`);

export const pageQuery = defineQuery(`*[_type == "page" && language == $locale && _id == $id][0]{
  ${linkTargetFields},
  summary,
  seoTitle,
  seoDescription,
  lastUpdated,
  body[]{ ${portableTextFields} },
  "breadcrumbs": array::compact([${ancestorDereferences.map((ancestor) => `${ancestor}{ ${linkTargetFields} }`).join(', ')}]),
  "section": *[_type == "page" && language == $locale && _id == ${sectionRootIdOf('^.')}][0]{
    ${linkTargetFields},
    "children": *[_type == "page" && language == $locale && parent._ref == ^._id]{ ${linkTargetFields}, navigationOrder }
  },
  "relatedMeetings": relatedMeetings[]->{ ${meetingFields} },
  "relatedPublications": relatedPublications[]->{ ${publicationFields} },
  ${translationsField}
}`);

/** An old address that is kept working, matched with or without the language prefix. */
export const redirectQuery = defineQuery(`*[_type == "redirect" && fromPath in $paths][0]{
  _id,
  permanent,
  toPath,
  "target": toDocument->{ ${linkTargetFields} }
}`);

/**
 * What a change to one document can show up in: the documents that reference it (and theirs),
 * its translations, and the section its page sits in. The publish webhook revalidates their tags.
 * The second projection reads the referrers' ids from the first (`^`) rather than a subquery in
 * the filter, which groq-js (the embedded source, the e2e stand-in) runs once per document: some
 * 600 ms a webhook, enough to time out on a busy machine.
 */
export const affectedByChangeQuery = defineQuery(`{
  "referrers": *[references($id)]{ _id, _type, "translations": translations[].value._ref },
  "linkedTranslations": *[_id == $id][0].translations[].value._ref,
  "sectionRoots": *[_id in [$id, ...$parents]]{ "root": ${sectionRootIdOf()} }.root
}{
  ...,
  "referrersOfReferrers": *[references(^.referrers[]._id)]._id
}`);

/** Every page of a language with its translations, for static params and the sitemap. */
export const pageIndexQuery = defineQuery(`*[_type == "page" && language == $locale && defined(slug.current)]{
  ${linkTargetFields},
  ${translationsField}
}`);

/** A translatable document by id, for the notice shown where its translation is missing. */
export const translatableDocumentQuery = defineQuery(`*[_type in ["page", "meeting", "newsArticle"] && _id == $id][0]{
  ${linkTargetFields},
  ${translationsField}
}`);

/**
 * The document of a type with a slug in a language (a news article, a meeting): read first, so
 * that the document itself is then read, and cached, under its id.
 */
export const documentIdBySlugQuery = defineQuery(`*[_type == $type && language == $locale && slug.current == $slug][0]._id`);

/**
 * What the news list and the feed show of an article, newest first (then by headline, see
 * content.ts): its publication date when it has one, and the meeting it is about, whose days
 * date an item that has no publication date.
 */
const newsEntryFields = /* groq */ `
  ${linkTargetFields},
  date,
  "meeting": meeting->{ _id, name, startDate, endDate },
  summary
`;

/** Every published article of a language, for the news list and its feed. */
export const newsListQuery = defineQuery(`*[_type == "newsArticle" && language == $locale && defined(slug.current)]
  | order(coalesce(date, meeting->endDate, meeting->startDate) desc){ ${newsEntryFields} }`);


/** One article by id, with its translations for the toggle and hreflang. */
export const newsArticleQuery = defineQuery(`*[_type == "newsArticle" && language == $locale && _id == $id][0]{
  ${newsEntryFields},
  seoTitle,
  seoDescription,
  body[]{ ${portableTextFields} },
  ${translationsField}
}`);

/** Every article of a language with its translations, for static params and the sitemap. */
export const newsIndexQuery = defineQuery(`*[_type == "newsArticle" && language == $locale && defined(slug.current)]{
  ${newsEntryFields},
  ${translationsField}
}`);

/** A publication with what the documents library shows and filters by; an uploaded file stands in for a missing link. */
const libraryPublicationFields = /* groq */ `
  ${publicationFields},
  "url": coalesce(url, file.asset->url),
  documentLanguage,
  fileType,
  fileSize
`;

/** Every publication of a language: the documents library filters, sorts and pages it. */
export const libraryQuery = defineQuery(`*[_type == "publication" && language == $locale]{ ${libraryPublicationFields} }`);

/** Every meeting of a language that has its own page, for the meetings list, static params and the sitemap. */
export const meetingIndexQuery = defineQuery(`*[_type == "meeting" && language == $locale && defined(slug.current)]{
  ${meetingSummaryFields},
  ${translationsField}
}`);


export const meetingQuery = defineQuery(`*[_type == "meeting" && language == $locale && _id == $id][0]{
  ${linkTargetFields},
  ${meetingSummaryFields},
  body[]{ ${portableTextFields} },
  "outcomes": outcomes[]->{ ${libraryPublicationFields} },
  ${translationsField}
}`);

/**
 * Everything site search looks through in one language, in one stable order (so that the live
 * Content Lake and the bundled dataset rank ties alike): its title, its text and where it links.
 * Publications have no page of their own: they keep their URL, if any.
 */
export const searchDocumentsQuery = defineQuery(`*[_type in $types && language == $locale
  && (_type == "publication" || defined(slug.current))] | order(_id asc) {
  ${linkTargetFields},
  summary,
  "bodyText": pt::text(body),
  "details": [city, country, publisher],
  authors,
  url
}`);
