-- Enum labels with spaces, quotes, upper case and unicode; a quoted mixed-case type name.
create type "Mood" as enum ('sad', 'ok', 'Happy', 'very happy', 'it''s complicated', 'café');

create type public.color as enum ('red', 'green', 'blue');

create table diary (
    id serial primary key,
    mood "Mood" not null default 'ok',
    later_mood "Mood" default 'it''s complicated',
    palette color[] not null default '{red,blue}',
    favourite public.color default 'green'::color,
    history "Mood"[] default array['sad', 'Happy']::"Mood"[]
);
