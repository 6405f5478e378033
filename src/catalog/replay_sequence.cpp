// CREATE SEQUENCE, ALTER SEQUENCE, and the sequences of serial and identity columns.
#include "catalog/replay_sequence.h"

#include "base/sql_ident.h"
#include "catalog/names.h"
#include "catalog/types.h"

namespace pgdrift::catalog {

namespace {
int64_t default_min(const SeqParams& p) { return p.increment > 0 ? 1 : seq_type_min(p.type); }
int64_t default_max(const SeqParams& p) { return p.increment > 0 ? seq_type_max(p.type) : -1; }
}  // namespace

void apply_seq_options(Replayer& r, SeqParams& p, const ast::SeqOptions& o, bool creating) {
  bool min_default = creating || p.min == default_min(p);
  bool max_default = creating || p.max == default_max(p);
  if (o.as_type) p.type = r.column_type_of(*o.as_type);
  if (o.increment) p.increment = *o.increment;
  if (o.minvalue) p.min = *o.minvalue;
  else if (o.no_minvalue || min_default) p.min = default_min(p);
  if (o.maxvalue) p.max = *o.maxvalue;
  else if (o.no_maxvalue || max_default) p.max = default_max(p);
  if (o.start) p.start = *o.start;
  else if (creating) p.start = p.increment > 0 ? p.min : p.max;
  if (o.cache) p.cache = *o.cache;
  if (o.cycle) p.cycle = *o.cycle;
}

void set_owned_by(Replayer& r, Sequence& s, const std::vector<std::string>& parts) {
  if (parts.size() < 2) {
    s.owner_table = {};
    s.owner_column.clear();
    return;
  }
  ast::QualName table{parts.size() >= 3 ? parts[parts.size() - 3] : "", parts[parts.size() - 2], r.span};
  std::optional<Key> k = r.find_table(table);
  if (!k) {
    r.warn(DiagKind::unknown_object, "owned by table " + quote_ident(table.name) + " that does not exist");
    return;
  }
  s.owner_table = *k;
  s.owner_column = parts.back();
}

std::string create_column_sequence(Replayer& r, const Table& t, const std::string& column,
                                   const std::string& column_type, const ast::SeqOptions* options,
                                   bool identity) {
  Key key;
  if (options && options->sequence_qualname) {
    key = r.creation_key(*options->sequence_qualname);
    key.second = truncate_identifier(key.second);
  } else {
    key = Key{t.schema, choose_name(t.name, column, "seq",
                                    [&](const std::string& n) { return r.cat.relation_exists({t.schema, n}); })};
  }
  Sequence s;
  s.schema = key.first;
  s.name = key.second;
  s.params.type = column_type == "smallint" || column_type == "integer" ? column_type : "bigint";
  apply_seq_options(r, s.params, options ? *options : ast::SeqOptions{}, true);
  s.owner_table = Key{t.schema, t.name};
  s.owner_column = column;
  s.identity = identity;
  s.origin = r.origin();
  r.cat.sequences[key] = s;
  acl_created(r, "SEQUENCE " + key_text(key), 'S', key.first);
  return key.second;
}

void replay_create_sequence(Replayer& r, const ast::CreateSequence& n) {
  Key key = r.creation_key(n.name);
  key.second = truncate_identifier(key.second);
  if (r.cat.relation_exists(key)) {
    if (!n.if_not_exists) r.warn(DiagKind::duplicate_object, "relation " + key_text(key) + " already exists", n.name.span);
    return;
  }
  Sequence s;
  s.schema = key.first;
  s.name = key.second;
  s.unlogged = n.unlogged;
  s.origin = r.origin();
  apply_seq_options(r, s.params, n.options, true);
  if (n.options.owned_by) set_owned_by(r, s, *n.options.owned_by);
  r.cat.sequences[key] = s;
  acl_created(r, "SEQUENCE " + key_text(key), 'S', key.first);
}

void replay_alter_sequence(Replayer& r, const ast::AlterSequence& n) {
  std::optional<Key> k = r.find_sequence(n.name);
  if (!k) {
    if (!n.if_exists) r.warn(DiagKind::unknown_object, "sequence " + quote_ident(n.name.name) + " does not exist; statement ignored", n.name.span);
    return;
  }
  Sequence& s = r.cat.sequences.at(*k);
  apply_seq_options(r, s.params, n.options, false);
  if (n.options.owned_by) set_owned_by(r, s, *n.options.owned_by);
}

}  // namespace pgdrift::catalog
