#include "frontend/migrations.h"

namespace pgdrift {}  // implementation in progress
