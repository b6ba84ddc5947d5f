import { Hono } from "hono";
import { ssoRefusedPage } from "./refused-page.ts";

/** `/sso/refused`: the page a refused single sign-on lands on (see refused-page.ts). */
export function ssoRoutes(): Hono {
  const routes = new Hono();
  routes.get("/refused", (c) => {
    const page = ssoRefusedPage({ error: c.req.query("error"), app: c.req.query("app") });
    c.header("Cache-Control", "no-store");
    return c.html(page.html, page.status);
  });
  return routes;
}
