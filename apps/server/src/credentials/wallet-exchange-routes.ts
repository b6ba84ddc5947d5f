import { answerWalletExchange, walletLinks } from "@throughline/api/credentials/wallet-exchange";
import type { Database } from "@throughline/db/client";
import { findDistrictBySlug } from "@throughline/db/queries/districts/public-district";
import { withTenant } from "@throughline/db/tenant";
import { Hono } from "hono";

interface WalletExchangeDeps {
  db: Database;
  publicUrl: string;
  secret: string;
}

/** A token is 32 random bytes, base64url: anything else is not one of ours. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * `POST /districts/:slug/exchanges/:token`: the VC-API exchange a wallet opens from an earner's
 * "Add to wallet" link. Public (the wallet has no session): the one-time token is the
 * permission, and the DIDAuth presentation the wallet signs says whom to issue the badge to.
 */
export function walletExchangeRoutes(deps: WalletExchangeDeps): Hono {
  const routes = new Hono();

  routes.post("/:slug/exchanges/:token", async (c) => {
    const token = c.req.param("token");
    const target = await findDistrictBySlug(deps.db, c.req.param("slug"));
    if (!target || !TOKEN.test(token)) return c.json({ error: "Not found" }, 404);
    let body: unknown = {};
    const text = await c.req.text();
    if (text.trim() !== "") {
      try {
        body = JSON.parse(text);
      } catch {
        return c.json({ error: "The request body is not JSON." }, 400);
      }
    }
    const { exchangeUrl } = walletLinks(deps.publicUrl, target.slug, token);
    const answer = await withTenant(deps.db, target.id, (tx) =>
      answerWalletExchange(
        tx,
        { districtId: target.id, token, body, exchangeUrl, now: new Date() },
        { publicUrl: deps.publicUrl, secret: deps.secret },
      ),
    );
    c.header("Cache-Control", "no-store");
    return c.json(answer.body, answer.status);
  });

  return routes;
}
