import { VisualEditing } from 'next-sanity/visual-editing';
import { isDraftMode } from './source';

/**
 * The Presentation tool's side of the preview frame, for editors in draft mode only: it connects
 * the frame to the Studio (without it the tool reports "Unable to connect"), follows the Studio's
 * navigation, draws the overlays that lead from a text to its field, and reloads the frame's
 * data on "Refresh preview". Readers never load its code.
 */
export async function EditorPreview() {
  return (await isDraftMode()) ? <VisualEditing /> : null;
}
