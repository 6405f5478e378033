create view public.user_emails as select id, email from public.users;
