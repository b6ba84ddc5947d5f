import type { Transaction } from "@throughline/db/tenant";
import { accessScopeOf } from "@throughline/domain/rules/access-scope";
import type { SessionMembership, TenantScope } from "./session.ts";

/**
 * A query that needs only the viewer (`viewer.me`) should cost the session lookup alone, not a
 * `begin … commit` around nothing. So a query first runs with a stand-in `ctx.tx`; if the
 * procedure finishes without touching it, its answer stands and no transaction was opened. The
 * moment it touches it, that run is abandoned and the procedure runs again in the real tenant
 * transaction, so every statement still runs as the application role with the district set and
 * forced row security. Only queries run this way: they write nothing, so running the part
 * before their first read twice changes nothing. Mutations, and sessions whose viewer was not
 * read with the session, open the transaction at once.
 *
 * The stand-in answers every use with itself and never settles when awaited, rather than
 * throwing: a procedure that starts several reads before awaiting them would otherwise leave
 * rejected promises nobody handles. The abandoned run is left pending and collected.
 */
export function scopeWithoutTransaction(
  membership: Extract<SessionMembership, { ok: true }>,
): { scope: TenantScope; touched: Promise<"touched">; wasTouched: () => boolean } | null {
  const { viewer, districtId, personId } = membership;
  if (!viewer) return null;
  let wasTouched = false;
  let markTouched: (value: "touched") => void = () => undefined;
  const touched = new Promise<"touched">((resolve) => {
    markTouched = resolve;
  });
  const standIn: Transaction = new Proxy(function standInTransaction() {}, {
    get(_target, property) {
      wasTouched = true;
      markTouched("touched");
      // Awaiting any query built on the stand-in waits forever: that run is abandoned.
      return property === "then" ? () => undefined : standIn;
    },
    apply() {
      wasTouched = true;
      markTouched("touched");
      return standIn;
    },
  }) as unknown as Transaction;
  return {
    scope: { tx: standIn, viewer, scope: accessScopeOf(viewer), districtId, personId },
    touched,
    wasTouched: () => wasTouched,
  };
}
