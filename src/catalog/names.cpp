#include "catalog/names.h"

#include <algorithm>
#include <set>

namespace pgdrift::catalog {

namespace {
// Largest length <= len that does not cut a UTF-8 sequence.
size_t clip_utf8(const std::string& s, size_t len) {
  if (len >= s.size()) return s.size();
  while (len > 0 && (static_cast<unsigned char>(s[len]) & 0xC0) == 0x80) --len;
  return len;
}
}  // namespace

std::string truncate_identifier(const std::string& name) {
  return name.substr(0, clip_utf8(name, kMaxIdentifier));
}

std::string make_object_name(const std::string& name1, const std::string& name2, const std::string& label) {
  size_t n1 = name1.size(), n2 = name2.size();
  size_t overhead = (label.empty() ? 0 : label.size() + 1) + (name2.empty() ? 0 : 1);
  size_t avail = kMaxIdentifier > overhead ? kMaxIdentifier - overhead : 0;
  while (n1 + n2 > avail) {
    if (n1 > n2) --n1;
    else --n2;
  }
  n1 = clip_utf8(name1, n1);
  n2 = clip_utf8(name2, n2);
  std::string out = name1.substr(0, n1);
  if (!name2.empty()) out += "_" + name2.substr(0, n2);
  if (!label.empty()) out += "_" + label;
  return out;
}

std::string choose_name(const std::string& name1, const std::string& name2, const std::string& label,
                        const std::function<bool(const std::string&)>& taken) {
  std::string candidate = make_object_name(name1, name2, label);
  for (int pass = 1; taken(candidate); ++pass)
    candidate = make_object_name(name1, name2, label + std::to_string(pass));
  return candidate;
}

std::string join_name_parts(const std::vector<std::string>& parts) {
  std::string buf;
  for (const std::string& p : parts) {
    if (!buf.empty()) buf += '_';
    buf += p;
    if (buf.size() >= kMaxIdentifier + 1) break;  // NAMEDATALEN: the rest would be cut anyway
  }
  return buf;
}

std::vector<std::string> unique_column_names(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const std::string& orig : names) {
    std::string cand = orig;
    for (int i = 1; seen.count(cand); ++i) {
      std::string suffix = std::to_string(i);
      cand = orig.substr(0, clip_utf8(orig, kMaxIdentifier - suffix.size())) + suffix;
    }
    seen.insert(cand);
    out.push_back(cand);
  }
  return out;
}

}  // namespace pgdrift::catalog
