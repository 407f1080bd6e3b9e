import { describe, expect, it } from 'vitest';
import { EditHistory } from '../../../src/ui/state/EditHistory.svelte.js';

describe('EditHistory', () => {
  it('undoes and redoes step by step, and a new edit clears what redo would bring back', () => {
    const h = new EditHistory('a');
    expect(h.canUndo).toBe(false);
    h.record('b');
    h.record('c');
    expect(h.undo()).toBe('b');
    expect(h.undo()).toBe('a');
    expect(h.undo()).toBeUndefined();
    expect(h.canUndo).toBe(false);
    expect(h.canRedo).toBe(true);
    expect(h.redo()).toBe('b');
    h.record('x');
    expect(h.canRedo).toBe(false);
    expect(h.redo()).toBeUndefined();
    expect(h.undo()).toBe('b');
  });

  it('makes one step of consecutive edits with the same key, until sealed or another key comes', () => {
    const h = new EditHistory('');
    for (const text of ['0', '0.', '0.4', '0.45']) h.record(text, 'frequency.annualIncidence.value');
    expect(h.undoCount).toBe(1);
    h.seal();
    h.record('0.456', 'frequency.annualIncidence.value');
    h.record('seed', 'simulation.seed');
    h.record('seed-2', 'simulation.seed');
    h.record('toggle');
    h.record('toggle again');
    expect(h.undoCount).toBe(5);
    expect([h.undo(), h.undo(), h.undo(), h.undo(), h.undo()]).toEqual(['toggle', 'seed-2', '0.456', '0.45', '']);
  });

  it('never grows a step across an undo', () => {
    const h = new EditHistory('a');
    h.record('ab', 'f');
    h.undo();
    h.record('ax', 'f');
    h.record('axy', 'f');
    expect(h.undo()).toBe('a');
  });

  it('keeps the latest `limit` steps', () => {
    const h = new EditHistory(0, 200);
    for (let i = 1; i <= 250; i++) h.record(i);
    expect(h.undoCount).toBe(200);
    let last: number | undefined;
    for (let s = h.undo(); s !== undefined; s = h.undo()) last = s;
    expect(last).toBe(50);
  });

  it('forgets everything on restart', () => {
    const h = new EditHistory('a');
    h.record('b');
    h.undo();
    h.restart('z');
    expect([h.canUndo, h.canRedo, h.present]).toEqual([false, false, 'z']);
  });
});
