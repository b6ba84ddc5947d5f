import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { getRequestListener } from "@hono/node-server";
import { createTestApi, TEST_PUBLIC_URL, type TestApi } from "@throughline/api/testing/test-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerApp, requestContextDepsOf } from "../app.ts";
import { createLogger } from "../logger.ts";
import { securityHeadersFor } from "../security/security-headers.ts";
import { testServerDeps } from "../testing/test-server.ts";
import { withDirectQueries } from "./direct-query-listener.ts";

/*
 * The same requests to two servers on one app: `hono`, the Hono pipeline alone (what answered
 * every request before), and `direct`, the same pipeline behind `withDirectQueries`. Every
 * answer must be the same bytes with the same headers; `fellThrough` counts the requests the
 * direct server handed to Hono, so a test also shows which path answered.
 */

let api: TestApi;
let hono: Server;
let direct: Server;
let fellThrough = 0;
const logLines: Array<Record<string, unknown>> = [];
let cookie: string;

function listen(listener: RequestListener): Promise<Server> {
  const server = createServer(listener);
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function urlOf(server: Server, path: string): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
}

beforeAll(async () => {
  api = await createTestApi();
  const logger = createLogger(
    { LOG_LEVEL: "info" },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  );
  const deps = testServerDeps(api, api.auth, { logger });
  const contextDeps = requestContextDepsOf(deps);
  const app = await createServerApp(deps, contextDeps);
  const honoListener = getRequestListener(app.fetch);
  hono = await listen(honoListener);
  const counted: RequestListener = (incoming, outgoing) => {
    fellThrough += 1;
    honoListener(incoming, outgoing);
  };
  const securityHeaders = securityHeadersFor({ publicUrl: TEST_PUBLIC_URL });
  direct = await listen(withDirectQueries({ contextDeps, logger, securityHeaders }, counted));
  cookie = await api.sessionCookieFor("teacher@maplevalley.test");
});

afterAll(async () => {
  hono?.close();
  direct?.close();
  await api?.close();
});

/** Headers that differ between any two answers (the time, the request's own id, the socket). */
const PER_ANSWER = new Set(["date", "x-request-id", "connection", "keep-alive"]);

async function answerOf(server: Server, path: string, headers: Record<string, string>) {
  const response = await fetch(urlOf(server, path), { headers: { cookie, ...headers } });
  const body = Buffer.from(await response.arrayBuffer());
  const kept = [...response.headers].filter(([name]) => !PER_ANSWER.has(name)).sort();
  return { status: response.status, headers: kept, body: body.toString("base64") };
}

async function bothAnswers(path: string, headers: Record<string, string> = {}) {
  const viaHono = await answerOf(hono, path, headers);
  const before = fellThrough;
  const viaDirect = await answerOf(direct, path, headers);
  return { viaHono, viaDirect, answeredDirectly: fellThrough === before };
}

const batchOfOne = (input: unknown) =>
  `batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { json: input } }))}`;

describe("a GET of queries answered directly", () => {
  it.each([
    ["viewer.me, as the apps' preload asks it", `/trpc/viewer.me?${batchOfOne(null)}`],
    ["viewer.me, unbatched", "/trpc/viewer.me"],
    ["the teacher's home", `/trpc/teacher.home?${batchOfOne(null)}`],
    ["the framework's stages", "/trpc/framework.stages"],
    ["a batch of two", "/trpc/viewer.me,framework.stages?batch=1&input=%7B%7D"],
    [
      "the teacher home's first batch, as the app asks it",
      `/trpc/teacher.home,sessionFeedback.pending?batch=1&input=${encodeURIComponent(
        JSON.stringify({
          0: { json: null, meta: { values: ["undefined"], v: 1 } },
          1: { json: null, meta: { values: ["undefined"], v: 1 } },
        }),
      )}`,
    ],
  ])("%s: the same status, headers and bytes as the full pipeline", async (_label, path) => {
    const { viaHono, viaDirect, answeredDirectly } = await bothAnswers(path);
    expect(viaDirect).toEqual(viaHono);
    expect(viaDirect.status).toBe(200);
    expect(answeredDirectly).toBe(true);
  });

  it("compresses a large answer as the pipeline does, brotli or gzip by Accept-Encoding", async () => {
    for (const encoding of ["br", "gzip", "gzip;q=0, identity"]) {
      const { viaHono, viaDirect, answeredDirectly } = await bothAnswers("/trpc/teacher.home", {
        "accept-encoding": encoding,
      });
      expect(viaDirect).toEqual(viaHono);
      expect(answeredDirectly).toBe(true);
    }
    const { viaDirect } = await bothAnswers("/trpc/teacher.home", { "accept-encoding": "br" });
    expect(viaDirect.headers).toContainEqual(["content-encoding", "br"]);
  });

  it("decodes input as tRPC does, and passes a bad one to the pipeline for its error", async () => {
    const stages = await (
      await fetch(urlOf(direct, "/trpc/framework.stages"), { headers: { cookie } })
    ).json();
    const stageId = (stages as { result: { data: { json: Array<{ id: string }> } } }).result.data
      .json[0]?.id;
    const good = await bothAnswers(`/trpc/framework.stage?${batchOfOne({ stageId })}`);
    expect(good.viaDirect).toEqual(good.viaHono);
    expect(good.viaDirect.status).toBe(200);
    expect(good.answeredDirectly).toBe(true);

    for (const input of [
      batchOfOne({ stageId: "not-an-id" }),
      "batch=1&input=%7Bnot-json",
      "input=7",
    ]) {
      const bad = await bothAnswers(`/trpc/framework.stage?${input}`);
      expect(bad.viaDirect).toEqual(bad.viaHono);
      expect(bad.viaDirect.status).toBe(400);
      expect(bad.answeredDirectly).toBe(false);
    }
  });

  it("leaves signed-out requests, mutations, failing batches and unknown paths to the pipeline", async () => {
    const cases: Array<[string, Record<string, string>, number]> = [
      ["/trpc/viewer.me", { cookie: "" }, 401],
      ["/trpc/notifications.markAllRead", {}, 405],
      ["/trpc/viewer.me,framework.stages", {}, 404],
      [
        `/trpc/viewer.me,framework.stage?${batchOfOne(null).replace("%220%22", "%221%22")}`,
        {},
        207,
      ],
      ["/trpc/viewer.me,notifications.markAllRead?batch=1&input=%7B%7D", {}, 400],
      ["/trpc/no.such", {}, 404],
      ["/trpc/constructor", {}, 404],
    ];
    for (const [path, headers, status] of cases) {
      const { viaHono, viaDirect, answeredDirectly } = await bothAnswers(path, headers);
      expect(viaDirect).toEqual(viaHono);
      expect(viaDirect.status).toBe(status);
      expect(answeredDirectly).toBe(false);
    }
  });

  it("logs one line per request with its district and person, as the pipeline does", async () => {
    logLines.length = 0;
    const response = await fetch(urlOf(direct, "/trpc/viewer.me"), {
      headers: { cookie, "x-request-id": "trace-1" },
    });
    expect(response.headers.get("x-request-id")).toBe("trace-1");
    const line = logLines.find((entry) => entry.msg === "request");
    expect(line).toMatchObject({
      method: "GET",
      path: "/trpc/viewer.me",
      status: 200,
      requestId: "trace-1",
      districtId: expect.any(String),
      personId: expect.any(String),
    });
  });
});
