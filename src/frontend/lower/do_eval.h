// Offline evaluation of the constant parts of a DO block: the values of variables, loop bounds,
// arrays and the strings EXECUTE runs, when every input is a constant. What PostgreSQL would
// compute from the database (a query on a table, now(), a sequence) is not constant: the
// evaluation gives up (nullopt) and the caller reports the statement (W103).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pgdrift::do_eval {

// A value: SQL NULL, a scalar (as PostgreSQL's text output prints it), an array of scalars or a
// record (named fields).
struct Value {
  enum class Kind { Null, Scalar, Array, Record } kind = Kind::Null;
  std::string text;
  std::vector<Value> items;         // Array: the elements; Record: the fields' values, in column order
  std::vector<std::string> names;   // Record: the fields' names, parallel to items
  const Value* field(const std::string& name) const;
  void add_field(std::string name, Value v) { names.push_back(std::move(name)); items.push_back(std::move(v)); }
  static Value null() { return {}; }
  static Value scalar(std::string s) { Value v; v.kind = Kind::Scalar; v.text = std::move(s); return v; }
};

// The variables known to hold a constant; a name absent is unknown.
using Env = std::map<std::string, Value>;

// The value of a PL/pgSQL expression ("format('%I', t)", "1", "r.sql", "array['a', 'b']").
std::optional<Value> eval(const std::string& expr, const Env& env);
// The rows of a loop's query: SELECT <expressions> [FROM generate_series(a, b[, step]) | unnest(array)
// [AS] alias[(column)]], each row a Record of its output columns (named as PostgreSQL names them).
std::optional<std::vector<Value>> eval_rows(const std::string& query, const Env& env);
// A value as a variable of the declared type holds it ("text[]" reads '{a,b}' as an array).
std::optional<Value> coerce(Value v, const std::string& declared_type);
// The integer a scalar holds.
std::optional<long long> as_integer(const Value& v);

}  // namespace pgdrift::do_eval
