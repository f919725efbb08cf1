import { vi } from 'vitest';

// Unit tests run the content layer outside Next's server, where its data cache does not exist:
// cached queries run directly. (The e2e suite covers the cache on a production build.)
vi.mock('next/cache', () => ({ unstable_cache: <T>(callback: T) => callback }));
vi.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }));
