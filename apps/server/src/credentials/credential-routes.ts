import type { Database } from "@throughline/db/client";
import { idSchema } from "@throughline/domain/ids";
import { issuerUrls } from "@throughline/open-badges/public-urls";
import { Hono } from "hono";
import { contentDisposition } from "../files/content-disposition.ts";
import { districtDidDocument, findPublicBadge } from "./badge-lookup.ts";
import { verifyBadge } from "./badge-verification.ts";
import { credentialNotFoundPage, credentialPage } from "./credential-page.ts";
import { credentialPageView } from "./credential-view.ts";
import type { StatusLists } from "./status-list-service.ts";

interface CredentialRouteDeps {
  db: Database;
  publicUrl: string;
  statusLists: StatusLists;
}

/**
 * `/credentials/:id` (a public page: the badge and whether it verifies, computed now) and
 * `/credentials/:id.json` (exactly the signed credential, to download or hand to any verifier).
 * Public and stable: no sign-in, and the address never changes.
 */
export function credentialRoutes(deps: CredentialRouteDeps): Hono {
  const routes = new Hono();

  routes.get("/:file", async (c) => {
    const file = c.req.param("file");
    const wantsJson = file.endsWith(".json");
    const id = idSchema.safeParse(wantsJson ? file.slice(0, -".json".length) : file);
    const notFound = () =>
      wantsJson ? c.json({ error: "Not found" }, 404) : c.html(credentialNotFoundPage(), 404);
    if (!id.success) return notFound();

    const badge = await findPublicBadge(deps.db, id.data);
    if (!badge?.signedCredential) return notFound();

    if (wantsJson) {
      return c.body(JSON.stringify(badge.signedCredential, null, 2), 200, {
        "Content-Type": "application/vc+ld+json; charset=utf-8",
        "Content-Disposition": contentDisposition("attachment", `credential-${id.data}.json`),
        "Access-Control-Allow-Origin": "*",
      });
    }

    const verdict = await verifyBadge({
      credential: badge.signedCredential,
      didDocument: await districtDidDocument(deps.db, badge.district, deps.publicUrl),
      statusList: await deps.statusLists.forDistrict(badge.district),
      revokedOn: badge.revokedAt,
      now: new Date(),
    });
    const view = credentialPageView({
      credential: badge.signedCredential,
      earnerName: badge.earnerName,
      jsonUrl: issuerUrls(deps.publicUrl, badge.district.slug).credentialJson(id.data),
      pageUrl: issuerUrls(deps.publicUrl, badge.district.slug).credentialPage(id.data),
      verdict,
      timeZone: badge.district.timeZone,
    });
    if (!view) return notFound();
    // The verdict is computed per request: a revocation shows at once.
    c.header("Cache-Control", "no-cache");
    return c.html(credentialPage(view));
  });

  return routes;
}
