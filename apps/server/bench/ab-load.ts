import { Agent, request } from "node:http";

/*
 * A/B load: the platform and the bare handler take turns in short rounds (A B, then B A, …) at
 * the same concurrency, so whatever else the machine is doing at a moment lands on both sides
 * about equally. Each side's latencies and busy time are summed over its rounds.
 */

export interface Endpoint {
  url: string;
  headers?: Record<string, string>;
  /** The answering process's processor time so far, in ms (to report it per request). */
  processorMs?: () => number;
}

export interface LoadOptions {
  concurrency: number;
  /** Total measured time per side; split into rounds of `roundMs`. */
  durationMs: number;
  roundMs: number;
  /** Unmeasured requests one at a time per side first (JIT, pools, plan caches), at least one. */
  warmupMs: number;
}

export interface SideFigures {
  requests: number;
  /** Answers other than 200 (not in the latencies); the first one's status and text. */
  failed: number;
  firstFailure: string | null;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /**
   * The answering process's processor time per answered request, in ms (null when unknown):
   * a load-independent measure of its own cost, unlike req/s on a shared machine.
   */
  processorMsPerRequest: number | null;
}

export interface AbFigures {
  platform: SideFigures;
  bare: SideFigures;
  /** platform req/s ÷ bare req/s. */
  ratio: number;
}

interface Side {
  endpoint: Endpoint;
  agent: Agent;
  latencies: number[];
  busyMs: number;
  processorMs: number;
  failed: number;
  firstFailure: string | null;
}

/** One GET, body read in full; rejects on anything but 200. */
export function get(endpoint: Endpoint, agent?: Agent): Promise<void> {
  return new Promise((resolve, reject) => {
    const outgoing = request(endpoint.url, { agent, headers: endpoint.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        if (response.statusCode === 200) return resolve();
        const body = Buffer.concat(chunks).toString().slice(0, 300);
        reject(new Error(`GET ${endpoint.url} answered ${response.statusCode}: ${body}`));
      });
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

/** `concurrency` callers back to back until the deadline; returns the round's wall time. */
async function round(
  side: Side,
  concurrency: number,
  ms: number,
  record: boolean,
): Promise<number> {
  const started = performance.now();
  const processorBefore = side.endpoint.processorMs?.();
  const deadline = started + ms;
  async function caller(): Promise<void> {
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        await get(side.endpoint, side.agent);
        if (record) side.latencies.push(performance.now() - sent);
      } catch (error) {
        // A timeout or a 503 under load is a finding to report, not a reason to stop.
        side.failed += 1;
        side.firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, caller));
  const processorAfter = side.endpoint.processorMs?.();
  if (record && processorBefore !== undefined && processorAfter !== undefined) {
    side.processorMs += processorAfter - processorBefore;
  }
  return performance.now() - started;
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function figuresOf(side: Side): SideFigures {
  const sorted = [...side.latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    failed: side.failed,
    firstFailure: side.firstFailure,
    perSecond: sorted.length / (side.busyMs / 1000),
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    processorMsPerRequest:
      side.endpoint.processorMs && sorted.length > 0 ? side.processorMs / sorted.length : null,
  };
}

function sideFor(endpoint: Endpoint, concurrency: number): Side {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  return {
    endpoint,
    agent,
    latencies: [],
    busyMs: 0,
    processorMs: 0,
    failed: 0,
    firstFailure: null,
  };
}

/** The two sides of one figure, alternating; failed requests are counted, not timed. */
export async function measureAb(
  platform: Endpoint,
  bare: Endpoint,
  options: LoadOptions,
): Promise<AbFigures> {
  const [platformFigures, bareFigures] = await measureInTurns([platform, bare], options);
  if (!platformFigures || !bareFigures) throw new Error("Two sides measured, two figures.");
  return {
    platform: platformFigures,
    bare: bareFigures,
    ratio: bareFigures.perSecond > 0 ? platformFigures.perSecond / bareFigures.perSecond : 0,
  };
}

/**
 * Any number of sides taking turns in rounds, the order turning each time (A B C, B C A, …) so
 * no side always runs right after the same other; one figure per side, in the order given.
 */
export async function measureInTurns(
  endpoints: readonly Endpoint[],
  options: LoadOptions,
): Promise<SideFigures[]> {
  const sides = endpoints.map((endpoint) => sideFor(endpoint, options.concurrency));
  try {
    for (const side of sides) await round(side, 1, options.warmupMs, false);
    // Until each side has been measured for the duration; a request slower than a round makes
    // its round as long as the request, so a slow figure takes fewer rounds, not forever.
    for (let index = 0; sides.some((side) => side.busyMs < options.durationMs); index += 1) {
      const shift = index % sides.length;
      const order = [...sides.slice(shift), ...sides.slice(0, shift)];
      for (const side of order) {
        side.busyMs += await round(side, options.concurrency, options.roundMs, true);
      }
    }
  } finally {
    for (const side of sides) side.agent.destroy();
  }
  return sides.map(figuresOf);
}
