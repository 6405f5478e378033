-- EXECUTE PROCEDURE (old spelling, still accepted) and EXECUTE FUNCTION mean the same thing.
create table notes (
    id serial primary key,
    body text,
    body_len int
);

create function notes_len() returns trigger as $$
begin
  new.body_len := length(new.body);
  return new;
end;
$$ language plpgsql;

CREATE TRIGGER notes_len_ins BEFORE INSERT ON notes
  FOR EACH ROW EXECUTE PROCEDURE notes_len();

create trigger notes_len_upd before update on notes
  for each row execute function notes_len();

create trigger notes_len_qualified before update on public.notes
  for each row execute function public.notes_len();
