/**
 * Picks the worst status of a list.
 *
 * @param statuses The statuses to combine.
 * @param severity The vocabulary ordered from worst to best, e.g. `READINESS_SEVERITY`.
 * @returns The worst status present; the best of `severity` when the list is empty.
 * @throws {TypeError} when a status is not in `severity` (a programming error).
 */
export function rollupStatus<TStatus extends string>(
  statuses: Iterable<TStatus>,
  severity: readonly TStatus[],
): TStatus {
  let worst = severity.length - 1;
  for (const status of statuses) {
    const rank = severity.indexOf(status);
    if (rank === -1)
      throw new TypeError(`status ${JSON.stringify(status)} is not in the vocabulary`);
    if (rank < worst) worst = rank;
  }
  return severity[worst] as TStatus;
}
