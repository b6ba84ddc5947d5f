import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { launchChromium, openSignedIn } from "./browser.ts";
import { type RunningServer, removeDataDir, startBuiltServer } from "./running-server.ts";

type ServerOptions = Parameters<typeof startBuiltServer>[0];
type App = "teacher" | "coach" | "admin";

/** The built server and Chromium of one browser-test file, and the contexts it opened. */
export interface BrowserTestRun {
  /** The server (started in beforeAll: read it inside tests and hooks). */
  readonly server: RunningServer;
  readonly browser: Browser;
  /** Stops the server and starts it again on the same data folder (and a new port). */
  restartServer(): Promise<RunningServer>;
  /** Closes `context` with the run. */
  keep(context: BrowserContext): BrowserContext;
  /** A new context on the server's address, closed with the run. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /**
   * A context and page of their own for each test of the file, opened before it (the previous
   * test's closed first): read them inside tests.
   */
  pagePerTest(): PagePerTest;
  /** A context signed in to one app as one seeded person, closed with the run. */
  signedIn(
    app: App,
    email: string,
    context?: BrowserContextOptions,
  ): Promise<{ context: BrowserContext; page: Page }>;
}

/** The page of the test under way, and its context. */
interface PagePerTest {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Closes this test's context and opens a new one, as a new browser session would. */
  renew(): Promise<void>;
}

/**
 * The one browser-test fixture: a test file calls it once at its top, and the built server and
 * Chromium start before its first test and stop after its last, with every context it opened
 * closed and the server's data folder removed. One server per file keeps the suite's time down.
 * `options` may be a function, called when the server starts, for settings known only once the
 * file's earlier `beforeAll` hooks have run (the address of a test identity provider, say).
 */
export function serverAndBrowserPerFile(
  options?: ServerOptions | (() => ServerOptions),
): BrowserTestRun {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let serverOptions: ServerOptions | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    serverOptions = typeof options === "function" ? options() : options;
    server = await startBuiltServer(serverOptions);
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  function started<T>(value: T | undefined, what: string): T {
    if (value === undefined) throw new Error(`The ${what} starts before the first test.`);
    return value;
  }

  const run: BrowserTestRun = {
    get server() {
      return started(server, "server");
    },
    get browser() {
      return started(browser, "browser");
    },
    async restartServer() {
      const { dataDir } = run.server;
      await run.server.stop();
      server = await startBuiltServer({ ...serverOptions, dataDir });
      return server;
    },
    keep(context) {
      contexts.push(context);
      return context;
    },
    async newContext(contextOptions) {
      return run.keep(await run.browser.newContext({ ...contextOptions, baseURL: run.server.url }));
    },
    pagePerTest() {
      let current: { context: BrowserContext; page: Page } | undefined;
      const renew = async () => {
        await current?.context.close();
        const context = await run.newContext();
        current = { context, page: await context.newPage() };
      };
      beforeEach(renew);
      return {
        get context() {
          return started(current, "test's page").context;
        },
        get page() {
          return started(current, "test's page").page;
        },
        renew,
      };
    },
    async signedIn(app, email, context) {
      const opened = await openSignedIn(run.browser, {
        baseUrl: run.server.url,
        app,
        email,
        context,
      });
      run.keep(opened.context);
      return opened;
    },
  };
  return run;
}
