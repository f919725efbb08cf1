// The interface of handler.mjs beyond its default export (the cache class Next instantiates).
import type { NextInternalsCheck } from './nextInternals.mjs';

/**
 * What /api/health reports of the cache: never its address or credentials. `nextInternals` is
 * the start check of what the handler takes from next/dist (cache/nextInternals.mjs).
 */
export type CacheState = { nextInternals: NextInternalsCheck['state'] } & (
  | { kind: 'local'; detail: string }
  | { kind: 'redis'; connected: boolean; pendingRevalidations: number; unreachableSince?: string }
);

export const localMemoryBytes: number;
export const sharedEntryTtlSeconds: number;
/** Where a build's entries live in Redis: `oas-dsp:<build id>:`, then Next's key. */
export function redisKeyPrefix(buildId: string | undefined): string;
export function registerSharedInitialCache(buildDir: string): Promise<void>;
export function cacheState(): CacheState;
/** Whether a page entry is a redirect that lost its Location (Next 16.4, see handler.mjs). */
export function isRedirectWithoutLocation(value: unknown): boolean;
/** Wraps a cache class so that such redirects are never stored. */
export function keepingRedirectsWhole<Cache extends new (...args: never[]) => { set(key: string, value: unknown, ctx?: unknown): Promise<unknown> }>(
  cache: Cache,
): Cache;
/** Wraps a cache class so that a publish expires its entries on either clock (Next 16.4, see handler.mjs). */
export function expiringByTheWallClock<
  Cache extends new (...args: never[]) => {
    get(key: string, ctx?: unknown): Promise<unknown>;
    revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<unknown>;
  },
>(cache: Cache): Cache;
