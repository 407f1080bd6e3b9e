/**
 * The base models a link can name: scenarios the app ships, each by the hash of its
 * content, so that a link need carry only what differs from one. A base, once released,
 * stays here unchanged forever (a test pins each hash): a recalibrated default model is a
 * new base, added beside the old one, never an edit of it, or every link made on the old
 * one would open as something else. The page imports each file; the CLI reads it by path.
 */
export interface BaseModel {
  /** `digestBytes` of the minified JSON text (`JSON.stringify` of the parsed file), 16 hex digits. */
  hash: string;
  /** The file, from the repository root. */
  file: string;
}

export const BASE_MODELS: readonly BaseModel[] = [
  { hash: '043fabf0fa4d7d7c', file: 'models/retail-bpo-2021.json' },
];
