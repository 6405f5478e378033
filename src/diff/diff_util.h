// Helpers shared by diff_*.cpp: walking two sorted maps side by side, attribute changes.
#pragma once
#include <functional>
#include <map>
#include <set>
#include <string>

#include "diff/change.h"

namespace pgdrift::diff_detail {

// Calls on_missing(desired), on_extra(actual), on_both(actual, desired) in key order.
template <class K, class V>
void merge_walk(const std::map<K, V>& actual, const std::map<K, V>& desired,
                const std::function<void(const V&)>& on_missing,
                const std::function<void(const V&)>& on_extra,
                const std::function<void(const V&, const V&)>& on_both) {
  auto a = actual.begin();
  auto d = desired.begin();
  while (a != actual.end() || d != desired.end()) {
    if (d == desired.end() || (a != actual.end() && a->first < d->first)) {
      on_extra(a->second);
      ++a;
    } else if (a == actual.end() || d->first < a->first) {
      on_missing(d->second);
      ++d;
    } else {
      if (!(a->second == d->second)) on_both(a->second, d->second);
      ++a;
      ++d;
    }
  }
}

inline void attr(std::vector<AttrChange>& out, const char* name, const std::string& actual,
                 const std::string& desired) {
  if (actual != desired) out.push_back(AttrChange{name, desired, actual});
}

// One change of an object: from = its actual version, to = its desired one (nullptr: absent);
// the spans of objects that have an origin.
template <class T>
void add_change(std::vector<Change>& out, ChangeKind ck, const std::string& id, const std::string& group,
                const T* from, const T* to, std::vector<AttrChange> details = {}) {
  Change c{catalog::kind_of<T>::value, ck, id, group, std::move(details), {}, {}, {}, {}};
  if (from) c.from = catalog::ObjectRef(*from);
  if (to) c.to = catalog::ObjectRef(*to);
  if constexpr (requires { from->origin.span; }) {
    if (from) c.actual_at = from->origin.span;
    if (to) c.desired_at = to->origin.span;
  }
  out.push_back(std::move(c));
}

inline std::string yes_no(bool b) { return b ? "yes" : "no"; }
// Storage parameters or column options as "name=value, ..." (sorted by name).
template <class Options>
std::string options_text(const Options& options) {
  std::string out;
  for (const auto& [name, value] : options) out += (out.empty() ? "" : ", ") + name + "=" + value;
  return out;
}

void diff_tables(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_indexes(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_sequences(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_types(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_schemas(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_functions(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_aggregates(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_casts(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_collations(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_text_search(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_event_triggers(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_statistics(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_operators(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_servers(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_opclasses(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_wrappers(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_plain(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_user_mappings(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_views(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
// A change of one whole object of kind T (`from` in actual, `to` in desired; either may be null).
template <class T>
Change object_change(const T* from, const T* to, const std::string& id, ChangeKind ck, std::vector<AttrChange> details) {
  Change c{catalog::kind_of<T>::value, ck, id, id, std::move(details), {}, {}, {}, {}};
  if (from) c.actual_at = from->origin.span, c.from = catalog::ObjectRef(*from);
  if (to) c.desired_at = to->origin.span, c.to = catalog::ObjectRef(*to);
  return c;
}

// Objects of a kind outside tables (collations, event triggers, statistics, casts): missing and
// extra ones with their definition(), changed ones with what details(actual, desired) lists.
template <class K, class T>
void diff_defined(const std::map<K, T>& actual, const std::map<K, T>& desired, const std::function<std::string(const T&)>& id,
                  const std::function<std::vector<AttrChange>(const T&, const T&)>& details, std::vector<Change>& out) {
  merge_walk<K, T>(
      actual, desired,
      [&](const T& d) { out.push_back(object_change<T>(nullptr, &d, id(d), ChangeKind::Missing, {{"definition", d.definition(), ""}})); },
      [&](const T& a) { out.push_back(object_change<T>(&a, nullptr, id(a), ChangeKind::Extra, {{"definition", "", a.definition()}})); },
      [&](const T& a, const T& d) {
        std::vector<AttrChange> det = details(a, d);
        if (!det.empty()) out.push_back(object_change<T>(&a, &d, id(d), ChangeKind::Changed, std::move(det)));
      });
}

// The details of kinds compared by their definition() text and comment alone.
template <class T>
std::vector<AttrChange> definition_and_comment(const T& a, const T& d) {
  std::vector<AttrChange> det;
  if (a.definition() != d.definition()) det.push_back({"definition", d.definition(), a.definition()});
  attr(det, "comment", a.comment, d.comment);
  return det;
}

// The triggers of one table or view (catalog::Table, catalog::View).
template <class Relation>
void diff_triggers(const Relation& a, const Relation& d, std::vector<Change>& out);
// The rules of one table or view.
template <class Relation>
void diff_rules(const Relation& a, const Relation& d, std::vector<Change>& out);
void diff_publications(const catalog::Catalog& a, const catalog::Catalog& d, std::vector<Change>& out);
void diff_privileges(const catalog::Catalog& a, const catalog::Catalog& d, bool grants, bool owners, std::vector<Change>& out);
void diff_renames(const catalog::Catalog& desired, const std::vector<catalog::Rename>& renames, std::vector<Change>& out);

std::string seq_params_text(const catalog::SeqParams& p);

}  // namespace pgdrift::diff_detail
