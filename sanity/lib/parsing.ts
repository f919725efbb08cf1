import { stegaClean } from '@sanity/client/stega';
import { z } from 'zod';
import { localeCodes, type Locale } from '@/i18n/locales';

/**
 * How the site checks what the CMS sends: the zod building blocks every document type's model
 * is made of, and the rule that a document that does not fit is logged with its _id and the
 * failing path, and left out, never taking the page down.
 */

export function reportInvalid(value: unknown, what: string, error: z.ZodError): void {
  // Array items (a version, a link) have a _key instead.
  const record = typeof value === 'object' && value !== null ? (value as { _id?: unknown; _key?: unknown }) : {};
  const id = record._id ?? record._key ?? '(no _id)';
  const problems = error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  console.warn(`[content] Left out ${what} ${String(id)}: ${problems.join('; ')}`);
}

/** One document: null when absent, or reported and null when it does not fit its model. */
export function parseOrReport<Model extends z.ZodType>(model: Model, value: unknown, what: string): z.output<Model> | null {
  if (value === null || value === undefined) return null;
  const parsed = model.safeParse(value);
  if (parsed.success) return parsed.data;
  reportInvalid(value, what, parsed.error);
  return null;
}

/**
 * A list whose invalid entries are reported and dropped, so that one bad item never takes the
 * page down. Null entries are references to documents that are not published: dropped quietly.
 */
export function tolerantList<Item extends z.ZodType>(item: Item, what: string) {
  return z
    .array(z.unknown())
    .nullish()
    .transform((values) =>
      (values ?? []).flatMap((value): z.output<Item>[] => {
        if (value === null) return [];
        const parsed = item.safeParse(value);
        if (parsed.success) return [parsed.data];
        reportInvalid(value, what, parsed.error);
        return [];
      }),
    );
}

/**
 * Values the site computes with (ids, slugs, languages, dates, URLs, kinds) lose any stega marks
 * draft mode puts in CMS strings; only text readers see keeps them, for the Studio's overlays.
 */
export const cleaned = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (typeof value === 'string' ? stegaClean(value) : value), schema);

/** An optional value as `undefined` when the CMS sends null or leaves it out. */
export const optional = <Schema extends z.ZodType>(schema: Schema) =>
  schema.nullish().transform((value): z.output<Schema> | undefined => value ?? undefined);

export const text = z.string().trim().min(1);
export const identifier = cleaned(text);
export const optionalText = optional(text);
export const calendarDate = cleaned(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));
export const localeModel = cleaned(z.enum(localeCodes as [Locale, ...Locale[]]));
export const languageTag = cleaned(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a language tag'));

/** Schemes a reader can follow safely; anything else renders as plain text. */
export const safeUrl = cleaned(
  z
    .string()
    .trim()
    .refine((value) => /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:[+\d\s()-]+)$/i.test(value), {
      message: 'links must use http, https, mailto or tel',
    }),
);
