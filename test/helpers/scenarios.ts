/**
 * Small scenarios with fixed (constant) inputs, whose annual losses have closed forms:
 * with fixed parameters the breaches a year that survive a vendor are Poisson with mean
 * lambda x sum_v share_v survival_v, and each costs a known amount.
 */
export function constantScenario(overrides: { trials?: number; seed?: string } = {}): any {
  return {
    format: 'breach-scenario/1',
    name: 'Constant inputs',
    currency: 'USD',
    simulation: { trials: overrides.trials ?? 200_000, seed: overrides.seed ?? 'closed-form' },
    frequency: {
      annualIncidence: 0.39,
      vectors: { credentials: 0.3, phishing: 0.2, physical: 0.1, other: 0.4 },
    },
    magnitude: {
      perBreach: 4_000_000,
      components: { detection: 0.3, notification: 0.1, lostBusiness: 0.6 },
      amplifiers: {
        remoteWork: { probability: 0.6, amount: 1_000_000 },
        cardData: { probability: 0.25, amount: 3_000_000 },
      },
    },
    controls: {
      mfa: { label: 'MFA', question: 'remote-agents', effects: [{ vectors: ['credentials', 'phishing'], reduction: 0.8 }] },
      vdi: {
        label: 'VDI', question: 'remote-agents',
        effects: [{ vectors: ['physical', 'credentials'], reduction: 0.5 }, { amplifiers: ['remoteWork'], reduction: 0.4 }],
      },
      ivr: { label: 'Secure IVR', question: 'payments', effects: [{ amplifiers: ['cardData'], reduction: 0.9 }] },
      redaction: { label: 'Redaction', question: 'pii', effects: [{ components: ['notification', 'lostBusiness'], reduction: 0.3 }] },
    },
    vendors: [
      { id: 'none', name: 'None', annualPrice: 0, controls: [] },
      { id: 'all', name: 'All', annualPrice: 1_000_000, controls: ['mfa', 'vdi', 'ivr', 'redaction'] },
      { id: 'partial', name: 'Partial', annualPrice: 500_000, controls: [{ id: 'mfa', coverage: 0.5 }, 'ivr'] },
    ],
  };
}

/**
 * The closed form of a vendor's annual loss for `constantScenario`, computed here
 * independently of the engine: survival per vector and multipliers per component and
 * amplifier from the vendor's controls, then lambda x sum_v share_v s_v x
 * (E[L] sum_k c_k m_k + sum_a q_a A_a m_a).
 */
export function closedForm(scenario: any, vendorId: string) {
  const m = multipliers(scenario, vendorId);
  const lambda = -Math.log(1 - scenario.frequency.annualIncidence);
  const vectors = Object.entries<number>(scenario.frequency.vectors);
  const survivingShare = vectors.reduce((t, [name, share]) => t + share * m('vectors', name), 0);
  const components = Object.entries<number>(scenario.magnitude.components);
  const factor = components.reduce((t, [name, share]) => t + share * m('components', name), 0);
  const amplifiers = Object.entries<any>(scenario.magnitude.amplifiers);
  const perBreach = scenario.magnitude.perBreach * factor
    + amplifiers.reduce((t, [name, a]) => t + a.probability * a.amount * m('amplifiers', name), 0);
  const rate = lambda * survivingShare;
  return {
    rate,
    perBreach,
    mean: rate * perBreach,
    probabilityOfBreach: 1 - Math.exp(-rate),
    baseLoss: scenario.magnitude.perBreach * factor,
    amplifierLosses: amplifiers.map(([name, a]) => ({ probability: a.probability, amount: a.amount * m('amplifiers', name) })),
  };
}

const Z95 = 1.6448536269514722;

/**
 * The mean of a scenario parameter, by its textbook closed form, written here without the
 * engine: uniform (a + b) / 2, triangular (a + c + b) / 3, PERT (a + g c + b) / (g + 2),
 * beta a / (a + b), lognormal exp(mu + sigma^2 / 2), Poisson its mean.
 */
