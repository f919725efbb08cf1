import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { LinkTarget } from '@/sanity/documentTypes/fields';
import { safeUrl } from '@/sanity/lib/parsing';
import { resolveHref } from '@/domain/urls';

/** A link to a document of the site, in that document's language. */
export function InternalLink({
  target,
  children,
  current = false,
  className,
}: {
  target: LinkTarget;
  children: ReactNode;
  current?: boolean;
  className?: string;
}) {
  return (
    <Link
      href={resolveHref(target)}
      locale={target.language}
      aria-current={current ? 'page' : undefined}
      className={className}
    >
      {children}
    </Link>
  );
}

/**
 * A link to a URL from the CMS. Only http, https, mailto and tel become links; anything else
 * (javascript:, data:) is shown as plain text. Links to other sites say so to every reader.
 */
export async function UrlLink({
  url: candidate,
  children,
  className,
  hrefLang,
}: {
  url: string;
  children: ReactNode;
  className?: string;
  /** The language of the document at the address, where it is known. */
  hrefLang?: string;
}) {
  const parsed = safeUrl.safeParse(candidate);
  if (!parsed.success) return <>{children}</>;
  const url = parsed.data;
  const leavesSite = /^https?:/i.test(url);
  const t = await getTranslations('ExternalLink');
  return (
    <a href={url} className={className} hrefLang={hrefLang} rel={leavesSite ? 'noopener noreferrer' : undefined}>
      {children}
      {leavesSite ? <span className="visually-hidden"> {t('opensOtherSite')}</span> : null}
    </a>
  );
}
