/** A contact the publisher sets (site.config.ts): an e-mail address or a web address, as a link. */
export interface Contact {
  /** What the reader sees: the address itself. */
  label: string;
  href: string;
}

/** The contact of a setting; undefined when unset; an error naming the setting when it is neither kind. */
export function contactOf(value: string | undefined, setting = 'accessibilityContact in site.config.ts'): Contact | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return { label: text, href: `mailto:${text}` };
  if (/^https:\/\/[^\s]+$/.test(text)) return { label: text, href: text };
  throw new Error(`${setting}: "${text}" is neither an e-mail address nor an https:// address; set one of them, or leave it undefined`);
}
