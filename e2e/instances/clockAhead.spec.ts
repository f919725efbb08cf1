import { expect, request as newRequest, test } from '@playwright/test';
import { contentLake, sendWebhook } from '../live/contentLake';
import { e2ePorts } from '../utils';
import { Instance } from './cluster';

// An instance of the live build whose wall clock runs a second ahead of its monotonic clock, as a
// virtual machine's can after a pause. Next 16.4 then serves a page stale for that second after a
// publish and renders it again in the background, where a redirect came out without its Location;
// a CI run met it on the live build. The spec changes the Content Lake stand-in and puts it back.
const instance = new Instance('clock ahead', Number(e2ePorts.E2E_CLOCK_AHEAD_PORT));
test.afterAll(() => instance.stop());

test("a renamed page's old address never answers a redirect without its Location, even just after the publish", async () => {
  await instance.start({ clockAheadMs: 1000 });
  const request = await newRequest.newContext({ baseURL: instance.origin });
  const lake = contentLake(request);
  const original = await lake.get('page-about-oas-en');
  const renamed = { _id: original._id, _type: 'page', language: 'en', slug: 'about-oas', previousSlug: 'about-the-oas' };
  try {
    await lake.publish({ ...original, slug: { _type: 'slug', current: 'about-oas' }, previousSlugs: ['about-the-oas'] });
    expect((await sendWebhook(request, renamed)).status()).toBe(200);
    const answers: { status: number; location?: string }[] = [];
    for (const startedAt = Date.now(); Date.now() - startedAt < 3000; ) {
      const response = await request.get('/en/about-the-oas', { maxRedirects: 0 });
      answers.push({ status: response.status(), location: response.headers()['location'] });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The former page while it is served stale, then the redirect: always with its Location.
    expect(answers.filter(({ status, location }) => status >= 300 && status < 400 && location !== '/en/about-oas')).toEqual([]);
    expect(answers.at(-1)).toEqual({ status: 308, location: '/en/about-oas' });
  } finally {
    await lake.publish(original);
    await sendWebhook(request, { ...renamed, slug: 'about-the-oas', previousSlug: 'about-oas' });
    await request.dispose();
  }
});
