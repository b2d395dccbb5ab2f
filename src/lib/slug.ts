import slugifyText from '@sindresorhus/slugify';

/**
 * The site's one slug rule, for pages, services, locations and heading anchors:
 * the name exactly as the report writes it, lowercased, accents folded, `&` spelled "and",
 * every other run of non-alphanumerics a single hyphen. Abbreviations stay whole ("EC2", not "ec-2").
 * @example slugify('Amazon Elastic Compute Cloud (EC2)') === 'amazon-elastic-compute-cloud-ec2'
 */
export function slugify(text: string): string {
  return slugifyText(text, { decamelize: false });
}
