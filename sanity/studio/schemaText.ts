import type { ComponentType } from 'react';
import type { FieldProps, InputProps } from 'sanity';

/**
 * The content model's titles and descriptions as interface strings. The schema is written in
 * English, which stays its own text (Sanity, the CLI and schema extraction read it); every other
 * interface language translates it under a key derived from where the text sits in the schema:
 *
 *   schema.page.title                          the type
 *   schema.page.fields.slug.description        a field of a type
 *   schema.footer.fields.phone.fields.label.title   a field inside an inline object
 *   schema.footer.fields.socialLinks.of.socialLink.fields.url.title   an array member's field
 *   schema.blockContent.of.block.annotations.link.fields.href.title   a rich-text annotation's field
 *   schema.sharedFields.language.title          a field definition several types share (fields.ts)
 *   schema.publication.fields.kind.options.report   the title of a value in a field's list of options
 *
 * Sanity 6.16 reads an `i18n` key on field groups, orderings and structure items, but not on a
 * type's or field's title and description: the form shows them through each field's `field`
 * component instead (localizeSchema), and the structure through its own lookups (structure.ts).
 */

/** The parts of a schema definition that carry interface text, as written in sanity/schemaTypes. */
interface SchemaNode {
  name?: string;
  type?: string;
  title?: string;
  description?: unknown;
  fields?: SchemaNode[];
  of?: SchemaNode[];
  marks?: { annotations?: SchemaNode[] };
  options?: { list?: unknown[] };
  components?: { field?: unknown; input?: unknown };
}

const schemaKeyPrefix = 'schema';

/** A value of a field's list of options, with the title editors see. */
interface TitledOption {
  title: string;
  value: string;
}

const isTitledOption = (option: unknown): option is TitledOption =>
  typeof option === 'object' && option !== null && typeof (option as TitledOption).title === 'string';

/** Lists whose titles are the same in every interface language: each language is named in itself. */
const untranslatedLists = new Set([`${schemaKeyPrefix}.sharedFields.language`]);

const titledOptions = (node: SchemaNode, key: string): TitledOption[] =>
  untranslatedLists.has(key) ? [] : (node.options?.list ?? []).filter(isTitledOption);

/** Field definitions that appear in more than one place (languageField, seoFields…): one key each. */
function sharedFieldDefinitions(types: readonly SchemaNode[]): Set<SchemaNode> {
  const seen = new Set<SchemaNode>();
  const shared = new Set<SchemaNode>();
  const visit = (node: SchemaNode) => {
    for (const field of node.fields ?? []) {
      if (seen.has(field)) shared.add(field);
      seen.add(field);
      visit(field);
    }
    for (const member of node.of ?? []) visit(member);
    for (const annotation of node.marks?.annotations ?? []) visit(annotation);
  };
  types.forEach(visit);
  const names = [...shared].map((field) => field.name);
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (repeated.length > 0) throw new Error(`Shared field definitions need distinct names for their keys: ${repeated.join(', ')}`);
  return shared;
}

type Visitor = (node: SchemaNode, key: string, isField: boolean) => SchemaNode;

/** Rebuilds the definitions, handing each node and its key to `visit`, children first. */
function mapSchema(types: readonly SchemaNode[], visit: Visitor): SchemaNode[] {
  const shared = sharedFieldDefinitions(types);
  const map = (node: SchemaNode, key: string, isField: boolean): SchemaNode => {
    const copy: SchemaNode = { ...node };
    if (node.fields) {
      copy.fields = node.fields.map((field) =>
        map(field, shared.has(field) ? `${schemaKeyPrefix}.sharedFields.${field.name}` : `${key}.fields.${field.name}`, true),
      );
    }
    if (node.of) copy.of = node.of.map((member) => map(member, `${key}.of.${member.name ?? member.type}`, false));
    if (node.marks?.annotations) {
      copy.marks = {
        ...node.marks,
        annotations: node.marks.annotations.map((annotation) => map(annotation, `${key}.annotations.${annotation.name}`, false)),
      };
    }
    return visit(copy, key, isField);
  };
  return types.map((type) => map(type, `${schemaKeyPrefix}.${type.name}`, false));
}

/** Every title and description of the content model, in the schema's own English, by key. */
export function schemaText(types: readonly SchemaNode[]): Record<string, string> {
  const text: Record<string, string> = {};
  mapSchema(types, (node, key) => {
    if (node.title) text[`${key}.title`] = node.title;
    if (typeof node.description === 'string') text[`${key}.description`] = node.description;
    for (const option of titledOptions(node, key)) text[`${key}.options.${option.value}`] = option.title;
    return node;
  });
  return text;
}

/** The components that show a field's text in the interface language, made for its key. */
export interface TranslatingComponents {
  field: (key: string) => ComponentType<FieldProps>;
  /** For a field with a list of titled options: shows the titles in the interface language. */
  input: (key: string) => ComponentType<InputProps>;
}

/**
 * The schema with every titled field shown through the translating components. The definitions
 * themselves are left as written.
 */
export function localizeSchema<T>(types: readonly T[], components: TranslatingComponents): T[] {
  return mapSchema(types as readonly SchemaNode[], (node, key, isField) => {
    if (!isField) return node;
    const translating = {
      ...(node.title || typeof node.description === 'string' ? { field: components.field(key) } : {}),
      ...(titledOptions(node, key).length > 0 ? { input: components.input(key) } : {}),
    };
    for (const part of Object.keys(translating) as (keyof typeof translating)[]) {
      if (node.components?.[part]) throw new Error(`${key} has a ${part} component of its own: compose it with the translation`);
    }
    return Object.keys(translating).length > 0 ? { ...node, components: { ...node.components, ...translating } } : node;
  }) as T[];
}
