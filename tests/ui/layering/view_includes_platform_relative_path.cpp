// Not built with the app: tests/ui/CMakeLists.txt builds it and expects the
// platform's guard (web/platform/platform_only.hpp) to stop it.
#include "../../../web/platform/browser.hpp"
