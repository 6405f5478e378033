-- posts, with their body (the body was added to this file after it was applied)
create table public.posts (
  id bigint primary key,
  user_id bigint not null references public.users (id),
  body text
);
