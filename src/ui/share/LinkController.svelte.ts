import { decodeLink, type Bases, type LinkFacts } from '../../links/index.js';
import type { KeyValueStore } from '../state/KeyValueStore.js';
import type { Workspace } from '../state/Workspace.svelte.js';
import { linkCheck, type LinkCheck } from './linkCheck.js';
import { ShareLink } from './ShareLink.svelte.js';

/** The tab's `sessionStorage` key of what the link it opened said of itself, by draft. */
const FACTS_KEY = 'breach-sim.link-facts';

/** What an opened link said of itself, and the draft it opened as, for the check and a reload. */
interface OpenedLink {
  draftId: string;
  facts: LinkFacts;
  /** The scenario as the link carried it, to tell when it has been edited since. */
  text: string;
}

/**
 * Links on the page: opens the link in the address (once, as the page loads) as a draft of
 * its own, or says why it cannot; keeps the address bar on a link to what is on screen
 * (`share`); and tells whether the figures on screen are exactly the link's sender's.
 *
 * @example
 * const links = new LinkController(workspace, LINK_BASES, ENGINE_VERSION, sessionStorage);
 * await links.openAddress(location.hash);
 * links.check(digestOfFinalResults); // { status: 'exact', text: 'These are exactly the sender’s figures.' }
 */
export class LinkController {
  readonly share: ShareLink;
  /** Why the link in the address could not be opened, when it could not. */
  problem: string | undefined = $state();
  private opened: OpenedLink | undefined = $state.raw();

  constructor(
    private readonly workspace: Workspace,
    private readonly bases: Bases,
    private readonly engine: string,
    private readonly session: KeyValueStore | undefined,
  ) {
    this.share = new ShareLink(bases, engine);
    const stored = this.session?.getItem(FACTS_KEY);
    if (stored) {
      try {
        this.opened = JSON.parse(stored) as OpenedLink;
      } catch {
        this.opened = undefined;
      }
    }
  }

  /** What the current draft's link said of itself, while the draft is a link's that has not been kept. */
  get facts(): LinkFacts | undefined {
    return this.workspace.opened?.origin === 'link' && this.opened?.draftId === this.workspace.draftId ? this.opened.facts : undefined;
  }

  /**
   * Opens the link in `address` (`location.hash`): a readable one as a draft of its own
   * (an invalid scenario too, shown with its errors and never run); the address this tab
   * wrote itself (a reload) is left alone; anything else gets `problem`, and the reader's
   * own scenario stays.
   */
  async openAddress(address: string): Promise<void> {
    const hash = address.indexOf('#');
    const fragment = hash < 0 ? '' : address.slice(hash + 1);
    if (fragment === '' || fragment === this.share.fragment || fragment === this.share.written) return;
    const decoded = await decodeLink(fragment, this.bases);
    if (!decoded.ok) {
      this.problem = decoded.problem;
      return;
    }
    const scenario = decoded.scenario as { name?: unknown };
    const name = typeof scenario?.name === 'string' ? scenario.name : 'an unnamed scenario';
    this.workspace.openExternal(decoded.scenario, 'link', name);
    this.opened = { draftId: this.workspace.draftId, facts: decoded.facts, text: JSON.stringify(decoded.scenario) };
    this.session?.setItem(FACTS_KEY, JSON.stringify(this.opened));
  }

  /**
   * Whether the figures on screen are exactly the sender's: `digest` is that of the final
   * results of the draft as it is (undefined while running, stale or invalid). Undefined
   * when the draft is not a link's.
   */
  check(digest: string | undefined, draftText: string): LinkCheck | undefined {
    const facts = this.facts;
    if (!facts || !this.opened) return undefined;
    return linkCheck(facts, digest, this.engine, draftText !== this.opened.text);
  }

  dismissProblem(): void {
    this.problem = undefined;
  }

  dispose(): void {
    this.share.dispose();
  }
}
