// Sequences behind their data, found offline in a full pg_dump (pgdrift sequences): the value
// each serial or identity sequence will hand out next (from the dump's setval) against the
// largest value its column holds in the dump's COPY data.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "frontend/dump_data.h"

namespace pgdrift {

enum class SequenceStatus { Behind, Ok, NoRows, Descending };
const char* sequence_status_name(SequenceStatus s);  // "behind", "ok", "no rows", "descending"

struct SequenceCheck {
  std::string sequence, column;  // public.t_id_seq, public.t.id
  int64_t next = 0;              // what nextval would return (saturated at the int64 bounds)
  std::optional<int64_t> max;    // the column's largest value in the COPY data
  SequenceStatus status = SequenceStatus::Ok;
  SourceSpan setval_at;          // the dump's setval, when it has one
};

// One entry per sequence owned by a column (serial, identity), in key order.
std::vector<SequenceCheck> check_sequences(const catalog::Catalog& cat, const DumpData& data);

}  // namespace pgdrift
