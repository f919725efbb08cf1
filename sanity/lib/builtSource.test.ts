import { afterEach, describe, expect, it, vi } from 'vitest';
import { refuseOtherContentSource } from './builtSource';

afterEach(() => vi.restoreAllMocks());

describe('starting a server', () => {
  it('goes ahead on the source the build used', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    refuseOtherContentSource('bundled dataset (sanity/dataset/production.ndjson)', {});
    expect(exit).not.toHaveBeenCalled();
  });

  it('stops, saying why, when the environment names another source', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    refuseOtherContentSource('bundled dataset (sanity/dataset/production.ndjson)', {
      SANITY_PROJECT_ID: 'abc123',
      SANITY_DATASET: 'production',
    });
    expect(exit).toHaveBeenCalledWith(1);
    expect(error.mock.calls[0]?.[0]).toMatch(/made from the bundled dataset.*names the Sanity project abc123/);
  });
});
