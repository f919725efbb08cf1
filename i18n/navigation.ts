import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

/** Locale-aware links: the site's pages link only through this (next/link is linted out). */
export const { Link } = createNavigation(routing);
