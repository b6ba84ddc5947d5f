import { createRouter } from "../../trpc.ts";
import { meetingClipProcedures } from "./meeting-clip-procedures.ts";
import { videoReadProcedures } from "./read-procedures.ts";
import { videoSettingsProcedures } from "./settings-procedures.ts";
import { submissionClipProcedures } from "./submission-clip-procedures.ts";
import { videoWriteProcedures } from "./write-procedures.ts";

/**
 * Classroom video: a teacher's lesson recordings, private until shared, with comments pinned to
 * moments and tagged with the framework's indicators, clips as evidence (action-plan steps,
 * support meetings, credential submissions), and captions. Uploads, playback and deletion (which removes files) are server routes under
 * `/files/videos`; who may do what is `videoMay` (`@throughline/domain/video-access`).
 */
export const videoRouter = createRouter({
  ...videoReadProcedures,
  ...videoWriteProcedures,
  ...videoSettingsProcedures,
  ...meetingClipProcedures,
  ...submissionClipProcedures,
});
