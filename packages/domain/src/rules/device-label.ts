/*
 * "Firefox on Windows": enough for a person to recognise their own devices in a list. A simple
 * reading of the user agent, most specific names first (Edge and Opera also say "Chrome",
 * Chrome also says "Safari", Android also says "Linux", iOS also says "Mac OS X").
 */

interface DeviceLabel {
  browser: string;
  os: string;
}

const browsers: readonly [RegExp, string][] = [
  [/Edg(A|iOS)?\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/SamsungBrowser\//, "Samsung Internet"],
  [/Firefox\/|FxiOS\//, "Firefox"],
  [/Chrome\/|CriOS\/|Chromium\//, "Chrome"],
  [/Safari\//, "Safari"],
];

const systems: readonly [RegExp, string][] = [
  [/iPhone|iPad|iPod/, "iOS"],
  [/Android/, "Android"],
  [/CrOS/, "ChromeOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/Linux/, "Linux"],
];

function firstMatch(userAgent: string, table: readonly [RegExp, string][]): string | null {
  return table.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
}

/** The browser and system a session was started from; "Unknown" when the agent says nothing. */
export function describeUserAgent(userAgent: string | null | undefined): DeviceLabel {
  const agent = userAgent ?? "";
  return {
    browser: firstMatch(agent, browsers) ?? (agent ? "Other browser" : "Unknown browser"),
    os: firstMatch(agent, systems) ?? (agent ? "other system" : "unknown system"),
  };
}
