/** The first sentence of a text, for page descriptions. */
export function firstSentence(text: string): string {
  // A full stop after an abbreviation (e.g., i.e., Inc., vs.) does not end a sentence.
  return /^.*?(?<!\b(?:e\.g|i\.e|Inc|vs))[.!?](?=\s+[A-Z“"]|$)/s.exec(text)?.[0] ?? text;
}

/**
 * The first sentence of an MDX body's first paragraph, as plain text: skips frontmatter, lists,
 * headings and block components, and drops inline component tags (`<Region>` …) but keeps their words.
 */
export function leadSentence(mdxBody: string): string {
  const paragraph = mdxBody
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => block !== '' && !/^(#|-|\*|\d+\.|<|\{|import |export )/.test(block));
  return paragraph ? firstSentence(paragraph.replace(/<\/?[A-Z][^>]*>/g, '').replace(/\s+/g, ' ')) : '';
}
