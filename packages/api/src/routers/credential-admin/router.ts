import {
  type CredentialDetail,
  createCredential,
  listCredentials,
  loadCredentialDetail,
  saveCredentialDefinition,
  setCredentialArchived,
  stageKnown,
} from "@throughline/db/queries/credentials/credential-admin";
import { credentialProgramId } from "@throughline/db/queries/credentials/credential-program";
import { listStages } from "@throughline/db/queries/framework/framework";
import { listEditorIndicators } from "@throughline/db/queries/framework/framework-admin";
import { knownIndicatorIds } from "@throughline/db/queries/framework/framework-admin-indicators";
import {
  type CredentialDefinition,
  credentialDefinitionSchema,
  credentialIdInputSchema,
  credentialImagePrefix,
  setArchivedInputSchema,
  updateCredentialInputSchema,
} from "@throughline/domain/credential-admin";
import { TRPCError } from "@trpc/server";
import { readSignedImageKey } from "../../credentials/image-key-token.ts";
import { fieldProblem } from "../../field-problem.ts";
import type { TenantScope } from "../../session.ts";
import { adminProcedure, createRouter, districtAdminProcedure } from "../../trpc.ts";
import { checkProgramChoice } from "../framework-admin/program-choice.ts";
import { credentialChange } from "./audit.ts";
import { badgeProcedures } from "./badges.ts";
import { reviewerProcedures } from "./reviewers.ts";

/**
 * The stage, program, indicators and image must be the district's own; named as field errors.
 * Returns the definition with the image's signed reference replaced by the storage key it names.
 * `credentialId`: the credential being saved, which may keep a program archived since.
 */
async function assertReferencesKnown(
  ctx: TenantScope & { secret: string },
  definition: CredentialDefinition,
  path: (string | number)[] = [],
  credentialId?: string,
): Promise<CredentialDefinition> {
  await checkProgramChoice(
    ctx.tx,
    definition.programId,
    path,
    credentialId ? () => credentialProgramId(ctx.tx, credentialId) : undefined,
  );
  if (definition.stageId !== null && !(await stageKnown(ctx.tx, definition.stageId))) {
    throw fieldProblem([...path, "stageId"], "Choose one of the district's stages");
  }
  const known = await knownIndicatorIds(ctx.tx, { indicatorIds: definition.indicatorIds });
  if (definition.indicatorIds.some((id) => !known.has(id))) {
    throw fieldProblem([...path, "indicatorIds"], "Choose the district's own indicators");
  }
  const image = definition.image;
  if (!image) return definition;
  // Only a key the upload route signed for this district: never another of its files.
  const storageKey = readSignedImageKey(ctx.districtId, image.storageKey, ctx.secret);
  if (!storageKey?.startsWith(credentialImagePrefix(ctx.districtId))) {
    throw fieldProblem([...path, "image"], "Upload the image again");
  }
  return { ...definition, image: { ...image, storageKey } };
}

function detailOf(detail: CredentialDetail) {
  const { version } = detail;
  return {
    id: detail.id,
    archived: detail.archivedAt !== null,
    version: version.version,
    earlierVersions: version.version - 1,
    submissions: detail.submissions,
    submissionsOnVersion: detail.submissionsOnVersion,
    hasImage: version.imageStorageKey !== null,
    definition: {
      name: version.name,
      competency: version.competency,
      keyMethod: version.keyMethod,
      criteriaNarrative: version.criteriaNarrative,
      stageId: version.stageId,
      programId: detail.programId,
      indicatorIds: detail.indicatorIds,
      requirements: version.requirements,
      rubric: version.rubric,
      passingRule: version.passingRule,
      pdHours: version.pdMinutes / 60,
      validityMonths: version.validityMonths,
    },
  };
}

const definitionProcedures = {
  /** Every credential of the district with its current version; principals read only. */
  list: adminProcedure.query(async ({ ctx }) => ({
    canEdit: ctx.scope.districtAdmin,
    credentials: await listCredentials(ctx.tx),
  })),

  /** What a definition may point at: the district's stages and indicators. */
  options: adminProcedure.query(async ({ ctx }) => {
    const [stages, indicators] = await Promise.all([
      listStages(ctx.tx),
      listEditorIndicators(ctx.tx),
    ]);
    return {
      stages: stages.map(({ id, position, title }) => ({ id, position, title })),
      indicators,
    };
  }),

  get: adminProcedure.input(credentialIdInputSchema).query(async ({ ctx, input }) => {
    const detail = await loadCredentialDetail(ctx.tx, input.credentialId);
    if (!detail)
      throw new TRPCError({ code: "NOT_FOUND", message: "There is no such credential." });
    return { ...detailOf(detail), canEdit: ctx.scope.districtAdmin };
  }),

  create: districtAdminProcedure
    .input(credentialDefinitionSchema)
    .mutation(async ({ ctx, input }) => {
      const definition = await assertReferencesKnown(ctx, input);
      const recordChange = await credentialChange(ctx, null);
      const created = await createCredential(ctx.tx, {
        districtId: ctx.districtId,
        personId: ctx.personId,
        definition,
      });
      await recordChange(created.credentialId, "credential.created");
      return created;
    }),

  /** In place while nobody started on the current version; otherwise the next version. */
  update: districtAdminProcedure
    .input(updateCredentialInputSchema)
    .mutation(async ({ ctx, input }) => {
      const definition = await assertReferencesKnown(
        ctx,
        input.definition,
        ["definition"],
        input.credentialId,
      );
      const recordChange = await credentialChange(ctx, input.credentialId);
      const saved = await saveCredentialDefinition(ctx.tx, {
        districtId: ctx.districtId,
        personId: ctx.personId,
        credentialId: input.credentialId,
        definition,
      });
      if (!saved)
        throw new TRPCError({ code: "NOT_FOUND", message: "There is no such credential." });
      await recordChange(input.credentialId, "credential.updated");
      return saved;
    }),

  setArchived: districtAdminProcedure
    .input(setArchivedInputSchema)
    .mutation(async ({ ctx, input }) => {
      const recordChange = await credentialChange(ctx, input.credentialId);
      const found = await setCredentialArchived(ctx.tx, { ...input, now: new Date() });
      if (!found)
        throw new TRPCError({ code: "NOT_FOUND", message: "There is no such credential." });
      // Named archived or restored by the flag; archiving an archived one records nothing.
      await recordChange(input.credentialId, "credential.updated");
      return { archived: input.archived };
    }),
};

/** Micro-credential definitions, their reviewers and awarded badges, for the admin app. */
export const credentialAdminRouter = createRouter({
  ...definitionProcedures,
  ...reviewerProcedures,
  ...badgeProcedures,
});
