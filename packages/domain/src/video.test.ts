import { describe, expect, it } from "vitest";
import {
  videoCaptionInputSchema,
  videoClipInputSchema,
  videoCommentInputSchema,
  videoDeleteAfter,
  videoExpired,
  videoShareInputSchema,
} from "./video.ts";
import { playsInBrowsers, sniffVideoType, videoTooLargeMessage } from "./video-file-type.ts";

const videoId = "7d3c2a9e-3f1b-4c55-9d1e-2b7a6f4e8c01";
const personId = "1f0e5b7a-2c3d-4e8f-9a0b-1c2d3e4f5a6b";
const indicatorId = "9a8b7c6d-5e4f-4a3b-8c1d-0e9f8a7b6c5d";

function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("video inputs", () => {
  it("takes a comment at a moment tagged with an indicator and level", () => {
    expect(
      videoCommentInputSchema.parse({
        videoId,
        atSeconds: 12.5,
        body: " Nice wait time ",
        indicatorId,
        levelRank: 3,
      }),
    ).toEqual({
      videoId,
      atSeconds: 12.5,
      body: "Nice wait time",
      parentId: null,
      indicatorId,
      levelRank: 3,
      selfReflection: false,
    });
  });

  it("refuses a level without its indicator, and a moment before the start", () => {
    expect(
      issues(videoCommentInputSchema.safeParse({ videoId, atSeconds: 3, body: "x", levelRank: 2 })),
    ).toEqual(["indicatorId: Choose the indicator this level is for"]);
    expect(
      issues(videoCommentInputSchema.safeParse({ videoId, atSeconds: -1, body: "x" })),
    ).toEqual(["atSeconds: A moment cannot be before the start"]);
  });

  it("shares only with the consent rule confirmed, and with exactly one person or team", () => {
    expect(
      issues(videoShareInputSchema.safeParse({ videoId, personId, consentConfirmed: false })),
    ).toEqual(["consentConfirmed: Confirm the district's student-consent rule before sharing"]);
    expect(issues(videoShareInputSchema.safeParse({ videoId, consentConfirmed: true }))).toEqual([
      "personId: Choose one person or one team to share with",
    ]);
    expect(
      videoShareInputSchema.parse({ videoId, personId, consentConfirmed: true }).teamId,
    ).toBeNull();
  });

  it("refuses a clip that ends before it starts", () => {
    expect(
      issues(
        videoClipInputSchema.safeParse({
          videoId,
          title: "Turn and talk",
          startSeconds: 9,
          endSeconds: 4,
        }),
      ),
    ).toEqual(["endSeconds: The clip must end after it starts"]);
  });

  it("takes WebVTT captions and refuses other text", () => {
    const vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nGood morning\n";
    expect(
      videoCaptionInputSchema.safeParse({ videoId, label: "English", language: "en", vtt }).success,
    ).toBe(true);
    expect(
      issues(
        videoCaptionInputSchema.safeParse({
          videoId,
          label: "English",
          language: "en",
          vtt: "1\n00:00:00,000",
        }),
      ),
    ).toEqual(["vtt: This is not a WebVTT caption file (it must start with WEBVTT)"]);
  });
});

describe("retention", () => {
  it("deletes a video the given number of days after its upload, not before", () => {
    const uploaded = new Date("2026-01-10T08:00:00Z");
    const after = videoDeleteAfter(uploaded, 30);
    expect(after.toISOString()).toBe("2026-02-09T08:00:00.000Z");
    expect(videoExpired(after, new Date("2026-02-09T07:59:59Z"))).toBe(false);
    expect(videoExpired(after, new Date("2026-02-09T08:00:00Z"))).toBe(true);
    expect(videoExpired(null, new Date("2099-01-01T00:00:00Z"))).toBe(false);
  });
});

describe("sniffVideoType", () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(
      parts.flatMap((part) =>
        typeof part === "string" ? [...part].map((c) => c.charCodeAt(0)) : part,
      ),
    );

  it.each([
    ["an MP4", bytes([0, 0, 0, 0x20], "ftypisom", [0, 0, 2, 0]), "video/mp4"],
    ["a phone's MOV", bytes([0, 0, 0, 0x14], "ftypqt  ", [0, 0, 0, 0]), "video/quicktime"],
    [
      "a WebM",
      bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84], "webm"),
      "video/webm",
    ],
    [
      "a Matroska that is not WebM",
      bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88], "matroska"),
      null,
    ],
    ["a PDF renamed .mp4", bytes("%PDF-1.7\n%âãÏÓ"), null],
    ["an empty file", bytes(), null],
  ])("%s", (_what, content, type) => {
    expect(sniffVideoType(content)).toBe(type);
  });

  it("serves MP4 and WebM as uploaded without ffmpeg, never MOV", () => {
    expect([
      playsInBrowsers("video/mp4"),
      playsInBrowsers("video/webm"),
      playsInBrowsers("video/quicktime"),
    ]).toEqual([true, true, false]);
  });

  it("says the district's limit", () => {
    expect(videoTooLargeMessage(2 * 1024 ** 3)).toBe(
      "This video is larger than your district's limit of 2 GB.",
    );
    expect(videoTooLargeMessage(50 * 1024 ** 2)).toBe(
      "This video is larger than your district's limit of 50 MB.",
    );
  });
});
