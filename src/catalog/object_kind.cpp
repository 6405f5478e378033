#include "catalog/object_kind.h"

#include <algorithm>

namespace pgdrift {

const char* object_kind_name(ObjectKind k) {
  switch (k) {
#define OBJECT_KIND(Id, Model, name) \
  case ObjectKind::Id:               \
    return name;
#include "catalog/object_kinds.def"
#undef OBJECT_KIND
  }
  return "object";
}

const std::vector<std::string>& object_kind_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out = {
#define OBJECT_KIND(Id, Model, name) name,
#include "catalog/object_kinds.def"
#undef OBJECT_KIND
    };
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }();
  return names;
}

}  // namespace pgdrift
