// libFuzzer target: DO-block lowering and its offline evaluator. The input is the body of a
// PL/pgSQL DO block (wrapped as DO $pgdrift_fuzz$ ... $pgdrift_fuzz$), replayed like
// fuzz_replay; it is also given to the evaluator as an expression and as a loop query.
#include <cstdint>
#include <string>

#include "frontend/lower/do_eval.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pgdrift;
  std::string body(reinterpret_cast<const char*>(data), size);
  fuzz::replay_and_check("DO $pgdrift_fuzz$" + body + "$pgdrift_fuzz$;\n");
  do_eval::Env env{{"n", do_eval::Value::scalar("3")}, {"t", do_eval::Value::scalar("users")}};
  (void)do_eval::eval(body, env);
  (void)do_eval::eval_rows(body, env);
  if (auto v = do_eval::eval(body, env)) (void)do_eval::coerce(*v, "text[]");
  return 0;
}
