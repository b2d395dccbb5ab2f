/** What share-boot.ts hands to share-actions.ts: requests made before the actions' script has run. */
export type ShareRequest = { kind: 'act'; control: HTMLElement } | { kind: 'quote' };

/**
 * `window.soc3Share`, created by share-boot.ts. Only types live here: a value imported by both scripts
 * would become a shared chunk, and the boot script could no longer be inlined into the page.
 */
export interface ShareQueue {
  /** Set by share-actions.ts when it runs. */
  handle?: (request: ShareRequest) => void;
  pending: ShareRequest[];
}

export type ShareWindow = Window & { soc3Share?: ShareQueue };
