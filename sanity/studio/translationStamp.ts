import { useEffect, useState } from 'react';
import { useClient, useDocumentOperation, type DocumentActionComponent, type DocumentActionProps } from 'sanity';
import { apiVersion } from '../env';
import { contentStampOf, translationsOf } from './translationFilters';

/** The published document's content stamp, and its published counterparts' in other languages. */
export const contentStampsQuery = /* groq */ `{
  "own": *[_id == $id][0]{"stamp": ${contentStampOf('')}}.stamp,
  "counterparts": ${translationsOf('$id')}[value._ref != $id].value->{"stamp": ${contentStampOf('')}}.stamp
}`;

interface ContentStamps {
  own: string | null;
  counterparts: (string | null)[] | null;
}

/**
 * The stamp a document takes when published. A change made while it was in step with its other
 * languages is new content, which they should follow: now. A change made while one of them was
 * newer, or a translation's first publish, catches up with them: it takes their newest stamp, so
 * that neither side is then listed as out of date (comparing edit times alone would list the
 * counterpart next, and so on forever).
 */
export function contentStampOnPublish(own: string | null, counterpartStamps: string[], now: string): string {
  const newestCounterpart = counterpartStamps.reduce<string | undefined>((newest, stamp) => (!newest || stamp > newest ? stamp : newest), undefined);
  if (!newestCounterpart) return now;
  return !own || newestCounterpart > own ? newestCounterpart : now;
}

/** Wraps Publish so that the published document carries its content stamp (see above). */
export function stampContentOnPublish(publish: DocumentActionComponent): DocumentActionComponent {
  function PublishWithContentStamp(props: DocumentActionProps) {
    const description = publish(props);
    const { patch } = useDocumentOperation(props.id, props.type);
    const client = useClient({ apiVersion });
    const [stamps, setStamps] = useState<{ own: string | null; counterparts: string[] }>({ own: null, counterparts: [] });
    useEffect(() => {
      let current = true;
      client
        .fetch<ContentStamps>(contentStampsQuery, { id: props.id }, { perspective: 'published' })
        .then(({ own, counterparts }) => {
          if (current) setStamps({ own, counterparts: (counterparts ?? []).filter((stamp): stamp is string => Boolean(stamp)) });
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
        const stamp = contentStampOnPublish(stamps.own, stamps.counterparts, new Date().toISOString());
        patch.execute([{ set: { contentUpdatedAt: stamp } }]);
        description.onHandle?.();
      },
    };
  }
  PublishWithContentStamp.action = publish.action;
  return PublishWithContentStamp;
}
