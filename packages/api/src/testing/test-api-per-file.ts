import { afterAll, beforeAll } from "vitest";
import { createTestApi, type TestApi } from "./test-api.ts";

/**
 * The test API of one test file: started on its own database (seeded unless told not to) before the file's first
 * test, closed after its last. Set-up that needs the API goes in a `beforeAll` registered after
 * this call (vitest runs them in order).
 */
export function testApiPerFile(options?: Parameters<typeof createTestApi>[0]) {
  let api: TestApi | undefined;
  beforeAll(async () => {
    api = await createTestApi(options);
  });
  afterAll(() => api?.close());

  const open = () => {
    if (!api) throw new Error("The test API starts before the first test.");
    return api;
  };
  return {
    get db() {
      return open().db;
    },
    get kind() {
      return open().kind;
    },
    get auth() {
      return open().auth;
    },
    anonymous: () => open().anonymous(),
    requestContext: (headers: Headers) => open().requestContext(headers),
    callerFor: (email: string) => open().callerFor(email),
    sessionCookieFor: (email: string, password?: string) =>
      open().sessionCookieFor(email, password),
  };
}
