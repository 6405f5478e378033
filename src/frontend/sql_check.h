// PostgreSQL's own parsers over a script pgdrift wrote: every statement, and the PL/pgSQL of every
// DO block and LANGUAGE plpgsql function in it. A syntax error is found without a server.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace pgdrift {

// One message per statement or PL/pgSQL body that does not parse ("" when all parse).
std::vector<std::string> sql_script_errors(std::string_view script);

}  // namespace pgdrift
