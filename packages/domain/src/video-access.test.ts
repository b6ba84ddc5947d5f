import { describe, expect, it } from "vitest";
import {
  type VideoAction,
  type VideoViewerFacts,
  videoMay,
  videoStanding,
} from "./video-access.ts";

const nobody: VideoViewerFacts = {
  isOwner: false,
  sharedWithViewer: false,
  sharedWithViewersTeam: false,
  isEvaluator: false,
};

describe("videoStanding", () => {
  it.each<[string, Partial<VideoViewerFacts>, ReturnType<typeof videoStanding>]>([
    ["the teacher who owns it", { isOwner: true }, "owner"],
    ["a coach it is shared with", { sharedWithViewer: true }, "shared"],
    ["a colleague whose team it is shared with", { sharedWithViewersTeam: true }, "shared"],
    [
      "a principal it is shared with by name",
      { sharedWithViewer: true, isEvaluator: true },
      "shared",
    ],
    [
      "a principal on a team it is shared with",
      { sharedWithViewersTeam: true, isEvaluator: true },
      "none",
    ],
    ["a principal it is not shared with", { isEvaluator: true }, "none"],
    ["anyone else in the district", {}, "none"],
  ])("%s", (_who, facts, standing) => {
    expect(videoStanding({ ...nobody, ...facts })).toBe(standing);
  });
});

describe("videoMay", () => {
  const actions: VideoAction[] = [
    "watch",
    "comment",
    "reflect",
    "caption",
    "share",
    "clip",
    "delete",
    "rename",
  ];

  it("lets the owner do everything", () => {
    for (const action of actions) expect(videoMay("owner", action)).toBe(true);
  });

  it("lets someone it is shared with watch, comment and caption, and nothing of the teacher's", () => {
    expect(actions.filter((action) => videoMay("shared", action))).toEqual([
      "watch",
      "comment",
      "caption",
    ]);
  });

  it("lets no one else do anything", () => {
    for (const action of actions) expect(videoMay("none", action)).toBe(false);
  });
});
