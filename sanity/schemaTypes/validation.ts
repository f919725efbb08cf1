import type { SlugRule, SlugValidationContext, UrlRule } from 'sanity';

/** Schemes a reader can follow safely; the site shows anything else as plain text. */
export const allowedUrlSchemes = ['http', 'https', 'mailto', 'tel'];

export const urlRule = (rule: UrlRule) => rule.uri({ scheme: allowedUrlSchemes, allowRelative: false });

/** Lowercase words joined by dashes: the shape every site path segment takes. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const slugFormatRule = (rule: SlugRule) =>
  rule
    .required()
    .custom((slug) =>
      !slug?.current ||
      slugPattern.test(slug.current) ||
      'Use lowercase letters, digits and single dashes (e.g. "prison-policies").',
    );

/**
 * A slug is unique among documents of the same type, language and parent: the same slug is
 * allowed in the other language, and under another parent.
 */
export async function isUniqueInLanguage(slug: string, context: SlugValidationContext): Promise<boolean> {
  const { document, getClient } = context;
  if (!document) return true;
  const id = document._id.replace(/^drafts\./, '');
  const parent = (document.parent as { _ref?: string } | undefined)?._ref ?? null;
  const count = await getClient({ apiVersion: '2025-02-19' }).fetch<number>(
    `count(*[_type == $type && language == $language && slug.current == $slug
      && !(_id in [$id, "drafts." + $id]) && parent._ref == $parent])`,
    { type: document._type, language: document.language ?? null, slug, id, parent },
  );
  return count === 0;
}