export function meanOf(spec: any): number {
  if (typeof spec === 'number') return spec;
  if (!('dist' in spec)) return spec.value;
  switch (spec.dist) {
    case 'uniform': return (spec.min + spec.max) / 2;
    case 'triangular': return (spec.min + spec.mode + spec.max) / 3;
    case 'pert': {
      const g = spec.gamma ?? 4;
      return (spec.min + g * spec.mode + spec.max) / (g + 2);
    }
    case 'beta': return spec.alpha / (spec.alpha + spec.beta);
    case 'poisson': return spec.mean;
    case 'lognormal': {
      if (spec.mean !== undefined) return spec.mean;
      if (spec.median !== undefined) return spec.median * Math.exp(spec.sigma ** 2 / 2);
      const mu = (Math.log(spec.low) + Math.log(spec.high)) / 2;
      const sigma = (Math.log(spec.high) - Math.log(spec.low)) / (2 * Z95);
      return Math.exp(mu + sigma ** 2 / 2);
    }
  }
  throw new Error(`no closed form for ${spec.dist}`);
}

/**
 * E[lambda] of a scenario's frequency: E[rate] x channelShare, or E[-ln(1 - p)] x
 * channelShare for an incidence p, in closed form for a constant or a uniform p
 * (an antiderivative of -ln(1 - p) is (1 - p) ln(1 - p) - (1 - p)).
 */
export function expectedLambda(scenario: any): number {
  const share = scenario.frequency.channelShare === undefined ? 1 : meanOf(scenario.frequency.channelShare);
  if (scenario.frequency.annualRate !== undefined) return meanOf(scenario.frequency.annualRate) * share;
  const p = scenario.frequency.annualIncidence;
  if (typeof p === 'number' || !('dist' in p)) return -Math.log(1 - meanOf(p)) * share;
  if (p.dist !== 'uniform') throw new Error('expectedLambda: a constant or uniform incidence');
  const antiderivative = (x: number) => (1 - x) * Math.log(1 - x) - (1 - x);
  return ((antiderivative(p.max) - antiderivative(p.min)) / (p.max - p.min)) * share;
}

/**
 * A vendor's expected annual loss, exactly, for any scenario whose inputs are independent:
 * the model's formula at the inputs' means,
 * E[lambda] x sum_v share_v prod(1 - E[r] c) x (E[L] sum_k c_k prod(1 - E[r] c) + sum_a q_a E[A_a] prod(1 - E[r] c)),
 * since every reduction enters each product at most once and each effect targets one kind.
 */
export function expectedLossAtMeans(scenario: any, vendorId: string): number {
  const m = multipliers(scenario, vendorId);
  const value = (x: any) => meanOf(x);
  const surviving = Object.entries<any>(scenario.frequency.vectors).reduce((t, [name, share]) => t + value(share) * m('vectors', name), 0);
  const components = scenario.magnitude.components ? Object.entries<any>(scenario.magnitude.components) : [];
  const factor = components.length === 0 ? 1 : components.reduce((t, [name, share]) => t + value(share) * m('components', name), 0);
  const amplified = Object.entries<any>(scenario.magnitude.amplifiers ?? {})
    .reduce((t, [name, a]) => t + value(a.probability) * meanOf(a.amount) * m('amplifiers', name), 0);
  return expectedLambda(scenario) * surviving * (meanOf(scenario.magnitude.perBreach) * factor + amplified);
}

/**
 * A vendor's multiplier of a vector's breaches, a component's share or an amplifier's
 * amount: the product over its controls' effects on it of 1 - E[reduction] x coverage.
 */
function multipliers(scenario: any, vendorId: string): (kind: string, name: string) => number {
  const vendor = scenario.vendors.find((v: any) => v.id === vendorId);
  const coverage = new Map<string, number>();
  for (const c of vendor.controls) typeof c === 'string' ? coverage.set(c, 1) : coverage.set(c.id, c.coverage);
  return (kind, name) => {
    let product = 1;
    for (const [id, control] of Object.entries<any>(scenario.controls)) {
      if (!coverage.has(id)) continue;
      for (const effect of control.effects) if (effect[kind]?.includes(name)) product *= 1 - meanOf(effect.reduction) * coverage.get(id)!;
    }
    return product;
  };
}
