import { readFile } from "node:fs/promises";
import { Hono } from "hono";

/** The product mark as a PNG: emails show it (mail clients do not render SVG). */
export const BRAND_MARK_PATH = "/brand/throughline-mark.png";

/** Serves the brand images emails link to; public and long-cached, they never change in place. */
export async function brandAssetRoutes(): Promise<Hono> {
  const mark = await readFile(new URL("../assets/throughline-mark.png", import.meta.url));
  const routes = new Hono();
  routes.get("/throughline-mark.png", (c) => {
    c.header("Content-Type", "image/png");
    c.header("Cache-Control", "public, max-age=86400");
    c.header("X-Content-Type-Options", "nosniff");
    return c.body(new Uint8Array(mark));
  });
  return routes;
}
