import type { Database } from "@throughline/db/client";
import { turnOffEmailKinds } from "@throughline/db/queries/notifications/outbox";
import { withTenant } from "@throughline/db/tenant";
import { notificationKinds } from "@throughline/domain/notification";
import { Hono } from "hono";
import { inlineStyle } from "../security/inline-assets.ts";
import { readUnsubscribeToken, type UnsubscribeGrant } from "./unsubscribe-token.ts";

interface UnsubscribeRouteDeps {
  db: Database;
  /** Signs and checks the links; the server's secret. */
  secret: string;
  publicUrl: string;
}

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

function kindNames(grant: UnsubscribeGrant): string {
  return grant.kinds.map((kind) => `“${notificationKinds[kind].label}”`).join(", ");
}

function page(title: string, content: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Throughline</title>
${inlineStyle(`
  body { font-family: system-ui, sans-serif; margin: 0; background: #f6f7f9; color: #1b2430; }
  main { max-width: 36rem; margin: 4rem auto; padding: 2rem; background: #fff;
         border: 1px solid #d5dbe3; border-radius: .75rem; }
  h1 { font-size: 1.5rem; margin-top: 0; }
  button { font: inherit; font-weight: 600; padding: .75rem 1.25rem; border: 0; border-radius: .5rem;
           background: #14487a; color: #fff; cursor: pointer; }
  button:focus-visible, a:focus-visible { outline: 3px solid #9cc3ea; outline-offset: 2px; }
  a { color: #14487a; }
`)}
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${content}
</main>
</body>
</html>`;
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
    page(
      "This link does not work",
      `<p>The unsubscribe link is incomplete or was changed. You can still choose which emails you get on your email preferences page after signing in.</p>`,
    );

  routes.get("/:token", (c) => {
    const grant = readUnsubscribeToken(c.req.param("token"), deps.secret);
    if (!grant) return c.html(invalid(), 404);
    return c.html(
      page(
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
      page(
        "You are unsubscribed",
        `<p>No more emails about ${escapeHtml(kindNames(grant))}. You will still see them in Throughline.</p>
<p><a href="${escapeHtml(preferencesUrl(grant))}">Manage all email preferences</a></p>`,
      ),
    );
  });

  return routes;
}
