-- COMMENT ON each core object kind.
create extension if not exists citext;
create schema crm;
create type crm.lead_source as enum ('web', 'referral', 'event');
create sequence crm.lead_number_seq;
create table crm.leads (
    id int primary key,
    email citext,
    source crm.lead_source,
    score int constraint leads_score_range check (score between 0 and 100)
);
create index leads_email_idx on crm.leads (email);

comment on schema crm is 'Sales pipeline';
comment on extension citext is 'case-insensitive text for emails';
comment on type crm.lead_source is 'Where a lead came from';
COMMENT ON SEQUENCE crm.lead_number_seq IS 'Human-facing lead numbers';
comment on table crm.leads is 'Prospective customers';
comment on column crm.leads.email is 'Contact e-mail (case-insensitive)';
comment on column crm.leads.score is 'It''s 0..100; see "scoring.md"';
comment on index crm.leads_email_idx is 'Lookup by e-mail';
comment on constraint leads_score_range on crm.leads is 'Scores are percentages';
comment on constraint leads_pkey on crm.leads is $$Implicit PK, commented with a $-quoted string$$;
