import { buffer } from "node:stream/consumers";
import type { FileStorage } from "@throughline/api/files/storage";
import type { Database } from "@throughline/db/client";
import { loadIssuerProfile } from "@throughline/db/queries/districts/issuer-profile";
import { findDistrictBySlug } from "@throughline/db/queries/districts/public-district";
import { idSchema } from "@throughline/domain/ids";
import { rasterBadgePng, renderBadgePng } from "@throughline/open-badges/badge-png";
import { OB_CONTEXT_V3_0_3, VC_CONTEXT_V2 } from "@throughline/open-badges/open-badge";
import { issuerUrls } from "@throughline/open-badges/public-urls";
import { Hono } from "hono";
import { generatedBadgeSvg } from "./badge-image.ts";
import { achievementVersion, districtDidDocument } from "./badge-lookup.ts";
import type { StatusLists } from "./status-list-service.ts";

interface DistrictRouteDeps {
  db: Database;
  storage: FileStorage;
  publicUrl: string;
  statusLists: StatusLists;
}

const MINUTES_PER_HOUR = 60;
/** Public documents change rarely; a short cache keeps verifiers fast and revocations fresh. */
const SHORT_CACHE = "public, max-age=300";

/**
 * The public documents of a district as a badge issuer, under `/districts/:slug`: its DID
 * document (did:web), its signed revocation list, and its Achievements with their images.
 * No sign-in: anyone verifying a badge must be able to read them.
 */
export function districtBadgeRoutes(deps: DistrictRouteDeps): Hono {
  const routes = new Hono();
  routes.use(async (c, next) => {
    await next();
    c.header("Access-Control-Allow-Origin", "*");
  });

  routes.get("/:slug/did.json", async (c) => {
    const target = await findDistrictBySlug(deps.db, c.req.param("slug"));
    if (!target) return c.json({ error: "Not found" }, 404);
    const document = await districtDidDocument(deps.db, target, deps.publicUrl);
    return c.body(JSON.stringify(document, null, 2), 200, {
      "Content-Type": "application/did+json",
      "Cache-Control": SHORT_CACHE,
    });
  });

  routes.get("/:slug/status/revocation", async (c) => {
    const target = await findDistrictBySlug(deps.db, c.req.param("slug"));
    if (!target) return c.json({ error: "Not found" }, 404);
    const credential = await deps.statusLists.forDistrict(target);
    return c.body(JSON.stringify(credential), 200, {
      "Content-Type": "application/vc+ld+json",
      // A revocation must reach verifiers quickly: they revalidate every time.
      "Cache-Control": "no-cache",
    });
  });

  /** The district's logo, as its badges' issuer profile names it. */
  routes.get("/:slug/logo", async (c) => {
    const target = await findDistrictBySlug(deps.db, c.req.param("slug"));
    if (!target) return c.text("Not found", 404);
    const profile = await loadIssuerProfile(deps.db, target.id);
    const stored = profile.logoStorageKey ? await deps.storage.get(profile.logoStorageKey) : null;
    if (!stored || !profile.logoContentType) return c.text("Not found", 404);
    return c.body(new Uint8Array(await buffer(stored)), 200, {
      "Content-Type": profile.logoContentType,
      "Cache-Control": SHORT_CACHE,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    });
  });

  routes.get("/:slug/achievements/:versionId", async (c) => {
    const found = await findAchievement(deps, c.req.param("slug"), c.req.param("versionId"));
    if (!found) return c.json({ error: "Not found" }, 404);
    const { urls, version, indicators } = found;
    const id = urls.achievement(version.id);
    return c.json(
      {
        "@context": [VC_CONTEXT_V2, OB_CONTEXT_V3_0_3],
        id,
        type: ["Achievement"],
        achievementType: "MicroCredential",
        name: version.name,
        description: version.competency,
        criteria: { narrative: version.criteriaNarrative },
        image: { id: urls.achievementImagePng(version.id), type: "Image", caption: version.name },
        creditsAvailable: version.pdMinutes / MINUTES_PER_HOUR,
        creator: { id: urls.did, type: ["Profile"], name: found.districtName },
        alignment: indicators.map((entry) => ({
          type: ["Alignment"],
          targetName: `${entry.code} ${entry.title}`,
          targetUrl: `${id}#indicator-${encodeURIComponent(entry.code)}`,
          targetDescription: entry.description,
          targetType: "ceasn:Competency",
        })),
      },
      200,
      { "Cache-Control": SHORT_CACHE },
    );
  });

  routes.get("/:slug/achievements/:versionId/image", async (c) => {
    const found = await findAchievement(deps, c.req.param("slug"), c.req.param("versionId"));
    if (!found) return c.text("Not found", 404);
    const image = await achievementImage(deps, found);
    return c.body(new Uint8Array(image.bytes), 200, {
      "Content-Type": image.contentType,
      "Cache-Control": SHORT_CACHE,
      "X-Content-Type-Options": "nosniff",
      // An uploaded SVG is shown as an image, never run as a document.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    });
  });

  /** The same image as a PNG at a stable address: what the credential and LinkedIn name. */
  routes.get("/:slug/achievements/:versionId/image.png", async (c) => {
    const found = await findAchievement(deps, c.req.param("slug"), c.req.param("versionId"));
    if (!found) return c.text("Not found", 404);
    const image = await achievementImage(deps, found);
    const png =
      image.contentType === "image/svg+xml"
        ? renderBadgePng(image.bytes.toString("utf8"))
        : rasterBadgePng(image.bytes, image.contentType);
    return c.body(new Uint8Array(png), 200, {
      "Content-Type": "image/png",
      "Cache-Control": SHORT_CACHE,
      "X-Content-Type-Options": "nosniff",
    });
  });

  return routes;
}

/** The uploaded image of a version, or the generated one when it has none. */
async function achievementImage(
  deps: DistrictRouteDeps,
  found: NonNullable<Awaited<ReturnType<typeof findAchievement>>>,
): Promise<{ bytes: Buffer; contentType: string }> {
  const { version } = found;
  const stored = version.imageStorageKey ? await deps.storage.get(version.imageStorageKey) : null;
  if (stored && version.imageContentType) {
    return { bytes: await buffer(stored), contentType: version.imageContentType };
  }
  const svg = generatedBadgeSvg({ name: version.name, issuer: found.districtName });
  return { bytes: Buffer.from(svg, "utf8"), contentType: "image/svg+xml" };
}

async function findAchievement(deps: DistrictRouteDeps, slug: string, rawVersionId: string) {
  const versionId = idSchema.safeParse(rawVersionId);
  if (!versionId.success) return null;
  const target = await findDistrictBySlug(deps.db, slug);
  if (!target) return null;
  const found = await achievementVersion(deps.db, target.id, versionId.data);
  if (!found) return null;
  return { ...found, districtName: target.name, urls: issuerUrls(deps.publicUrl, target.slug) };
}
