// Reading inputs into catalogs, the policy, diagnostics output and atomic writes.
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "catalog/platform.h"
#include "catalog/replay.h"
#include "cli/cli.h"
#include "cli/part_queue.h"
#include "cli/progress.h"
#include "frontend/frontend.h"
#include "frontend/input.h"
#include "policy/policy.h"

namespace pgdrift::cli {

bool Session::load_policy() {
  if (policy_loaded_) return true;
  policy_loaded_ = true;
  std::string path = opt.policy;
  if (path.empty()) {
    if (!std::filesystem::exists(".pgdrift")) return true;
    path = ".pgdrift";
  }
  auto ids = load_input(path, sources, diags);
  if (!ids || ids->size() != 1) return false;
  policy_file_ = ids->front();
  std::optional<Policy> policy = pgdrift::load_policy(sources, ids->front(), diags, object_kind_names());
  if (!policy) return false;
  ignore_privileges_ = policy->ignore_privileges;
  ignore_owners_ = policy->ignore_owners;
  ignore_comments_ = policy->ignore_comments;
  policy_allow_drop_ = policy->allow_drop;
  policy_ = std::make_shared<const Policy>(*policy);
  if (!policy->externals.empty()) {
    platform_ = std::make_shared<const catalog::Platform>(platform_of(*policy));
    prelude_ = sources.add("<external objects of " + path + ">", external_prelude(*policy));
  }
  if (!policy->ignored.empty()) {
    ignore_hits_ = std::make_shared<std::vector<std::atomic<bool>>>(policy->ignored.size());
    ignored_ = [p = policy_, hits = ignore_hits_](ObjectKind k, const std::vector<std::string>& parts) {
      int r = p->ignoring_rule(object_kind_name(k), parts);
      if (r >= 0) (*hits)[static_cast<size_t>(r)] = true;  // both inputs are filtered at once: atomic
      return r >= 0;
    };
  }
  scope_ = catalog::Scope{
      [p = *policy](const std::string& s) { return p.admits_schema(s); },
      [p = *policy](const std::string& s, const std::string& t) { return p.admits_table(s, t); }};
  return true;
}

std::vector<std::string> Session::allow_drop() const {
  std::vector<std::string> out = opt.allow_drop;
  out.insert(out.end(), policy_allow_drop_.begin(), policy_allow_drop_.end());
  return out;
}

// The catalog of one loaded input ("no files" = an empty database), the policy's external
// objects declared first; diagnostics go to `diags`.
std::optional<catalog::Catalog> Session::replay_input(const std::optional<std::vector<uint32_t>>& ids,
                                                      DiagnosticEngine& diags, std::vector<catalog::Rename>* renames,
                                                      const ParseProgress& progress) const {
  if (!ids) return catalog::Catalog{};
  std::vector<uint32_t> files = *ids;
  if (prelude_) files.insert(files.begin(), *prelude_);
  // The statements are replayed on this thread while the later ones are parsed on another. The
  // replay's diagnostics follow the parse's, and a syntax error anywhere discards the replay:
  // the output is that of parsing everything first.
  DiagnosticEngine replay_diags{sources};
  catalog::PartReplay replay(replay_diags, catalog::ReplayOptions{platform_.get(), renames});
  PartQueue queue;
  std::exception_ptr failed;
  std::thread parser([&] {
    try {
      parse_files_each(sources, files, diags, nullptr, progress, [&](std::vector<ast::Stmt>&& part) { queue.push(std::move(part)); });
    } catch (...) {
      failed = std::current_exception();
    }
    queue.close();
  });
  try {
    while (std::optional<std::vector<ast::Stmt>> part = queue.pop()) replay.apply(std::move(*part));
  } catch (...) {
    queue.abandon();
    parser.join();
    throw;
  }
  parser.join();
  if (failed) std::rethrow_exception(failed);
  if (diags.has_errors()) return std::nullopt;
  diags.append(replay_diags);
  return replay.finish();
}

uint64_t Session::bytes_of(const std::optional<std::vector<uint32_t>>& ids) const {
  uint64_t n = 0;
  if (ids)
    for (uint32_t id : *ids) n += sources.file(id).text().size();
  return n;
}

namespace {
// Loads `input` ("" = none: nullopt in `ids`); false after an error.
bool load(const std::string& input, SourceManager& sources, DiagnosticEngine& diags,
          std::optional<std::vector<uint32_t>>& ids) {
  if (input.empty()) return true;
  ids = load_input(input, sources, diags);
  return ids.has_value();
}
}  // namespace

void Session::restrict(catalog::Catalog& cat) const {
  // pgdrift's own bookkeeping (log, versions, backups) is never part of a schema.
  catalog::restrict_to(cat, catalog::Scope{
      [](const std::string& s) { return s != "pgdrift" && s != "pgdrift_backup"; },
      [](const std::string&, const std::string&) { return true; }});
  if (platform_) catalog::neutralize_platform(cat, *platform_);
  if (scope_) catalog::restrict_to(cat, *scope_);
  if (ignored_) catalog::drop_ignored(cat, ignored_);
  if (policy_ && !policy_->ignore_privileges_schemas.empty())
    catalog::drop_privileges_in(cat, [p = policy_](const std::string& schema) {
      return std::any_of(p->ignore_privileges_schemas.begin(), p->ignore_privileges_schemas.end(),
                         [&](const std::string& g) { return glob_match(g, schema); });
    });
  if (ignore_comments_) catalog::drop_comments(cat);
  catalog::prune_acl(cat);  // the privileges and owners of what the filters removed go with it
}

std::optional<catalog::Catalog> Session::build(const std::string& input, std::vector<uint32_t>* files) {
  std::optional<std::vector<uint32_t>> ids;
  if (!load_policy() || !load(input, sources, diags, ids)) return std::nullopt;
  if (files && ids) *files = *ids;
  Progress progress(bytes_of(ids), 1);
  std::optional<catalog::Catalog> cat = replay_input(ids, diags, nullptr, progress.slot(0));
  progress.finish();
  if (cat) restrict(*cat);
  return cat;
}

// The files of both are loaded first (same file ids as one input after the other); the actual
// input is parsed and replayed on another thread while the desired one is on this one. Its
// diagnostics follow the desired input's, and are dropped when that one failed, as if it had
// never been read: the output is that of a sequential run.
std::optional<Session::Pair> Session::build_both(const std::string& desired, const std::string& actual) {
  std::optional<std::vector<uint32_t>> desired_ids, actual_ids;
  if (!load_policy() || !load(desired, sources, diags, desired_ids)) return std::nullopt;
  DiagnosticEngine actual_diags{sources};
  bool actual_loaded = load(actual, sources, actual_diags, actual_ids);
  std::optional<catalog::Catalog> actual_cat;
  Progress progress(bytes_of(desired_ids) + bytes_of(actual_ids), 2);
  std::thread other;
  if (actual_loaded)
    other = std::thread([&] { actual_cat = replay_input(actual_ids, actual_diags, nullptr, progress.slot(1)); });
  std::vector<catalog::Rename> seen;  // the renames the desired migrations make
  std::optional<catalog::Catalog> desired_cat = replay_input(desired_ids, diags, &seen, progress.slot(0));
  if (other.joinable()) other.join();
  progress.finish();
  if (!desired_cat) return std::nullopt;
  diags.append(actual_diags);
  if (!actual_cat) return std::nullopt;
  check_excludes(*actual_cat, *desired_cat);
  restrict(*desired_cat);
  restrict(*actual_cat);
  catalog::align_platform(*desired_cat, *actual_cat);
  catalog::platform_grants(*desired_cat, *actual_cat);
  std::vector<catalog::Rename> renames = apply_renames(*actual_cat, *desired_cat, seen);
  return Pair{std::move(*desired_cat), std::move(*actual_cat), std::move(renames)};
}

bool Session::report_diagnostics() {
  bool color = opt.color == "always" || (opt.color == "auto" && isatty(STDERR_FILENO));
  diags.render(std::cerr, opt.verbose ? Severity::Note : Severity::Warning, color);
  size_t notes = diags.count(Severity::Note);
  if (!opt.verbose && notes > 0)
    std::cerr << "pgdrift: " << notes << (notes == 1 ? " note" : " notes") << " not shown (use --verbose)\n";
  return diags.has_errors();
}

bool Session::color_stdout() const {
  if (!opt.output.empty() || opt.color == "never") return false;
  return opt.color == "always" || isatty(STDOUT_FILENO);
}

bool Session::emit(const std::string& text) {
  if (opt.output.empty()) {
    std::cout << text;
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  return write_files({{opt.output, text}});
}

namespace {
// Writes `text` to `path` (created or truncated) and closes it; false with errno set on failure
// (a full disk reports at write or at close).
bool write_whole(const std::filesystem::path& path, const std::string& text) {
  errno = 0;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return false;
  out << text;
  out.close();
  if (!out && errno == 0) errno = EIO;
  return static_cast<bool>(out);
}
}  // namespace

bool Session::write_files(const std::vector<std::pair<std::string, std::string>>& files) {
  namespace fs = std::filesystem;
  std::vector<fs::path> temps;
  auto cleanup = [&] {
    std::error_code ec;
    for (const fs::path& t : temps)
      if (!t.empty()) fs::remove(t, ec);
  };
  // A device or pipe (-o /dev/stdout, /dev/null, a FIFO) is written in place: renaming a temporary
  // file over it would replace the device with a regular file.
  auto special = [](const std::string& path) {
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    return !ec && fs::exists(st) && !fs::is_regular_file(st) && !fs::is_directory(st);
  };
  for (const auto& [path, text] : files) {
    if (special(path)) {
      temps.emplace_back();
      continue;
    }
    fs::path tmp = path;
    tmp += ".pgdrift-tmp-" + std::to_string(getpid());
    temps.push_back(tmp);
    if (!write_whole(tmp, text)) {
      std::cerr << "pgdrift: error: cannot write '" << path << "': " << std::strerror(errno) << " [E001]\n";
      cleanup();
      return false;
    }
  }
  for (size_t i = 0; i < files.size(); ++i) {
    if (!temps[i].empty()) continue;
    if (!write_whole(files[i].first, files[i].second)) {
      std::cerr << "pgdrift: error: cannot write '" << files[i].first << "': " << std::strerror(errno) << " [E001]\n";
      cleanup();
      return false;
    }
  }
  for (size_t i = 0; i < files.size(); ++i) {
    if (temps[i].empty()) continue;
    std::error_code ec;
    fs::rename(temps[i], files[i].first, ec);
    if (ec) {
      std::cerr << "pgdrift: error: cannot write '" << files[i].first << "': " << ec.message() << " [E001]\n";
      cleanup();
      return false;
    }
  }
  return true;
}

}  // namespace pgdrift::cli
