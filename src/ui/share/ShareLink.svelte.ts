import { encodeLink, type Bases, type Json } from '../../links/index.js';

/** The tab's `sessionStorage` key of the fragment it last wrote to the address. */
const WRITTEN_KEY = 'breach-sim.link-written';

function readWritten(): string | undefined {
  try {
    return sessionStorage.getItem(WRITTEN_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The link to the scenario being edited, kept up to date as it changes: encoded after a
 * quiet spell (`delay` ms; an encoding in flight is overtaken by a newer one), and written
 * to the address bar with `history.replaceState`, so that the address always reproduces
 * what is on screen. Browsers rate-limit history calls: a refused call is skipped, and the
 * next change writes the address again, so fast typing never breaks the page.
 */
export class ShareLink {
  /** The fragment (after `#`) of the latest link, once one is made. */
  fragment: string | undefined = $state();
  /** Whether the latest link carries the digest of its figures (false when made before its run finished). */
  checked = $state(false);
  /** The link of a state not yet made (waiting out the pause), if any. */
  private pending: (() => Promise<void>) | undefined;
  /** The fragment this tab last wrote to the address (kept in `sessionStorage`, so that a reload knows its own address). */
  readonly written: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  constructor(
    private readonly bases: Bases,
    private readonly engine: string,
    private readonly delay = 400,
    private readonly followAddress = true,
  ) {
    this.written = readWritten();
  }

  /** The whole address of the latest link. */
  get url(): string | undefined {
    return this.fragment === undefined ? undefined : `${location.origin}${location.pathname}${location.search}#${this.fragment}`;
  }

  /** A new state of the scenario: `digest` is that of its final results, when the results on screen are final and of it. */
  update(json: unknown, digest: string | undefined): void {
    clearTimeout(this.timer);
    const generation = ++this.generation;
    const job = async () => {
      this.pending = undefined;
      const fragment = await encodeLink(json as Json, { engine: this.engine, made: new Date().toISOString(), digest }, this.bases);
      if (generation !== this.generation) return;
      this.fragment = fragment;
      this.checked = digest !== undefined;
      if (!this.followAddress) return;
      try {
        history.replaceState(history.state, '', `#${fragment}`);
        sessionStorage.setItem(WRITTEN_KEY, fragment);
      } catch {
        // Rate-limited (a SecurityError), or no session storage: the next change writes the address again.
      }
    };
    this.pending = job;
    this.timer = setTimeout(job, this.delay);
  }

  /**
   * Makes the link of the latest state now, rather than after the pause that spares the
   * address bar while typing: "Copy link" calls it, so that the copy is never a keystroke
   * behind.
   */
  async flush(): Promise<void> {
    const job = this.pending;
    if (!job) return;
    clearTimeout(this.timer);
    await job();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.generation++;
  }
}
