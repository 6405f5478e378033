// Sequence parameters with PostgreSQL's defaults, shared by CREATE/ALTER SEQUENCE, serial
// columns and identity columns.
#pragma once
#include "catalog/replay.h"

namespace pgdrift::catalog {

// Applies options to p; `creating` fills every default like CREATE SEQUENCE does.
void apply_seq_options(Replayer& r, SeqParams& p, const ast::SeqOptions& o, bool creating);

// Sets OWNED BY from [schema.]table.column parts ({} = NONE).
void set_owned_by(Replayer& r, Sequence& s, const std::vector<std::string>& parts);

// Creates the sequence behind a serial or identity column and returns its name.
std::string create_column_sequence(Replayer& r, const Table& t, const std::string& column,
                                   const std::string& column_type, const ast::SeqOptions* options,
                                   bool identity);

}  // namespace pgdrift::catalog
