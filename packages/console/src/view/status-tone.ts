/**
 * How a status reads, so views can colour it (always beside the status word, never
 * instead of it): fine, needs attention, the worst of its vocabulary, or not reported.
 */
export type StatusTone = 'ok' | 'attention' | 'worst' | 'none';

/** The vocabulary order a tone is judged by. */
export interface StatusOrder {
  /** The statuses from worst to best. */
  readonly severity: readonly string[];
  /** The statuses that need no attention. */
  readonly satisfied: readonly string[];
}

/**
 * Says how a status reads in its vocabulary.
 *
 * @param order The vocabulary's order.
 * @param status A status, or `null` when nothing reports it.
 * @returns `worst` for the worst status, `ok` for a satisfied one, `none` for `null`,
 *   `attention` otherwise.
 */
export function statusTone(order: StatusOrder, status: string | null): StatusTone {
  if (status === null) return 'none';
  if (status === order.severity[0]) return 'worst';
  return order.satisfied.includes(status) ? 'ok' : 'attention';
}
