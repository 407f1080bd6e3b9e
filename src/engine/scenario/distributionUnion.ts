import { z } from 'zod';
import {
  DISTRIBUTION_KIND_IDS, kindEntry, type DistributionInput, type KindParam, type ParamBounds,
} from '../distributions/kinds.js';

/**
 * A zod number within a parameter's bounds: `.min` or, for an exclusive lower end, `.gt`,
 * then `.max`.
 *
 * @example
 * numberWithin({ min: 0, exclusiveMin: true, max: 1e15 }).safeParse(0).success; // false
 */
export function numberWithin(bounds: ParamBounds): z.ZodNumber {
  const n = z.number();
  return (bounds.exclusiveMin ? n.gt(bounds.min) : n.min(bounds.min)).max(bounds.max);
}

/**
 * The schema of a distribution parameter, built from `DISTRIBUTION_KINDS`: the plain kind
 * as a number or `{ value, source }`, then one strict object a family, tagged by `dist`, in
 * the registry's order. A family's fields are the parameters of its forms in their order
 * (a name shared by two forms once, where both put it); a field is required when every
 * form requires it (so each lognormal field is optional: which form it is, the
 * cross-field rules decide). `source` is the schema of a citation.
 *
 * @example
 * distributionUnion(z.string()).safeParse({ dist: 'beta', alpha: 2, beta: 3 }).success; // true
 */
export function distributionUnion(source: z.ZodString): z.ZodType<DistributionInput, DistributionInput> {
  const plain = DISTRIBUTION_KIND_IDS.filter((kind) => kindEntry(kind).plain);
  const families = [...new Set(DISTRIBUTION_KIND_IDS.filter((kind) => !kindEntry(kind).plain).map((kind) => kindEntry(kind).family))];
  const plainSchemas = plain.flatMap((kind) => kindEntry(kind).params.flatMap((param) => {
    const value = numberWithin(param.bounds);
    return [value, z.strictObject({ [param.name]: value, source: source.optional() })];
  }));
  const tagged = families.map((family) => {
    const forms = DISTRIBUTION_KIND_IDS.filter((kind) => kindEntry(kind).family === family).map(kindEntry);
    const fields: Record<string, z.ZodType> = { dist: z.literal(family) };
    for (const param of mergeParams(forms.map((form) => form.params))) {
      const required = forms.every((form) => form.params.some((p) => p.name === param.name && !p.optional));
      let field: z.ZodType = numberWithin(param.bounds);
      if (!required) field = field.optional();
      if (param.description !== undefined) field = field.describe(param.description);
      fields[param.name] = field;
    }
    fields.source = source.optional();
    return z.strictObject(fields).describe(forms[0].description);
  });
  const union = z.union([...plainSchemas, z.discriminatedUnion('dist', tagged as [z.ZodObject, ...z.ZodObject[]])]);
  return union as unknown as z.ZodType<DistributionInput, DistributionInput>;
}

/**
 * The parameters of several forms as one list, each name once (its first statement, for
 * its bounds and description), in an order that keeps every form's: a name new to the
 * list goes just before the next of its form's names already there, else at the end.
 */
function mergeParams(lists: readonly (readonly KindParam[])[]): KindParam[] {
  const merged: KindParam[] = [];
  for (const list of lists) {
    list.forEach((param, i) => {
      if (merged.some((p) => p.name === param.name)) return;
      const later = list.slice(i + 1).map((p) => merged.findIndex((m) => m.name === p.name)).find((at) => at >= 0);
      merged.splice(later ?? merged.length, 0, param);
    });
  }
  return merged;
}
