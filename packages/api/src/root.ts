import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { adminRouter } from "./routers/admin.ts";
import { coachRouter } from "./routers/coach.ts";
import { frameworkRouter } from "./routers/framework.ts";
import { teacherRouter } from "./routers/teacher.ts";
import { viewerRouter } from "./routers/viewer.ts";
import { createRouter } from "./trpc.ts";

/** One router per domain area. */
export const appRouter = createRouter({
  viewer: viewerRouter,
  framework: frameworkRouter,
  teacher: teacherRouter,
  coach: coachRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
