import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluate, parse, type ExprNode } from 'groq-js';

/**
 * The bundled dataset, queried in-process with groq-js through the same GROQ as the live
 * Content Lake. The NDJSON is read once per process and indexed, and each query's top-level
 * filters are narrowed to the indexed documents they can match, so that a page's queries cost
 * what they read, not the size of the dataset.
 */
type SanityDocument = { _id: string; _type: string; language?: unknown; slug?: { current?: unknown } };

export interface DocumentIndex {
  all: SanityDocument[];
  byId: Map<string, SanityDocument>;
  byKey: Map<string, SanityDocument[]>;
}

const indexedFields = ['_type', '_id', 'language', 'slug.current'] as const;
type IndexedField = (typeof indexedFields)[number];

function keysFor(document: SanityDocument): string[] {
  const { _type: type, language, slug } = document;
  const keys = [`type:${type}`];
  if (typeof language === 'string') keys.push(`type-language:${type}:${language}`);
  if (typeof slug?.current === 'string') keys.push(`type-slug:${type}:${slug.current}`);
  return keys;
}

/** A published read sees no drafts, versions or other dotted (private) documents. */
function isPublic(document: SanityDocument): boolean {
  return !document._id.includes('.');
}

/** Later documents replace earlier ones with the same _id, as an import with --replace would. */
export function indexDocuments(documents: SanityDocument[]): DocumentIndex {
  const byId = new Map(documents.filter(isPublic).map((document) => [document._id, document]));
  const all = [...byId.values()];
  const byKey = new Map<string, SanityDocument[]>();
  for (const document of all) {
    for (const key of keysFor(document)) {
      const bucket = byKey.get(key);
      if (bucket) bucket.push(document);
      else byKey.set(key, [document]);
    }
  }
  return { all, byId, byKey };
}

export function parseNdjson(text: string, fileName: string): SanityDocument[] {
  return text
    .split('\n')
    .map((line, lineIndex) => ({ line: line.trim(), lineNumber: lineIndex + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, lineNumber }) => {
      const document: unknown = JSON.parse(line);
      if (
        typeof document !== 'object' ||
        document === null ||
        typeof (document as SanityDocument)._id !== 'string' ||
        typeof (document as SanityDocument)._type !== 'string'
      ) {
        throw new Error(`${fileName}:${lineNumber} is not a Sanity document (no _id or _type)`);
      }
      return document as SanityDocument;
    });
}

export async function loadDocumentIndex(files: string[], root = process.cwd()): Promise<DocumentIndex> {
  const documents = await Promise.all(
    files.map(async (file) =>
      // The files are named by configuration; next.config traces the bundled dataset explicitly.
      parseNdjson(await readFile(/*turbopackIgnore: true*/ path.resolve(root, file), 'utf8'), file),
    ),
  );
  return indexDocuments(documents.flat());
}

type Equalities = Partial<Record<IndexedField, unknown>>;

function fieldPath(node: ExprNode): string | undefined {
  if (node.type !== 'AccessAttribute') return undefined;
  if (!node.base) return node.name;
  const basePath = fieldPath(node.base);
  return basePath === undefined ? undefined : `${basePath}.${node.name}`;
}

function constantValue(node: ExprNode, params: Record<string, unknown>): unknown {
  if (node.type === 'Value') return node.value;
  if (node.type === 'Parameter') return params[node.name];
  return undefined;
}

/** The `field == constant` conditions that every match of a filter must meet. */
function equalitiesOf(expression: ExprNode, params: Record<string, unknown>, into: Equalities = {}): Equalities {
  if (expression.type === 'And') {
    equalitiesOf(expression.left, params, into);
    equalitiesOf(expression.right, params, into);
  } else if (expression.type === 'OpCall' && expression.op === '==') {
    const field = fieldPath(expression.left);
    const value = constantValue(expression.right, params);
    if ((indexedFields as readonly string[]).includes(field ?? '') && typeof value === 'string') {
      into[field as IndexedField] = value;
    }
  }
  return into;
}

function candidatesFor(index: DocumentIndex, equalities: Equalities): SanityDocument[] {
  const { _id: id, _type: type, language, 'slug.current': slug } = equalities;
  if (typeof id === 'string') {
    const document = index.byId.get(id);
    return document ? [document] : [];
  }
  if (typeof type !== 'string') return index.all;
  if (typeof slug === 'string') return index.byKey.get(`type-slug:${type}:${slug}`) ?? [];
  if (typeof language === 'string') return index.byKey.get(`type-language:${type}:${language}`) ?? [];
  return index.byKey.get(`type:${type}`) ?? [];
}

/** Replaces `*` under each filter with the indexed documents that filter can match. */
function narrow(node: ExprNode, index: DocumentIndex, params: Record<string, unknown>): ExprNode {
  if (node.type === 'Filter' && node.base.type === 'Everything') {
    const candidates = candidatesFor(index, equalitiesOf(node.expr, params));
    return { ...node, base: { type: 'Value', value: candidates }, expr: narrow(node.expr, index, params) };
  }
  const copy: Record<string, unknown> = { ...node };
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) {
      copy[key] = value.map((item) => (isNode(item) ? narrow(item, index, params) : narrowNested(item, index, params)));
    } else if (isNode(value)) {
      copy[key] = narrow(value, index, params);
    } else {
      copy[key] = narrowNested(value, index, params);
    }
  }
  return copy as unknown as ExprNode;
}

/** Object attributes and array elements wrap expressions one level down. */
function narrowNested(value: unknown, index: DocumentIndex, params: Record<string, unknown>): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = { ...value };
  for (const [key, inner] of Object.entries(value)) {
    if (isNode(inner)) copy[key] = narrow(inner, index, params);
  }
  return copy;
}

function isNode(value: unknown): value is ExprNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    typeof (value as { type: unknown }).type === 'string' &&
    !('_id' in value)
  );
}

const parsedQueries = new Map<string, ExprNode>();

function parseOnce(query: string): ExprNode {
  let tree = parsedQueries.get(query);
  if (!tree) {
    tree = parse(query);
    parsedQueries.set(query, tree);
  }
  return tree;
}

export async function queryIndex(
  index: DocumentIndex,
  query: string,
  params: Record<string, unknown> = {},
): Promise<unknown> {
  const tree = narrow(parseOnce(query), index, params);
  const result = await evaluate(tree, {
    dataset: index.all,
    params,
    dereference: ({ _ref }: { _ref: string }) => index.byId.get(_ref) ?? null,
  });
  return result.get();
}
