import { and, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { observationPhoto } from "../../schema/index.ts";
import { type StoredFile, storedFileFields } from "../shared/stored-file.ts";
import { visibleObservations } from "./observation-visibility.ts";

/*
 * Photo rows of observations. Reading goes through `visibleObservations` like every other
 * observation query, so a photo is found only by a viewer who may read the observation's
 * content; a principal looking at an unshared coaching observation finds nothing.
 */

/** The observation as the viewer stands to it, to decide whether they may add a photo. */
export async function findObservationForPhotos(
  tx: Transaction,
  params: { viewerId: string; observationId: string },
) {
  const visible = visibleObservations(tx, params.viewerId);
  const [row] = await tx
    .select({ id: visible.id, relation: visible.relation, status: visible.status })
    .from(visible)
    .where(eq(visible.id, params.observationId))
    .limit(1);
  return row ?? null;
}

/** A photo the viewer may see (content access), with how they stand to its observation; null otherwise. */
export async function findVisiblePhoto(
  tx: Transaction,
  params: { viewerId: string; photoId: string },
) {
  const visible = visibleObservations(tx, params.viewerId);
  const [row] = await tx
    .select({
      id: observationPhoto.id,
      observationId: observationPhoto.observationId,
      ...storedFileFields(observationPhoto),
      relation: visible.relation,
    })
    .from(observationPhoto)
    .innerJoin(visible, eq(visible.id, observationPhoto.observationId))
    .where(and(eq(observationPhoto.id, params.photoId), eq(visible.access, "content")))
    .limit(1);
  return row ?? null;
}

/** Records a photo whose bytes are already stored under `storageKey`. */
export async function addObservationPhoto(
  tx: Transaction,
  params: {
    districtId: string;
    observationId: string;
    uploadedBy: string;
  } & StoredFile,
): Promise<string> {
  const [created] = await tx
    .insert(observationPhoto)
    .values(params)
    .returning({ id: observationPhoto.id });
  if (!created) throw new Error("The photo was not recorded.");
  return created.id;
}

/** Removes a photo's row; the caller deletes its bytes after the commit. */
export async function removeObservationPhoto(
  tx: Transaction,
  params: { photoId: string },
): Promise<void> {
  await tx.delete(observationPhoto).where(eq(observationPhoto.id, params.photoId));
}
