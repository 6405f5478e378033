// The building blocks of the catalog model: keys, texts kept for printing only, stored
// expressions and what they reference, sequence parameters.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/span.h"
#include "frontend/expr.h"

namespace pgdrift::catalog {

using Key = std::pair<std::string, std::string>;  // (schema, name)

// A value carried along for printing only; always compares equal.
template <class T>
struct Shown {
  T value{};
  bool operator==(const Shown&) const { return true; }
};

// Texts "printed" below are the object as its source wrote it, kept only while nothing it names
// was renamed (forget_printed). When the source is a pg_dump, that is exactly what the server
// prints for the object (pg_get_expr, pg_get_constraintdef, ...): the reconciler compares the
// live catalog with it before it asks the server to print a probe (docs/reconciler-patterns.md).

// The user objects something names (resolved keys): what it depends on, for ordering.
struct Refs {
  std::vector<Key> functions;  // by name: any overload
  std::vector<Key> types;
  std::vector<Key> relations;  // tables, views, sequences
};

// An expression as stored: canonical text (compared), SQL to print, and what is needed to
// recompute both after a column rename.
struct StoredExpr {
  std::string canonical;
  Shown<std::string> sql;
  Shown<std::string> printed;
  Shown<Refs> refs;
  Shown<std::optional<Expr>> expr;
  Shown<std::map<std::string, std::string>> renames;  // column as written -> current name
  bool operator==(const StoredExpr& o) const { return canonical == o.canonical; }
};

// An optional expression kept on the heap: one pointer wide when absent. Most columns,
// constraints and indexes have none, or one of two or three (a default, a CHECK, a WHERE), and an
// inline std::optional<StoredExpr> is 272 bytes: a 5,000-table schema's columns took 66 MB a side.
// The same operations as std::optional; copies are deep, == compares the values.
template <class T>
class Boxed {
 public:
  Boxed() = default;
  Boxed(std::nullopt_t) {}
  Boxed(T v) : p_(std::make_unique<T>(std::move(v))) {}
  Boxed(const Boxed& o) : p_(o.p_ ? std::make_unique<T>(*o.p_) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& o) {
    if (this != &o) p_ = o.p_ ? std::make_unique<T>(*o.p_) : nullptr;
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  Boxed& operator=(std::nullopt_t) {
    p_.reset();
    return *this;
  }
  explicit operator bool() const { return p_ != nullptr; }
  bool has_value() const { return p_ != nullptr; }
  T& operator*() { return *p_; }
  const T& operator*() const { return *p_; }
  T* operator->() { return p_.get(); }
  const T* operator->() const { return p_.get(); }
  void reset() { p_.reset(); }
  template <class... A>
  T& emplace(A&&... args) {
    p_ = std::make_unique<T>(std::forward<A>(args)...);
    return *p_;
  }
  friend bool operator==(const Boxed& a, const Boxed& b) { return a.p_ && b.p_ ? *a.p_ == *b.p_ : !a.p_ && !b.p_; }

 private:
  std::unique_ptr<T> p_;
};

using OptExpr = Boxed<StoredExpr>;

struct SeqParams {
  std::string type = "bigint";
  int64_t start = 1, increment = 1, min = 1, max = INT64_MAX, cache = 1;
  bool cycle = false;
  bool operator==(const SeqParams&) const = default;
};

}  // namespace pgdrift::catalog
