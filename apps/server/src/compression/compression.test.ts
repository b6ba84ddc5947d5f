import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// A relative path, as home-page-preloads.ts imports it: build code shared with the apps.
import { HOME_QUERIES, queryBatchAddress } from "../../../../packages/ui/vite/first-requests.ts";
import { serveBuiltApp } from "../static-apps.ts";
import { compressJson } from "./compress-json.ts";

const script = `export const greeting = "${"hello ".repeat(400)}";\n`;
const html = `<!doctype html><html><head><script type="module" src="/teacher/assets/index-Ab12_-yZ.js"></script></head><body>${"<p>page</p>".repeat(200)}</body></html>`;

let dist: string;
let app: Hono;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), "built-app-"));
  await mkdir(join(dist, "assets"));
  const files: Record<string, string | Buffer> = {
    "index.html": html,
    "index.html.br": brotliCompressSync(html),
    "index.html.gz": gzipSync(html),
    "assets/index-Ab12_-yZ.js": script,
    "assets/index-Ab12_-yZ.js.br": brotliCompressSync(script),
    "assets/index-Ab12_-yZ.js.gz": gzipSync(script),
    "assets/tiny-Cd34efGh.css": "a{}",
    "favicon.svg": "<svg/>",
    ".bundle-report.json": '{"chunks":[]}',
  };
  for (const [name, content] of Object.entries(files)) await writeFile(join(dist, name), content);
  app = new Hono();
  await serveBuiltApp(app, "teacher", dist);
});
afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

const asset = "/teacher/assets/index-Ab12_-yZ.js";

describe("built apps", () => {
  it("sends the brotli copy to a browser that accepts it, and says it varies by encoding", async () => {
    const response = await app.request(asset, {
      headers: { "Accept-Encoding": "gzip, deflate, br" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const body = Buffer.from(await response.arrayBuffer());
    expect(brotliDecompressSync(body).toString()).toBe(script);
  });

  it("sends gzip when brotli is not accepted, and the file as it is when nothing is", async () => {
    const gzip = await app.request(asset, { headers: { "Accept-Encoding": "gzip, br;q=0" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(script);
    const plain = await app.request(asset);
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toBe("Accept-Encoding");
    expect(await plain.text()).toBe(script);
  });

  it("lets browsers keep hashed assets for a year, and check index.html each time", async () => {
    const hashed = await app.request(asset);
    expect(hashed.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const css = await app.request("/teacher/assets/tiny-Cd34efGh.css");
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(css.headers.get("content-encoding")).toBeNull();
    const page = await app.request("/teacher/meetings/42", {
      headers: { "Accept-Encoding": "br" },
    });
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-encoding")).toBe("br");
    expect(brotliDecompressSync(Buffer.from(await page.arrayBuffer())).toString()).toBe(html);
    const icon = await app.request("/teacher/favicon.svg");
    expect(icon.headers.get("cache-control")).toBe("no-cache");
  });

  it("answers 304 to a browser that already has index.html", async () => {
    const first = await app.request("/teacher/");
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await app.request("/teacher/", { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status).toBe(304);
  });

  it("has a signed-in browser ask for the home page's data with the page, and nobody else", async () => {
    const signedIn = { Cookie: "theme=x; better-auth.session_token=abc.def" };
    const home = await app.request("/teacher/", { headers: signedIn });
    expect(home.headers.get("link")).toBe(
      `<${queryBatchAddress(HOME_QUERIES.teacher)}>; rel=preload; as=fetch; crossorigin=use-credentials`,
    );
    expect((await app.request("/teacher/")).headers.get("link")).toBeNull();
    expect(
      (
        await app.request("/teacher/", { headers: { Cookie: "not-better-auth.session_token=x" } })
      ).headers.get("link"),
    ).toBeNull();
    expect(
      (await app.request("/teacher/people", { headers: signedIn })).headers.get("link"),
    ).toBeNull();
  });

  it("never serves the build's dotfiles, and a missing asset is a 404, not HTML", async () => {
    const report = await app.request("/teacher/.bundle-report.json");
    expect(await report.text()).toBe(html);
    const missing = await app.request("/teacher/assets/gone-Zz99zz99.js");
    expect(missing.status).toBe(404);
  });
});

describe("JSON answers", () => {
  const big = { rows: Array.from({ length: 200 }, (_, index) => ({ index, name: "teacher" })) };
  const api = new Hono();
  api.use("/trpc/*", compressJson());
  api.get("/trpc/big", (c) => c.json(big));
  api.get("/trpc/small", (c) => c.json({ ok: true }));

  it("are compressed from a kilobyte up, with brotli when accepted", async () => {
    const response = await api.request("/trpc/big", { headers: { "Accept-Encoding": "gzip, br" } });
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBeLessThan(JSON.stringify(big).length / 4);
    expect(JSON.parse(brotliDecompressSync(body).toString())).toEqual(big);
    const gzip = await api.request("/trpc/big", { headers: { "Accept-Encoding": "gzip" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
  });

  it("go out as they are when small, not accepted compressed, or streamed", async () => {
    const small = await api.request("/trpc/small", { headers: { "Accept-Encoding": "br" } });
    expect(small.headers.get("content-encoding")).toBeNull();
    expect(await small.json()).toEqual({ ok: true });
    const plain = await api.request("/trpc/big");
    expect(plain.headers.get("content-encoding")).toBeNull();
    const streamed = await api.request("/trpc/big", {
      headers: { "Accept-Encoding": "br", "trpc-accept": "application/jsonl" },
    });
    expect(streamed.headers.get("content-encoding")).toBeNull();
  });
});
