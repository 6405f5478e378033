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
// of a table (columns, constraints, triggers, policies) carry their table.
class ObjectRef {
 public:
  ObjectRef() = default;
  template <class T>
  ObjectRef(const T& object, const Table* table = nullptr) : kind_(kind_of<T>::value), ptr_(&object), table_(table) {}

  explicit operator bool() const { return ptr_ != nullptr; }
  ObjectKind kind() const { return kind_; }
  const Table* table() const { return table_; }
  // The object as its model type, or nullptr when it is of another kind.
  template <class T>
  const T* as() const {
    return ptr_ && kind_ == kind_of<T>::value ? static_cast<const T*>(ptr_) : nullptr;
  }

 private:
  ObjectKind kind_ = ObjectKind::Schema;
  const void* ptr_ = nullptr;
  const Table* table_ = nullptr;
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

}  // namespace catalog

// Overloaded lambdas for visit_object.
template <class... F>
struct overloaded : F... {
  using F::operator()...;
};
template <class... F>
overloaded(F...) -> overloaded<F...>;

}  // namespace pgdrift
