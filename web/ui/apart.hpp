#pragma once

// A function called through a pointer the compiler must read at run time is
// inlined neither by LLVM nor by Binaryen (which inlines every function with
// one caller): it stays a function of its own in the module. Views and
// popups the first screen does not show are called this way, so that
// tools/split_wasm.py can leave them out of the first screen's part
// (app.wasm) and load them with the rest (app.deferred.wasm).
namespace pw::ui {

template <class F> F* apart(F* function) {
    F* volatile kept = function;
    return kept;
}

} // namespace pw::ui
