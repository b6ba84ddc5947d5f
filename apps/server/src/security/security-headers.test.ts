import { createHash } from "node:crypto";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { inlineScript, inlineStyle } from "./inline-assets.ts";
import { securityHeaders, securityHeadersFor } from "./security-headers.ts";

/*
 * Each kind of response's Content-Security-Policy is built once and kept: a server page noting
 * an inline block it had not written before must still be allowed on its very next response,
 * and a route's own policy or resource policy is never overwritten.
 */

const app = new Hono();
app.use(securityHeaders(securityHeadersFor({ publicUrl: "http://localhost:3000" })));
app.get("/page", (c) => c.html(`${inlineStyle(`p { color: ${c.req.query("color")} }`)}<p>Hi</p>`));
app.get("/script", (c) => c.html(inlineScript(`console.log(${JSON.stringify(c.req.query("n"))})`)));
app.get("/own-policy", (c) => {
  c.header("Content-Security-Policy", "default-src 'none'");
  c.header("Cross-Origin-Resource-Policy", "cross-origin");
  return c.text("mine");
});

function hashOf(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

function policyOf(response: Response): string {
  return response.headers.get("content-security-policy") ?? "";
}

describe("the kept Content-Security-Policy", () => {
  it("allows an inline block from the response that first wrote it, and every one after", async () => {
    const first = await app.request("/page?color=teal");
    expect(policyOf(first)).toContain(hashOf("p { color: teal }"));
    const second = await app.request("/page?color=plum");
    expect(policyOf(second)).toContain(hashOf("p { color: plum }"));
    expect(policyOf(second)).toContain(hashOf("p { color: teal }"));
    const script = await app.request("/script?n=1");
    expect(policyOf(script)).toContain(hashOf('console.log("1")'));
    // The same block again keeps the same policy.
    expect(policyOf(await app.request("/script?n=1"))).toBe(policyOf(script));
  });

  it("keeps a route's own policy and resource policy", async () => {
    const response = await app.request("/own-policy");
    expect(policyOf(response)).toBe("default-src 'none'");
    expect(response.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });
});
