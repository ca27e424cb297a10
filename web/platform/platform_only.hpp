// Included first by every header of web/platform/. The platform is the
// browser edge: only the app's own sources, compiled with PW_PLATFORM (see
// web/CMakeLists.txt), may include it. A view asks the platform for a
// service through ui/edge.hpp instead; including a platform header from
// web/ui/ stops the build here (tests/ui/layering).
#pragma once

#ifndef PW_PLATFORM
#error "web/platform/ is the browser edge and only the app may include it: a view asks for browser services through ui/edge.hpp"
#endif
