// libFuzzer target: the script splitter (strings, comments, dollar quotes, COPY blocks, psql
// meta-commands, dbmate sections) on any bytes. Checks that every statement's text is the
// source range its span names, in order and inside the file.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "frontend/script.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pgdrift;
  SourceManager sources;
  DiagnosticEngine diags(sources);
  uint32_t id = fuzz::add_exact(sources, "fuzz.sql", std::string_view(reinterpret_cast<const char*>(data), size));
  std::string_view text = sources.file(id).text();
  size_t previous_end = 0;
  for (const StatementText& st : split_script(sources, id, diags)) {
    size_t begin = st.span.offset, end = begin + st.span.length;
    if (st.span.file != id || begin < previous_end || end > text.size()) std::abort();
    if (st.text.data() != text.data() + begin || st.text.size() != st.span.length) std::abort();
    previous_end = end;
  }
  for (const Diagnostic& d : diags.all()) (void)diags.format(d);
  return 0;
}
