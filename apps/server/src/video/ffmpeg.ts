import { spawn, spawnSync } from "node:child_process";

/*
 * The system's ffmpeg (Debian's `ffmpeg` package), run as a child process. A server without it
 * still takes videos browsers play as they are (MP4, WebM) and serves them unchanged.
 */

/** Whether `ffmpeg` and `ffprobe` run on this machine. */
export function ffmpegAvailable(): boolean {
  const runs = (command: string) => {
    const result = spawnSync(command, ["-version"], { stdio: "ignore", timeout: 10_000 });
    return result.status === 0;
  };
  return runs("ffmpeg") && runs("ffprobe");
}

/** Runs a command to its end; rejects with the tail of its error output when it fails. */
function run(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      err = (err + chunk.toString()).slice(-2000);
    });
    child.once("error", reject);
    child.once("close", (code) => {
      if (code === 0) resolve(out);
      else
        reject(
          new Error(`${command} failed (${code}): ${err.trim().split("\n").slice(-3).join(" ")}`),
        );
    });
  });
}

/** The video's length in seconds, or null when ffprobe cannot tell. */
export async function probeDuration(file: string): Promise<number | null> {
  const out = await run("ffprobe", [
    "-v",
    "error",
    "-show_entries",
    "format=duration",
    "-of",
    "default=noprint_wrappers=1:nokey=1",
    file,
  ]);
  const seconds = Number.parseFloat(out.trim());
  return Number.isFinite(seconds) ? seconds : null;
}

/**
 * H.264/AAC MP4 at most 720 lines high (phone-friendly), with the index at the front so
 * playback and seeking start before the whole file arrives. A video without sound stays silent.
 */
export async function transcodeForPhones(input: string, output: string): Promise<void> {
  await run("ffmpeg", [
    "-y",
    "-v",
    "error",
    "-i",
    input,
    "-vf",
    "scale=-2:'min(720,ih)'",
    "-c:v",
    "libx264",
    "-preset",
    "veryfast",
    "-crf",
    "26",
    "-pix_fmt",
    "yuv420p",
    "-c:a",
    "aac",
    "-b:a",
    "128k",
    "-movflags",
    "+faststart",
    output,
  ]);
}

/** A still from a second in (or the first frame of a shorter video), as a JPEG. */
export async function posterFrame(input: string, output: string, duration: number | null) {
  const at = duration !== null && duration < 2 ? 0 : 1;
  await run("ffmpeg", [
    "-y",
    "-v",
    "error",
    "-ss",
    String(at),
    "-i",
    input,
    "-frames:v",
    "1",
    "-vf",
    "scale=-2:'min(720,ih)'",
    output,
  ]);
}
