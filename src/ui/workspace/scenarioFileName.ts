/**
 * The file name a scenario downloads as: its `name` in lower case, runs of anything but
 * letters and digits made one hyphen, at most 80 characters, then `.json`; `scenario.json`
 * when it has no usable name.
 *
 * @example
 * scenarioFileName({ name: 'Retail e-commerce customer service: BPO shortlist' }); // 'retail-e-commerce-customer-service-bpo-shortlist.json'
 * scenarioFileName({ name: 'Été 2026 / v2' }); // 'été-2026-v2.json'
 * scenarioFileName([1]); // 'scenario.json'
 */
export function scenarioFileName(json: unknown): string {
  const name = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as { name?: unknown }).name : undefined;
  const stem = typeof name === 'string'
    ? name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80).replace(/^-+|-+$/g, '')
    : '';
  return `${stem || 'scenario'}.json`;
}
