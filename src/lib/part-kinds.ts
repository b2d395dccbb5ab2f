/**
 * The kinds of report part, in one place: each is a folder of MDX files in a period folder (a content
 * collection), a kind of page with its own URLs (src/lib/urls.ts), and what the site calls it on its pages.
 * The content layout, the URLs, the routes and the labels read this list.
 */
export interface PartKindInfo {
  /** Its folder in a period folder (`content/<period>/<folder>/<slug>.mdx`), also its collection's name. */
  folder: string;
  /** What the site calls one, as a label ("Report section"). */
  label: string;
}

export const partKinds = {
  section: { folder: 'sections', label: 'Report section' },
  category: { folder: 'categories', label: 'Service category' },
} as const satisfies Record<string, PartKindInfo>;
export type PartKind = keyof typeof partKinds;
export type PartFolder = (typeof partKinds)[PartKind]['folder'];

/** Every kind, in the order above. */
export const partKindList = Object.keys(partKinds) as PartKind[];
