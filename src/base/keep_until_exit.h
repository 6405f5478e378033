// Values a command built and needs to the end (two catalogs, a plan) are released by the
// process's exit rather than object by object: destroying the catalogs of two 5,000-table
// schemas took 8 % of a `check` there. They stay reachable from a list here, so leak checkers
// (LeakSanitizer in the sanitizer suite, valgrind) count them as in use, not as leaks.
#pragma once
#include <type_traits>
#include <utility>

namespace pgdrift {

namespace detail {
struct Kept {
  const Kept* next;
};
template <class T>
struct KeptValue : Kept {
  T value;
};
inline const Kept* kept_values = nullptr;  // never freed: the list leak checkers follow
}  // namespace detail

// Moves `value` where only the exit releases it; returns it there.
template <class T>
std::decay_t<T>& keep_until_exit(T&& value) {
  auto* kept = new detail::KeptValue<std::decay_t<T>>{{detail::kept_values}, std::forward<T>(value)};
  detail::kept_values = kept;
  return kept->value;
}

}  // namespace pgdrift
