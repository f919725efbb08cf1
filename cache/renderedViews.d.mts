// The interface of renderedViews.mjs, for the TypeScript that uses it (its tests).
import type { IncomingMessage, ServerResponse } from 'node:http';

export const renderedViewMilliseconds: number;
export const renderedViewCacheBytes: number;
export function keepingRenderedViews(options?: {
  milliseconds?: number;
  maxBytes?: number;
  now?: () => number;
}): (request: IncomingMessage, response: ServerResponse) => boolean | Promise<boolean>;
