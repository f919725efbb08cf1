import { defaultLocale, localeCodes, localeDefinition, type Locale } from '@/i18n/locales';

/**
 * Whether a path cannot be read as text: a broken or overlong percent-encoding (`/en/%E0%A4%A`,
 * `/%C0%AE`), invalid UTF-8 (`/en/%FF`) or a control character such as NUL. Next's router
 * answers the first ones with a 500, so the proxy answers them first.
 */
export function isMalformedPath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  return /[\u0000-\u001f\u007f]/.test(decoded);
}

interface BadRequestMessages {
  title: string;
  body: string;
  home: string;
}

async function badRequestMessages(locale: Locale): Promise<BadRequestMessages> {
  const { BadRequest, NotFound } = (await import(`../messages/${locale}.json`)).default;
  return { title: BadRequest.title, body: BadRequest.body, home: NotFound.home };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character] ?? character);

/**
 * The short page a malformed address gets, status 400: in the language the path starts with, or,
 * where it names none, in every language of the site, each marked with its `lang`.
 */
export async function badRequestResponse(locale: Locale | undefined): Promise<Response> {
  const shown = locale ? [locale] : localeCodes;
  const pageLocale = locale ?? defaultLocale;
  const sections = await Promise.all(
    shown.map(async (code) => {
      const messages = await badRequestMessages(code);
      const main = code === pageLocale;
      const lang = main ? '' : ` lang="${localeDefinition(code).hreflang}"`;
      const heading = main ? 'h1' : 'h2';
      return {
        title: messages.title,
        html:
          `<section${lang}><${heading}>${escapeHtml(messages.title)}</${heading}><p>${escapeHtml(messages.body)}</p>` +
          `<p><a href="/${code}">${escapeHtml(messages.home)}</a></p></section>`,
      };
    }),
  );
  const html =
    `<!DOCTYPE html><html lang="${localeDefinition(pageLocale).hreflang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(sections[0]?.title ?? '')}</title></head>` +
    `<body><main>${sections.map((section) => section.html).join('')}</main></body></html>`;
  return new Response(html, {
    status: 400,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}
