/**
 * A file name stem from a scenario's name and seed: lower case, letters, digits and dashes.
 *
 * @example
 * fileStem('Retail BPO shortlist', 'retail-2021'); // 'retail-bpo-shortlist-seed-retail-2021'
 */
export function fileStem(name: string, seed: string): string {
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return [slug(name) || 'scenario', 'seed', slug(seed) || 'seed'].join('-');
}
