/**
 * A loss picked on the chart (a grid point, dragged or stepped to) as a tolerance's loss
 * a person would write: 3 significant digits. The exceedance grid's points are about 7%
 * apart, so the rounded loss is still nearest its grid point and the arrow keys still
 * step from point to point.
 *
 * @example
 * toleranceLoss(4824108.704123); // 4820000
 */
export function toleranceLoss(loss: number): number {
  return Number.isFinite(loss) && loss > 0 ? Number(loss.toPrecision(3)) : loss;
}
