-- pgdrift catalog dump
CREATE SCHEMA crm;
COMMENT ON SCHEMA crm IS 'Sales pipeline';
CREATE EXTENSION citext WITH SCHEMA public;
COMMENT ON EXTENSION citext IS 'case-insensitive text for emails';
CREATE TYPE crm.lead_source AS ENUM ('web', 'referral', 'event');
COMMENT ON TYPE crm.lead_source IS 'Where a lead came from';
CREATE SEQUENCE crm.lead_number_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
COMMENT ON SEQUENCE crm.lead_number_seq IS 'Human-facing lead numbers';
CREATE TABLE crm.leads (
    id integer NOT NULL,
    email public.citext,
    source crm.lead_source,
    score integer
);
ALTER TABLE crm.leads ADD CONSTRAINT leads_pkey PRIMARY KEY (id);
ALTER TABLE crm.leads ADD CONSTRAINT leads_score_range CHECK (score BETWEEN 0 AND 100);
COMMENT ON TABLE crm.leads IS 'Prospective customers';
COMMENT ON COLUMN crm.leads.email IS 'Contact e-mail (case-insensitive)';
COMMENT ON COLUMN crm.leads.score IS 'It''s 0..100; see "scoring.md"';
COMMENT ON CONSTRAINT leads_pkey ON crm.leads IS 'Implicit PK, commented with a $-quoted string';
COMMENT ON CONSTRAINT leads_score_range ON crm.leads IS 'Scores are percentages';
CREATE INDEX leads_email_idx ON crm.leads USING btree (email);
COMMENT ON INDEX crm.leads_email_idx IS 'Lookup by e-mail';
-- external (referenced, never defined):
--   type public.citext
