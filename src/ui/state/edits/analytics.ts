import { isRecord } from '../draftJson.js';
import { writeOptionalNumber } from './controlCosts.js';

/**
 * Writes what was typed for the tornado's swing (`analytics.swing`, a fraction in (0, 1)):
 * a number or text as typed (the engine reports text and out-of-range values), the
 * `analytics` block added when there is none; a blank removes the swing, and the block
 * with it once empty, so that the default (25%) applies. Nothing when the draft is not an
 * object or its `analytics` is not one (the engine reports that).
 *
 * @example
 * setSwing(model, 0.3); // model.analytics is { swing: 0.3 }
 * setSwing(model, ''); // model has no analytics
 */
export function setSwing(json: unknown, typed: number | string): void {
  if (!isRecord(json)) return;
  if (json.analytics === undefined) json.analytics = {};
  const analytics = json.analytics;
  if (!isRecord(analytics)) return;
  writeOptionalNumber(analytics, 'swing', typed);
  if (Object.keys(analytics).length === 0) delete json.analytics;
}
