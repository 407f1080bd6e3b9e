import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../src/engine/index.js';
import {
  TOLERANCE_POINTS, addTolerance, addTolerancePoint, nextTolerancePoint, removeTolerancePoint, setTolerance, setToleranceForm, setTolerancePer,
  toleranceForm,
} from '../../../../src/ui/state/edits/index.js';
import { readJson } from '../../../helpers/fixtures.js';

const errorsOf = (json: unknown) => {
  const result = validateScenario(json);
  return result.ok ? [] : result.errors;
};

/** The default model with its default tolerance: 5,000,000 at 5% a year. */
const withPoint = () => {
  const model = readJson('models/retail-bpo-2021.json');
  addTolerance(model);
  return model;
};

describe('the tolerance curve', () => {
  it('puts each new point at ten times the loss and a tenth of the chance', () => {
    // By hand: 5e6 x 10 = 5e7; 0.05 / 10 = 0.005; then 5e8 and 0.0005.
    expect(nextTolerancePoint({ loss: 5e6, probability: 0.05 })).toEqual({ loss: 5e7, probability: 0.005 });
    expect(nextTolerancePoint({ loss: 5e7, probability: 0.005 })).toEqual({ loss: 5e8, probability: 0.0005 });
    // 0.03 / 10 is 0.0029999999999999996 in floating point: rounded to 4 significant digits.
    expect(nextTolerancePoint({ loss: 3e6, probability: 0.03 })).toEqual({ loss: 3e7, probability: 0.003 });
    expect(nextTolerancePoint({ loss: '5M', probability: 0.05 })).toEqual({ loss: '', probability: '' });
    expect(nextTolerancePoint(undefined)).toEqual({ loss: '', probability: '' });
  });

  it('turns a point into a valid curve of two points, keeping its source and what it reads, and back', () => {
    const model = withPoint();
    model.tolerance.source = 'board, 2026';
    setTolerancePer(model, 'contract');
    expect(toleranceForm(model.tolerance)).toBe('point');
    setToleranceForm(model, 'curve');
    expect(toleranceForm(model.tolerance)).toBe('curve');
    expect(model.tolerance).toEqual({
      points: [{ loss: 5e6, probability: 0.05 }, { loss: 5e7, probability: 0.005 }], per: 'contract', source: 'board, 2026',
    });
    expect(errorsOf(model)).toEqual([]);
    const removed = setToleranceForm(model, 'point');
    expect(model.tolerance).toEqual({ loss: 5e6, probability: 0.05, per: 'contract', source: 'board, 2026' });
    expect(errorsOf(model)).toEqual([]);
    expect(removed).toEqual([{ loss: 5e6, probability: 0.05 }, { loss: 5e7, probability: 0.005 }]);
  });

  it('brings back the points a curve had when it is turned back into one', () => {
    const model = readJson('models/retail-bpo-contract.json');
    const { points: curve, ...rest } = structuredClone(model.tolerance);
    const removed = setToleranceForm(model, 'point');
    expect(model.tolerance).toEqual({ ...curve[0], ...rest });
    setToleranceForm(model, 'curve', removed);
    expect(model.tolerance.points).toEqual(curve);
    expect(setToleranceForm(model, 'curve')).toBeUndefined();
    expect(model.tolerance.points).toEqual(curve);
  });

  it('adds points up to five and removes them down to two, as the format allows', () => {
    const model = withPoint();
    setToleranceForm(model, 'curve');
    for (let i = 0; i < 5; i++) addTolerancePoint(model);
    expect(model.tolerance.points.length).toBe(TOLERANCE_POINTS.max);
    expect(model.tolerance.points.map((p: { loss: number }) => p.loss)).toEqual([5e6, 5e7, 5e8, 5e9, 5e10]);
    expect(errorsOf(model)).toEqual([]);
    removeTolerancePoint(model, 1);
    expect(model.tolerance.points.map((p: { loss: number }) => p.loss)).toEqual([5e6, 5e8, 5e9, 5e10]);
    for (let i = 0; i < 5; i++) removeTolerancePoint(model, 0);
    expect(model.tolerance.points.length).toBe(TOLERANCE_POINTS.min);
    expect(errorsOf(model)).toEqual([]);
  });

  it('holds the format\'s own limits: one point too few and one too many are errors', () => {
    const model = withPoint();
    model.tolerance = { points: [{ loss: 1, probability: 0.5 }] };
    expect(errorsOf(model).map((e) => e.path)).toEqual(['tolerance.points']);
    model.tolerance = { points: Array.from({ length: TOLERANCE_POINTS.max + 1 }, (_, i) => ({ loss: 10 ** (i + 1), probability: 0.5 / (i + 1) })) };
    expect(errorsOf(model).map((e) => e.path)).toEqual(['tolerance.points']);
    model.tolerance.points.pop();
    expect(errorsOf(model)).toEqual([]);
  });

  it('lets the engine name a point out of order', () => {
    const model = withPoint();
    setToleranceForm(model, 'curve');
    model.tolerance.points[1].loss = 1e6;
    expect(errorsOf(model).map((e) => e.path)).toEqual(['tolerance.points[1].loss']);
  });

  it('reads a year by default: "year" removes per, "contract" writes it', () => {
    const model = withPoint();
    setTolerancePer(model, 'contract');
    expect(model.tolerance.per).toBe('contract');
    setTolerancePer(model, 'year');
    expect(Object.hasOwn(model.tolerance, 'per')).toBe(false);
  });

  it('becomes one point when the chart sets one, keeping its source and what it reads', () => {
    const model = readJson('models/retail-bpo-contract.json');
    const { per, source } = model.tolerance;
    expect(per).toBe('contract');
    setTolerance(model, { loss: 2e7, probability: 0.01 });
    expect(model.tolerance).toEqual({ loss: 2e7, probability: 0.01, per, source });
    expect(errorsOf(model)).toEqual([]);
  });

  it('changes nothing without a tolerance', () => {
    const model = readJson('models/retail-bpo-2021.json');
    delete model.tolerance;
    setToleranceForm(model, 'curve');
    addTolerancePoint(model);
    removeTolerancePoint(model, 0);
    setTolerancePer(model, 'contract');
    expect(model.tolerance).toBeUndefined();
  });
});
