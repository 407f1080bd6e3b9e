import type { LinkFacts } from '../../links/index.js';

/** Whether the figures on screen are the sender's. */
export interface LinkCheck {
  status: 'exact' | 'differs' | 'unchecked' | 'pending';
  text: string;
}

/**
 * What the reader is told about the figures of a link they opened: "exactly the sender's
 * figures" when the page's own final results have the link's digest; plainly when they
 * differ (and, when the engines differ, that this is why); "not checked" when the link
 * carries no digest; and nothing firm while the run is still going or the scenario has
 * been edited since.
 *
 * @example
 * linkCheck({ engine: '2.0.0', made: '...', digest: 'e15c40dcfa84978b' }, 'e15c40dcfa84978b', '2.0.0', false);
 * // { status: 'exact', text: 'These are exactly the sender’s figures.' }
 */
export function linkCheck(facts: LinkFacts, digest: string | undefined, engine: string, edited: boolean): LinkCheck {
  if (!facts.digest) {
    return { status: 'unchecked', text: 'Not checked: the link carries no digest of the sender’s figures (it was copied before their run finished, or from a draft with errors).' };
  }
  if (edited) return { status: 'pending', text: 'Edited since it was opened: these are no longer the sender’s figures.' };
  if (digest === undefined) return { status: 'pending', text: 'Checking against the sender’s figures when the run finishes…' };
  if (digest === facts.digest) return { status: 'exact', text: 'These are exactly the sender’s figures.' };
  if (facts.engine !== engine) {
    return { status: 'differs', text: `These figures differ from the sender’s: the link was made by engine ${facts.engine}, and this page runs engine ${engine}, which computes other numbers for the same scenario and seed.` };
  }
  return { status: 'differs', text: `These figures differ from the sender’s, although both ran engine ${engine}.` };
}
