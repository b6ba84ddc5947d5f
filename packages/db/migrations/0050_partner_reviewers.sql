CREATE TABLE "district_partnership" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposer_district_id" uuid NOT NULL,
	"partner_district_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"ended_by_district_id" uuid
);
--> statement-breakpoint
CREATE TABLE "partner_reviewer_offer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"offering_district_id" uuid NOT NULL,
	"receiving_district_id" uuid NOT NULL,
	"certification_id" uuid NOT NULL,
	"credential_id" uuid NOT NULL,
	"credential_name" text NOT NULL,
	"reviewer_name" text NOT NULL,
	"reviewer_email" text NOT NULL,
	"certified_until" timestamp with time zone NOT NULL,
	"offered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "partner_reviewer_offer_certification_key" UNIQUE("partnership_id","certification_id","offered_at")
);
--> statement-breakpoint
CREATE TABLE "partner_reviewer_grant" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"credential_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"source_district_id" uuid NOT NULL,
	"source_certification_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_by_id" uuid,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_reviewer_grant_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
ALTER TABLE "district_partnership" ADD CONSTRAINT "district_partnership_proposer_district_id_district_id_fk" FOREIGN KEY ("proposer_district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_partnership" ADD CONSTRAINT "district_partnership_partner_district_id_district_id_fk" FOREIGN KEY ("partner_district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_partnership" ADD CONSTRAINT "district_partnership_ended_by_district_id_district_id_fk" FOREIGN KEY ("ended_by_district_id") REFERENCES "public"."district"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_reviewer_offer" ADD CONSTRAINT "partner_reviewer_offer_partnership_id_district_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."district_partnership"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_reviewer_offer" ADD CONSTRAINT "partner_reviewer_offer_offering_district_id_district_id_fk" FOREIGN KEY ("offering_district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_reviewer_offer" ADD CONSTRAINT "partner_reviewer_offer_receiving_district_id_district_id_fk" FOREIGN KEY ("receiving_district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_reviewer_grant" ADD CONSTRAINT "partner_reviewer_grant_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_reviewer_grant" ADD CONSTRAINT "partner_reviewer_grant_offer_id_partner_reviewer_offer_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."partner_reviewer_offer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_reviewer_grant" ADD CONSTRAINT "partner_reviewer_grant_source_district_id_district_id_fk" FOREIGN KEY ("source_district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_reviewer_grant" ADD CONSTRAINT "partner_reviewer_grant_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_reviewer_grant" ADD CONSTRAINT "partner_reviewer_grant_credential_fk" FOREIGN KEY ("district_id","credential_id") REFERENCES "public"."credential"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_reviewer_grant" ADD CONSTRAINT "partner_reviewer_grant_accepted_by_fk" FOREIGN KEY ("district_id","accepted_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "district_partnership_proposer_idx" ON "district_partnership" USING btree ("proposer_district_id");--> statement-breakpoint
CREATE INDEX "district_partnership_partner_idx" ON "district_partnership" USING btree ("partner_district_id");--> statement-breakpoint
CREATE INDEX "partner_reviewer_offer_partnership_idx" ON "partner_reviewer_offer" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "partner_reviewer_offer_receiving_idx" ON "partner_reviewer_offer" USING btree ("receiving_district_id");--> statement-breakpoint
CREATE INDEX "partner_reviewer_grant_person_idx" ON "partner_reviewer_grant" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "partner_reviewer_grant_credential_idx" ON "partner_reviewer_grant" USING btree ("district_id","credential_id");--> statement-breakpoint
CREATE INDEX "partner_reviewer_grant_accepted_by_idx" ON "partner_reviewer_grant" USING btree ("district_id","accepted_by_id");--> statement-breakpoint
CREATE INDEX "partner_reviewer_grant_offer_idx" ON "partner_reviewer_grant" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "partner_reviewer_grant_source_idx" ON "partner_reviewer_grant" USING btree ("source_district_id");--> statement-breakpoint
-- Partnerships and offers are read and written by their two districts only: their own row
-- security, since they are not tenant tables (no district_id).
ALTER TABLE "district_partnership" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "district_partnership" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY district_partnership_parties ON "district_partnership" FOR SELECT
  USING ((select nullif(current_setting('app.district_id', true), '')::uuid) IN (proposer_district_id, partner_district_id));
--> statement-breakpoint
CREATE POLICY district_partnership_propose ON "district_partnership" FOR INSERT
  WITH CHECK (proposer_district_id = (select nullif(current_setting('app.district_id', true), '')::uuid));
--> statement-breakpoint
CREATE POLICY district_partnership_change ON "district_partnership" FOR UPDATE
  USING ((select nullif(current_setting('app.district_id', true), '')::uuid) IN (proposer_district_id, partner_district_id))
  WITH CHECK ((select nullif(current_setting('app.district_id', true), '')::uuid) IN (proposer_district_id, partner_district_id));
--> statement-breakpoint
ALTER TABLE "partner_reviewer_offer" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "partner_reviewer_offer" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY partner_reviewer_offer_parties ON "partner_reviewer_offer" FOR SELECT
  USING ((select nullif(current_setting('app.district_id', true), '')::uuid) IN (offering_district_id, receiving_district_id));
--> statement-breakpoint
CREATE POLICY partner_reviewer_offer_offer ON "partner_reviewer_offer" FOR INSERT
  WITH CHECK (offering_district_id = (select nullif(current_setting('app.district_id', true), '')::uuid)
    AND EXISTS (
      SELECT 1 FROM district_partnership dp
      WHERE dp.id = partnership_id
        AND receiving_district_id IN (dp.proposer_district_id, dp.partner_district_id)
        AND offering_district_id IN (dp.proposer_district_id, dp.partner_district_id)
    ));
--> statement-breakpoint
CREATE POLICY partner_reviewer_offer_change ON "partner_reviewer_offer" FOR UPDATE
  USING ((select nullif(current_setting('app.district_id', true), '')::uuid) IN (offering_district_id, receiving_district_id))
  WITH CHECK ((select nullif(current_setting('app.district_id', true), '')::uuid) IN (offering_district_id, receiving_district_id));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "district_partnership", "partner_reviewer_offer" TO throughline_app;
--> statement-breakpoint
-- The viewer says whether the person reviews here for a partner district.
CREATE OR REPLACE FUNCTION session_viewer(p_token text)
RETURNS TABLE (
  session_id text,
  user_id text,
  expires_at_ms double precision,
  viewer jsonb,
  choose_district boolean
)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
  found_session record;
  found_person record;
  person_found boolean;
  active_people integer := 0;
  previous_district text := current_setting('app.district_id', true);
  details jsonb;
BEGIN
  SELECT s.id, s.user_id, s.expires_at, s.chosen_district_id INTO found_session
  FROM session s
  WHERE s.token = p_token;
  IF NOT FOUND THEN
    RETURN;
  END IF;

  PERFORM set_config('app.identity_lookup', 'on', true);
  -- The district the session chose, while its person there is active.
  SELECT p.district_id, p.id INTO found_person
  FROM person p
  WHERE p.user_id = found_session.user_id
    AND p.active
    AND p.district_id = found_session.chosen_district_id;
  person_found := FOUND;
  IF NOT person_found THEN
    SELECT count(*) INTO active_people
    FROM person p
    WHERE p.user_id = found_session.user_id AND p.active;
    IF active_people = 1 THEN
      SELECT p.district_id, p.id INTO found_person
      FROM person p
      WHERE p.user_id = found_session.user_id AND p.active;
      person_found := true;
    END IF;
  END IF;
  PERFORM set_config('app.identity_lookup', 'off', true);

  IF person_found THEN
    PERFORM set_config('app.district_id', found_person.district_id::text, true);
    SELECT jsonb_build_object(
      'person', jsonb_build_object('id', p.id, 'displayName', p.display_name, 'email', p.email),
      'district', jsonb_build_object('id', d.id, 'name', d.name, 'timeZone', d.time_zone),
      'roles', coalesce((
        SELECT jsonb_agg(
          jsonb_build_object('role', rm.role, 'schoolId', rm.school_id, 'schoolName', sc.name)
          ORDER BY rm.role, sc.name
        )
        FROM role_membership rm
        LEFT JOIN school sc ON sc.district_id = rm.district_id AND sc.id = rm.school_id
        WHERE rm.district_id = p.district_id AND rm.person_id = p.id
      ), '[]'::jsonb),
      'ledTeamIds', coalesce((
        SELECT jsonb_agg(t.id ORDER BY t.id)
        FROM team t
        WHERE t.district_id = p.district_id AND t.facilitator_id = p.id
      ), '[]'::jsonb),
      -- Enrolled in a cohort as a learner (a principal in a leadership cohort): the teacher app
      -- is theirs too.
      'learner', EXISTS (
        SELECT 1 FROM enrolment e
        WHERE e.district_id = p.district_id AND e.person_id = p.id AND e.status = 'active'
      ),
      -- Reviews for this district as a partner district's certified reviewer: the review pages
      -- of the coach app are theirs (and nothing else), while the grant holds.
      'partnerReviewer', EXISTS (
        SELECT 1 FROM partner_reviewer_grant g
        JOIN partner_reviewer_offer o ON o.id = g.offer_id
        JOIN district_partnership dp ON dp.id = o.partnership_id
        WHERE g.district_id = p.district_id AND g.person_id = p.id
          AND g.revoked_at IS NULL AND g.expires_at > now()
          AND o.withdrawn_at IS NULL AND dp.ended_at IS NULL AND dp.accepted_at IS NOT NULL
      )
    ) INTO details
    FROM person p
    JOIN district d ON d.id = p.district_id
    WHERE p.district_id = found_person.district_id AND p.id = found_person.id;
    PERFORM set_config('app.district_id', coalesce(previous_district, ''), true);
  END IF;

  RETURN QUERY SELECT
    found_session.id,
    found_session.user_id,
    (extract(epoch FROM found_session.expires_at) * 1000)::double precision,
    details,
    (NOT person_found AND active_people > 1);
END
$$;
--> statement-breakpoint
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION session_viewer(text) FROM PUBLIC;
