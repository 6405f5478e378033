#include "catalog/filter.h"

namespace pgdrift::catalog {

void restrict_to(Catalog& cat, const Scope& scope) {
  auto keep_table = [&](const Key& k) { return scope.schema(k.first) && scope.table(k.first, k.second); };
  std::erase_if(cat.schemas, [&](const auto& e) { return !scope.schema(e.first); });
  std::erase_if(cat.extensions, [&](const auto& e) { return !scope.schema(e.second.schema); });
  std::erase_if(cat.enums, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.domains, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.composites, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.ranges, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.tables, [&](const auto& e) { return !keep_table(e.first); });
  std::erase_if(cat.functions, [&](const auto& e) { return !scope.schema(e.first.first); });
  std::erase_if(cat.indexes, [&](const auto& e) { return !keep_table(Key{e.second.schema, e.second.table}); });
  std::erase_if(cat.sequences, [&](const auto& e) {
    if (!scope.schema(e.first.first)) return true;
    const Key& owner = e.second.owner_table;
    return !owner.second.empty() && !keep_table(owner);
  });
}

}  // namespace pgdrift::catalog
