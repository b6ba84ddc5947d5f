import type { RosterUpload } from "./types.ts";

/** A ZIP's bytes as base64 (the data URL's part after the comma), read without blocking. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read.`));
    reader.readAsDataURL(file);
  });
}

/** The chosen files as the API takes them: ZIPs as base64 (the server opens them), CSVs as text. */
export async function readRosterFiles(files: readonly File[]): Promise<RosterUpload> {
  return Promise.all(
    files.map(async (file) =>
      file.name.toLowerCase().endsWith(".zip")
        ? { name: file.name, encoding: "base64" as const, content: await base64Of(file) }
        : { name: file.name, encoding: "text" as const, content: await file.text() },
    ),
  );
}
