import { mkdir, rm } from "node:fs/promises";
import { join, resolve, sep } from "node:path";

/*
 * Where video bytes live: one folder (DATA_DIR/videos), the resumable uploads in `uploads/`
 * under their upload id, what the worker makes in `made/`. A key is a path inside the folder;
 * every key is built here from ids we made, never from a file name someone sent.
 */

export interface VideoFolder {
  root: string;
  /** The tus file store's folder. */
  uploads: string;
}

export function videoFolderIn(dataDir: string): VideoFolder {
  const root = resolve(dataDir, "videos");
  return { root, uploads: join(root, "uploads") };
}

export async function prepareVideoFolder(folder: VideoFolder): Promise<void> {
  await mkdir(folder.uploads, { recursive: true });
  await mkdir(join(folder.root, "made"), { recursive: true });
}

/** The key of an upload's bytes. */
export function uploadKey(uploadId: string): string {
  return `uploads/${uploadId}`;
}

/** The keys of what the worker makes for a video. */
export function madeKeys(videoId: string): { playable: string; poster: string } {
  return { playable: `made/${videoId}.mp4`, poster: `made/${videoId}.jpg` };
}

/** The file of a key; refuses a key that would leave the folder. */
export function pathOf(folder: VideoFolder, key: string): string {
  const path = resolve(folder.root, key);
  if (!path.startsWith(folder.root + sep)) throw new Error(`Not a video key: ${key}`);
  return path;
}

/** Removes a video's files (and the upload's metadata file the tus store keeps beside it). */
export async function removeVideoFiles(folder: VideoFolder, keys: readonly string[]) {
  for (const key of keys) {
    await rm(pathOf(folder, key), { force: true });
    if (key.startsWith("uploads/")) await rm(`${pathOf(folder, key)}.json`, { force: true });
  }
}
