import { z } from 'zod';
import { MAX_AMOUNT, MAX_LOG_SIGMA } from './limits.js';

/**
 * The structure of a `breach-scenario/1` file: types, ranges and names.
 * Rules that relate one field to another (shares that sum to 1, names that must
 * exist, a distribution's support) are in `crossFieldRules.ts` and run in the same
 * `validateScenario` pass. `models/scenario.schema.json` is exported from this.
 */

const source = z.string().describe('Where this figure comes from: a report, a page, or "analyst estimate".');
const finite = z.number().min(-MAX_AMOUNT).max(MAX_AMOUNT);
const nonNegative = z.number().min(0).max(MAX_AMOUNT);
const positive = z.number().gt(0).max(MAX_AMOUNT);
const fraction = z.number().min(0).max(1);

/** Any number may be written plainly or as `{ "value": n, "source": "..." }`. */
function sourced<T extends z.ZodNumber>(value: T) {
  return z.union([value, z.strictObject({ value, source: source.optional() })]);
}

const distributionObject = z.discriminatedUnion('dist', [
  z.strictObject({ dist: z.literal('uniform'), min: finite, max: finite, source: source.optional() })
    .describe('Uniform between min and max.'),
  z.strictObject({ dist: z.literal('triangular'), min: finite, mode: finite, max: finite, source: source.optional() })
    .describe('Triangular with the given min, mode and max.'),
  z.strictObject({
    dist: z.literal('pert'), min: finite, mode: finite, max: finite,
    gamma: positive.optional().describe('Weight of the mode; 4 for the standard PERT.'),
    source: source.optional(),
  }).describe('PERT (a beta scaled to [min, max]) from min, most likely and max.'),
  z.strictObject({
    dist: z.literal('lognormal'),
    mean: positive.optional(),
    median: positive.optional(),
    sigma: z.number().gt(0).max(MAX_LOG_SIGMA).optional().describe('Standard deviation of the log.'),
    low: positive.optional().describe('5th percentile (with high: a 90% range).'),
    high: positive.optional().describe('95th percentile (with low: a 90% range).'),
    source: source.optional(),
  }).describe('Lognormal from {mean, sigma}, {median, sigma} or {low, high} (the 90% range).'),
  z.strictObject({ dist: z.literal('beta'), alpha: positive, beta: positive, source: source.optional() })
    .describe('Beta on [0, 1].'),
  z.strictObject({ dist: z.literal('poisson'), mean: nonNegative, source: source.optional() })
    .describe('Poisson with the given mean.'),
]);

/** A number, a sourced number, or a distribution object. */
export const distribution = z.union([finite, z.strictObject({ value: finite, source: source.optional() }), distributionObject]);

const shareMap = z.record(z.string().min(1), sourced(fraction));

const amplifier = z.strictObject({
  label: z.string().optional(),
  probability: sourced(fraction).describe('Chance that this amplifier applies to a breach.'),
  amount: distribution.describe('Extra loss when it applies (a number or a distribution).'),
  source: source.optional(),
});

const effect = z.strictObject({
  vectors: z.array(z.string()).min(1).optional().describe('Attack vectors whose breaches this effect prevents.'),
  components: z.array(z.string()).min(1).optional().describe('Cost components this effect reduces.'),
  amplifiers: z.array(z.string()).min(1).optional().describe('Loss amplifiers this effect reduces.'),
  reduction: distribution.describe('Fraction removed, in [0, 1]: a number or a distribution within [0, 1].'),
  source: source.optional(),
});

const control = z.strictObject({
  label: z.string().min(1),
  question: z.enum(['pci', 'payments', 'pii', 'remote-agents'])
    .describe('Which of the four questions a retailer asks a BPO this control answers.'),
  description: z.string().optional(),
  effects: z.array(effect).min(1),
  source: source.optional(),
});

const vendorControl = z.union([
  z.string().min(1),
  z.strictObject({ id: z.string().min(1), coverage: fraction.describe('Share of agents or calls covered (default 1).') }),
]);

const vendor = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  annualPrice: sourced(nonNegative).describe('What the engagement costs a year.'),
  controls: z.array(vendorControl),
  reference: z.boolean().optional()
    .describe('Shown for scale (say, an unvetted vendor at the market rate) and never ranked, named in the answer or counted in probabilityCheapest. At most one vendor.'),
  description: z.string().optional(),
  source: source.optional(),
});

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal('breach-scenario/1'),
  name: z.string().min(1),
  description: z.string().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as "USD"'),
  simulation: z.strictObject({
    trials: z.number().int().min(1).max(100_000_000),
    seed: z.union([z.string().min(1), z.number()]).describe('A string; a number is used as its decimal string.'),
  }),
  frequency: z.strictObject({
    annualIncidence: distribution.optional()
      .describe('P(at least one breach in a year) with no controls, in [0, 1).'),
    annualRate: distribution.optional().describe('Breaches a year with no controls (instead of annualIncidence).'),
    channelShare: sourced(z.number().gt(0).max(1)).optional()
      .describe('Share of breach exposure running through the outsourced contact centre, in (0, 1]; default 1.'),
    vectors: shareMap.describe('Share of breaches by initial attack vector; sums to 1.'),
    source: source.optional(),
  }),
  magnitude: z.strictObject({
    perBreach: distribution.describe('Loss of one breach before amplifiers.'),
    components: shareMap.optional().describe('Shares of the per-breach loss by cost component; sums to 1.'),
    amplifiers: z.record(z.string().min(1), amplifier).optional(),
    source: source.optional(),
  }),
  controls: z.record(z.string().min(1), control),
  vendors: z.array(vendor).min(1),
  tolerance: z.strictObject({
    loss: positive.describe('An annual loss the retailer does not want to exceed...'),
    probability: z.number().gt(0).max(1).describe('...more often than this chance a year.'),
    source: source.optional(),
  }).optional().describe('Risk tolerance: at most `probability` a year of losing more than `loss`. Drawn on the exceedance chart.'),
});

/** A scenario as written in its file (after validation). */
export type Scenario = z.infer<typeof scenarioSchema>;
export type DistributionInput = z.infer<typeof distribution>;
export type SourcedNumber = number | { value: number; source?: string };
