import { meeting } from './documents/meeting';
import { memberState } from './documents/memberState';
import { newsArticle } from './documents/newsArticle';
import { page } from './documents/page';
import { publication } from './documents/publication';
import { redirect } from './documents/redirect';
import { blockContent } from './objects/blockContent';
import { footer } from './objects/footer';
import { link } from './objects/link';
import { memberStatesList } from './objects/memberStatesList';
import { organizationUnit } from './objects/organizationUnit';
import { publicationVersion } from './objects/publicationVersion';
import { homePage } from './singletons/homePage';
import { navigation } from './singletons/navigation';
import { siteSettings } from './singletons/siteSettings';

export const schemaTypes = [
  page,
  newsArticle,
  meeting,
  publication,
  memberState,
  redirect,
  homePage,
  siteSettings,
  navigation,
  blockContent,
  link,
  memberStatesList,
  organizationUnit,
  publicationVersion,
  footer,
];

/** Types edited per language and linked as translations by the document-internationalization plugin. */
export const translatableTypes = ['page', 'newsArticle', 'meeting', 'publication'];

/** One document per language with a fixed id: `${type}-${language}` (never a dot: dotted ids are private). */
export const singletonTypes = ['homePage', 'siteSettings', 'navigation'];
