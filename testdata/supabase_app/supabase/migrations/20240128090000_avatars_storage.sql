-- Avatars: a public bucket; each user writes only in the folder named after their id.
create policy "Avatar images are publicly accessible"
  on storage.objects for select
  using (bucket_id = 'avatars');

create policy "Users upload their own avatar"
  on storage.objects for insert
  to authenticated
  with check (bucket_id = 'avatars' and (select auth.uid())::text = (storage.foldername(name))[1]);

create policy "Users update their own avatar"
  on storage.objects for update
  to authenticated
  using (auth.uid() = owner)
  with check (bucket_id = 'avatars');

-- Signed-in users list the buckets (a grant on a platform table: the project's, compared).
grant select on storage.buckets to authenticated;
