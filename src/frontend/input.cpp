#include "frontend/input.h"

namespace pgdrift {}  // implementation in progress
