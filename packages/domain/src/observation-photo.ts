import { checkEvidenceFile, type EvidenceFileFacts, fileExtension } from "./evidence.ts";

/**
 * Photos taken as evidence during an observation: the action-plan evidence rules (size, a
 * declared type that agrees with the name, and on the server the first bytes), narrowed to
 * images, since a lesson photo is what the observer's phone camera makes.
 */

const imageExtensions = new Set(["png", "jpg", "jpeg", "gif", "webp", "heic", "heif"]);

/** For the file input: the camera and photo library on a phone, image files on a computer. */
export const OBSERVATION_PHOTO_ACCEPT = "image/*";

/** Why this file cannot be added as a photo, as a sentence for the observer; null when it may. */
export function checkObservationPhoto(file: EvidenceFileFacts): string | null {
  const extension = fileExtension(file.fileName);
  if (!imageExtensions.has(extension)) {
    const named = extension ? `Files of type .${extension}` : "Files without a type in the name";
    return `${named} can't be added as a photo. Use a PNG, JPEG, GIF, WebP or HEIC image.`;
  }
  return checkEvidenceFile(file);
}

/** Where a stored photo is served; only someone who may read the observation gets its bytes. */
export function observationPhotoUrl(photoId: string): string {
  return `/files/observation-photos/${photoId}`;
}
