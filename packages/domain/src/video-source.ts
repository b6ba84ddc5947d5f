/**
 * How a video block's URL is played: YouTube and Vimeo pages become their embeddable player
 * (YouTube's privacy-enhanced domain, so nothing is tracked until the teacher presses play);
 * a direct video file plays in the browser's own player; anything else is offered as a link.
 */
type VideoSource =
  | { kind: "embed"; provider: "youtube" | "vimeo"; src: string }
  | { kind: "file"; src: string }
  | { kind: "link"; href: string };

const videoFile = /\.(mp4|webm|ogv|ogg|m4v|mov)$/i;
const youtubeId = /^[\w-]{6,20}$/;
const vimeoId = /^\d{4,12}$/;
/**
 * scheme://host[:port]/path?query — the domain package has no URL global (it runs anywhere), and
 * these three parts are all the rule reads. A user-info part ("a@b") never matches, on purpose.
 */
const webAddress = /^https?:\/\/([a-z0-9.-]+)(?::\d{1,5})?(\/[^?#]*)?(?:\?([^#]*))?(?:#.*)?$/i;

interface Address {
  host: string;
  segments: string[];
  query: string;
}

function parse(address: string): Address | null {
  const match = webAddress.exec(address.trim());
  if (!match) return null;
  const [, host = "", path = "", query = ""] = match;
  return { host: host.toLowerCase(), segments: path.split("/").filter(Boolean), query };
}

function queryParam(query: string, name: string): string | null {
  for (const pair of query.split("&")) {
    const [key, value] = pair.split("=");
    if (key === name && value) return value;
  }
  return null;
}

function youtubeIdOf({ host, segments, query }: Address): string | null {
  const site = host.replace(/^(www|m)\./, "");
  const [first, second] = segments;
  let id: string | null = null;
  if (site === "youtu.be") id = first ?? null;
  if (site === "youtube.com" || site === "youtube-nocookie.com") {
    if (first === "watch") id = queryParam(query, "v");
    else if (first === "embed" || first === "shorts" || first === "live") id = second ?? null;
  }
  return id && youtubeId.test(id) ? id : null;
}

function vimeoIdOf({ host, segments }: Address): string | null {
  const site = host.replace(/^www\./, "");
  if (site !== "vimeo.com" && site !== "player.vimeo.com") return null;
  return segments.find((segment) => vimeoId.test(segment)) ?? null;
}

export function videoSource(address: string): VideoSource {
  const url = parse(address);
  // Not an http(s) address: never put it in an href or a src (no `javascript:` links).
  if (!url) return { kind: "link", href: "#" };
  const youtube = youtubeIdOf(url);
  if (youtube) {
    return {
      kind: "embed",
      provider: "youtube",
      src: `https://www.youtube-nocookie.com/embed/${youtube}`,
    };
  }
  const vimeo = vimeoIdOf(url);
  if (vimeo) {
    return {
      kind: "embed",
      provider: "vimeo",
      src: `https://player.vimeo.com/video/${vimeo}?dnt=1`,
    };
  }
  const trimmed = address.trim();
  if (videoFile.test(url.segments.at(-1) ?? "")) return { kind: "file", src: trimmed };
  return { kind: "link", href: trimmed };
}
