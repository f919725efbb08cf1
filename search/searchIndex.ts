import { createHash } from 'node:crypto';
import MiniSearch, { type SearchResult } from 'minisearch';
import { processTerm, tokenize } from './terms';

/** What the index needs of a document; the caller's document comes back with each hit. */
export interface Searchable {
  _id: string;
  title: string;
  text: string;
}

export interface SearchHit<Document extends Searchable> {
  document: Document;
  /** The document's own terms that matched (processed as by processTerm), for highlighting. */
  terms: ReadonlySet<string>;
  /** Whether a query term is in the title. */
  inTitle: boolean;
}

/**
 * Full text over titles and text. Every query term must match (AND), as readers expect of a
 * site's search box. No prefix or fuzzy matching: the stemmer drops a final -e, so "police"
 * would prefix-match "policy", and one edit turns "resolution" into "revolution".
 */
const searchOptions = { boost: { title: 3 }, combineWith: 'AND', prefix: false, fuzzy: false } as const;

export class SearchIndex<Document extends Searchable> {
  private readonly miniSearch = new MiniSearch<Document>({
    idField: '_id',
    fields: ['title', 'text'],
    tokenize,
    processTerm,
    searchOptions,
  });
  private readonly byId: Map<string, { document: Document; position: number }>;

  constructor(documents: readonly Document[]) {
    // One entry per id: a duplicate would make MiniSearch throw.
    this.byId = new Map(documents.map((document, position) => [document._id, { document, position }]));
    this.miniSearch.addAll([...this.byId.values()].map(({ document }) => document));
  }

  /**
   * The documents that match, title hits first, then by score; ties keep the documents' order,
   * so that the same documents always give the same ranking.
   */
  search(query: string): SearchHit<Document>[] {
    return this.miniSearch
      .search(query)
      .flatMap((result) => this.hitOf(result))
      .sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || b.score - a.score || a.position - b.position)
      .map(({ document, terms, inTitle }) => ({ document, terms, inTitle }));
  }

  private hitOf(result: SearchResult) {
    const entry = this.byId.get(result.id);
    if (!entry) return [];
    const inTitle = Object.values(result.match).some((fields) => fields.includes('title'));
    return [{ ...entry, score: result.score, terms: new Set(result.terms), inTitle }];
  }
}

/**
 * Builds an index once for as long as its documents stay the same. The data cache hands back a
 * fresh copy of a query's result on every request, so documents are recognized by their content
 * (a digest), not by object identity. One index is kept per slot (a language): a publish
 * replaces the old index rather than adding one.
 */
export function memoizedIndex<Document extends Searchable>() {
  const built = new Map<string, { fingerprint: string; index: SearchIndex<Document> }>();
  return (slot: string, documents: readonly Document[]): SearchIndex<Document> => {
    const fingerprint = createHash('sha256').update(JSON.stringify(documents)).digest('base64');
    const current = built.get(slot);
    if (current?.fingerprint === fingerprint) return current.index;
    const index = new SearchIndex(documents);
    built.set(slot, { fingerprint, index });
    return index;
  };
}
