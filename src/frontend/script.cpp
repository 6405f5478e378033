#include "frontend/script.h"

namespace pgdrift {}  // implementation in progress
