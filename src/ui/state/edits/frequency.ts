import { switchFrequency, type FrequencyMode } from '../../analyst/frequencyMode.js';
import { isRecord, plain, type DraftObject } from '../draftJson.js';

/**
 * Switches breach frequency to `mode` (`switchFrequency`: the annual incidence and the
 * annual rate converted one into the other). A block with neither gets the new one at 0.
 *
 * @example
 * setFrequencyMode(model, 'rate'); // model.frequency.annualRate.value === 0.4943, no annualIncidence
 */
export function setFrequencyMode(json: unknown, mode: FrequencyMode): void {
  if (!isRecord(json)) return;
  const frequency = isRecord(json.frequency) ? plain(json.frequency) : {};
  if (frequency.annualIncidence === undefined && frequency.annualRate === undefined) {
    if (isRecord(json.frequency)) json.frequency[mode === 'rate' ? 'annualRate' : 'annualIncidence'] = 0;
    return;
  }
  // JSON in, JSON out: the converted parameter is a number, text or a distribution.
  json.frequency = switchFrequency(frequency, mode) as DraftObject;
}
