import { describe, expect, it } from 'vitest';
import { compileModel, runScenario, simulateBlock } from '../../src/engine/index.js';
import { parameterDraws } from '../../src/engine/simulate/parameterDraws.js';
import { trialsCsvHeader, trialsCsvRows } from '../../src/worker/trialsCsv.js';
import { defaultModel } from '../helpers/fixtures.js';

// The per-trial CSV the trials worker (src/worker/trials.worker.ts) writes, block by block.
describe('the per-trial CSV', () => {
  it('has a column per vendor figure and per draw, and its means are the run\'s expected loss and sample mean', () => {
    const scenario = defaultModel();
    const model = compileModel(scenario, { trials: 30_000 });
    let text = '';
    for (let b = 0; b < 3; b++) {
      const draws = parameterDraws(model, b);
      if (b === 0) text += trialsCsvHeader(model, draws.names);
      text += trialsCsvRows(simulateBlock(model, b, { perTrial: true }), draws);
    }
    const lines = text.trimEnd().split('\n');
    const header = lines[0].split(',');
    expect(header.slice(0, 3)).toEqual(['trial', `loss:${model.vendors[0].id}`, `expected:${model.vendors[0].id}`]);
    expect(header).toContain('effect:mfa:0');
    expect(lines.length).toBe(30_001);
    expect(lines[1].split(',')[0]).toBe('1');
    expect(lines[30_000].split(',')[0]).toBe('30000');
    const sums = header.map(() => 0);
    for (const line of lines.slice(1)) line.split(',').forEach((x, i) => (sums[i] += Number(x)));
    const results = runScenario(scenario, { trials: 30_000 });
    for (const v of results.vendors) {
      const mean = (name: string) => sums[header.indexOf(name)] / 30_000;
      expect(Math.abs(mean(`expected:${v.id}`) - v.expectedLoss.mean)).toBeLessThanOrEqual(1e-9 * v.expectedLoss.mean);
      expect(Math.abs(mean(`loss:${v.id}`) - v.expectedLoss.sample.mean)).toBeLessThanOrEqual(1e-9 * v.expectedLoss.sample.mean);
    }
  });

  it('quotes a vendor id that would break a CSV field', () => {
    const model = { vendors: [{ id: 'a,"b"' }] } as any;
    expect(trialsCsvHeader(model, ['effect:x:0'])).toBe('trial,"loss:a,""b""","expected:a,""b""",effect:x:0\n');
  });
});
