import { kindOf } from '../../engine/index.js';
import { formatMoney } from '../../format/money.js';
import { isRecord, recordEntries, type DraftJson } from '../state/draftJson.js';
import { controlId, coverageOf, isHeld } from '../state/edits/index.js';

/** One row of the report's key assumptions. */
export interface KeyAssumption {
  /** Where it is in the scenario, e.g. `controls.mfa.effects[0].reduction`. */
  path: string;
  label: string;
  value: string;
  source: string;
}

type Kind = 'money' | 'fraction' | 'rate';

/** A parameter's value as people read it: a number, or its distribution and parameters. */
export function describeParameter(spec: unknown, kind: Kind, currency: string): string {
  const n = (x: unknown) => (typeof x !== 'number' ? String(x) : kind === 'money' ? formatMoney(x, currency) : kind === 'fraction' ? `${+(x * 100).toFixed(1)}%` : String(+x.toPrecision(3)));
  const distributionKind = kindOf(spec);
  if (distributionKind === undefined) return isRecord(spec) && 'dist' in spec ? String(spec.dist) : String(spec);
  const s: Record<string, unknown> = isRecord(spec) ? spec : { value: spec };
  switch (distributionKind) {
    case 'number': return n(typeof spec === 'number' ? spec : s.value);
    case 'uniform': return `uniform ${n(s.min)} to ${n(s.max)}`;
    case 'triangular': return `triangular ${n(s.min)}, mode ${n(s.mode)}, ${n(s.max)}`;
    case 'pert': return `PERT ${n(s.min)}, mode ${n(s.mode)}, ${n(s.max)}`;
    case 'beta': return `beta(${s.alpha}, ${s.beta})`;
    case 'poisson': return `Poisson, mean ${n(s.mean)}`;
    case 'lognormal-range': return `lognormal, 90% in ${n(s.low)} to ${n(s.high)}`;
    case 'lognormal-median': return `lognormal, median ${n(s.median)}, sigma ${s.sigma}`;
    case 'lognormal-mean': return `lognormal, mean ${n(s.mean)}, sigma ${s.sigma}`;
    default: return distributionKind satisfies never;
  }
}

const sourceOf = (spec: unknown): string => (spec && typeof spec === 'object' && typeof (spec as { source?: unknown }).source === 'string' ? (spec as { source: string }).source : '');

/**
 * The assumptions a board report lists, with their sources: the breach frequency and channel
 * share, the loss per breach, each amplifier's chance and amount, each control effect's
 * reduction and each stated annual cost to add a control: the catalogue's, then each
 * vendor's own, said as to add (a control it lacks, coverage 0 included) or to bring to
 * full coverage (vendors' prices are in the vendor table). Reads the scenario as data, never markup.
 *
 * @example
 * keyAssumptions(defaultModel)[0]; // { path: 'frequency.annualIncidence', label: 'Annual breach incidence', value: '39%', source: 'Thales ...' }
 */
export function keyAssumptions(scenario: unknown): KeyAssumption[] {
  const root = isRecord(scenario) ? scenario : {};
  const currency = typeof root.currency === 'string' ? root.currency : 'USD';
  const rows: KeyAssumption[] = [];
  const add = (path: string, label: string, spec: unknown, kind: Kind) => {
    if (spec === undefined) return;
    rows.push({ path, label, value: describeParameter(spec, kind, currency), source: sourceOf(spec) });
  };
  const f = isRecord(root.frequency) ? root.frequency : {};
  add('frequency.annualIncidence', 'Annual breach incidence', f.annualIncidence, 'fraction');
  add('frequency.annualRate', 'Breaches a year', f.annualRate, 'rate');
  add('frequency.channelShare', 'Share through the contact centre', f.channelShare, 'fraction');
  const m = isRecord(root.magnitude) ? root.magnitude : {};
  add('magnitude.perBreach', 'Loss per breach', m.perBreach, 'money');
  for (const [name, a] of recordEntries(m.amplifiers)) {
    add(`magnitude.amplifiers.${name}.probability`, `${name}: chance per breach`, a.probability, 'fraction');
    add(`magnitude.amplifiers.${name}.amount`, `${name}: added loss`, a.amount, 'money');
  }
  for (const [id, c] of recordEntries(root.controls)) {
    const effects = Array.isArray(c.effects) ? c.effects : [];
    effects.forEach((e, i) => {
      const on = isRecord(e) ? [...namesIn(e.vectors), ...namesIn(e.components), ...namesIn(e.amplifiers)].join(', ') : '';
      add(`controls.${id}.effects[${i}].reduction`, `${c.label ?? id}: reduction${on ? ` of ${on}` : ''}`, isRecord(e) ? e.reduction : undefined, 'fraction');
    });
    add(`controls.${id}.annualCost`, `${c.label ?? id}: annual cost to add`, c.annualCost, 'money');
  }
  const controls = isRecord(root.controls) ? root.controls : {};
  for (const [v, vendor] of recordEntries(root.vendors)) {
    (Array.isArray(vendor.controls) ? vendor.controls : []).forEach((entry, j) => {
      if (!isRecord(entry) || entry.annualCost === undefined) return;
      const id = controlId(entry);
      const control = controls[id];
      const label = isRecord(control) && typeof control.label === 'string' ? control.label : id;
      const what = !isHeld(entry) ? 'annual cost to add (not held)' : coverageOf(entry) === 1 ? 'annual cost stated (held in full)' : 'annual cost to full coverage';
      add(`vendors[${v}].controls[${j}].annualCost`, `${String(vendor.name ?? vendor.id)}, ${label}: ${what}`, entry.annualCost, 'money');
    });
  }
  return rows;
}

/** The names an effect lists; none when it lists none. */
function namesIn(targets: DraftJson | undefined): DraftJson[] {
  return Array.isArray(targets) ? targets : [];
}
