// The interface of precompressed.mjs, for the TypeScript that uses it (next.config and its tests).
export function precompressStaticFiles(staticDir: string): Promise<void>;
export function precompressedStaticFiles(staticDir: string): (url: string, coding: 'br' | 'gzip') => Buffer | undefined;
