import { describe, expect, it } from "vitest";
import {
  mayBringClipToMeeting,
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
  clipInViewersMeeting: false,
  clipUnderViewersReview: false,
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
    ["a team member of a meeting a clip is brought to", { clipInViewersMeeting: true }, "clip"],
    [
      "a principal in a meeting a clip is brought to",
      { clipInViewersMeeting: true, isEvaluator: true },
      "none",
    ],
    ["a reviewer of a submission with a clip", { clipUnderViewersReview: true }, "clip"],
    [
      "a principal reviewing a submission with a clip",
      { clipUnderViewersReview: true, isEvaluator: true },
      "clip",
    ],
    [
      "a coach it is shared with who is also in the meeting",
      { sharedWithViewer: true, clipInViewersMeeting: true },
      "shared",
    ],
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

  it("lets a clip viewer only play", () => {
    expect(actions.filter((action) => videoMay("clip", action))).toEqual(["watch"]);
  });

  it("lets no one else do anything", () => {
    for (const action of actions) expect(videoMay("none", action)).toBe(false);
  });
});

describe("mayBringClipToMeeting", () => {
  it.each<[string, Parameters<typeof mayBringClipToMeeting>[0], boolean]>([
    ["the teacher, a member", { standing: "owner", isEvaluator: false, relation: "member" }, true],
    [
      "the coach it is shared with",
      { standing: "shared", isEvaluator: false, relation: "coach" },
      true,
    ],
    [
      "a principal it is shared with by name",
      { standing: "shared", isEvaluator: true, relation: "member" },
      false,
    ],
    [
      "the teacher, not on the team",
      { standing: "owner", isEvaluator: false, relation: null },
      false,
    ],
    [
      "the teacher who only looks on as a principal",
      { standing: "owner", isEvaluator: true, relation: "principal" },
      false,
    ],
    ["a clip viewer", { standing: "clip", isEvaluator: false, relation: "facilitator" }, false],
    [
      "someone it is not shared with",
      { standing: "none", isEvaluator: false, relation: "coach" },
      false,
    ],
  ])("%s", (_who, params, may) => {
    expect(mayBringClipToMeeting(params)).toBe(may);
  });
});
