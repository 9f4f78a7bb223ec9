/** Injected failures: "the next N requests to service S fail (status / connection reset) or are delayed". */

export const SERVICES = ['fulcio', 'rekor', 'tsa', 'oidc', 'tuf'] as const;
export type Service = (typeof SERVICES)[number];

export interface FailHow {
  /** HTTP status to answer with. Default 503 unless `reset` or only `delayMs` is given. */
  status?: number;
  /** Destroy the connection without an answer. */
  reset?: boolean;
  /** Wait this long first; alone, the request then succeeds (a slow service). */
  delayMs?: number;
}

export type Fault =
  | { kind: 'status'; status: number; delayMs: number }
  | { kind: 'reset'; delayMs: number }
  | { kind: 'delay'; delayMs: number };

const MAX_DELAY_MS = 120_000;

export class FaultQueue {
  private readonly queues = new Map<Service, Fault[]>();

  /** Throws a one-line Error on bad input (the admin endpoint turns it into a 400). */
  add(service: string, count: number, how: FailHow = {}): void {
    if (!(SERVICES as readonly string[]).includes(service)) {
      throw new Error(`service must be one of ${SERVICES.join(', ')}, not ${JSON.stringify(service)}`);
    }
    if (!Number.isInteger(count) || count < 0 || count > 10_000)
      throw new Error('count must be an integer from 0 to 10000');
    const delayMs = how.delayMs ?? 0;
    if (!Number.isInteger(delayMs) || delayMs < 0 || delayMs > MAX_DELAY_MS) {
      throw new Error(`delayMs must be an integer from 0 to ${MAX_DELAY_MS}`);
    }
    if (how.status !== undefined && (!Number.isInteger(how.status) || how.status < 400 || how.status > 599)) {
      throw new Error('status must be an HTTP error status (400-599)');
    }
    const fault: Fault = how.reset
      ? { kind: 'reset', delayMs }
      : how.status === undefined && delayMs > 0
        ? { kind: 'delay', delayMs }
        : { kind: 'status', status: how.status ?? 503, delayMs };
    const queue = this.queues.get(service as Service) ?? [];
    for (let i = 0; i < count; i++) queue.push(fault);
    this.queues.set(service as Service, queue);
  }

  take(service: Service): Fault | undefined {
    return this.queues.get(service)?.shift();
  }
}
