import { formatMoney } from '../../format/money.js';

/**
 * A money amount for an axis tick: `formatMoney` without trailing zeros, so ticks read
 * `$5M`, `$2.5M`, `$10M`, `$200k`.
 *
 * @example
 * moneyTick(5_000_000, 'USD'); // '$5M'
 * moneyTick(2_500_000, 'USD'); // '$2.5M'
 */
export function moneyTick(amount: number, currency: string): string {
  return formatMoney(amount, currency).replace(/(\d)\.(\d*?)0+(?=\D*$)/, (_, d: string, kept: string) =>
    kept ? `${d}.${kept}` : d,
  );
}
