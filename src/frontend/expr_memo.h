// A memo of expression printing. Printing a stored expression (clone, normalize, deparse) is a
// function of three things: the tree, what is asked for (canonical text, or runnable SQL with
// the objects it names), and the answers the resolver gives while normalizing. The memo keeps,
// per tree and request, the questions asked with their answers and the result; a later request
// asks the same questions again and reuses the result when every answer is the same. Schemas
// repeat their expressions (now(), '', false, a CHECK on every table), so most requests are
// answered here. Internal to the frontend.
#pragma once
#include <functional>
#include <string>

#include "frontend/expr.h"

namespace pgdrift {

struct Printed {
  std::string text;
  ExprRefs refs;
};

// canonical: the text compared; sql: runnable SQL and the objects it names (refs).
enum class PrintRequest : char { canonical = 'c', sql = 's' };

// `print(resolver)` computes the result with the resolver it is given (which records).
// Per thread: the two inputs are replayed at once.
Printed memo_print(const void* node, PrintRequest request, const ExprResolver& resolver,
                   const std::function<Printed(const ExprResolver&)>& print);

}  // namespace pgdrift
