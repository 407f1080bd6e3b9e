import { shortLabel, type ControlValue, type ControlValues, type VendorControlValues } from '../../engine/index.js';
import { formatPercent } from '../../format/money.js';
import { heading, type DecisionLayout } from './decisionLayout.js';

/** A missing figure in a column. */
const NONE = '-';

/**
 * "What each control is worth": per vendor (the candidates by cost, the reference last),
 * every control with its status, what removing it or bringing it to full coverage does
 * to the expected loss, its stated cost and return; then the waterfall from the
 * reference (or from no controls) to the vendor, each step with its value alone.
 *
 * @example
 * controlValuesSection(results.controlValues!, layout)[1]; // 'What each control is worth'
 */
export function controlValuesSection(values: ControlValues, layout: DecisionLayout): string[] {
  const { results, money, wrap } = layout;
  const order = [...results.ranking, ...results.vendors.filter((v) => v.reference).map((v) => v.id)];
  const vendors = order.map((id) => values.vendors.find((v) => v.id === id)).filter((v): v is VendorControlValues => v !== undefined);
  const lines = heading('What each control is worth');
  lines.push(...wrap('Expected loss a year, exact at the assumptions\' means. If removed: how much the expected loss would rise without the control. '
    + 'If full: how much it would fall at full coverage. Return: what full coverage saves beyond its annual cost, as a share of that cost.'));
  for (const vendor of vendors) {
    lines.push('');
    lines.push(`${vendor.name}: expected loss ${money(vendor.expectedLoss)} a year`);
    const rows = vendor.controls.map((c) => [
      shortLabel(c.label),
      statusText(c),
      c.ifRemoved === null ? NONE : money(c.ifRemoved),
      c.ifFull === null ? NONE : money(c.ifFull),
      c.annualCost === null ? NONE : money(c.annualCost),
      c.return === null ? NONE : formatPercent(c.return),
    ]);
    lines.push(...layout.columns([['Control', 'Status', 'If removed', 'If full', 'Annual cost', 'Return'], ...rows], 2));
    const { waterfall } = vendor;
    if (waterfall.from === vendor.id) continue;
    const from = waterfall.from === null ? 'no controls' : layout.nameOf(waterfall.from);
    lines.push('');
    lines.push(`From ${from} (${money(waterfall.start)}) to ${vendor.name} (${money(waterfall.end)}), one control at a time:`);
    if (waterfall.steps.length === 0) {
      lines.push(`  no control differs.`);
      continue;
    }
    const steps = waterfall.steps.map((s) => [shortLabel(s.label), `${coverageText(s.coverageFrom)} to ${coverageText(s.coverageTo)}`, money(s.change), money(s.alone)]);
    lines.push(...layout.columns([['Step', 'Coverage', 'Change', 'Alone'], ...steps], 2));
  }
  lines.push('');
  lines.push(...wrap('Change: what each step does to the expected loss after the steps above it. Alone: what it would do as the only change from the start.'));
  return lines;
}

/** `held`, `partial (50%)` or `missing`. */
function statusText(c: ControlValue): string {
  return c.status === 'partial' ? `partial (${coverageText(c.coverage)})` : c.status;
}

/** A coverage as a whole percentage: `50%`. */
function coverageText(coverage: number): string {
  return `${Math.round(100 * coverage)}%`;
}
