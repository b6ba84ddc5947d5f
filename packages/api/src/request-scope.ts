import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Who a request is for, as far as it is known yet: the server opens a scope per request (with
 * its id) and session resolution fills in the district and the person, so every log line the
 * request writes can name them without passing a logger through every call.
 */
export interface RequestScope {
  requestId: string;
  districtId?: string;
  personId?: string;
}

const scopes = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return scopes.run(scope, fn);
}

export function currentRequestScope(): RequestScope | undefined {
  return scopes.getStore();
}

/** Records the person acting on the current request (a no-op outside a request). */
export function identifyRequest(who: { districtId: string; personId: string }): void {
  const scope = scopes.getStore();
  if (!scope) return;
  scope.districtId = who.districtId;
  scope.personId = who.personId;
}
