/** A moment of a video as people say it: "1:05", "12:30", "1:02:03". */
export function formatMoment(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = String(whole % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${secs}` : `${minutes}:${secs}`;
}

/** Reads "1:05", "65" or "1:02:03" back into seconds; null when it is not a moment. */
export function parseMoment(text: string): number | null {
  const parts = text.trim().split(":");
  if (parts.length > 3 || parts.some((part) => !/^\d+(\.\d+)?$/.test(part))) return null;
  return parts.reduce((total, part) => total * 60 + Number(part), 0);
}

/** Where a video's files are served. */
export const videoUrls = (videoId: string) => ({
  play: `/files/videos/${videoId}/play`,
  poster: `/files/videos/${videoId}/poster`,
  caption: (captionId: string) => `/files/videos/${videoId}/captions/${captionId}`,
  remove: `/files/videos/${videoId}`,
});
