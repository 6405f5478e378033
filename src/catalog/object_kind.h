// Object kinds (the registry object_kinds.def) and a typed reference to one catalog object.
#pragma once
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace pgdrift {

enum class ObjectKind {
#define OBJECT_KIND(Id, Model, name) Id,
#include "catalog/object_kinds.def"
#undef OBJECT_KIND
};
const char* object_kind_name(ObjectKind k);  // "table", "column", ...
// Every distinct kind name, sorted: what --allow-drop and the policy accept.
const std::vector<std::string>& object_kind_names();

namespace catalog {

// kind_of<Table>::value == ObjectKind::Table.
template <class T>
struct kind_of;
#define OBJECT_KIND(Id, Model, name) \
  template <>                        \
  struct kind_of<Model> {            \
    static constexpr ObjectKind value = ObjectKind::Id; \
  };
#include "catalog/object_kinds.def"
#undef OBJECT_KIND

// One object of a catalog, typed by its kind: what a change or a plan step is about. The parts
// of a table (columns, constraints, triggers, policies) carry their table; a view's triggers
// carry their view.
class ObjectRef {
 public:
  ObjectRef() = default;
  template <class T>
  ObjectRef(const T& object, const Table* table = nullptr) : kind_(kind_of<T>::value), ptr_(&object), table_(table) {}
  template <class T>
  ObjectRef(const T& object, const View* view) : kind_(kind_of<T>::value), ptr_(&object), view_(view) {}

  explicit operator bool() const { return ptr_ != nullptr; }
  ObjectKind kind() const { return kind_; }
  const Table* table() const { return table_; }
  const View* view() const { return view_; }
  // The relation a part belongs to (its table or view): (schema, name); empty for other objects.
  Key relation() const { return table_ ? Key{table_->schema, table_->name} : view_ ? Key{view_->schema, view_->name} : Key{}; }
  // The object as its model type, or nullptr when it is of another kind.
  template <class T>
  const T* as() const {
    return ptr_ && kind_ == kind_of<T>::value ? static_cast<const T*>(ptr_) : nullptr;
  }

 private:
  ObjectKind kind_ = ObjectKind::Schema;
  const void* ptr_ = nullptr;
  const Table* table_ = nullptr;
  const View* view_ = nullptr;
};

// Calls f(object) with the object as its model type. f needs an overload for every kind of the
// registry: a kind nobody handles is a compile error, not a silent default.
template <class F>
decltype(auto) visit_object(const ObjectRef& r, F&& f) {
  switch (r.kind()) {
#define OBJECT_KIND(Id, Model, name) \
  case ObjectKind::Id:               \
    return f(*r.as<Model>());
#include "catalog/object_kinds.def"
#undef OBJECT_KIND
  }
  __builtin_unreachable();
}

// Calls f(ObjectRef) for every object of the catalog (privileges, default privileges and owners
// included), kinds in registry order, each kind in key order.
template <class F>
void for_each_object(const Catalog& cat, F&& f) {
  for (const auto& [k, o] : cat.schemas) f(ObjectRef(o));
  for (const auto& [k, o] : cat.extensions) f(ObjectRef(o));
  for (const auto& [k, o] : cat.access_methods) f(ObjectRef(o));
  for (const auto& [k, o] : cat.languages) f(ObjectRef(o));
  for (const auto& [k, o] : cat.wrappers) f(ObjectRef(o));
  for (const auto& [k, o] : cat.servers) f(ObjectRef(o));
  for (const auto& [k, o] : cat.user_mappings) f(ObjectRef(o));
  for (const auto& [k, o] : cat.collations) f(ObjectRef(o));
  for (const auto& [k, o] : cat.ts_parsers) f(ObjectRef(o));
  for (const auto& [k, o] : cat.ts_templates) f(ObjectRef(o));
  for (const auto& [k, o] : cat.ts_dictionaries) f(ObjectRef(o));
  for (const auto& [k, o] : cat.ts_configs) f(ObjectRef(o));
  for (const auto& [k, o] : cat.conversions) f(ObjectRef(o));
  for (const auto& [k, o] : cat.enums) f(ObjectRef(o));
  for (const auto& [k, o] : cat.domains) f(ObjectRef(o));
  for (const auto& [k, o] : cat.composites) f(ObjectRef(o));
  for (const auto& [k, o] : cat.ranges) f(ObjectRef(o));
  for (const auto& [k, o] : cat.sequences) f(ObjectRef(o));
  for (const auto& [k, t] : cat.tables) {
    f(ObjectRef(t));
    for (const std::string& n : t.column_order.value)
      if (const Column* c = t.column(n)) f(ObjectRef(*c, &t));
    for (const auto& [n, c] : t.constraints) f(ObjectRef(c, &t));
  }
  for (const auto& [k, o] : cat.indexes) f(ObjectRef(o));
  for (const auto& [k, o] : cat.statistics) f(ObjectRef(o));
  for (const auto& [k, o] : cat.functions) f(ObjectRef(o));
  for (const auto& [k, o] : cat.aggregates) f(ObjectRef(o));
  for (const auto& [k, o] : cat.casts) f(ObjectRef(o));
  for (const auto& [k, o] : cat.transforms) f(ObjectRef(o));
  for (const auto& [k, o] : cat.operators) f(ObjectRef(o));
  for (const auto& [k, o] : cat.opfamilies) f(ObjectRef(o));
  for (const auto& [k, o] : cat.opclasses) f(ObjectRef(o));
  for (const auto& [k, t] : cat.tables) {
    for (const auto& [n, tr] : t.triggers) f(ObjectRef(tr, &t));
    for (const auto& [n, r] : t.rules) f(ObjectRef(r, &t));
    for (const auto& [n, p] : t.policies) f(ObjectRef(p, &t));
  }
  for (const auto& [k, o] : cat.views) f(ObjectRef(o));
  for (const auto& [k, o] : cat.event_triggers) f(ObjectRef(o));
  for (const auto& [k, v] : cat.views) {
    for (const auto& [n, tr] : v.triggers) f(ObjectRef(tr, &v));
    for (const auto& [n, r] : v.rules) f(ObjectRef(r, &v));
  }
  for (const Grant& g : cat.grants.value) f(ObjectRef(g));
  for (const DefaultGrant& g : cat.default_grants.value) f(ObjectRef(g));
  for (const OwnerEntry& o : cat.owners.value) f(ObjectRef(o));
  for (const auto& [k, o] : cat.publications) f(ObjectRef(o));
}

// The object's id as reports print it: "public.users", "public.users.email",
// "public.f(integer)", "TABLE public.t: SELECT TO app".
std::string object_id(const ObjectRef& r);
// A plain kind (objects.h) as DDL names it ("ACCESS METHOD"), one object of it after that word
// ("heap2", "app.p", "FOR app.t LANGUAGE plx"), and whether CREATE OR REPLACE exists for it.
const char* plain_keyword(ObjectKind k);
std::string plain_name(ObjectKind k, const PlainObject& p);
bool plain_replaceable(ObjectKind k);
// The same object (same kind and name) in another catalog, or an empty ref.
ObjectRef find_same(const Catalog& cat, const ObjectRef& r);
// "DEFAULT PRIVILEGES ON TABLES IN SCHEMA s: SELECT TO app" (FOR ROLE left out).
std::string default_grant_text(const DefaultGrant& d);

}  // namespace catalog

// Overloaded lambdas for visit_object.
template <class... F>
struct overloaded : F... {
  using F::operator()...;
};
template <class... F>
overloaded(F...) -> overloaded<F...>;

}  // namespace pgdrift
