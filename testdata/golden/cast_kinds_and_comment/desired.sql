-- Casts of every method (a function, binary coercion, I/O) and context, with a comment, on
-- types of the schema; one is dropped and created again with another context.
create type mood as enum ('sad', 'ok', 'happy');
create type celsius as (degrees numeric);
create function celsius_of(numeric) returns celsius language sql immutable as $$ select row($1)::celsius $$;
create function mood_score(mood) returns integer language sql immutable
  as $$ select array_position(enum_range(null::mood), $1) $$;

create cast (numeric as celsius) with function celsius_of(numeric) as assignment;
create cast (mood as integer) with function mood_score(mood);
create cast (mood as text) with inout as implicit;
comment on cast (mood as text) is 'the label';
create cast (text as mood) with inout;
drop cast (text as mood);
create cast (text as mood) with inout as assignment;
