import { useDocumentOperation, type DocumentActionComponent, type DocumentActionProps } from 'sanity';

type WithSlug = { slug?: { current?: string }; previousSlugs?: string[] };

/** The slugs a page keeps as former addresses when it is published with `newSlug`. */
export function previousSlugsAfterPublish(published: WithSlug | null, draft: WithSlug | null): string[] | null {
  const oldSlug = published?.slug?.current;
  const newSlug = draft?.slug?.current;
  if (!oldSlug || !newSlug || oldSlug === newSlug) return null;
  const kept = (draft?.previousSlugs ?? []).filter((slug) => slug !== newSlug && slug !== oldSlug);
  return [...kept, oldSlug];
}

/**
 * Wraps the Publish action so that a page whose slug changed keeps its old one: the site then
 * answers the old address with a permanent redirect instead of a 404.
 */
export function keepPreviousSlug(publish: DocumentActionComponent): DocumentActionComponent {
  function PublishKeepingPreviousSlug(props: DocumentActionProps) {
    const description = publish(props);
    const { patch } = useDocumentOperation(props.id, props.type);
    if (!description) return description;
    return {
      ...description,
      onHandle: () => {
        const previousSlugs = previousSlugsAfterPublish(props.published as WithSlug | null, props.draft as WithSlug | null);
        if (previousSlugs) patch.execute([{ set: { previousSlugs } }]);
        description.onHandle?.();
      },
    };
  }
  PublishKeepingPreviousSlug.action = publish.action;
  return PublishKeepingPreviousSlug;
}
