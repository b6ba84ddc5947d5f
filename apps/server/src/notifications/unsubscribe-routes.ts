import type { Database } from "@throughline/db/client";
import { turnOffEmailKinds } from "@throughline/db/queries/notifications/outbox";
import { withTenant } from "@throughline/db/tenant";
import { notificationKinds } from "@throughline/domain/notification";
import { Hono } from "hono";
import { escapeHtml, publicPage } from "../public-page.ts";
import { readUnsubscribeToken, type UnsubscribeGrant } from "./unsubscribe-token.ts";

interface UnsubscribeRouteDeps {
  db: Database;
  /** Signs and checks the links; the server's secret. */
  secret: string;
  publicUrl: string;
}

function kindNames(grant: UnsubscribeGrant): string {
  return grant.kinds.map((kind) => `“${notificationKinds[kind].label}”`).join(", ");
}

/**
 * One-click unsubscribe (RFC 8058). `GET` only asks, because link scanners and previews follow
 * every link in a message; `POST` (from the page's button, or from a mail client that honours
 * `List-Unsubscribe-Post`) turns the message's kinds off for its recipient. The signed token is
 * the only key: mail clients post without a session.
 */
export function unsubscribeRoutes(deps: UnsubscribeRouteDeps): Hono {
  const routes = new Hono();
  const base = deps.publicUrl.replace(/\/+$/, "");
  const preferencesUrl = (grant: UnsubscribeGrant) => `${base}/${grant.app}/notifications/settings`;
  const invalid = () =>
    publicPage(
      "This link does not work",
      `<p>The unsubscribe link is incomplete or was changed. You can still choose which emails you get on your email preferences page after signing in.</p>`,
    );

  routes.get("/:token", (c) => {
    const grant = readUnsubscribeToken(c.req.param("token"), deps.secret);
    if (!grant) return c.html(invalid(), 404);
    return c.html(
      publicPage(
        `Stop emails about ${kindNames(grant)}?`,
        `<p>You will still see these notifications in Throughline; only the emails stop.</p>
<form method="post">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Stop these emails</button>
</form>
<p><a href="${escapeHtml(preferencesUrl(grant))}">Manage all email preferences</a></p>`,
      ),
    );
  });

  routes.post("/:token", async (c) => {
    const grant = readUnsubscribeToken(c.req.param("token"), deps.secret);
    if (!grant) return c.html(invalid(), 404);
    await withTenant(deps.db, grant.districtId, (tx) =>
      turnOffEmailKinds(tx, {
        districtId: grant.districtId,
        personId: grant.personId,
        kinds: grant.kinds,
      }),
    );
    return c.html(
      publicPage(
        "You are unsubscribed",
        `<p>No more emails about ${escapeHtml(kindNames(grant))}. You will still see them in Throughline.</p>
<p><a href="${escapeHtml(preferencesUrl(grant))}">Manage all email preferences</a></p>`,
      ),
    );
  });

  return routes;
}
