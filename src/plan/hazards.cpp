#include "plan/step.h"

namespace pgdrift {

namespace {
struct Info { const char* code; const char* name; const char* meaning; };
const Info kInfos[] = {
#define HAZARD(id, code, name, meaning) {code, name, meaning},
#include "plan/hazard_kinds.def"
#undef HAZARD
};
}  // namespace

const char* hazard_code(Hazard h) { return kInfos[static_cast<int>(h)].code; }
const char* hazard_name(Hazard h) { return kInfos[static_cast<int>(h)].name; }
const char* hazard_meaning(Hazard h) { return kInfos[static_cast<int>(h)].meaning; }

bool DropPolicy::allows(ObjectKind kind, const std::string& id) const {
  return kinds.count(object_kind_name(kind)) || ids.count(id);
}

}  // namespace pgdrift
