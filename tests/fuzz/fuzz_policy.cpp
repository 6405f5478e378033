// libFuzzer target: the policy language's parser (ANTLR grammar and the rules' checks) on any
// bytes. Either a policy or errors, never both, never a crash.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "policy/policy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pgdrift;
  SourceManager sources;
  DiagnosticEngine diags(sources);
  uint32_t id = sources.add("fuzz.pgdrift", std::string(reinterpret_cast<const char*>(data), size));
  std::optional<Policy> p = load_policy(sources, id, diags);
  if (p.has_value() == diags.has_errors()) std::abort();
  for (const Diagnostic& d : diags.all()) (void)diags.format(d);
  return 0;
}
