"""An independent numpy implementation of the engine's semantics (compound Poisson breaches, thinning by
vendor controls, per-trial parameter draws, closed-form conditional expected loss and its mean over trials, the
estimator of the expected loss), used to make the reference
values in test/engine/simulate/numpyReference.test.ts and to time the CLI against.
Run: python3 test/reference/numpy_reference.py models/retail-bpo-2021.json 1000000 > out.json"""
import json, sys, math, time
import numpy as np

t_start = time.perf_counter()
model = json.load(open(sys.argv[1])); n = int(sys.argv[2])
rng = np.random.default_rng(12345)
val = lambda x: x if isinstance(x, (int, float)) else x['value']
Z95 = 1.6448536269514722

def sampler(spec):
    if isinstance(spec, (int, float)) or 'dist' not in spec:
        v = val(spec); return (lambda k: np.full(k, float(v))), float(v)
    d = spec['dist']
    if d == 'pert':
        lo, mo, hi = spec['min'], spec['mode'], spec['max']; g = spec.get('gamma', 4)
        a = 1 + g * (mo - lo) / (hi - lo); b = 1 + g * (hi - mo) / (hi - lo)
        return (lambda k: lo + (hi - lo) * rng.beta(a, b, k)), (lo + g * mo + hi) / (g + 2)
    if d == 'lognormal':
        if 'mean' in spec: s = spec['sigma']; mu = math.log(spec['mean']) - s * s / 2
        elif 'median' in spec: s = spec['sigma']; mu = math.log(spec['median'])
        else: mu = (math.log(spec['low']) + math.log(spec['high'])) / 2; s = (math.log(spec['high']) - math.log(spec['low'])) / (2 * Z95)
        return (lambda k: rng.lognormal(mu, s, k)), math.exp(mu + s * s / 2)
    raise ValueError(d)

f = model['frequency']; m = model['magnitude']
lam = -math.log1p(-val(f['annualIncidence'])) * val(f.get('channelShare', 1))
vectors = list(f['vectors']); vshare = np.array([val(f['vectors'][v]) for v in vectors])
comps = list(m.get('components', {})); cshare = np.array([val(m['components'][c]) for c in comps]) if comps else np.array([1.0])
amps = list(m.get('amplifiers', {})); aprob = np.array([val(m['amplifiers'][a]['probability']) for a in amps])
asamp = [sampler(m['amplifiers'][a]['amount']) for a in amps]
base_sampler, base_mean = sampler(m['perBreach'])

# Per-trial parameter draws: one reduction per effect.
effects = []
for cid, c in model['controls'].items():
    for e in c['effects']:
        s, mean = sampler(e['reduction']); effects.append((cid, e, s(n)))

# Baseline events.
N = rng.poisson(lam, n); E = int(N.sum()); trial = np.repeat(np.arange(n), N)
vec = np.minimum(np.searchsorted(np.cumsum(vshare), rng.random(E), side='right'), len(vectors) - 1)
L = base_sampler(E); surv_u = rng.random(E)
occurs = rng.random((len(amps), E)) < aprob[:, None]
amounts = np.stack([s(E) for s, _ in asamp]) * occurs
amp_means = np.array([mean for _, mean in asamp])

losses, costs, out = [], [], []
for v in model['vendors']:
    cov = {(c if isinstance(c, str) else c['id']): (1.0 if isinstance(c, str) else c['coverage']) for c in v['controls']}
    S = np.ones((len(vectors), n)); C = np.ones((len(cshare), n)); A = np.ones((len(amps), n))
    for cid, e, r in effects:
        if cid not in cov: continue
        fct = 1 - r * cov[cid]
        for k in e.get('vectors', []): S[vectors.index(k)] *= fct
        for k in e.get('components', []): C[comps.index(k)] *= fct
        for k in e.get('amplifiers', []): A[amps.index(k)] *= fct
    base_factor = cshare @ C
    survive = surv_u < S[vec, trial]
    ev_loss = L * base_factor[trial] + (amounts * A[:, trial]).sum(axis=0)
    annual = np.bincount(trial[survive], weights=ev_loss[survive], minlength=n)
    breaches = np.bincount(trial[survive], minlength=n)
    cost = val(v['annualPrice']) + lam * (vshare @ S) * (base_mean * base_factor + (aprob * amp_means) @ A)
    losses.append(annual); costs.append(cost)
    srt = np.sort(annual); k = math.ceil(n / 20); conditional = cost - val(v['annualPrice'])
    out.append(dict(id=v['id'], reference=bool(v.get('reference', False)),
        expectedLoss=dict(mean=conditional.mean(), standardError=conditional.std(ddof=1) / math.sqrt(n),
                          sample=dict(mean=annual.mean(), standardError=annual.std(ddof=1) / math.sqrt(n))),
        probabilityOfBreach=(breaches > 0).mean(), expectedBreaches=breaches.mean(),
        quantiles={f'p{int(p*100)}': float(np.quantile(srt, p)) for p in (0.05, 0.5, 0.75, 0.9, 0.95, 0.99)},
        tailValueAtRisk95=srt[-k:].mean(), riskAdjustedCost=val(v['annualPrice']) + conditional.mean()))
top = 10 ** math.ceil(math.log10(max(losses[0].max(), 1e6))); grid = np.logspace(math.log10(top) - 6, math.log10(top), 200)
costs = np.array(costs); candidates = [j for j, o in enumerate(out) if not o['reference']]
cand = costs[candidates]; best = np.array(candidates)[cand.argmin(axis=0)]; ties = (cand == cand.min(axis=0)).sum(axis=0) > 1
for j, o in enumerate(out):
    srt = np.sort(losses[j]); o['exceedance'] = [dict(loss=g, probability=p) for g, p in zip(grid.tolist(), ((n - np.searchsorted(srt, grid, side='right')) / n).tolist())]
    o['probabilityCheapest'] = 0.0 if o['reference'] else float(((best == j) & ~ties).mean())
comparisons = []
for a in range(len(out)):
    for b in range(a + 1, len(out)):
        d = losses[a] - losses[b]; e = (costs[a] - val(model['vendors'][a]['annualPrice'])) - (costs[b] - val(model['vendors'][b]['annualPrice']))
        comparisons.append(dict(a=out[a]['id'], b=out[b]['id'], meanDifference=e.mean(), standardError=e.std(ddof=1) / math.sqrt(n),
            probabilityALower=(losses[a] < losses[b]).mean(), probabilityACheaper=(costs[a] < costs[b]).mean(),
            sample=dict(meanDifference=d.mean(), standardError=d.std(ddof=1) / math.sqrt(n))))
json.dump(dict(format='breach-results/2', trials=n, vendors=out, comparisons=comparisons), sys.stdout, default=float)
print(f"numpy work {time.perf_counter() - t_start:.2f} s", file=sys.stderr)
