import { publishedItemOfStage } from "@throughline/db/queries/library/library-publish";
import { stagePackageContent } from "@throughline/db/queries/library/stage-package";
import {
  LIBRARY_PACKAGE_FORMAT,
  type LibraryLicense,
  type LibraryPackage,
} from "@throughline/domain/library";
import { TRPCError } from "@trpc/server";
import type { TenantScope } from "../../session.ts";

/**
 * One of the district's stages as a package, numbered as the next version of what was
 * published from it (1 when nothing was), with the existing library item if there is one.
 */
export async function packageOfStage(
  ctx: TenantScope,
  params: { stageId: string; license: LibraryLicense; attribution: string },
): Promise<{ pkg: LibraryPackage; existingItemId: string | null }> {
  const stage = await stagePackageContent(ctx.tx, { stageId: params.stageId });
  if (!stage) throw new TRPCError({ code: "NOT_FOUND", message: "No such stage." });
  if (stage.sessions.length === 0) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Add at least one MicroPD session to the stage before sharing it.",
    });
  }
  const existing = await publishedItemOfStage(ctx.tx, {
    districtId: ctx.districtId,
    stageId: params.stageId,
  });
  return {
    existingItemId: existing?.id ?? null,
    pkg: {
      format: LIBRARY_PACKAGE_FORMAT,
      kind: "stage",
      license: params.license,
      attribution: params.attribution,
      source: {
        districtName: ctx.viewer.district.name,
        version: (existing?.latestVersion ?? 0) + 1,
      },
      stage,
    },
  };
}
