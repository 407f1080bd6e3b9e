/** True where typed arrays store the low 32-bit word of a double first (every common platform). */
const HIGH_WORD = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;
/** Buckets: the top 16 bits of a positive double (its exponent and 4 mantissa bits), a 1/16 octave each. */
const BUCKETS = 32768;

/**
 * The bucket tables, reused from call to call (one run finishes a vendor after another, and a
 * hundred vendors would otherwise leave a hundred sets of them to the garbage collector).
 */
const tables = {
  counts: new Int32Array(0),
  before: new Int32Array(0),
  wanted: new Uint8Array(0),
  firstThreshold: new Int32Array(0),
  offset: new Int32Array(0),
  fill: new Int32Array(0),
};

function bucketTables(): typeof tables {
  if (tables.counts.length === 0) {
    tables.counts = new Int32Array(BUCKETS);
    tables.before = new Int32Array(BUCKETS + 1);
    tables.wanted = new Uint8Array(BUCKETS);
    tables.firstThreshold = new Int32Array(BUCKETS);
    tables.offset = new Int32Array(BUCKETS + 1);
    tables.fill = new Int32Array(BUCKETS);
  }
  tables.counts.fill(0);
  tables.wanted.fill(0);
  tables.firstThreshold.fill(-1);
  return tables;
}

/** The bucket of a positive double, from its high word: buckets are in the order of the values. */
function bucketOf(x: number, scratch: Float64Array, words: Uint32Array): number {
  scratch[0] = x;
  return words[HIGH_WORD] >>> 16;
}

/**
 * Order statistics of positive numbers without sorting them all: the values are counted
 * into 32,768 buckets by the top bits of their doubles (bucket order is value order),
 * and only the buckets that hold an asked-for rank or the tail's boundary are gathered
 * and sorted (a value in a threshold's bucket is compared with it). Most simulated years
 * lose nothing and the rest spread over many buckets, so this is two passes over the
 * values plus a few small sorts.
 *
 * `ranks` are 0-based positions in ascending order; `thresholds` are values x for which
 * the count of values strictly above x is wanted; `tailCount` asks for the sum of the
 * `tailCount` largest values (all of them if there are fewer).
 *
 * @example
 * const s = orderStatistics(Float64Array.of(5, 1, 3, 2, 4), [0, 4], [2.5], 2);
 * s.ranked; // [1, 5]
 * s.above; // [3]
 * s.tailSum; // 9
 */
export function orderStatistics(
  values: Float64Array,
  ranks: readonly number[],
  thresholds: ArrayLike<number>,
  tailCount: number,
): { ranked: number[]; above: number[]; tailSum: number } {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const { counts, before, wanted, firstThreshold, offset, fill } = bucketTables();
  for (let i = 0; i < n; i++) counts[words[2 * i + HIGH_WORD] >>> 16]++;
  before[0] = 0;
  for (let b = 0; b < BUCKETS; b++) before[b + 1] = before[b] + counts[b];

  const bucketOfRank = (rank: number) => {
    let lo = 0;
    let hi = BUCKETS - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before[mid + 1] > rank) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  // Buckets to gather and sort: those of the asked-for ranks and of the tail's boundary.
  for (const rank of ranks) wanted[bucketOfRank(rank)] = 1;
  const tail = Math.min(tailCount, n);
  const tailBucket = tail > 0 ? bucketOfRank(n - tail) : BUCKETS;
  if (tail > 0) wanted[tailBucket] = 1;
  // Thresholds: every value in a bucket above a threshold's exceeds it; the values in the
  // threshold's own bucket are compared one by one. `firstThreshold[b]` is the first
  // threshold (in the order given) whose bucket is b, -1 if none; `nextThreshold` chains them.
  const one = new Float64Array(1);
  const oneWords = new Uint32Array(one.buffer);
  const thresholdCount = thresholds.length;
  const thresholdBuckets = Int32Array.from({ length: thresholdCount }, (_, k) => (thresholds[k] > 0 ? bucketOf(thresholds[k], one, oneWords) : -1));
  const nextThreshold = new Int32Array(thresholdCount).fill(-1);
  for (let k = thresholdCount - 1; k >= 0; k--) {
    const b = thresholdBuckets[k];
    if (b < 0) continue;
    nextThreshold[k] = firstThreshold[b];
    firstThreshold[b] = k;
  }
  const above = Array.from({ length: thresholdCount }, (_, k) => (thresholdBuckets[k] < 0 ? n : n - before[thresholdBuckets[k] + 1]));

  offset[0] = 0;
  for (let b = 0; b < BUCKETS; b++) offset[b + 1] = offset[b] + (wanted[b] ? counts[b] : 0);
  const gathered = new Float64Array(offset[BUCKETS]);
  fill.set(offset.subarray(0, BUCKETS));
  let sumAboveTail = 0;
  for (let i = 0; i < n; i++) {
    const b = words[2 * i + HIGH_WORD] >>> 16;
    const x = values[i];
    if (wanted[b]) gathered[fill[b]++] = x;
    if (b > tailBucket) sumAboveTail += x;
    for (let k = firstThreshold[b]; k >= 0; k = nextThreshold[k]) if (x > thresholds[k]) above[k]++;
  }
  for (let b = 0; b < BUCKETS; b++) if (wanted[b] && counts[b] > 1) gathered.subarray(offset[b], offset[b + 1]).sort();

  const ranked = ranks.map((rank) => {
    const b = bucketOfRank(rank);
    return gathered[offset[b] + rank - before[b]];
  });
  let tailSum = 0;
  if (tail > 0) {
    const inBucket = tail - (n - before[tailBucket + 1]);
    let bucketSum = 0;
    for (let i = offset[tailBucket + 1] - inBucket; i < offset[tailBucket + 1]; i++) bucketSum += gathered[i];
    tailSum = sumAboveTail + bucketSum;
  }
  return { ranked, above, tailSum };
}
