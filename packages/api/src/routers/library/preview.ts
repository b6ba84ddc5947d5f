import {
  type LibraryPackage,
  type PackagedSession,
  packageSummary,
  packageTitle,
} from "@throughline/domain/library";

const sessionPreview = (session: PackagedSession, stageTitle: string | null) => ({
  key: session.key,
  stageTitle,
  title: session.title,
  summary: session.summary,
  estimatedMinutes: session.estimatedMinutes,
  indicatorCodes: session.indicatorCodes,
  blockCount: session.blocks.length,
});

/** What an importer reviews before making a copy: the package's content, kind by kind. */
export function previewOf(pkg: LibraryPackage) {
  const common = {
    kind: pkg.kind,
    license: pkg.license,
    attribution: pkg.attribution,
    districtName: pkg.source.districtName,
    title: packageTitle(pkg),
    summary: packageSummary(pkg),
    travels: pkg.travels ?? null,
  };
  switch (pkg.kind) {
    case "stage":
      return {
        ...common,
        stages: [],
        sessions: pkg.stage.sessions.map((session) => sessionPreview(session, null)),
        credential: null,
      };
    case "session":
      return {
        ...common,
        stages: [],
        sessions: [sessionPreview(pkg.session, null)],
        credential: null,
      };
    case "program":
      return {
        ...common,
        stages: pkg.program.stages.map((stage) => ({
          title: stage.title,
          sessionCount: stage.sessions.length,
        })),
        sessions: pkg.program.stages.flatMap((stage) =>
          stage.sessions.map((session) => sessionPreview(session, stage.title)),
        ),
        credential: null,
      };
    case "credential": {
      const { credential } = pkg;
      return {
        ...common,
        stages: [],
        sessions: [],
        credential: {
          keyMethod: credential.keyMethod,
          criteriaNarrative: credential.criteriaNarrative,
          requirements: credential.requirements.map((requirement) => requirement.label),
          rubricCriteria: credential.rubric.criteria.map((criterion) => criterion.name),
          rubricLevels: credential.rubric.levels.map((level) => level.label),
          pdHours: credential.pdHours,
          validityMonths: credential.validityMonths,
          indicatorCodes: credential.indicatorCodes,
        },
      };
    }
  }
}
