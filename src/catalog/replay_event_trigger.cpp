// CREATE EVENT TRIGGER (its function resolved) and ALTER EVENT TRIGGER ... ENABLE / DISABLE.
#include "base/sql_ident.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

void replay_event_trigger(Replayer& r, const ast::EventTriggerStmt& s) {
  if (s.alter) {
    auto it = r.cat.event_triggers.find(s.name);
    if (it == r.cat.event_triggers.end()) r.warn(DiagKind::unknown_object, "event trigger " + quote_ident(s.name) + " does not exist; statement ignored");
    else it->second.enabled = s.enabled;
    return;
  }
  if (r.cat.event_triggers.count(s.name)) {
    r.warn(DiagKind::duplicate_object, "event trigger " + quote_ident(s.name) + " already exists; statement ignored");
    return;
  }
  EventTrigger e;
  e.name = s.name;
  e.event = s.event;
  e.tags = s.tags;
  if (std::optional<Key> f = r.find_function(ast::FuncSig{s.function, {}, false}))
    e.function = qualified(f->first, r.cat.functions.at(*f).name);
  else {
    r.note_external("function " + quote_ident(s.function.name), s.function.span);
    e.function = s.function.schema.empty() ? quote_ident(s.function.name) : qualified(s.function.schema, s.function.name);
  }
  e.origin = r.origin();
  r.cat.event_triggers[s.name] = std::move(e);
}

}  // namespace pgdrift::catalog
