import * as v from 'valibot';
import { MAX_COLLECTED_ISSUES } from './contract-error.js';

/** What {@link boundedSafeParse} returns. */
export type BoundedParseResult<TSchema extends v.GenericSchema> =
  | { readonly success: true; readonly output: v.InferOutput<TSchema> }
  | {
      readonly success: false;
      /** The issues found, at most about `limit` of them. */
      readonly issues: readonly v.InferIssue<TSchema>[];
      /** `true` when valibot stopped at the limit, so the input may hold more issues. */
      readonly incomplete: boolean;
    };

/**
 * Like `v.safeParse`, but stops collecting issues once about `limit` were found, so a
 * document whose `required_checks` holds half a million wrong items costs a thousand
 * issues, not half a million. Valibot has no issue limit, only `abortEarly` (stop at the
 * first); this passes a configuration whose `abortEarly` turns true once `limit` issues
 * were reported. Valibot reads the configuration's `lang` once for each issue it reports,
 * and `abortEarly` after each failing item or key of an array or object, which is what
 * lets it stop (a test pins this for the valibot version in use).
 *
 * @param schema A synchronous valibot schema.
 * @param input The untrusted input.
 * @param limit How many issues to collect before stopping; default {@link MAX_COLLECTED_ISSUES}.
 * @returns The output, or the issues and whether checking stopped early.
 */
export function boundedSafeParse<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  limit: number = MAX_COLLECTED_ISSUES,
): BoundedParseResult<TSchema> {
  const global = v.getGlobalConfig();
  let reported = 0;
  const config = {
    get lang() {
      reported++;
      return global.lang;
    },
    message: global.message,
    get abortEarly() {
      return global.abortEarly === true || reported >= limit;
    },
    abortPipeEarly: global.abortPipeEarly,
  };
  const dataset = schema['~run']({ value: input }, config as v.Config<v.InferIssue<TSchema>>);
  if (!dataset.issues) return { success: true, output: dataset.value as v.InferOutput<TSchema> };
  return {
    success: false,
    issues: dataset.issues as v.InferIssue<TSchema>[],
    incomplete: reported >= limit,
  };
}
