'use client';

import { useTranslations } from 'next-intl';

/** Shown when the content source fails for a page that is not cached yet: never a stack trace. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('ErrorPage');
  return (
    <main id="main-content" className="container main prose">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          {t('retry')}
        </button>
      </p>
    </main>
  );
}
