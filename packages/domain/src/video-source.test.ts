import { describe, expect, it } from "vitest";
import { videoSource } from "./video-source.ts";

describe("videoSource", () => {
  const youtube = {
    kind: "embed",
    provider: "youtube",
    src: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
  };

  it.each([
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://youtu.be/dQw4w9WgXcQ",
    "https://www.youtube.com/embed/dQw4w9WgXcQ",
    "https://www.youtube.com/shorts/dQw4w9WgXcQ",
  ])("embeds the YouTube video at %s", (url) => {
    expect(videoSource(url)).toEqual(youtube);
  });

  it.each(["https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"])(
    "embeds the Vimeo video at %s",
    (url) => {
      expect(videoSource(url)).toEqual({
        kind: "embed",
        provider: "vimeo",
        src: "https://player.vimeo.com/video/76979871?dnt=1",
      });
    },
  );

  it("plays a direct video file in the browser's player", () => {
    expect(videoSource("https://cdn.example.org/pd/lesson.mp4")).toEqual({
      kind: "file",
      src: "https://cdn.example.org/pd/lesson.mp4",
    });
  });

  it("links to any other page", () => {
    expect(videoSource("https://example.org/watch/lesson")).toEqual({
      kind: "link",
      href: "https://example.org/watch/lesson",
    });
  });

  it("never embeds or links a script address", () => {
    expect(videoSource("javascript:alert(1)")).toEqual({ kind: "link", href: "#" });
  });

  it("does not embed a look-alike host", () => {
    expect(videoSource("https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ").kind).toBe("link");
  });
});
