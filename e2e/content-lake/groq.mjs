// GROQ as the stand-in evaluates it, with groq-js: on the server's thread (listeners, webhook
// projections: one document each) and in its query workers (queries over the whole dataset).
import { evaluate, parse } from 'groq-js';

/**
 * groq-js has no `text::query()`, which the Studio's lists and search put after `match`: the
 * plain `match` of its argument stands in for it (`"*"`, a list's query, matches everything).
 */
const withoutTextQuery = (query) => query.replaceAll(/text::query\(([^()]*)\)/g, '$1');

export async function evaluateQuery(query, params, dataset, { mode, ...extra } = {}) {
  // Parameters go to the parser too, as the Content Lake takes them: a slice may use one
  // (`[0...$limit]`, as the Studio's lists do).
  const tree = parse(withoutTextQuery(query), { params, ...(mode ? { mode } : {}) });
  // By id, as the Content Lake's index does: groq-js alone scans the dataset for every `->`.
  const byId = new Map(dataset.map((document) => [document._id, document]));
  const dereference = ({ _ref }) => byId.get(_ref) ?? null;
  return (await evaluate(tree, { dataset, params, dereference, ...extra })).get();
}
