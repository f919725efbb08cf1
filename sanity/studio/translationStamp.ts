import { useEffect, useState } from 'react';
import { useClient, useDocumentOperation, type DocumentActionComponent, type DocumentActionProps } from 'sanity';
import { apiVersion } from '../env';

type Stamped = { _updatedAt?: string; contentUpdatedAt?: string };

/** A document's content stamp: set by Publish, or its last change for documents from before it. */
export const contentStamp = (document: Stamped | null | undefined) => document?.contentUpdatedAt ?? document?._updatedAt;

/** The published counterparts' content stamps, in the document's other languages. */
const counterpartStampsQuery = /* groq */ `*[_type == "translation.metadata" && references($id)][0]
  .translations[value._ref != $id].value->{_updatedAt, contentUpdatedAt}`;

/**
 * The stamp a document takes when published. A change made while it was in step with its other
 * languages is new content, which they should follow: now. A change made while one of them was
 * newer, or a translation's first publish, catches up with them: it takes their newest stamp, so
 * that neither side is then listed as out of date (comparing edit times alone would list the
 * counterpart next, and so on forever).
 */
export function contentStampOnPublish(published: Stamped | null, counterpartStamps: string[], now: string): string {
  const newestCounterpart = counterpartStamps.reduce<string | undefined>((newest, stamp) => (!newest || stamp > newest ? stamp : newest), undefined);
  if (!newestCounterpart) return now;
  const own = contentStamp(published);
  return !own || newestCounterpart > own ? newestCounterpart : now;
}

/** Wraps Publish so that the published document carries its content stamp (see above). */
export function stampContentOnPublish(publish: DocumentActionComponent): DocumentActionComponent {
  function PublishWithContentStamp(props: DocumentActionProps) {
    const description = publish(props);
    const { patch } = useDocumentOperation(props.id, props.type);
    const client = useClient({ apiVersion });
    const [counterpartStamps, setCounterpartStamps] = useState<string[]>([]);
    useEffect(() => {
      let current = true;
      client
        .fetch<Stamped[] | null>(counterpartStampsQuery, { id: props.id }, { perspective: 'published' })
        .then((counterparts) => {
          if (current) setCounterpartStamps((counterparts ?? []).map(contentStamp).filter((stamp): stamp is string => Boolean(stamp)));
        })
        // Unreadable, the counterparts count as absent: the stamp is then now, and they are listed
        // as maybe out of date, which an editor can check, rather than silently left in step.
        .catch(() => undefined);
      return () => {
        current = false;
      };
    }, [client, props.id, props.published]);
    if (!description) return description;
    return {
      ...description,
      onHandle: () => {
        const stamp = contentStampOnPublish(props.published as Stamped | null, counterpartStamps, new Date().toISOString());
        patch.execute([{ set: { contentUpdatedAt: stamp } }]);
        description.onHandle?.();
      },
    };
  }
  PublishWithContentStamp.action = publish.action;
  return PublishWithContentStamp;
}
