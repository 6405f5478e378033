// The plain kinds (access methods, languages, transforms, conversions, text search parsers and
// templates): compared by their definition and comment.
#include "catalog/object_kind.h"
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

void diff_plain(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  for_each_plain_map(ac, [&](const auto& actual) {
    using T = typename std::decay_t<decltype(actual)>::mapped_type;
    diff_defined<Key, T>(
        actual, plain_map<T>(dc), [](const T& p) { return plain_name(kind_of<T>::value, p); }, definition_and_comment<T>, out);
  });
}

}  // namespace pgdrift::diff_detail
