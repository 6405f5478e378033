#include <algorithm>
#include <tuple>

#include "diff/change.h"
#include "diff/diff_util.h"

namespace pgdrift {

const char* change_kind_name(ChangeKind k) {
  switch (k) {
    case ChangeKind::Missing: return "missing";
    case ChangeKind::Extra: return "extra";
    case ChangeKind::Changed: return "changed";
  }
  return "changed";
}

size_t ChangeSet::count(ChangeKind k) const {
  return static_cast<size_t>(std::count_if(changes.begin(), changes.end(), [&](const Change& c) { return c.change == k; }));
}

ChangeSet diff_catalogs(const catalog::Catalog& actual, const catalog::Catalog& desired, const DiffOptions& options) {
  ChangeSet set;
  diff_detail::diff_schemas(actual, desired, set.changes);
  diff_detail::diff_types(actual, desired, set.changes);
  diff_detail::diff_sequences(actual, desired, set.changes);
  diff_detail::diff_tables(actual, desired, set.changes);
  diff_detail::diff_indexes(actual, desired, set.changes);
  diff_detail::diff_functions(actual, desired, set.changes);
  diff_detail::diff_aggregates(actual, desired, set.changes);
  diff_detail::diff_casts(actual, desired, set.changes);
  diff_detail::diff_collations(actual, desired, set.changes);
  diff_detail::diff_text_search(actual, desired, set.changes);
  diff_detail::diff_event_triggers(actual, desired, set.changes);
  diff_detail::diff_statistics(actual, desired, set.changes);
  diff_detail::diff_operators(actual, desired, set.changes);
  diff_detail::diff_opclasses(actual, desired, set.changes);
  diff_detail::diff_wrappers(actual, desired, set.changes);
  diff_detail::diff_plain(actual, desired, set.changes);
  diff_detail::diff_servers(actual, desired, set.changes);
  diff_detail::diff_user_mappings(actual, desired, set.changes);
  diff_detail::diff_views(actual, desired, set.changes);
  diff_detail::diff_publications(actual, desired, set.changes);
  if (options.renames) diff_detail::diff_renames(desired, *options.renames, set.changes);
  if (options.privileges || options.owners)
    diff_detail::diff_privileges(actual, desired, options.privileges, options.owners, set.changes);
  // Schemas, extensions and types first (they stand alone), then everything by group.
  auto rank = [](const Change& c) {
    switch (c.kind) {
      case ObjectKind::Schema: return 0;
      case ObjectKind::Extension: case ObjectKind::Wrapper: case ObjectKind::Server: case ObjectKind::AccessMethod: case ObjectKind::Language: return 1;
      case ObjectKind::Enum: case ObjectKind::Domain: case ObjectKind::Composite: case ObjectKind::Range: return 2;
      case ObjectKind::Function: case ObjectKind::Aggregate: case ObjectKind::Cast: return 4;
      default: return 3;
    }
  };
  std::stable_sort(set.changes.begin(), set.changes.end(), [&](const Change& a, const Change& b) {
    return std::make_tuple(rank(a), a.group, static_cast<int>(a.kind), a.id) <
           std::make_tuple(rank(b), b.group, static_cast<int>(b.kind), b.id);
  });
  return set;
}

}  // namespace pgdrift
