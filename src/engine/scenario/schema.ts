import { z } from 'zod';
import { distributionUnion } from './distributionUnion.js';
import { contract, insurance, tolerance, vendorTerms } from './contractSchema.js';
import { source, sourced } from './sourced.js';
import {
  DEFAULT_MAX_TRIALS, DEFAULT_MIN_TRIALS, DEFAULT_SWING, MAX_AMOUNT, MAX_CONTROLS, MAX_EFFECTS, MAX_FACTORS, MAX_LOG_SIGMA, MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH, MAX_TRIALS, MAX_VENDORS,
} from './limits.js';

/**
 * The structure of a `breach-scenario/1` file: types, ranges and names.
 * Rules that relate one field to another (shares that sum to 1, names that must
 * exist, a distribution's support) are in `crossFieldRules.ts` and run in the same
 * `validateScenario` pass. `models/scenario.schema.json` is exported from this.
 */

const nonNegative = z.number().min(0).max(MAX_AMOUNT);
const positive = z.number().gt(0).max(MAX_AMOUNT);
const fraction = z.number().min(0).max(1);
/** An id, a name, a label or a map's key. */
const name = z.string().min(1).max(MAX_NAME_LENGTH);
/** Free text: a description. */
const text = z.string().max(MAX_TEXT_LENGTH);
/** A map of at most `most` entries, each key a `name` (JSON Schema: `maxProperties`). */
const mapOf = <T extends z.ZodType>(value: T, most: number, what: string) =>
  z.record(name, value)
    .refine((map) => Object.keys(map).length <= most, { message: `may have at most ${most} ${what}` })
    .meta({ maxProperties: most });


/** A number, a sourced number, or a distribution object: one form per kind of `DISTRIBUTION_KINDS`. */
export const distribution = distributionUnion(source);

const shareMap = mapOf(sourced(fraction), MAX_FACTORS, 'entries');

const amplifier = z.strictObject({
  label: name.optional(),
  probability: sourced(fraction).describe('Chance that this amplifier applies to a breach.'),
  amount: distribution.describe('Extra loss when it applies (a number or a distribution).'),
  source: source.optional(),
});

const effect = z.strictObject({
  vectors: z.array(name).min(1).max(MAX_FACTORS).optional().describe('Attack vectors whose breaches this effect prevents.'),
  components: z.array(name).min(1).max(MAX_FACTORS).optional().describe('Cost components this effect reduces.'),
  amplifiers: z.array(name).min(1).max(MAX_FACTORS).optional().describe('Loss amplifiers this effect reduces.'),
  reduction: distribution.describe('Fraction removed, in [0, 1]: a number or a distribution within [0, 1].'),
  source: source.optional(),
});

const control = z.strictObject({
  label: name,
  question: z.enum(['pci', 'payments', 'pii', 'remote-agents'])
    .describe('Which of the four questions a retailer asks a BPO this control answers.'),
  description: text.optional(),
  effects: z.array(effect).min(1).max(MAX_EFFECTS),
  annualCost: sourced(nonNegative).optional()
    .describe('What a vendor would charge a year to add this control (or bring it to full coverage); a vendor may state its own.'),
  source: source.optional(),
});

const vendorControl = z.union([
  name,
  z.strictObject({
    id: name,
    coverage: fraction.describe('Share of agents or calls covered; 0 lists a control the vendor lacks, to state its annualCost.'),
    annualCost: sourced(nonNegative).optional()
      .describe("What this vendor would charge a year to add the control or bring it to full coverage (instead of the catalogue's)."),
  }),
]);

const vendor = z.strictObject({
  id: name,
  name,
  annualPrice: sourced(nonNegative).describe('What the engagement costs a year.'),
  controls: z.array(vendorControl).max(MAX_CONTROLS),
  reference: z.boolean().optional()
    .describe('Shown for scale (say, an unvetted vendor at the market rate) and never ranked, named in the answer or counted in probabilityCheapest. At most one vendor.'),
  description: text.optional(),
  source: source.optional(),
  ...vendorTerms,
});

export const scenarioSchema = z.strictObject({
  $schema: text.optional(),
  format: z.literal('breach-scenario/1'),
  name,
  description: text.optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as "USD"'),
  simulation: z.strictObject({
    trials: z.number().int().min(1).max(MAX_TRIALS).describe('Trials (simulated years) of the run; with `stopAt`, unused.'),
    seed: z.union([name, z.number()]).describe('A string; a number is used as its decimal string.'),
    stopAt: z.strictObject({
      relativeStandardError: z.number().gt(0).lt(1)
        .describe('Stop once every candidate with a non-zero expected loss has at most this standard error relative to its expected loss.'),
      minTrials: z.number().int().min(1).max(MAX_TRIALS).optional()
        .describe(`Run at least this many trials first (default ${DEFAULT_MIN_TRIALS.toLocaleString('en-US')}), so that the tail figures are sound.`),
      maxTrials: z.number().int().min(1).max(MAX_TRIALS).optional()
        .describe(`Run at most this many trials (default ${DEFAULT_MAX_TRIALS.toLocaleString('en-US')}).`),
    }).optional().describe('Run blocks of 10,000 trials until a precision is reached, instead of a fixed number of trials.'),
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
    amplifiers: mapOf(amplifier, MAX_FACTORS, 'amplifiers').optional(),
    source: source.optional(),
  }),
  controls: mapOf(control, MAX_CONTROLS, 'controls'),
  vendors: z.array(vendor).min(1).max(MAX_VENDORS),
  analytics: z.strictObject({
    swing: z.number().gt(0).lt(1)
      .describe(`How far the sensitivity analysis moves each plain-number input either way, as a fraction of its value (default ${DEFAULT_SWING}).`),
  }).optional().describe('Settings of the decision analytics (`breach-sim --analytics`).'),
  contract: contract.optional(),
  insurance: insurance.optional(),
  tolerance: tolerance.optional(),
});

/** A scenario as written in its file (after validation). */
export type Scenario = z.infer<typeof scenarioSchema>;
export type DistributionInput = z.infer<typeof distribution>;
export type SourcedNumber = number | { value: number; source?: string };
