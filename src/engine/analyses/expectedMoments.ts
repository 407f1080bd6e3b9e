import type { BlockColumns } from '../simulate/blockColumns.js';
import { noMoments, shiftedInto, type Moments } from './moments.js';

const memo = new WeakMap<BlockColumns, Moments>();

/**
 * The moments of each vendor's conditional expected loss over one block, computed once
 * per block however many analyses read them (neither they nor their readers change them).
 *
 * @example
 * expectedMoments(columns).mean[1]; // vendor 1's mean expected loss over the block
 */
export function expectedMoments(columns: BlockColumns): Moments {
  let moments = memo.get(columns);
  if (!moments) {
    moments = noMoments(columns.expected.length);
    moments.count = columns.trials;
    for (let j = 0; j < columns.expected.length; j++) shiftedInto(moments, j, columns.expected[j]);
    memo.set(columns, moments);
  }
  return moments;
}
