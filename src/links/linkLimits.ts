/**
 * The caps a link must keep before anything else is done with it: a link is untrusted
 * input (from a chat, an e-mail, anyone). Checked in this order: the fragment's length,
 * then (streaming) the decompressed size, then the nesting, the counts and the string
 * lengths of the decoded JSON; only then is the scenario validated like a file.
 */
export const LINK_LIMITS = {
  /** Characters of the fragment (after `#`): a whole scenario ten times the default model's size. */
  fragmentLength: 40_000,
  /** Bytes the compressed payload may expand to. */
  decompressedBytes: 1_000_000,
  /** Levels of objects and arrays inside one another. */
  nesting: 24,
  /** Entries of any one object or array (keys or items). */
  entries: 2_000,
  /** Characters of any one string (a key or a value). */
  stringLength: 2_000,
} as const;
