import type { RosterProgress } from "@throughline/domain/oneroster/input";
import type { ProgressStore } from "./progress-store.ts";

const KEEP_FINISHED_MS = 5 * 60_000;

/** Progress in this process's memory: only right where there is one process (see the chooser). */
export class MemoryProgressStore implements ProgressStore {
  private readonly entries = new Map<string, RosterProgress>();

  async start(importId: string, total: number): Promise<void> {
    this.entries.set(importId, { done: 0, total, finished: false });
  }

  async set(importId: string, done: number): Promise<void> {
    const entry = this.entries.get(importId);
    if (entry) entry.done = Math.min(done, entry.total);
  }

  async finish(importId: string): Promise<void> {
    const entry = this.entries.get(importId);
    if (entry) {
      entry.done = entry.total;
      entry.finished = true;
    }
    setTimeout(() => this.entries.delete(importId), KEEP_FINISHED_MS).unref();
  }

  async drop(importId: string): Promise<void> {
    this.entries.delete(importId);
  }

  async read(importId: string): Promise<RosterProgress | null> {
    const entry = this.entries.get(importId);
    return entry ? { ...entry } : null;
  }
}
