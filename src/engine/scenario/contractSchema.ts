import { z } from 'zod';
import { DEFAULT_COST_TREND, MAX_AMOUNT, MAX_CONTRACT_YEARS, MAX_YEARLY_RATE, MIN_YEARLY_RATE, TOLERANCE_POINTS } from './limits.js';
import { source, sourced } from './sourced.js';

/**
 * The contract's terms in a `breach-scenario/1` (all optional: without them a run is the
 * one-year run it has always been): the horizon, the vendor's indemnity, the retailer's
 * insurance and the risk tolerance. Rules relating these fields to each other are in
 * `contractRules.ts`.
 */

const money = z.number().min(0).max(MAX_AMOUNT);
const fraction = z.number().min(0).max(1);
const yearlyRate = z.number().min(MIN_YEARLY_RATE).max(MAX_YEARLY_RATE);

/** `contract`: how many years the decision covers, how loss amounts grow and how money is discounted. */
export const contract = z.strictObject({
  years: z.number().int().min(1).max(MAX_CONTRACT_YEARS)
    .describe(`Years of the contract (1 to ${MAX_CONTRACT_YEARS}): a trial simulates every year of one contract.`),
  costTrend: sourced(yearlyRate).optional()
    .describe(`Yearly growth of loss amounts (the per-breach loss and the amplifier amounts), compounded (default ${DEFAULT_COST_TREND}).`),
  discountRate: sourced(z.number().min(0).max(MAX_YEARLY_RATE)).optional()
    .describe("Yearly rate that discounts each year's cash flows from the end of that year to present values (default 0)."),
  source: source.optional(),
}).describe('A multi-year contract: the answer compares what the retailer pays over it.');

/** A vendor's contract terms, added to the vendor object. */
export const vendorTerms = {
  priceEscalation: sourced(yearlyRate).optional()
    .describe('Yearly rate on the vendor\'s annualPrice from year 2 on, compounded (default 0).'),
  indemnity: z.strictObject({
    share: sourced(fraction).describe("Share of each breach's loss the vendor reimburses."),
    capPerYear: sourced(money).optional().describe('The most the vendor reimburses in one year.'),
    capPerContract: sourced(money).optional().describe('The most the vendor reimburses over the contract.'),
    source: source.optional(),
  }).optional().describe('What the vendor reimburses of each breach; within a year breaches use up the caps in the order they occur.'),
  switchingCost: sourced(money).optional().describe('A one-off cost of moving to this vendor, counted in year 1.'),
};

/** `insurance`: the retailer's cyber insurance, applied after the vendor's indemnity. */
export const insurance = z.strictObject({
  retention: sourced(money).describe('What the retailer bears before the insurance pays, per event or per year (`per`).'),
  limit: sourced(money).describe('The most the insurance pays above the retention, per event or per year (`per`).'),
  per: z.enum(['event', 'year']).describe('Whether retention and limit apply to each breach or to the year\'s total.'),
  aggregateLimit: sourced(money).optional().describe("The most the insurance pays in one year, over all the year's breaches."),
  coinsurance: sourced(fraction).optional().describe('Share of each covered loss the retailer keeps (default 0).'),
  premium: sourced(money).describe('The yearly premium.'),
  premiumEscalation: sourced(yearlyRate).optional().describe('Yearly rate on the premium from year 2 on, compounded (default 0).'),
  source: source.optional(),
}).describe("The retailer's cyber insurance, the same whichever vendor it signs with.");

const per = z.enum(['year', 'contract'])
  .describe("What the tolerance reads: a year's loss before indemnity and insurance (`year`, the default) or the contract's total net loss (`contract`).");

const tolerancePoint = z.strictObject({
  loss: z.number().gt(0).max(MAX_AMOUNT).describe('A loss the retailer does not want to exceed...'),
  probability: z.number().gt(0).max(1).describe('...more often than this chance.'),
});

/** `tolerance`: one point, or a curve of two to five points. */
export const tolerance = z.union([
  tolerancePoint.extend({ per: per.optional(), source: source.optional() }),
  z.strictObject({
    points: z.array(tolerancePoint).min(TOLERANCE_POINTS.min).max(TOLERANCE_POINTS.max)
      .describe(`${TOLERANCE_POINTS.min} to ${TOLERANCE_POINTS.max} points, by increasing loss and non-increasing chance; between them the chance is interpolated linearly in log(loss) and log(chance).`),
    per: per.optional(),
    source: source.optional(),
  }),
]).describe('Risk tolerance: at most `probability` of losing more than `loss` (a point), or a curve of such points. Drawn on the exceedance chart; never changes a run.');
