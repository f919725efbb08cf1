import type { ReactNode } from 'react';

/** The Studio's own root layout: none of the site's chrome, styles or locale routing. */
export default function StudioLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ margin: 0 }}>{children}</body>
    </html>
  );
}
