create type plan_tier as enum ('free', 'premium', 'enterprize');
create table subscriptions (
    id int generated always as identity primary key,
    tier plan_tier not null default 'premium'
);
