import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, matchesWholeWords, standsFor, suggest, suggestionData, wordsOf } from '../../src/lib/search-words.ts';

// Words of the real report (AWS SOC 3, 2017), cut: service names and a few sentences.
const texts = [
  'AWS Lambda lets customers run code without provisioning or managing servers on their own.',
  'Amazon DynamoDB is a managed NoSQL database service.',
  'Amazon Route 53 provides managed Domain Name System (DNS) web service.',
  'Amazon Elastic Block Store (EBS) provides block level storage volumes for use with Amazon EC2 instances.',
  'Amazon Redshift is a data warehouse service to analyze structured data.',
  'AWS Key Management Service (KMS) is a managed service that makes it easy for customers to create and control the encryption keys.',
];
const names = [
  'AWS Lambda',
  'Amazon DynamoDB',
  'Amazon Route 53',
  'Amazon Elastic Block Store (EBS)',
  'Amazon Redshift',
  'serverless functions',
];
const data = suggestionData(texts, names);

describe('suggestionData', () => {
  it('keeps words of three letters or more, most frequent first, and no bare numbers', () => {
    expect(data.words[0]).toBe('amazon');
    expect(data.words).toContain('lambda');
    expect(data.words).toContain('serverless');
    expect(data.words).not.toContain('53');
    expect(data.words).not.toContain('of');
  });

  it('records run-together names with the words search knows them by', () => {
    expect(data.joined['route53']).toBe('route 53');
    expect(data.joined['awslambda']).toBe('aws lambda');
    expect(data.joined).not.toHaveProperty('dynamodb');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps, up to a limit', () => {
    expect(editDistance('lamda', 'lambda', 2)).toBe(1);
    expect(editDistance('dyanmodb', 'dynamodb', 2)).toBe(1);
    expect(editDistance('redshfit', 'redshift', 2)).toBe(1);
    expect(editDistance('glacier', 'lambda', 2)).toBe(3);
  });

  it('allows more edits for longer words, none for the shortest', () => {
    expect([2, 3, 4, 5, 6, 9, 10, 14].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});

describe('suggest', () => {
  it('mends typos', () => {
    expect(suggest('lamda', data)[0]).toBe('lambda');
    expect(suggest('dynamdb', data)[0]).toBe('dynamodb');
    expect(suggest('data warehose', data)).toEqual(['data warehouse']);
  });

  it('splits a run-together name into the words the report uses', () => {
    expect(suggest('route53', data)).toEqual(['route 53']);
  });

  it('offers at most three, and nothing for a word too far from every word', () => {
    expect(suggest('servce', data).length).toBeLessThanOrEqual(3);
    expect(suggest('blockchain', data)).toEqual([]);
    expect(suggest('xq', data)).toEqual([]);
  });

  it('offers nothing when every word is known: the query is never rewritten for its own sake', () => {
    expect(suggest('data warehouse', data)).toEqual([]);
  });
});

describe('matchesWholeWords', () => {
  it("accepts a page's word that starts with the query's, or differs only by an inflection", () => {
    expect(standsFor('lamb', 'lambda')).toBe(true);
    expect(standsFor('keys', 'key')).toBe(true);
    expect(standsFor('encryption', 'encrypted')).toBe(true);
    expect(standsFor('migrate', 'migration')).toBe(true);
  });

  it('rejects a word found by truncating the query: Pagefind falls back to the longest indexed prefix', () => {
    expect(standsFor('blockchain', 'block')).toBe(false);
    expect(standsFor('dynamdb', 'dynamic')).toBe(false);
    expect(matchesWholeWords('blockchain', texts[3]!)).toBe(false);
    expect(matchesWholeWords('block storage', texts[3]!)).toBe(true);
  });

  it('takes two neighbouring words for one run together', () => {
    expect(matchesWholeWords('route53', texts[2]!)).toBe(true);
  });

  it('splits words as search does', () => {
    expect(wordsOf('Lambda@Edge, Import/Export')).toEqual(['lambda', 'edge', 'import', 'export']);
    expect(matchesWholeWords('sao paulo', 'South America (São Paulo) Region')).toBe(true);
  });
});
