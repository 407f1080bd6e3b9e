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
  const vendor = scenario.vendors.find((v: any) => v.id === vendorId);
  const coverage = new Map<string, number>();
  for (const c of vendor.controls) typeof c === 'string' ? coverage.set(c, 1) : coverage.set(c.id, c.coverage);
  const m = (kind: string, name: string) => {
    let product = 1;
    for (const [id, control] of Object.entries<any>(scenario.controls)) {
      if (!coverage.has(id)) continue;
      for (const effect of control.effects) {
        if (effect[kind]?.includes(name)) product *= 1 - effect.reduction * coverage.get(id)!;
      }
    }
    return product;
  };
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
