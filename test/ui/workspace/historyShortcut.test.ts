import { describe, expect, it } from 'vitest';
import { historyShortcut } from '../../../src/ui/workspace/historyShortcut.js';

const keys = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key, ctrlKey: mods.ctrl ?? false, metaKey: mods.meta ?? false, shiftKey: mods.shift ?? false, altKey: mods.alt ?? false,
});

describe('historyShortcut', () => {
  it('reads Ctrl+Z as undo, Ctrl+Shift+Z and Ctrl+Y as redo, Cmd as Ctrl', () => {
    expect(historyShortcut(keys('z', { ctrl: true }))).toBe('undo');
    expect(historyShortcut(keys('z', { meta: true }))).toBe('undo');
    expect(historyShortcut(keys('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(historyShortcut(keys('y', { ctrl: true }))).toBe('redo');
  });

  it('leaves every other key alone', () => {
    expect(historyShortcut(keys('z'))).toBeUndefined();
    expect(historyShortcut(keys('z', { ctrl: true, alt: true }))).toBeUndefined();
    expect(historyShortcut(keys('Y', { ctrl: true, shift: true }))).toBeUndefined();
    expect(historyShortcut(keys('x', { ctrl: true }))).toBeUndefined();
  });
});
