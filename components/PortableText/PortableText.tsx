import { PortableText as PortableTextRenderer, type PortableTextComponents } from '@portabletext/react';
import { linkTargetModel } from '@/sanity/documentTypes/fields';
import { memberStatesListModel } from '@/sanity/documentTypes/memberState';
import type { PortableTextBlocks } from '@/sanity/documentTypes/portableText';
import { publicationModel } from '@/sanity/documentTypes/publication';
import { languageTag } from '@/sanity/lib/parsing';
import { InternalLink, UrlLink } from '../ContentLink/ContentLink';
import { MemberStates } from '../MemberStates/MemberStates';
import { PublicationEntry } from '../PublicationList/PublicationList';
import styles from './PortableText.module.css';

/**
 * The one renderer for rich text from the CMS. Text is always text (never HTML); links are
 * checked here, so an unsafe or dangling link shows as plain words.
 */
const components: PortableTextComponents = {
  block: {
    normal: ({ children }) => <p>{children}</p>,
    h2: ({ children }) => <h2>{children}</h2>,
    h3: ({ children }) => <h3>{children}</h3>,
    blockquote: ({ children }) => <blockquote>{children}</blockquote>,
  },
  marks: {
    link: ({ value, children }) =>
      typeof value?.href === 'string' ? <UrlLink url={value.href}>{children}</UrlLink> : <>{children}</>,
    internalLink: ({ value, children }) => {
      const target = linkTargetModel.safeParse(value?.target);
      return target.success ? <InternalLink target={target.data}>{children}</InternalLink> : <>{children}</>;
    },
    inlineLanguage: ({ value, children }) => {
      const language = languageTag.safeParse(value?.language);
      return language.success ? <span lang={language.data}>{children}</span> : <>{children}</>;
    },
  },
  types: {
    callout: ({ value }) =>
      typeof value?.text === 'string' ? (
        <aside className={styles.callout}>
          {typeof value.heading === 'string' ? <p className={styles.calloutHeading}>{value.heading}</p> : null}
          <p>{value.text}</p>
        </aside>
      ) : null,
    publicationReference: ({ value }) => {
      const publication = publicationModel.safeParse(value?.publication);
      return publication.success ? (
        <div className={styles.publication}>
          <PublicationEntry publication={publication.data} />
        </div>
      ) : null;
    },
    memberStatesList: ({ value }) => {
      const list = memberStatesListModel.safeParse(value);
      return list.success ? <MemberStates states={list.data.states} /> : null;
    },
  },
  // Block types this renderer does not know yet are left out rather than shown as raw data.
  unknownType: () => null,
};

export function PortableText({ value }: { value: PortableTextBlocks }) {
  return <PortableTextRenderer value={value} components={components} onMissingComponent={false} />;
}
