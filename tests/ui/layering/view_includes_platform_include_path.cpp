// Not built with the app: tests/ui/CMakeLists.txt builds it and expects this
// include to fail, because the platform is not on a view's include path.
#include "platform/browser.hpp"
