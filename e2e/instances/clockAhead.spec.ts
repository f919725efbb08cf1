import { expect, request as newRequest, test } from '@playwright/test';
import { renamePage } from '../live/contentLake';
import { e2ePorts } from '../utils';
import { Instance } from './cluster';

// An instance of the live build whose wall clock runs a second ahead of its monotonic clock, as a
// virtual machine's can after a pause. Next 16.4 alone then serves a page stale for that second
// after a publish and renders it again in the background, where a redirect came out without its
// Location; CI met both on the live build. The spec changes the Content Lake stand-in and puts it
// back.
const instance = new Instance('clock ahead', Number(e2ePorts.E2E_CLOCK_AHEAD_PORT));
test.afterAll(() => instance.stop());

test("a renamed page's old address redirects from the first request after the publish, always with its Location", async () => {
  await instance.start({ clockAheadMs: 1000 });
  const request = await newRequest.newContext({ baseURL: instance.origin });
  const rename = await renamePage(request, 'page-about-oas-en', 'about-oas');
  try {
    expect(rename.webhook.status()).toBe(200);
    const answers: { status: number; location?: string }[] = [];
    for (const startedAt = Date.now(); Date.now() - startedAt < 3000; ) {
      const response = await request.get('/en/about-the-oas', { maxRedirects: 0 });
      answers.push({ status: response.status(), location: response.headers()['location'] });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Never the former page served stale, never a redirect without its Location.
    expect(answers.filter(({ status, location }) => status !== 308 || location !== '/en/about-oas')).toEqual([]);
  } finally {
    await rename.restore();
    await request.dispose();
  }
});
