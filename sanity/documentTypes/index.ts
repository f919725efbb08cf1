import { homePageType } from './homePage';
import { meetingType } from './meeting';
import { memberStateType } from './memberState';
import { newsArticleType } from './newsArticle';
import { pageType } from './page';
import { publicationType } from './publication';
import { redirectType } from './redirect';
import { navigationType, siteSettingsType } from './siteChrome';

/**
 * Every document type the site reads, one module each: its GROQ projections and queries, its zod
 * models, its loaders and the cache tags they read under (its declaration). The publish webhook
 * revalidates a change through the declaration of the changed document's type.
 */
export const documentTypes = [
  pageType,
  newsArticleType,
  meetingType,
  publicationType,
  memberStateType,
  redirectType,
  homePageType,
  siteSettingsType,
  navigationType,
];

export function documentTypeNamed(name: string) {
  return documentTypes.find((type) => type.name === name);
}
