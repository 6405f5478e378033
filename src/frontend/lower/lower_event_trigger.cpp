// CREATE EVENT TRIGGER and ALTER EVENT TRIGGER ... ENABLE / DISABLE.
#include "frontend/lower/lower.h"

namespace pgdrift {

ast::Node lower_create_event_trigger(PgQuery__CreateEventTrigStmt* s, LowerContext& ctx) {
  ast::EventTriggerStmt e;
  e.name = s->trigname ? s->trigname : "";
  e.event = s->eventname ? s->eventname : "";
  e.function = qualname_of_list(strings_of(s->funcname, s->n_funcname), ctx.stmt_span);
  for (size_t i = 0; i < s->n_whenclause; ++i) {  // WHEN TAG IN ('CREATE TABLE', ...): the only filter variable
    if (s->whenclause[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = s->whenclause[i]->def_elem;
    if (d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_LIST) e.tags = strings_of(d->arg->list->items, d->arg->list->n_items);
  }
  return e;
}

ast::Node lower_alter_event_trigger(PgQuery__AlterEventTrigStmt* s, LowerContext&) {
  ast::EventTriggerStmt e;
  e.name = s->trigname ? s->trigname : "";
  e.alter = true;
  e.enabled = s->tgenabled && *s->tgenabled ? s->tgenabled[0] : 'O';
  return e;
}

}  // namespace pgdrift
