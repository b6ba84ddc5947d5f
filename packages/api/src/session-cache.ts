import type { DatabaseHandle } from "@throughline/db/client";
import type { SessionViewer } from "@throughline/db/queries/accounts/session-viewer";
import { listenForViewerChanges } from "@throughline/db/queries/accounts/viewer-changes";

/** How many sessions one process keeps at most; the oldest kept goes first when full. */
const MAX_KEPT_SESSIONS = 20_000;

/**
 * The sessions' viewers a server process on PostgreSQL keeps for a short while, so that a
 * signed-in request costs no statement for its session: `viewer.me` then sends none at all, and
 * a page's data one fewer round trip. It keeps a viewer only while it hears every change that
 * could make it wrong: PostgreSQL notifies each committed change to a session, person, role,
 * school, district or team (migration 0039), from any process, and on each notice everything
 * kept is forgotten. A lookup that started before a notice is not kept after it (the
 * generation), and whenever the listening connection (re)starts everything is forgotten, since
 * notices sent while it was closed are lost. `ttlMs` bounds what a lost notice could cost.
 * Signing out, deactivation and a role taken away therefore hold as soon as the notice arrives
 * (milliseconds; `session-cache.test.ts` measures it), not only when the kept copy ages out.
 */
export class SessionCache {
  private readonly kept = new Map<string, { found: SessionViewer; untilMs: number }>();
  private generation = 0;
  private listening = false;

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The kept session for a (signature-checked) token, or undefined to look it up. */
  read(token: string): SessionViewer | undefined {
    const entry = this.kept.get(token);
    if (!entry) return undefined;
    if (entry.untilMs > this.now()) return entry.found;
    this.kept.delete(token);
    return undefined;
  }

  /** Looks the session up with `load` and keeps it when nothing changed in the meantime. */
  async lookUp(
    token: string,
    load: () => Promise<SessionViewer | null>,
  ): Promise<SessionViewer | null> {
    const generation = this.generation;
    const found = await load();
    // Only a session with an active person is kept: the others go through slower paths.
    if (found?.viewer && this.listening && generation === this.generation) {
      if (this.kept.size >= MAX_KEPT_SESSIONS) {
        const oldest = this.kept.keys().next().value;
        if (oldest !== undefined) this.kept.delete(oldest);
      }
      const untilMs = Math.min(this.now() + this.ttlMs, found.expiresAtMs);
      this.kept.set(token, { found, untilMs });
    }
    return found;
  }

  /** Something a kept viewer was read from changed: forget them all. */
  forgetAll(): void {
    this.generation += 1;
    this.kept.clear();
  }

  /** The listening connection (re)started: notices may have been missed, so start afresh. */
  listeningStarted(): void {
    this.forgetAll();
    this.listening = true;
  }

  stopped(): void {
    this.listening = false;
    this.forgetAll();
  }

  /** How many sessions are kept now (for tests and the benchmark's report). */
  get size(): number {
    return this.kept.size;
  }
}

/**
 * A session cache listening to `handle`'s change notices, or null where it cannot listen (the
 * embedded database, one process whose lookups are in-process anyway) or `ttlSeconds` is 0.
 */
export async function startSessionCache(
  handle: DatabaseHandle,
  ttlSeconds: number,
): Promise<{ cache: SessionCache; stop(): Promise<void> } | null> {
  if (ttlSeconds <= 0) return null;
  const cache = new SessionCache(ttlSeconds * 1000);
  const listening = await listenForViewerChanges(
    handle,
    () => cache.forgetAll(),
    () => cache.listeningStarted(),
  );
  if (!listening) return null;
  return {
    cache,
    async stop() {
      cache.stopped();
      await listening.stop();
    },
  };
}
