#pragma once

// Each command registers here; see Commands.cpp.
