/** What share-boot.ts hands to share-actions.ts: requests made before the actions' script has run. */
export type ShareRequest = { kind: 'act'; control: HTMLElement } | { kind: 'quote' };

export interface ShareGlobal {
  /** Set by share-actions.ts when it runs. */
  handle?: (request: ShareRequest) => void;
  pending: ShareRequest[];
}

/** The page's one queue of share requests. */
export function shareQueue(): ShareGlobal {
  const w = window as unknown as { soc3Share?: ShareGlobal };
  return (w.soc3Share ??= { pending: [] });
}
