import { lookupKey } from '../notes/keys';
import type { ParsedNote } from '../notes/parser';
import { orderedChildName } from './age-fact';

/**
 * A family visit's line keyed by the name of the child its study is for ("Ben: 6 weeks of LBP shooting down the R leg …" over
 * "Plan for Ben: MRI whole spine"; round 58, fix58s): the line is that child's history, read as the Presentation is. The
 * parser leaves a key it does not know unread when it may be a misspelt key ("Ben", "Dylan" are a few letters from "BP",
 * "Plan"), so the child's findings were lost. Only the exact name the study is tied to (age-fact.ts orderedChildName, one
 * child); a line keyed by a sibling's or a parent's name or word ("Kieran:", "Mum:") is left as it was read.
 */
export function withOrderedChildLinesRead(note: ParsedNote): ParsedNote {
  // Only a note with a line keyed by a capitalised word no key of ours names is looked at for the child's name.
  if (!note.fields.some((f) => !f.key && !f.prose && f.value && ONE_NAME.test(f.rawKey))) return note;
  const name = orderedChildName(note.text);
  if (!name) return note;
  let any = false;
  const fields = note.fields.map((f) => {
    if (f.key || f.prose || !f.value || f.rawKey.trim() !== name) return f;
    any = true;
    return { ...f, key: PRESENTATION, prose: false, inferred: true };
  });
  return any ? { ...note, fields } : note;
}

const PRESENTATION = lookupKey('Presentation')!;
/** A key of one capitalised word, as a given name is written. */
const ONE_NAME = /^[ \t]*[A-Z][a-z]{1,20}[ \t]*$/;
