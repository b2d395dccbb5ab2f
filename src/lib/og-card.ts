/** The preview image's layout, as a satori element tree: pure data, so it is testable without rendering. */

export interface OgCard {
  title: string;
  label: string;
  /** The site's name, e.g. "Amazon Web Services SOC 3 report". */
  site: string;
  byline: string;
}

interface Node {
  type: string;
  props: Record<string, unknown> & { children?: Node[] | string };
}

const el = (type: string, style: Record<string, unknown>, children?: Node[] | string): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/** The colour tokens a card uses: the light theme's values of the site's tokens (src/styles/colours.css). */
export const cardColours = ['bg', 'fg', 'muted', 'accent', 'border'] as const;
export type CardPalette = Record<(typeof cardColours)[number], string>;

/** Title size steps down for long titles so they stay within three lines. */
export function titleSize(title: string): number {
  if (title.length <= 28) return 84;
  if (title.length <= 48) return 70;
  return 58;
}

/** A 1200×630 card: the site's label, the page title in the report's serif, and the report's identity. */
export function ogCardTree(card: OgCard, c: CardPalette): Node {
  return el('div', { width: '100%', height: '100%', display: 'flex', background: c.bg, fontFamily: 'Inter' }, [
    el('div', { width: 18, height: '100%', background: c.accent }),
    el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', flex: 1 }, [
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 28, fontWeight: 600, color: c.accent, letterSpacing: 2, textTransform: 'uppercase' }, card.label),
        el(
          'div',
          { marginTop: 24, fontFamily: 'Source Serif', fontWeight: 700, fontSize: titleSize(card.title), lineHeight: 1.12, color: c.fg },
          card.title,
        ),
      ]),
      el('div', { display: 'flex', flexDirection: 'column', borderTop: `3px solid ${c.border}`, paddingTop: 28 }, [
        el('div', { fontSize: 30, color: c.fg, fontWeight: 600 }, card.site),
        el('div', { fontSize: 28, color: c.muted, marginTop: 6 }, card.byline),
      ]),
    ]),
  ]);
}
