#include "diff/sequence_check.h"

#include <algorithm>
#include <cstdint>
#include <map>

#include "base/sql_ident.h"

namespace pgdrift {

using namespace catalog;

const char* sequence_status_name(SequenceStatus s) {
  switch (s) {
    case SequenceStatus::Behind: return "behind";
    case SequenceStatus::Ok: return "ok";
    case SequenceStatus::NoRows: return "no rows";
    case SequenceStatus::Descending: return "descending";
  }
  return "";
}

namespace {
// The largest value of `column` over the COPY blocks of `table` (a dump may hold several).
std::optional<int64_t> largest(const DumpData& data, const Table& table, const std::string& column) {
  std::optional<int64_t> top;
  for (const CopyBlock& b : data.copies) {
    if (b.table != table.name || (!b.schema.empty() && b.schema != table.schema)) continue;
    const std::vector<std::string>& order = b.columns.empty() ? table.column_order.value : b.columns;
    auto at = std::find(order.begin(), order.end(), column);
    if (at == order.end()) continue;
    std::optional<int64_t> m = column_max(b.data, static_cast<size_t>(at - order.begin()));
    if (m && (!top || *m > *top)) top = m;
  }
  return top;
}
}  // namespace

std::vector<SequenceCheck> check_sequences(const Catalog& cat, const DumpData& data) {
  std::map<Key, const SequenceValue*> last_setval;  // the dump's last word on each sequence
  for (const SequenceValue& v : data.values) last_setval[Key{v.schema.empty() ? "public" : v.schema, v.name}] = &v;
  std::vector<SequenceCheck> out;
  for (const auto& [key, seq] : cat.sequences) {
    auto t = cat.tables.find(seq.owner_table);
    if (seq.owner_column.empty() || t == cat.tables.end()) continue;
    SequenceCheck c;
    c.sequence = qualified(seq.schema, seq.name);
    c.column = qualified(t->second.schema, t->second.name) + "." + quote_ident(seq.owner_column);
    auto v = last_setval.find(key);
    if (v == last_setval.end()) c.next = seq.params.start;  // never used: its start comes first
    else {
      c.next = v->second->value;
      if (v->second->is_called && __builtin_add_overflow(c.next, seq.params.increment, &c.next)) c.next = INT64_MAX;
      c.setval_at = v->second->span;
    }
    c.max = largest(data, t->second, seq.owner_column);
    if (seq.params.increment < 0) c.status = SequenceStatus::Descending;
    else if (!c.max) c.status = SequenceStatus::NoRows;
    else c.status = *c.max >= c.next ? SequenceStatus::Behind : SequenceStatus::Ok;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace pgdrift
