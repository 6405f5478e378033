drop policy files_insert on files;
drop policy if exists "Files can be deleted by owner" on public.files;
drop policy if exists files_never_existed on files;
