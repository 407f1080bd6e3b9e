/**
 * A `Workspace` `claim` for the browser: holds a Web Lock named after the tab's draft
 * while the tab lives (the lock of the draft before is let go), so that a tab that finds
 * the lock taken knows another live tab edits the same draft (a duplicated tab copies
 * the `sessionStorage` that names it) and calls `taken`. The lock of a tab being
 * reloaded may outlive it for a moment: a claim waits up to `patience` ms before giving
 * up. Does nothing where the browser has no Web Locks.
 *
 * @example
 * const workspace = new Workspace({ local, session, defaultModel, claim: draftLock() });
 */
export function draftLock(patience = 1500): (id: string, taken: () => void) => void {
  let release: (() => void) | undefined;
  return (id, taken) => {
    release?.();
    release = undefined;
    const locks = globalThis.navigator?.locks;
    if (!locks) return;
    let held = true;
    const hold = new Promise<void>((resolve) => {
      release = () => {
        held = false;
        resolve();
      };
    });
    locks
      .request(`breach-sim.draft.${id}`, { signal: AbortSignal.timeout(patience) }, () => (held ? hold : undefined))
      .catch((error: unknown) => {
        if (held && error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) taken();
      });
  };
}
