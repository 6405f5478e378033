// CREATE SEQUENCE, ALTER SEQUENCE.
#include "frontend/lower/lower.h"

namespace pgdrift {

ast::Node lower_create_sequence(PgQuery__CreateSeqStmt* s, LowerContext& ctx) {
  ast::CreateSequence seq;
  seq.name = qualname_of(s->sequence, ctx);
  seq.if_not_exists = s->if_not_exists;
  seq.unlogged = s->sequence && s->sequence->relpersistence && *s->sequence->relpersistence == 'u';
  seq.options = seq_options_of(s->options, s->n_options, ctx);
  return seq;
}

ast::Node lower_alter_sequence(PgQuery__AlterSeqStmt* s, LowerContext& ctx) {
  ast::AlterSequence seq;
  seq.name = qualname_of(s->sequence, ctx);
  seq.if_exists = s->missing_ok;
  seq.options = seq_options_of(s->options, s->n_options, ctx);
  return seq;
}

}  // namespace pgdrift
