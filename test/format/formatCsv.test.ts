import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../src/cli/formatCsv.js';
import { runScenario } from '../../src/engine/index.js';
import { defaultModel } from '../helpers/fixtures.js';

describe('formatCsv (the CLI\'s --format csv and the page\'s summary download)', () => {
  const results = runScenario(defaultModel(), { trials: 10_000 });

  it('writes negative numbers as numbers and formula-looking text neutralised', () => {
    const edited = structuredClone(results);
    edited.vendors[1].annualPrice = -5;
    edited.vendors[1].name = '@SUM(A1:A9)';
    const row = formatCsv(edited).split('\n')[2].split(',');
    expect(row[1]).toBe("'@SUM(A1:A9)");
    expect(row[2]).toBe('-5');
  });

  it('writes the ordinary rows as before: names and numbers untouched', () => {
    const row = formatCsv(results).split('\n')[2].split(',');
    expect(row[1]).toBe(results.vendors[1].name);
    expect(Number(row[3])).toBe(results.vendors[1].expectedLoss.mean);
  });
});
