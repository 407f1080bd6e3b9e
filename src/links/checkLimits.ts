import { LINK_LIMITS } from './linkLimits.js';

/**
 * The first way a decoded JSON value breaks the link caps (nesting, entries of an object
 * or array, string length), or undefined when it keeps them. Walks the value once, with
 * an explicit stack, so no input can exhaust the call stack.
 *
 * @example
 * checkLimits({ a: 'x'.repeat(3000) }); // 'a string is 3,000 characters long (at most 2,000)'
 */
export function checkLimits(value: unknown, limits = LINK_LIMITS): string | undefined {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node === 'string') {
      if (node.length > limits.stringLength) return `a string is ${node.length.toLocaleString('en-US')} characters long (at most ${limits.stringLength.toLocaleString('en-US')})`;
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limits.nesting) return `it nests more than ${limits.nesting} levels deep`;
    const entries = Array.isArray(node) ? node : Object.keys(node);
    if (entries.length > limits.entries) return `an object or list has ${entries.length.toLocaleString('en-US')} entries (at most ${limits.entries.toLocaleString('en-US')})`;
    if (Array.isArray(node)) for (const item of node) stack.push([item, depth + 1]);
    else {
      for (const [key, item] of Object.entries(node)) {
        stack.push([key, depth + 1]);
        stack.push([item, depth + 1]);
      }
    }
  }
  return undefined;
}
