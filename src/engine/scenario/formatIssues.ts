/** A validation error: the path of the bad field, written as in JavaScript, and what is wrong. */
export interface ScenarioError {
  /** `vendors[2].controls[0]`, or `` for the whole document. */
  path: string;
  message: string;
}

/**
 * A path of keys and indices written as JavaScript would: `vendors[2].controls[0]`.
 * Keys that are not identifiers are quoted: `controls["pci-dss"].label`.
 *
 * @example
 * formatPath(['vendors', 2, 'controls', 0]); // 'vendors[2].controls[0]'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) text += text ? `.${String(key)}` : String(key);
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

/** `vendors[2].controls[0]: unknown control "mfx"`, or the message alone at the root. */
export function errorLine(error: ScenarioError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}
