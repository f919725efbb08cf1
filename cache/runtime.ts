import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * cache/handler.mjs as Next itself loads it, by its path at run time rather than bundled: the
 * same module, hence the same Redis connection and the same state. (The standalone output has
 * it at the same place relative to the server's working directory.)
 */
export function cacheHandlerModule(): Promise<typeof import('./handler.mjs')> {
  const file = pathToFileURL(path.join(/*turbopackIgnore: true*/ process.cwd(), 'cache', 'handler.mjs')).href;
  return import(/* webpackIgnore: true */ file);
}
