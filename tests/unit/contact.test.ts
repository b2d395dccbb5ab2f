import { describe, expect, it } from 'vitest';
import { contactOf } from '../../src/lib/contact.ts';

describe('the accessibility contact', () => {
  it('is a mailto: link for an e-mail address and the address itself for a web page', () => {
    expect(contactOf('accessibility@example.com')).toEqual({
      label: 'accessibility@example.com',
      href: 'mailto:accessibility@example.com',
    });
    expect(contactOf(' https://example.com/contact ')).toEqual({
      label: 'https://example.com/contact',
      href: 'https://example.com/contact',
    });
  });

  it('is none when unset or empty', () => {
    expect(contactOf(undefined)).toBeUndefined();
    expect(contactOf('  ')).toBeUndefined();
  });

  it('fails, naming the setting, for anything else', () => {
    expect(() => contactOf('call us')).toThrow(
      /accessibilityContact in site\.config\.ts: "call us" is neither an e-mail address nor an https:\/\/ address/,
    );
    expect(() => contactOf('http://example.com')).toThrow(/neither/);
  });
});
