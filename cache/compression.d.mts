// The interface of compression.mjs, for the TypeScript that uses it (its tests).
import type { IncomingMessage, ServerResponse } from 'node:http';

export const minimumCompressedBytes: number;
export const compressedBodyCacheBytes: number;
export function acceptedCodings(acceptEncoding: string | undefined | null): ('br' | 'gzip')[];
export function compressingResponses(options?: {
  cacheBytes?: number;
  gzip?: (body: Buffer) => Buffer;
  precompressedBody?: (url: string, coding: 'br' | 'gzip') => Buffer | undefined;
}): (request: IncomingMessage, response: ServerResponse) => void;
export function writeHeadHeaders(headers: unknown): [string, unknown][];
