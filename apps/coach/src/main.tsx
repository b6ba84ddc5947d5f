import "@throughline/app-kit/styles.css";
import { startApp } from "@throughline/app-kit/start-app";
import { useCoachNav } from "./nav.ts";
import { routes } from "./router.tsx";

startApp({ app: "coach", nav: useCoachNav, routes, dev: import.meta.env.DEV });
